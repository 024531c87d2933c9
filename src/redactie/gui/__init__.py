"""The window side of redactie (PySide6). Importing it first turns off one PySide start-up cost
(`feature_scan.skip_source_scan`)."""

from redactie.gui.feature_scan import skip_source_scan

skip_source_scan()
