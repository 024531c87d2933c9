"""Marks for tests that need material a plain clone does not have."""

import pytest

from tests.paths import HAVE_CORPUS, NO_CORPUS

needs_corpus = pytest.mark.skipif(not HAVE_CORPUS, reason=NO_CORPUS)
