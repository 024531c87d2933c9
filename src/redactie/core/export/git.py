"""A thin, typed wrapper over the `git` command line for the export's commit and push.

Only the paths an export wrote are ever committed (`git add -- <paths>` then
`git commit --only -- <paths>`: whatever else the user has changed or staged stays as it was;
never `git add -A`). The command line is used rather than a library so the user's own
configuration, hooks, signing and credential helpers apply. If a step fails, the index entries
of those paths are put back and a branch created for the commit is removed, so the repository
is never left half-committed. Failures are typed exceptions (`git_errors.py`) with a code.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from redactie.core.export.git_errors import (
    AuthenticationError,
    BranchExistsError,
    CommitFailedError,
    GitError,
    GitNotFoundError,
    NetworkError,
    NoRemoteError,
    NotARepositoryError,
    NothingToCommitError,
    PushError,
    PushHookError,
    PushRejectedError,
    RepositoryBusyError,
    commit_error,
    push_error,
)

__all__ = [
    "AuthenticationError",
    "BranchExistsError",
    "CommitFailedError",
    "CommitResult",
    "GitError",
    "GitNotFoundError",
    "NetworkError",
    "NoRemoteError",
    "NotARepositoryError",
    "NothingToCommitError",
    "ProgressCallback",
    "PushError",
    "PushHookError",
    "PushRejectedError",
    "Repository",
    "RepositoryBusyError",
    "git_environment",
]

log = logging.getLogger(__name__)
PUSH_TIMEOUT = 300.0
_PROGRESS = re.compile(r"([A-Za-z][A-Za-z ]+):\s+(\d+)%")


@dataclass(frozen=True)
class CommitResult:
    sha: str
    branch: str | None  # None: a detached HEAD
    paths: tuple[str, ...]  # relative to the repository root, POSIX form
    created_branch: bool


ProgressCallback = Callable[[str, int], None]  # (phase such as "Writing objects", percent)


class Repository:
    """A git working tree; every call runs `git -C <root> ...` with a C locale."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def discover(cls, path: Path | str) -> Repository:
        """The repository holding `path`; `NotARepositoryError` when there is none."""
        start = Path(path).resolve()
        folder = start if start.is_dir() else start.parent
        result = _git(folder, "rev-parse", "--show-toplevel", check=False)
        if result.returncode != 0:
            raise NotARepositoryError(start)
        return cls(Path(result.stdout.strip()).resolve())

    # -- queries -------------------------------------------------------------------------------

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = _git(self.root, *args, check=False)
        if check and result.returncode != 0:
            raise GitError("git.failed", detail=result.stderr.strip())
        return result

    def current_branch(self) -> str | None:
        result = self.run("symbolic-ref", "--quiet", "--short", "HEAD", check=False)
        return result.stdout.strip() if result.returncode == 0 else None

    def head(self) -> str | None:
        result = self.run("rev-parse", "--verify", "--quiet", "HEAD", check=False)
        return result.stdout.strip() if result.returncode == 0 else None

    def remotes(self) -> list[str]:
        return self.run("remote").stdout.split()

    def branch_exists(self, branch: str) -> bool:
        ref = f"refs/heads/{branch}"
        return self.run("rev-parse", "--verify", "--quiet", ref, check=False).returncode == 0

    def changed(self, paths: Sequence[Path | str]) -> list[str]:
        """Which of `paths` differ from HEAD (modified, new or deleted), relative POSIX paths."""
        rel = self.relative(paths)
        out = self.run("status", "--porcelain=v1", "-z", "--untracked-files=all", "--", *rel).stdout
        return [entry[3:] for entry in out.split("\0") if len(entry) > 3]

    def relative(self, paths: Sequence[Path | str]) -> list[str]:
        """`paths` (absolute, or relative to the root) as POSIX paths relative to the root."""
        found = []
        for path in paths:
            absolute = (self.root / path).resolve()  # an absolute `path` replaces the root
            try:
                found.append(absolute.relative_to(self.root).as_posix())
            except ValueError as exc:
                raise GitError("git.outside-repository", path=path) from exc
        return found

    def busy(self) -> str | None:
        """What is in progress (merge, rebase, ...), or None."""
        git_dir = Path(self.run("rev-parse", "--absolute-git-dir").stdout.strip())
        markers = {
            "MERGE_HEAD": "merge",
            "rebase-merge": "rebase",
            "rebase-apply": "rebase",
            "CHERRY_PICK_HEAD": "cherry-pick",
            "REVERT_HEAD": "revert",
            "index.lock": "index.lock",
        }
        return next((what for name, what in markers.items() if (git_dir / name).exists()), None)

    # -- commit --------------------------------------------------------------------------------

    def commit_paths(
        self, paths: Sequence[Path | str], message: str, *, branch: str | None = None
    ) -> CommitResult:
        """Commit exactly `paths` (their working-tree state), optionally on a new `branch`."""
        _check_text(message, "message")
        if branch is not None:
            _check_text(branch, "branch")
        rel = self.relative(paths)
        busy = self.busy()
        if busy is not None:
            raise RepositoryBusyError(busy)
        if not self.changed(rel):
            raise NothingToCommitError
        previous = self.current_branch()
        previous_head = self.head()
        create = branch is not None and branch != previous
        if create and branch is not None:
            self._check_branch_name(branch)
            if self.branch_exists(branch):
                raise BranchExistsError(branch)
        snapshot = self.run("ls-files", "--stage", "-z", "--", *rel).stdout
        try:
            if create and branch is not None:
                self.run("switch", "--quiet", "--create", branch)
            self.run("add", "--", *rel)
            result = self.run("commit", "--quiet", "--only", "-m", message, "--", *rel, check=False)
            if result.returncode != 0:
                raise commit_error(result.stderr.strip() or result.stdout.strip())
            extra = sorted(set(self._paths_in_head(previous_head)) - set(rel))
            if extra:  # a hook staged more than the export planned: take the commit back
                self._undo_commit(previous_head)
                raise GitError("git.hook-added-files", files=", ".join(extra))
        except BaseException as exc:  # whatever happens after the first change: all or nothing
            log.warning(
                "git commit in %s failed (%s); restoring the index", self.root, type(exc).__name__
            )
            self._restore_index(rel, snapshot)
            if create and branch is not None:
                self._leave_branch(branch, previous, previous_head)
            raise
        done = CommitResult(self.head() or "", self.current_branch(), tuple(rel), create)
        log.info(
            "git commit %s in %s: %d path(s) on %s", done.sha[:12], self.root, len(rel), done.branch
        )
        return done

    def _paths_in_head(self, parent: str | None) -> list[str]:
        """The paths the commit just made changed (against `parent`, or all of a first one)."""
        if parent is None:
            out = self.run("ls-tree", "-r", "-z", "--name-only", "HEAD").stdout
        else:
            out = self.run("diff-tree", "-r", "-z", "--name-only", parent, "HEAD").stdout
        return [name for name in out.split("\0") if name]

    def _undo_commit(self, previous_head: str | None) -> None:
        if previous_head is None:
            self.run("update-ref", "-d", "HEAD")
        else:
            self.run("reset", "--quiet", "--soft", previous_head)

    def _check_branch_name(self, branch: str) -> None:
        if self.run("check-ref-format", "--branch", branch, check=False).returncode != 0:
            raise GitError("git.invalid-branch-name", branch=branch)

    def _restore_index(self, rel: list[str], snapshot: str) -> None:
        """Put the index entries of `rel` back as they were before `git add`."""
        self.run("rm", "--cached", "--quiet", "--ignore-unmatch", "-r", "--", *rel, check=False)
        entries = [e for e in snapshot.split("\0") if e]  # "mode sha stage\tpath", as read
        if entries:
            subprocess.run(
                ["git", "-C", str(self.root), "update-index", "-z", "--index-info"],
                input="".join(e + "\0" for e in entries),
                text=True,
                capture_output=True,
                env=_env(),
                check=False,
            )

    def _leave_branch(self, branch: str, previous: str | None, previous_head: str | None) -> None:
        if previous is not None and previous_head is None:  # an unborn branch
            self.run("symbolic-ref", "HEAD", f"refs/heads/{previous}", check=False)
        elif previous is not None:
            self.run("switch", "--quiet", previous, check=False)
        elif previous_head is not None:
            self.run("switch", "--quiet", "--detach", previous_head, check=False)
        self.run("branch", "--quiet", "-D", branch, check=False)

    # -- push ----------------------------------------------------------------------------------

    def push(
        self,
        remote: str = "origin",
        branch: str | None = None,
        *,
        on_progress: ProgressCallback | None = None,
        timeout: float = PUSH_TIMEOUT,
    ) -> None:
        """Push `branch` (default: the current one) to `remote`, setting its upstream."""
        if remote not in self.remotes():
            raise NoRemoteError(remote)
        branch = branch or self.current_branch()
        if branch is None:
            raise GitError("git.detached-head")
        args = ["push", "--progress", "--porcelain", "--set-upstream", remote, branch]
        code, out, err = _run_streaming(self.root, args, on_progress, timeout)
        if code == 0:
            log.info("git push %s %s from %s", remote, branch, self.root)
            return
        error = push_error(out, err)
        log.warning("git push %s %s failed: %s", remote, branch, type(error).__name__)
        raise error


