"""Git with a deadline, for the team steps: local queries and the network calls alike.

Network calls (fetch, push, ls-remote) can hang on a dead connection or a helper asking for
a password; git runs in a session of its own with `GIT_TERMINAL_PROMPT=0` and is killed, with
its ssh or https helper, when the deadline passes. Credentials come from the user's own helper
or SSH agent, never from redactie.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from redactie.core.export.git import Repository, git_environment, kill_process_group
from redactie.core.export.git_errors import (
    AUTH_FAILURES,
    NETWORK_FAILURES,
    GitError,
    GitNotFoundError,
)

LOCAL_TIMEOUT = 120.0  # a local git step on a very large repository
NETWORK_TIMEOUT = 60.0  # fetch: long enough for a slow line, short enough to say "offline"


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str
    timed_out: bool = False
    raw: bytes = b""  # stdout as git wrote it (for `cat-file --batch`)

    @property
    def ok(self) -> bool:
        return self.code == 0 and not self.timed_out


def git(
    root: Path,
    *args: str,
    timeout: float = LOCAL_TIMEOUT,
    check: bool = True,
    env: Mapping[str, str] | None = None,
    stdin: str | bytes | None = None,
) -> Ran:
    """Run `git -C root args`; `check` raises `GitError("git.failed")` on a failure."""
    executable = shutil.which("git")
    if executable is None:
        raise GitNotFoundError
    environment = git_environment()
    environment["GIT_LITERAL_PATHSPECS"] = "1"  # a file name is a name, never a pattern
    environment.update(env or {})
    process = subprocess.Popen(
        [executable, "-C", str(root), *args],
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        start_new_session=sys.platform != "win32",  # so a stuck ssh/https helper dies with it
    )
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    try:
        out, err = process.communicate(data, timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        kill_process_group(process)
        out, err = process.communicate()
        timed_out = True
    ran = Ran(
        process.returncode if not timed_out else -1,
        out.decode("utf-8", "replace"),
        err.decode("utf-8", "replace"),
        timed_out,
        out,
    )
    if check and not ran.ok:
        raise GitError("git.failed", detail=f"git {' '.join(args[:2])}: {ran.err.strip()}")
    return ran


def toplevel(path: Path) -> Path:
    """The top of the repository holding `path` (paths in the team steps are relative to it)."""
    return Repository.discover(path).root


def unreachable(ran: Ran) -> bool:
    """The remote could not be reached (or did not answer in time)."""
    low = ran.err.lower()
    return ran.timed_out or any(text in low for text in NETWORK_FAILURES)


def refused_access(ran: Ran) -> bool:
    low = ran.err.lower()
    return any(text in low for text in AUTH_FAILURES)
