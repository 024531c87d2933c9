"""What every headless verb writes: plain lines on stdout, errors on stderr, in one language."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from redactie.core.checks import Finding
from redactie.gui.messages import Catalogue


class Output:
    def __init__(self, out: TextIO, err: TextIO, words: Catalogue) -> None:
        self.out, self.err, self.words = out, err, words

    def say(self, code: str, **params: object) -> str:
        return self.words.sentence(code, **params)

    def line(self, text: str) -> None:
        print(text, file=self.out)

    def error(self, text: str) -> None:
        print(f"redactie: {text}", file=self.err)

    def progress(self, phase: str, percent: int) -> None:
        self.err.write(f"\r{phase}: {percent}%")
        self.err.flush()

    def finding(self, path: Path | str, finding: Finding) -> None:
        self.line(self.finding_line(path, finding))

    def finding_line(self, path: Path | str, finding: Finding) -> str:
        """`file:line[:col]: rule-id message`, as printed."""
        where = f"{finding.line or 1}" + (f":{finding.column}" if finding.column else "")
        return f"{path}:{where}: {finding.rule_id} {self.words.message(finding)}"
