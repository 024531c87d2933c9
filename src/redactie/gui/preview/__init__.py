"""The live preview pane: the article as the site shows it, patched as you type."""

from redactie.gui.preview.pane import PreviewPane

__all__ = ["PreviewPane"]
