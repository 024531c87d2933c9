"""The newsroom over git: status, sync, push with sense, history, who else is on it, review.

Layer: team → export → checks → site → article. Every function runs git (some over the
network) and blocks: the window calls them from a worker, never on the GUI thread.
"""

from __future__ import annotations

from redactie.core.team.errors import Conflict, SyncConflictError, TeamError
from redactie.core.team.history import HistoryEntry, article_history, index_history, text_at
from redactie.core.team.others import OtherChange, others_on
from redactie.core.team.push import PushResult, push
from redactie.core.team.resolve import sync_resolved
from redactie.core.team.review import (
    Approval,
    Submission,
    approve_review,
    review_branch,
    send_back,
    submit_review,
)
from redactie.core.team.review_list import Review, ReviewList, list_reviews
from redactie.core.team.status import RemoteState, SiteStatus, site_status
from redactie.core.team.sync import SyncOutcome, SyncResult, sync

__all__ = [
    "Approval",
    "Conflict",
    "HistoryEntry",
    "OtherChange",
    "PushResult",
    "RemoteState",
    "Review",
    "ReviewList",
    "SiteStatus",
    "Submission",
    "SyncConflictError",
    "SyncOutcome",
    "SyncResult",
    "TeamError",
    "approve_review",
    "article_history",
    "index_history",
    "list_reviews",
    "others_on",
    "push",
    "review_branch",
    "send_back",
    "site_status",
    "submit_review",
    "sync",
    "sync_resolved",
    "text_at",
]
