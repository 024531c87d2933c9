"""The checks panel: what still stands between the article and publication, kept in view.

A list, not dialogs: the journalist keeps writing while it updates, and one click on a finding
goes to the field or line it is about. Rules with a one-click repair get a Fix button; a tag
new on the site gets a Confirm button (the journalist means it: the warning goes away).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from redactie.core.checks.model import Finding
from redactie.gui.messages import message

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
CONFIRMABLE = "tags-unknown"


def new_tag(finding: Finding | None) -> str | None:
    """The tag a `tags-unknown` finding is about; None for any other finding."""
    if finding is None or finding.rule_id != CONFIRMABLE:
        return None
    return finding.subject or None


def has_fix(finding: Finding) -> bool:
    from redactie.core.checks import rule  # the table is loaded once findings exist

    if finding.replacement is not None:
        return True
    try:
        return rule(finding.rule_id).fix is not None
    except KeyError:
        return False


class ChecksPanel(QWidget):
    """Findings with a severity icon; `findingActivated` on a click, `fixRequested` on Fix,
    `tagConfirmed` when the user accepts a tag that is new on the site."""

    findingActivated = Signal(object)  # noqa: N815 - Finding
    fixRequested = Signal(object)  # noqa: N815 - Finding
    tagConfirmed = Signal(str)  # noqa: N815 - the tag

    def __init__(self, parent: QWidget | None = None, *, fixable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("checks_panel")
        self.fixable = fixable
        self._findings: list[Finding] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("checks_summary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("checks_list")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setIconSize(QSize(16, 16))
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._on_clicked)
        self.list.itemActivated.connect(self._on_clicked)
        self.list.currentItemChanged.connect(lambda *_: self._update_fix_button())
        self.fix_button = QPushButton(self.tr("Fix"), self)
        self.fix_button.setObjectName("checks_fix")
        self.fix_button.setToolTip(self.tr("Repair the selected finding automatically"))
        self.fix_button.clicked.connect(self._on_fix)
        self.confirm_button = QPushButton(self.tr("Confirm Tag"), self)
        self.confirm_button.setObjectName("checks_confirm_tag")
        self.confirm_button.clicked.connect(self._on_confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        self.set_findings([])

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def set_findings(self, findings: list[Finding]) -> None:
        """Show `findings`; the selected one stays selected when it is still there."""
        current = self.current_finding()
        self._findings = list(findings)
        self.list.clear()
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "info": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        for finding in findings:
            self.list.addItem(self._item(finding, icons[finding.severity]))
            if finding == current:
                self.list.setCurrentRow(self.list.count() - 1)
        self.summary.setText(self._summary_text())
        self._update_fix_button()

    def _item(self, finding: Finding, icon: QIcon) -> QListWidgetItem:
        text = message(finding)
        if self.fixable and has_fix(finding):
            text += " " + self.tr("(can be fixed)")
        item = QListWidgetItem(icon, text)
        item.setData(FINDING_ROLE, finding)
        where = self.tr("line {0}").format(finding.line) if finding.line else ""
        if finding.line and finding.column:
            where = self.tr("line {0}, column {1}").format(finding.line, finding.column)
        item.setToolTip(" · ".join(part for part in (finding.rule_id, where) if part))
        return item

    def _summary_text(self) -> str:
        errors = sum(1 for f in self._findings if f.is_error)
        warnings = sum(1 for f in self._findings if f.severity == "warning")
        if not self._findings:
            return self.tr("No problems found.")
        return self.tr("%n error(s)", "", errors) + ", " + self.tr("%n warning(s)", "", warnings)

    def current_finding(self) -> Finding | None:
        item = self.list.currentItem()
        value = item.data(FINDING_ROLE) if item is not None else None
        return value if isinstance(value, Finding) else None

    def item_for(self, rule_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            finding = item.data(FINDING_ROLE)
            if isinstance(finding, Finding) and finding.rule_id == rule_id:
                return item
        return None

    def _update_fix_button(self) -> None:
        finding = self.current_finding()
        fixable = finding is not None and has_fix(finding)
        self.fix_button.setEnabled(fixable)
        self.fix_button.setVisible(self.fixable and any(has_fix(f) for f in self._findings))
        tag = new_tag(finding)
        self.confirm_button.setVisible(any(new_tag(f) for f in self._findings))
        self.confirm_button.setEnabled(tag is not None)
        if tag is not None:
            self.confirm_button.setText(self.tr("Confirm Tag “{0}”").format(tag))
            self.confirm_button.setToolTip(
                self.tr("“{0}” is meant as a new tag of the site: stop warning about it").format(
                    tag
                )
            )
        else:
            self.confirm_button.setText(self.tr("Confirm Tag"))
            self.confirm_button.setToolTip(self.tr("Select a new tag in the list to confirm it"))

    def _on_clicked(self, item: QListWidgetItem) -> None:
        finding = item.data(FINDING_ROLE)
        if isinstance(finding, Finding):
            self.findingActivated.emit(finding)

    def _on_confirm(self) -> None:
        tag = new_tag(self.current_finding())
        if tag is not None:
            self.tagConfirmed.emit(tag)

    def _on_fix(self) -> None:
        finding = self.current_finding()
        if finding is not None and has_fix(finding):
            self.fixRequested.emit(finding)
