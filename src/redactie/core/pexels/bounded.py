"""Answers read with a size cap and one deadline for the whole body.

requests' `timeout` is per socket read, so a server that sends a byte every few seconds keeps
a search waiting forever, and nothing stops a 2 GB answer from filling memory. requests-cache
reads the body inside `send` whatever `stream` says, so the bound has to sit below it: this
transport adapter reads the body itself (after the headers), refuses what announces or grows
past the cap, and gives up when the deadline passes; the answer then carries its content like
any other, and the cache stores it as usual.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import ReadTimeoutError

MAX_ANSWER_BYTES = 16 * 1024 * 1024  # a page of 80 photos is about 150 KB
DEADLINE = 30.0
_CHUNK = 64 * 1024


class AnswerTooLargeError(requests.RequestException):
    """The answer announced or sent more than the cap."""


class AnswerTooSlowError(requests.Timeout):
    """The whole answer did not arrive before the deadline."""


class BoundedAdapter(HTTPAdapter):
    """An `HTTPAdapter` whose answers are read whole, within `max_bytes` and `deadline`."""

    def __init__(
        self,
        *,
        max_bytes: int = MAX_ANSWER_BYTES,
        deadline: float = DEADLINE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.max_bytes = max_bytes
        self.deadline = deadline
        self.clock = clock

    def send(  # type: ignore[override]
        self, request: requests.PreparedRequest, stream: bool = False, **kwargs: Any
    ) -> requests.Response:
        end = self.clock() + self.deadline
        response = super().send(request, stream=True, **kwargs)
        try:
            body = self._read(response, end)
        except BaseException:
            response.close()
            raise
        response._content = body  # requests' own way to hold a read body
        setattr(response, "_content_consumed", True)  # noqa: B010 (not in requests' stubs)
        response.close()
        return response

    def _read(self, response: requests.Response, end: float) -> bytes:
        announced = _length(response.headers)
        if announced is not None and announced > self.max_bytes:
            raise AnswerTooLargeError(f"the answer announces {announced} bytes")
        chunks: list[bytes] = []
        size = 0
        raw = response.raw
        while True:
            if self.clock() > end:
                raise AnswerTooSlowError(f"no whole answer within {self.deadline:.0f} s")
            try:
                chunk = raw.read1(_CHUNK)
            except (ReadTimeoutError, TimeoutError) as exc:
                raise AnswerTooSlowError(str(exc)) from exc
            except (Urllib3Error, OSError) as exc:
                raise requests.ConnectionError(str(exc)) from exc
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > self.max_bytes:
                raise AnswerTooLargeError(f"the answer is larger than {self.max_bytes} bytes")
            chunks.append(chunk)


def _length(headers: Mapping[str, str]) -> int | None:
    try:
        value = headers.get("Content-Length")
        return int(value) if value is not None else None
    except ValueError:
        return None
