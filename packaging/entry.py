"""The bundle's entry point (PyInstaller runs a script, not a console-script entry)."""

import sys

from redactie.cli import main

if __name__ == "__main__":
    sys.exit(main())
