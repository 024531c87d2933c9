"""A blocking Pexels client: one method per endpoint, typed results, typed errors.

Blocking on purpose: it is small and easy to test here, and the GUI runs it in a worker. Answers
are kept on disk for 24 hours as Pexels asks (SPEC §4), keyed without the API key and stored with
it redacted, so the cache never holds the secret and a repeated search costs nothing.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from pathlib import Path
from types import TracebackType
from typing import Literal, Self, get_args

import requests
import requests_cache
from urllib3.exceptions import ReadTimeoutError

from redactie import __version__
from redactie.core.logfile import remember_secret
from redactie.core.pexels.api_key import is_header_safe
from redactie.core.pexels.bounded import AnswerTooLargeError, BoundedAdapter
from redactie.core.pexels.errors import (
    BadResponseError,
    InvalidKeyError,
    NotFoundError,
    OfflineError,
    PexelsError,
    PexelsTimeoutError,
    RateLimitedError,
    ServerError,
)
from redactie.core.pexels.models import Photo, RateLimit, SearchPage, parse_page, parse_photo

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.pexels.com/v1/"
DEFAULT_USER_AGENT = f"redactie/{__version__}"
CACHE_LIFETIME = timedelta(hours=24)
CACHE_NAME = "pexels-http"  # requests-cache adds ".sqlite"
MAX_PER_PAGE = 80

Orientation = Literal["landscape", "portrait", "square"]
Size = Literal["large", "medium", "small"]
COLORS = frozenset({"red", "orange", "yellow", "green", "turquoise", "blue", "violet", "pink",
                    "brown", "black", "gray", "white"})  # fmt: skip
_HEX_COLOR = re.compile(r"#?(?:[0-9a-fA-F]{3}){1,2}")


class PexelsClient:
    """Talks to the Pexels photo API (search, curated, photo by id).

    `timeout` is (connect, read) in seconds. With `cache_dir` set, successful answers are cached
    there for 24 hours in SQLite; `None` caches nothing. Not meant to be shared between threads.
    """

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        cache_dir: Path | None = None,
        timeout: tuple[float, float] = (5, 15),
        user_agent: str = DEFAULT_USER_AGENT,
    ) -> None:
        self._key = api_key.strip()
        remember_secret(self._key)  # a key typed for a test, too: never in the log file
        self._base_url = base_url if base_url.endswith("/") else base_url + "/"
        self._timeout = timeout
        self.adapter = BoundedAdapter()  # a size cap and one deadline for every answer
        self._session = _make_session(cache_dir, self.adapter)
        # A real User-Agent: Pexels' edge answers 403 to library defaults (SPEC §1).
        self._session.headers.update({"User-Agent": user_agent, "Accept": "application/json"})
        self._rate_limit: RateLimit | None = None

    def __repr__(self) -> str:  # never shows the key
        cached = isinstance(self._session, requests_cache.CachedSession)
        return f"PexelsClient(base_url={self._base_url!r}, cached={cached})"

    @property
    def rate_limit(self) -> RateLimit | None:
        """The quota from the last fresh 2xx answer; None before any."""
        return self._rate_limit

    def search(
        self,
        query: str,
        *,
        orientation: Orientation | None = None,
        size: Size | None = None,
        color: str | None = None,
        locale: str | None = "nl-NL",
        page: int = 1,
        per_page: int = 15,
    ) -> SearchPage:
        """Photos matching `query`, one page. An empty query is the caller's cue for `curated`.

        Whitespace in the query is normalized so that "fiets " and "fiets" share a cache entry.
        """
        query = " ".join(query.split())
        if not query:
            raise ValueError("empty Pexels query; call curated() instead")
        params: dict[str, str | int] = {"query": query, **_paging(page, per_page)}
        if orientation is not None:
            params["orientation"] = _checked(orientation, get_args(Orientation), "orientation")
        if size is not None:
            params["size"] = _checked(size, get_args(Size), "size")
        if color is not None:
            params["color"] = _color(color)
        if locale:
            params["locale"] = locale
        return self._page(self._base_url + "search", params)

    def curated(self, *, page: int = 1, per_page: int = 15) -> SearchPage:
        """Photos Pexels' editors picked: what the picker shows before anything is typed."""
        return self._page(self._base_url + "curated", _paging(page, per_page))

    def photo(self, photo_id: int) -> Photo:
        """One photo by id, for instance to refresh a cover chosen earlier."""
        data, response = self._get_json(f"{self._base_url}photos/{int(photo_id)}")
        photo = parse_photo(data)
        if photo is None:
            self._forget(response)
            raise BadResponseError(detail=f"photo {photo_id}: answer without an id")
        return photo

    def follow(self, page_url: str) -> SearchPage:
        """The page behind a `next_page`/`prev_page` URL, sent as-is (SPEC §3.1).

        Only URLs under `base_url` are followed: the key goes with the request.
        """
        if not page_url.startswith(self._base_url):
            raise ValueError(f"not a Pexels page URL: {page_url!r}")
        return self._page(page_url, None)

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- internals ------------------------------------------------------------------------------

    def _page(self, url: str, params: dict[str, str | int] | None) -> SearchPage:
        data, response = self._get_json(url, params)
        page = parse_page(data) if isinstance(data, dict) else None
        if page is None:
            self._forget(response)
            raise BadResponseError(detail=f"{response.url}: answer without a photos list")
        return page

    def _get_json(
        self, url: str, params: dict[str, str | int] | None = None
    ) -> tuple[object, requests.Response]:
        """GET `url` and return its JSON, turning every failure into a `PexelsError`."""
        if not self._key or not is_header_safe(self._key):
            raise InvalidKeyError(None)
        try:
            response = self._session.get(
                url, params=params, headers={"Authorization": self._key}, timeout=self._timeout
            )
        except requests.Timeout as exc:  # the connection, a read, or the whole answer
            raise PexelsTimeoutError(detail=str(exc)) from exc
        except AnswerTooLargeError as exc:
            raise BadResponseError(detail=str(exc)) from exc
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
            if exc.args and isinstance(exc.args[0], ReadTimeoutError):  # slow body, not headers
                raise PexelsTimeoutError(detail=str(exc)) from exc
            raise OfflineError(detail=str(exc)) from exc
        except requests.RequestException as exc:
            raise BadResponseError(detail=str(exc)) from exc

        if 200 <= response.status_code < 300 and not getattr(response, "from_cache", False):
            self._rate_limit = RateLimit.from_headers(response.headers) or self._rate_limit
        if response.status_code != 200:
            raise self._error_for(response.status_code, detail=response.text[:200])
        try:
            data: object = response.json()
        except ValueError as exc:
            self._forget(response)
            raise BadResponseError(status=200, detail=f"{response.url}: {exc}") from exc
        body_status = data.get("status") if isinstance(data, dict) else None
        if isinstance(body_status, int) and body_status >= 400:  # an error dressed as 200
            self._forget(response)
            raise self._error_for(body_status, detail=f"{response.url}: {data}")
        return data, response

    def _error_for(self, status: int, *, detail: str) -> PexelsError:
        if status in (401, 403):
            return InvalidKeyError(status, detail=detail)
        if status == 404:
            return NotFoundError(detail=detail)
        if status == 429:
            known = self._rate_limit
            if known is None:
                return RateLimitedError(None)
            return RateLimitedError(known.reset_at, quota_spent=known.remaining <= 0)
        if status >= 500:
            return ServerError(status, detail=detail)
        return BadResponseError(status=status, detail=detail)

    def _forget(self, response: requests.Response) -> None:
        """Drop an unusable 200 from the cache, so the next try asks Pexels again."""
        key = getattr(response, "cache_key", None)
        if key and isinstance(self._session, requests_cache.CachedSession):
            self._session.cache.delete(key)


