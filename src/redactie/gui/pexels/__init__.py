"""The Pexels picker: search dialog, thumbnail grid, background search, cover actions.

The window only needs `PexelsActions` (see `actions.py`); everything else is internal.
"""
