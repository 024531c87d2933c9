"""The field log: what a journalist can send when something went wrong, safe to send.

Records go to a rotating file in the user's state folder (`platformdirs.user_log_dir`), a few
files of a megabyte at most. The file holds events and tracebacks, never secrets and never
articles: a filter on the handler replaces every Pexels API key this process has seen with
`[redacted]`, cuts long messages, and keeps only the first line of an exception's message
(YAML and other parser errors quote the lines of the text they choke on). Callers log paths,
counts and steps, never the text itself.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs

APP_NAME = "redactie"
LOG_FILE = "redactie.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3
MAX_MESSAGE = 1000  # a path list or an error, not an article
MAX_EXCEPTION_MESSAGE = 200
REDACTED = "[redacted]"
KEY_VARIABLE = "PEXELS_API_KEY"  # as core.pexels.api_key.ENV_VAR, read here without importing it
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_installed: list[logging.Handler] = []
_levels: list[int] = []

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_dir() -> Path:
    """`~/.local/state/redactie/log` on Linux; the OS's own place elsewhere."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_FILE


def remember_secret(value: str) -> None:
    """From now on `value` (an API key) is written as `[redacted]` wherever it would appear."""
    value = value.strip()
    if len(value) >= 8:  # a short value would redact ordinary words
        with _secrets_lock:
            _secrets.add(value)


def redact(text: str) -> str:
    """`text` without any secret this process has seen or has in its environment."""
    with _secrets_lock:
        secrets = set(_secrets)
    from_env = os.environ.get(KEY_VARIABLE, "").strip()
    if len(from_env) >= 8:
        secrets.add(from_env)
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def format_exception(exc_info: ExcInfo) -> str:
    """A traceback with every frame, but each exception's message cut to its first line."""
    lines: list[str] = []
    seen: set[int] = set()
    chain: list[tuple[BaseException, str]] = []
    error: BaseException | None = exc_info[1]
    reason = ""
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        chain.append((error, reason))
        if error.__cause__ is not None:
            error, reason = error.__cause__, "The above exception was the direct cause of:"
        elif error.__context__ is not None and not error.__suppress_context__:
            error, reason = error.__context__, "During handling of the above exception:"
        else:
            error = None
    for error, reason in reversed(chain):
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_tb(error.__traceback__))
        lines.append(f"{type(error).__module__}.{type(error).__qualname__}: {_short(error)}\n")
        if reason:
            lines.append(f"\n{reason}\n\n")
    return "".join(lines).rstrip("\n")


def _short(error: BaseException) -> str:
    try:
        text = str(error)
    except Exception:  # a broken __str__ must not break the log
        return "<unprintable>"
    first = text.splitlines()[0] if text else ""
    if len(first) > MAX_EXCEPTION_MESSAGE or first != text:
        return first[:MAX_EXCEPTION_MESSAGE] + " […]"
    return first


class SafeRecords(logging.Filter):
    """Rewrites each record before it is written: secrets out, long text cut, short traces."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # bad arguments: logging reports it itself
            return True
        if len(message) > MAX_MESSAGE:
            message = message[:MAX_MESSAGE] + f" […] ({len(message)} characters)"
        record.msg, record.args = redact(message), None
        info = record.exc_info
        if info and info[0] is not None and info[1] is not None:  # even if another handler
            record.exc_text = format_exception((info[0], info[1], info[2]))  # cached a long one
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def configure(folder: Path | None = None, *, level: int = logging.INFO) -> Path | None:
    """Send redactie's records (and others' warnings) to the log file; its path, or None.

    Called once at start; calling again replaces the earlier set-up. A folder that cannot be
    created leaves the app without a log file rather than without a window.
    """
    folder = folder or log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    unconfigure()
    handler.setFormatter(logging.Formatter(_FORMAT))
    handlers: list[logging.Handler] = [handler]
    if sys.stderr is not None:  # as before: warnings on the terminal too (a bundle has none)
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        handlers.append(console)
    root = logging.getLogger()
    for each in handlers:
        each.addFilter(SafeRecords())
        root.addHandler(each)
    _installed[:] = [*handlers]
    _levels[:] = [root.level, logging.getLogger(APP_NAME).level]
    root.setLevel(logging.WARNING)  # other libraries: their warnings only
    logging.getLogger(APP_NAME).setLevel(level)
    return folder / LOG_FILE


def unconfigure() -> None:
    """Undo `configure` (at exit, and between tests): handlers closed, levels as they were."""
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    if _levels:
        root.setLevel(_levels[0])
        logging.getLogger(APP_NAME).setLevel(_levels[1])
    _installed.clear()
    _levels.clear()


def flush() -> None:
    """Write out what is buffered (before a dialog, before the process ends)."""
    for handler in _installed:
        handler.flush()
