"""What must hold before an article is published: the rule table, its findings and fixes.

Layer: checks → site → article (no export, no Qt).
"""

from __future__ import annotations

from redactie.core.checks.rules import (
    RULES,
    CheckContext,
    Finding,
    Hit,
    Rule,
    Severity,
    apply_fix,
    has_errors,
    rule,
    run_checks,
)

__all__ = [
    "RULES",
    "CheckContext",
    "Finding",
    "Hit",
    "Rule",
    "Severity",
    "apply_fix",
    "has_errors",
    "rule",
    "run_checks",
]
