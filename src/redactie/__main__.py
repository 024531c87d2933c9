"""`python -m redactie`: the same entry point as the `redactie` command."""

import sys

from redactie.cli import main

sys.exit(main())