def _check_text(text: str, what: str) -> None:
    """Refuse, before anything changes, text git cannot take: NUL bytes, lone surrogates."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        bad = True
    else:
        bad = "\0" in text
    if bad:
        raise GitError(f"git.unstorable-{what}")


def _git(folder: Path, *args: str, check: bool) -> subprocess.CompletedProcess[str]:
    executable = shutil.which("git")
    if executable is None:
        raise GitNotFoundError
    return subprocess.run(
        [executable, "-C", str(folder), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=_env(),
        check=check,
    )


def git_environment() -> dict[str, str]:
    """The environment every git call gets: C locale, never a password prompt."""
    return _env()


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"LC_ALL": "C", "LANGUAGE": "C", "GIT_TERMINAL_PROMPT": "0"})
    env.setdefault("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")
    return env


def _run_streaming(
    folder: Path, args: list[str], on_progress: ProgressCallback | None, timeout: float
) -> tuple[int, str, str]:
    """Run git, feeding its `\\r`-separated progress lines to `on_progress` as they come."""
    executable = shutil.which("git")
    if executable is None:
        raise GitNotFoundError
    process = subprocess.Popen(
        [executable, "-C", str(folder), *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
        start_new_session=sys.platform != "win32",  # so a stuck ssh/https helper dies with it
    )
    assert process.stdout is not None and process.stderr is not None
    stdout = process.stdout
    stdout_chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: stdout_chunks.append(stdout.read()), daemon=True)
    reader.start()
    timed_out = threading.Event()

    def kill() -> None:
        timed_out.set()
        kill_process_group(process)

    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        err_text = _read_progress(process.stderr, on_progress)
        code = process.wait()
    finally:
        timer.cancel()
        reader.join(timeout=5)
        process.stdout.close()
        process.stderr.close()
    if timed_out.is_set():
        raise NetworkError(f"git push took longer than {timeout:.0f} s")
    return code, b"".join(stdout_chunks).decode("utf-8", "replace"), err_text


def kill_process_group(process: subprocess.Popen[bytes]) -> None:
    """Git and its ssh/https helper together (git runs in a process group of its own)."""
    if sys.platform != "win32":
        try:
            os.killpg(process.pid, signal.SIGKILL)
            return
        except OSError:
            pass
    process.kill()


def _read_progress(stream: IO[bytes], on_progress: ProgressCallback | None) -> str:
    """Everything git wrote to stderr; progress lines (ended by \\r or \\n) reported as read."""
    collected = bytearray()
    line = bytearray()
    while chunk := os.read(stream.fileno(), 4096):
        collected += chunk
        for byte in chunk:
            if byte in (10, 13):
                _report(line.decode("utf-8", "replace"), on_progress)
                line.clear()
            else:
                line.append(byte)
    _report(line.decode("utf-8", "replace"), on_progress)
    return collected.decode("utf-8", "replace")


def _report(line: str, on_progress: ProgressCallback | None) -> None:
    if on_progress is None:
        return
    match = _PROGRESS.search(line)
    if match:
        on_progress(match.group(1).strip(), int(match.group(2)))