def _make_session(cache_dir: Path | None, adapter: BoundedAdapter) -> requests.Session:
    session = _plain_or_cached(cache_dir)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _plain_or_cached(cache_dir: Path | None) -> requests.Session:
    if cache_dir is None:
        return requests.Session()
    cache_dir.mkdir(parents=True, exist_ok=True)
    return requests_cache.CachedSession(
        str(cache_dir / CACHE_NAME),
        backend="sqlite",
        expire_after=CACHE_LIFETIME,
        cache_control=False,  # Pexels' own headers don't decide; 24 hours does
        allowable_codes=(200,),  # errors are never cached
        allowable_methods=("GET",),
        ignored_parameters=("Authorization",),  # not part of the key, redacted when stored
        match_headers=False,
        stale_if_error=False,
    )


def _paging(page: int, per_page: int) -> dict[str, str | int]:
    """Page numbers clamped as the official .NET client does (SPEC §4)."""
    return {"page": max(1, page), "per_page": min(max(1, per_page), MAX_PER_PAGE)}


def _checked(value: str, allowed: tuple[str, ...], name: str) -> str:
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _color(color: str) -> str:
    """A Pexels colour name, or a hex code with its `#` (requests encodes it as %23)."""
    color = color.strip().lower()
    if color in COLORS:
        return color
    if _HEX_COLOR.fullmatch(color):
        return color if color.startswith("#") else "#" + color
    raise ValueError(f"not a Pexels colour: {color!r}")
