"""The git step's failures, typed; the GUI and the CLI word them for the user.

`detail` keeps git's own output (English, `LC_ALL=C`) for the "details" button and bug reports;
push failures are told apart by that output (rejected, no network, no access).
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from redactie.core.errors import RedactieError

# What git says when the remote cannot be reached, or refuses who we are (lowercased).
NETWORK_FAILURES = (
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
AUTH_FAILURES = (
    "authentication failed",
    "permission denied",
    "could not read username",
    "could not read password",
    "terminal prompts disabled",
    "invalid username or password",
)


class GitError(RedactieError):
    """A git step failed; `detail` is git's own output."""

    codes: ClassVar[tuple[str, ...]] = (
        "git.failed",
        "git.outside-repository",
        "git.invalid-branch-name",
        "git.detached-head",
        "git.hook-added-files",
        "git.unstorable-message",
        "git.unstorable-branch",
    )


class GitNotFoundError(GitError):
    codes = ("git.not-found",)

    def __init__(self) -> None:
        super().__init__("git.not-found")


class NotARepositoryError(GitError):
    codes = ("git.not-a-repository",)

    def __init__(self, path: Path) -> None:
        super().__init__("git.not-a-repository", path=path)
        self.path = path


class RepositoryBusyError(GitError):
    """A merge, rebase or cherry-pick is in progress, or another git holds the lock."""

    codes = ("git.busy",)

    def __init__(self, what: str) -> None:
        super().__init__("git.busy", what=what)


class NothingToCommitError(GitError):
    codes = ("git.nothing-to-commit",)

    def __init__(self) -> None:
        super().__init__("git.nothing-to-commit")


class BranchExistsError(GitError):
    codes = ("git.branch-exists",)

    def __init__(self, branch: str) -> None:
        super().__init__("git.branch-exists", branch=branch)
        self.branch = branch


class CommitFailedError(GitError):
    """`git commit` refused (a hook, a missing identity); nothing was committed."""

    codes = ("git.commit-identity", "git.commit-hook", "git.commit-failed")


class NoRemoteError(GitError):
    codes = ("git.no-remote",)

    def __init__(self, remote: str) -> None:
        super().__init__("git.no-remote", remote=remote)


class PushError(GitError):
    """Pushing failed; the commit is safe locally and can be pushed later."""

    codes = ("git.push-failed",)


class PushRejectedError(PushError):
    codes = ("git.push-rejected",)

    def __init__(self, detail: str) -> None:
        super().__init__("git.push-rejected", detail=detail)


class PushHookError(PushError):
    """A pre-push hook here, or the server's own hook, refused; the commit is safe locally."""

    codes = ("git.push-hook",)

    def __init__(self, detail: str) -> None:
        super().__init__("git.push-hook", detail=detail)


class NetworkError(PushError):
    codes = ("git.push-offline",)

    def __init__(self, detail: str) -> None:
        super().__init__("git.push-offline", detail=detail)


class AuthenticationError(PushError):
    codes = ("git.push-refused-access",)

    def __init__(self, detail: str) -> None:
        super().__init__("git.push-refused-access", detail=detail)


def commit_error(detail: str) -> CommitFailedError:
    low = detail.lower()
    if "tell me who you are" in low or "user.email" in low or "empty ident" in low:
        return CommitFailedError("git.commit-identity", detail=detail)
    if "hook" in low:
        return CommitFailedError("git.commit-hook", detail=detail)
    return CommitFailedError("git.commit-failed", detail=detail)


def push_error(out: str, err: str) -> PushError:
    detail = (err + "\n" + out).strip()
    low = detail.lower()
    if "[remote rejected]" in low:  # the server's hook (or branch protection) said no
        return PushHookError(detail)
    rejected = any(line.startswith("!") for line in out.splitlines())
    if rejected or "[rejected]" in low:  # the remote moved on: sync, then push again
        return PushRejectedError(detail)
    if any(text in low for text in AUTH_FAILURES):
        return AuthenticationError(detail)
    if any(text in low for text in NETWORK_FAILURES):
        return NetworkError(detail)
    if "failed to push some refs" in low and not out.strip():  # refused before sending: pre-push
        return PushHookError(detail)
    return PushError("git.push-failed", detail=detail)
