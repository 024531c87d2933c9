"""The git step's failures, typed, each with a Dutch and an English message for the user.

`detail` keeps git's own output (English, `LC_ALL=C`) for the "details" button and bug reports;
push failures are told apart by that output (rejected, no network, no access).
"""

from __future__ import annotations

from pathlib import Path

_NETWORK = (
    "could not resolve host",
    "connection refused",
    "connection timed out",
    "network is unreachable",
    "no route to host",
    "operation timed out",
    "could not connect",
    "failed to connect",
    "unable to access",
    "the remote end hung up",
    "could not read from remote repository",
    "does not appear to be a git repository",
)
_AUTH = (
    "authentication failed",
    "permission denied",
    "could not read username",
    "could not read password",
    "terminal prompts disabled",
    "invalid username or password",
)


class GitError(Exception):
    """A git step failed; `detail` is git's own output, the messages are for the user."""

    def __init__(self, message_nl: str, message_en: str, detail: str = "") -> None:
        super().__init__(message_en + (f"\n{detail}" if detail else ""))
        self.message_nl = message_nl
        self.message_en = message_en
        self.detail = detail

    def message(self, language: str) -> str:
        return self.message_nl if language == "nl" else self.message_en


class GitNotFoundError(GitError):
    def __init__(self) -> None:
        super().__init__(
            "Git is niet geïnstalleerd of niet te vinden.", "Git is not installed or not found."
        )


class NotARepositoryError(GitError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} staat niet in een git-repository.", f"{path} is not in a git repository."
        )
        self.path = path


class RepositoryBusyError(GitError):
    """A merge, rebase or cherry-pick is in progress, or another git holds the lock."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"De repository is bezig ({what}); rond dat eerst af.",
            f"The repository is busy ({what}); finish that first.",
        )


class NothingToCommitError(GitError):
    def __init__(self) -> None:
        super().__init__(
            "Er is niets te committen: de bestanden zijn al zo vastgelegd.",
            "Nothing to commit: the files are already committed as they are.",
        )


class BranchExistsError(GitError):
    def __init__(self, branch: str) -> None:
        super().__init__(
            f"De branch {branch!r} bestaat al.", f"The branch {branch!r} already exists."
        )
        self.branch = branch


class CommitFailedError(GitError):
    """`git commit` refused (a hook, a missing identity); nothing was committed."""


class NoRemoteError(GitError):
    def __init__(self, remote: str) -> None:
        super().__init__(
            f"Er is geen remote {remote!r} om naar te pushen.",
            f"There is no remote {remote!r} to push to.",
        )


class PushError(GitError):
    """Pushing failed; the commit is safe locally and can be pushed later."""


class PushRejectedError(PushError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            "De push is geweigerd: de remote heeft nieuwere wijzigingen of staat het niet toe."
            " Haal eerst de wijzigingen op (pull) en probeer het opnieuw.",
            "The push was rejected: the remote has newer changes or does not allow it."
            " Pull first and try again.",
            detail,
        )


class NetworkError(PushError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            "De remote is niet bereikbaar (geen netwerk?). De commit staat lokaal klaar.",
            "The remote cannot be reached (no network?). The commit is ready locally.",
            detail,
        )


class AuthenticationError(PushError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            "Aanmelden bij de remote is mislukt; controleer je toegang.",
            "Signing in to the remote failed; check your access.",
            detail,
        )


def commit_error(detail: str) -> CommitFailedError:
    low = detail.lower()
    if "tell me who you are" in low or "user.email" in low or "empty ident" in low:
        return CommitFailedError(
            "Git weet niet wie je bent: stel user.name en user.email in.",
            "Git does not know who you are: set user.name and user.email.",
            detail,
        )
    if "hook" in low:
        return CommitFailedError(
            "Een git-hook van de site weigerde de commit; er is niets vastgelegd.",
            "A git hook of the site refused the commit; nothing was committed.",
            detail,
        )
    return CommitFailedError(
        "De commit is mislukt; er is niets vastgelegd.",
        "The commit failed; nothing was committed.",
        detail,
    )


def push_error(out: str, err: str) -> PushError:
    detail = (err + "\n" + out).strip()
    low = detail.lower()
    rejected = any(line.startswith("!") for line in out.splitlines())
    if rejected or "[rejected]" in low or "[remote rejected]" in low:
        return PushRejectedError(detail)
    if any(text in low for text in _AUTH):
        return AuthenticationError(detail)
    if any(text in low for text in _NETWORK):
        return NetworkError(detail)
    return PushError("De push is mislukt.", "The push failed.", detail)
