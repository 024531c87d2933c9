"""The preview pane (its live implementation arrives with the live-preview issue)."""

from redactie.gui.preview.placeholder import PreviewPane

__all__ = ["PreviewPane"]
