"""A real HTTP server on 127.0.0.1 that speaks the Pexels photo API, for tests.

Tests talk to it over real sockets, so the client code under test runs unchanged (no mocks):

    with PexelsTestServer() as server:
        client = PexelsClient(server.api_key, base_url=server.base_url)
        client.search("fiets")
        assert server.api_requests[-1].header("authorization") == server.api_key

It serves the fixture page of `tests/data/pexels/` (copied from ../shared/pexels, SPEC.md §12)
in the wire form of §3.4 (compact JSON, `\\u0026` escapes, raw UTF-8) for `/v1/search`,
`/v1/curated` and `/v1/photos/<id>`, with every `src` URL rewritten to `<server>/images/...`,
where it answers with real, decodable images: a JPEG (a PNG for `.png` names) filled with the
photo's `avg_color`, in the aspect ratio of the requested variant (longest side at most
`MAX_IMAGE_SIDE`).

Like Pexels it checks the raw key in `Authorization` (401 otherwise), blocks requests without
a User-Agent or with a library default one at the "edge" (403), sends the `X-Ratelimit-*` headers
on 2xx API answers only, counts `X-Ratelimit-Remaining` down, and writes `next_page`/`prev_page`
URLs with every parameter in alphabetical order. Tests steer it per test through attributes
(`delay`, `body_delay`, `image_delay`, `image_delays`, `total_results`, `no_results_for`, ...),
`fail()`, and `hold()`/`release()` (answers that wait for the test, not for a clock);
`requests` records what arrived.

A few served photos differ from the fixture on purpose, so that every case a client must
survive is present (the constants below name them).
"""

from __future__ import annotations

import copy
import json
import re
import struct
import threading
import zlib
from dataclasses import dataclass
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Literal, Self
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.paths import PEXELS

DEFAULT_API_KEY = "test-pexels-key-6c5f5797031ee73213431"
"""The key the server accepts unless told otherwise; distinctive enough to grep for."""

DEFAULT_RATE_LIMIT = 20000
DEFAULT_RATE_LIMIT_RESET = 1_893_456_000  # 2030-01-01T00:00:00Z, in epoch seconds as Pexels sends

# Photos tests can pick by id (see _served_photos for what was changed).
DOUBLE_SPACE_ID = 31872045  # photographer "Noor  van den Berg", unchanged from the fixture
EMPTY_ALT_ID = 17483874  # alt "" (fixture)
PNG_ID = 25626431  # .png original (fixture)
NULL_ALT_ID = 2599244  # alt null and avg_color null (changed)
EMPTY_COLOR_ID = 4974915  # avg_color "" (changed)
MISSING_FIELDS_ID = 19870312  # no alt, avg_color, liked, photographer_id keys at all (changed)
BIG_ID = 9_007_199_254_740_993  # 2**53 + 1: not exact as a double (changed from 12899154)
_BIG_ID_ORIGINAL = 12899154

MAX_IMAGE_SIDE = 400
"""Served images keep the variant's aspect ratio but are scaled down to this, for speed."""

FailMode = Literal[
    "401",  # the observed {"status":401,"code":"Unauthorized"} body
    "403",  # a Cloudflare-style HTML page
    "404",
    "429",  # no body worth parsing, no rate-limit headers (SPEC §4)
    "500",
    "503",
    "no-photos",  # 200 with a JSON object that lacks `photos`
    "error-in-200",  # 200 whose body is {"status":401,...} (SPEC §6, defensive rule)
    "broken-json",  # 200 with truncated JSON
    "drop",  # close the connection without any answer
]

_ERROR_BODIES: dict[str, tuple[int, str, bytes]] = {
    "401": (401, "application/json", (PEXELS / "error_401.json").read_bytes()),
    "403": (
        403,
        "text/html; charset=UTF-8",
        b"<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head>"
        b"<body><h1>Sorry, you have been blocked</h1></body></html>",
    ),
    "404": (404, "application/json", b'{"status":404,"code":"Not Found"}'),
    "429": (429, "text/plain; charset=utf-8", b"Too Many Requests"),
    "500": (500, "text/html; charset=utf-8", b"<h1>Internal Server Error</h1>"),
    "503": (503, "text/html; charset=utf-8", b"<h1>Service Unavailable</h1>"),
}
_BLOCKED_USER_AGENTS = ("python-requests", "python-urllib", "curl/")


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server saw it; header names are lower-case."""

    method: str
    path: str
    raw_query: str
    query: dict[str, list[str]]
    headers: dict[str, str]

    def param(self, name: str) -> str | None:
        """The first value of query parameter `name`, decoded."""
        values = self.query.get(name)
        return values[0] if values else None

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


class PexelsTestServer:
    """The Pexels API on 127.0.0.1:<free port>, served from a background thread.

    Use as a context manager (or `start()`/`stop()`). All settings may be changed while it runs;
    `reset()` puts them back and forgets recorded requests.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.pexels = self  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None
        self.port: int = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.photos: list[dict[str, Any]] = _served_photos(self.url)
        self._requests: list[RecordedRequest] = []
        self._released = threading.Event()
        self.holding = 0  # requests waiting for release() right now
        self.gave_up = 0  # held requests dropped because hold_limit passed
        self.reset()

    # --- settings -------------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to a healthy Pexels; forget failures, delays and recorded requests."""
        with self._lock:
            self._requests.clear()
            self._failure: FailMode | None = None
            self._failures_left: int | None = None
            self._image_failure: FailMode | None = None
            self._image_failures_left: int | None = None
        self.api_key: str | None = DEFAULT_API_KEY  # None: accept any non-empty key
        self.block_bot_user_agents = True
        self.send_rate_limit_headers = True
        self.rate_limit = DEFAULT_RATE_LIMIT
        self.rate_limit_remaining = DEFAULT_RATE_LIMIT - 316
        self.rate_limit_reset = DEFAULT_RATE_LIMIT_RESET
        self.total_results = 3127  # as in the fixture; pages past it are empty
        self.no_results_for: set[str] = {"xyzzy"}  # queries that find nothing
        self.delay = 0.0  # seconds before any API answer
        self.body_delay = 0.0  # seconds between an API answer's headers and its body
        self.image_delay = 0.0  # seconds before every image answer
        self.image_delays: dict[int, float] = {}  # extra seconds for one photo's images
        self._held_queries: set[str] = set()  # API answers for these wait for release()
        self._hold_images = False  # image answers wait for release()
        self._hold_bodies = False  # API answers' bodies wait for release(), after the headers
        self.hold_limit = 60.0  # seconds a held request waits at most; then it is dropped
        self._released.set()

    def fail(self, mode: FailMode, *, times: int | None = None, images: bool = False) -> None:
        """Answer the next `times` API requests (all if None) with `mode`.

        With `images=True` the failure applies to image requests instead; status modes and
        "drop" make sense there.
        """
        with self._lock:
            if images:
                self._image_failure, self._image_failures_left = mode, times
            else:
                self._failure, self._failures_left = mode, times

    def hold(self, *, query: str | None = None, images: bool = False, bodies: bool = False) -> None:
        """Answers to searches for `query`, with `images` every image, with `bodies` the body
        of every API answer (its headers are sent) wait until `release()`: a slow Pexels whose
        slowness does not depend on the clock. `holding` counts the requests waiting; one
        still held after `hold_limit` seconds is dropped and counted in `gave_up`."""
        with self._lock:
            self._released.clear()
            if query is not None:
                self._held_queries.add(query)
            self._hold_images = self._hold_images or images
            self._hold_bodies = self._hold_bodies or bodies

    def release(self) -> None:
        """Let every held request (and later ones) be answered."""
        with self._lock:
            self._held_queries.clear()
            self._hold_images = self._hold_bodies = False
            self._released.set()

    def heal(self) -> None:
        """Stop failing (API and images), keeping every other setting."""
        with self._lock:
            self._failure = self._image_failure = None

    # --- what arrived ---------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received, oldest first (a copy)."""
        with self._lock:
            return list(self._requests)

    @property
    def api_requests(self) -> list[RecordedRequest]:
        """Requests to `/v1/...`, leaving out images."""
        return [r for r in self.requests if r.path.startswith("/v1/")]

    @property
    def image_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.startswith("/images/")]

    # --- addresses ------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """What to pass as a client's `base_url`, like `https://api.pexels.com/v1/`."""
        return f"{self.url}/v1/"

    def photo(self, photo_id: int) -> dict[str, Any]:
        """The served JSON object of one photo (a copy), to compare a client's result with."""
        for photo in self.photos:
            if photo["id"] == photo_id:
                return copy.deepcopy(photo)
        raise KeyError(photo_id)

    # --- lifecycle ------------------------------------------------------------------------------

    def start(self) -> Self:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers that are sleeping out a delay
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- used by the handler --------------------------------------------------------------------

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def _take_failure(self, *, images: bool) -> FailMode | None:
        with self._lock:
            mode = self._image_failure if images else self._failure
            left = self._image_failures_left if images else self._failures_left
            if mode is None:
                return None
            if left is not None:
                left -= 1
                if images:
                    self._image_failures_left = left
                    self._image_failure = mode if left > 0 else None
                else:
                    self._failures_left = left
                    self._failure = mode if left > 0 else None
            return mode

    def _wait_if_held(
        self, *, query: str | None = None, image: bool = False, body: bool = False
    ) -> bool:
        """Wait while this request is held; False when it must be dropped instead (the server
        stops, or `hold_limit` passed)."""
        with self._lock:
            held = (
                (image and self._hold_images)
                or (body and self._hold_bodies)
                or (query is not None and query in self._held_queries)
            )
            if not held:
                return True
            self.holding += 1
        try:
            for _ in range(max(1, round(self.hold_limit / 0.05))):
                if self._released.wait(0.05):
                    return True
                if self._stopping.is_set():
                    return False
            with self._lock:
                self.gave_up += 1
            return False
        finally:
            with self._lock:
                self.holding -= 1

    def _sleep(self, seconds: float) -> bool:
        """Wait, unless the server stops first; True if it is still running."""
        return seconds <= 0 or not self._stopping.wait(seconds)

    def _next_rate_limit_headers(self) -> dict[str, str]:
        if not self.send_rate_limit_headers:
            return {}
        with self._lock:
            self.rate_limit_remaining = max(0, self.rate_limit_remaining - 1)
            remaining = self.rate_limit_remaining
        return {
            "X-Ratelimit-Limit": str(self.rate_limit),
            "X-Ratelimit-Remaining": str(remaining),
            "X-Ratelimit-Reset": str(self.rate_limit_reset),
        }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "cloudflare"
    sys_version = ""
    timeout = 10  # idle keep-alive connections end by themselves

    @property
    def pexels(self) -> PexelsTestServer:
        return self.server.pexels  # type: ignore[attr-defined, no-any-return]

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: pytest shows failures, not access logs."""

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        headers = {name.lower(): value for name, value in self.headers.items()}
        self.pexels._record(RecordedRequest("GET", parts.path, parts.query, query, headers))
        try:
            if parts.path.startswith("/images/"):
                self._serve_image(parts.path, query)
            else:
                self._serve_api(parts.path, query, headers)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (e.g. its timeout); fine

    # --- API ------------------------------------------------------------------------------------

    def _serve_api(self, path: str, query: dict[str, list[str]], headers: dict[str, str]) -> None:
        server = self.pexels
        if not server._sleep(server.delay):
            return self._drop()
        if not server._wait_if_held(query=query.get("query", [None])[0]):
            return self._drop()
        user_agent = headers.get("user-agent", "")
        if server.block_bot_user_agents and (
            not user_agent or user_agent.lower().startswith(_BLOCKED_USER_AGENTS)
        ):
            return self._send_error("403")
        key = headers.get("authorization", "")
        if not key or (server.api_key is not None and key != server.api_key):
            return self._send_error("401")
        mode = server._take_failure(images=False)
        if mode in _ERROR_BODIES:
            return self._send_error(mode)
        if mode == "drop":
            return self._drop()
        if mode == "no-photos":
            return self._send_json(b'{"page":1,"per_page":15,"total_results":0}')
        if mode == "error-in-200":
            return self._send_json(_ERROR_BODIES["401"][2])
        if mode == "broken-json":
            return self._send_json(b'{"page":1,"per_page":15,"photos":[{"id":318720')

        photo_match = re.fullmatch(r"/v1/photos/(\d+)/?", path)
        if photo_match:
            try:
                photo = server.photo(int(photo_match[1]))
            except KeyError:
                return self._send_error("404")
            return self._send_json(_wire(photo))
        if path in {"/v1/search", "/v1/search/"}:
            if not query.get("query", [""])[0].strip():
                return self._send_status_json(400, b'{"status":400,"code":"Bad Request"}')
            return self._send_json(_wire(self._page(query, "search")))
        if path in {"/v1/curated", "/v1/curated/"}:
            return self._send_json(_wire(self._page(query, "curated")))
        return self._send_error("404")

    def _page(self, query: dict[str, list[str]], endpoint: str) -> dict[str, Any]:
        """One page of the fixture photos, repeated as needed to fill `total_results`."""
        server = self.pexels
        params = {name: values[0] for name, values in query.items() if values}
        page = max(1, _to_int(params.get("page"), 1))
        per_page = min(80, max(1, _to_int(params.get("per_page"), 15)))
        total = server.total_results
        if endpoint == "search" and params.get("query", "").strip() in server.no_results_for:
            total = 0
        start = (page - 1) * per_page
        count = max(0, min(per_page, total - start))
        pool = server.photos
        photos = [copy.deepcopy(pool[(start + i) % len(pool)]) for i in range(count)]

        def page_url(number: int) -> str:
            echoed = {k: v for k, v in params.items() if k in _ECHOED_PARAMS[endpoint]}
            echoed |= {"page": str(number), "per_page": str(per_page)}
            return f"{server.base_url}{endpoint}/?{urlencode(sorted(echoed.items()))}"

        body: dict[str, Any] = {
            "page": page,
            "per_page": per_page,
            "photos": photos,
            "total_results": total,
        }
        if start + per_page < total:
            body["next_page"] = page_url(page + 1)
        if page > 1:
            body["prev_page"] = page_url(page - 1)
        return body

    # --- images ---------------------------------------------------------------------------------

    def _serve_image(self, path: str, query: dict[str, list[str]]) -> None:
        server = self.pexels
        match = re.fullmatch(r"/images/photos/(\d+)/[^/]+\.(jpe?g|png)", path)
        photo_id = int(match[1]) if match else -1
        if not server._sleep(server.image_delay + server.image_delays.get(photo_id, 0.0)):
            return self._drop()
        if not server._wait_if_held(image=True):
            return self._drop()
        mode = server._take_failure(images=True)
        if mode == "drop":
            return self._drop()
        if mode in _ERROR_BODIES:
            return self._send_error(mode)
        try:
            photo = server.photo(photo_id)
        except KeyError:
            return self._send_error("404")
        width, height = _variant_size(photo, {k: v[0] for k, v in query.items() if v})
        rgb = _rgb(photo.get("avg_color"))
        assert match is not None  # server.photo() found it
        if match[2] == "png":
            self._send(200, "image/png", png_bytes(rgb, width, height))
        else:
            self._send(200, "image/jpeg", jpeg_bytes(rgb, width, height))

    # --- answering ------------------------------------------------------------------------------

    def _send_json(self, body: bytes) -> None:
        self._send_status_json(200, body)

    def _send_status_json(self, status: int, body: bytes) -> None:
        extra = self.pexels._next_rate_limit_headers() if 200 <= status < 300 else {}
        self._send(status, "application/json; charset=utf-8", body, extra)

    def _send_error(self, mode: str) -> None:
        status, content_type, body = _ERROR_BODIES[mode]
        self._send(status, content_type, body)

    def _send(
        self, status: int, content_type: str, body: bytes, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if content_type.startswith("application/json") and self.pexels.body_delay > 0:
            self.wfile.flush()
            if not self.pexels._sleep(self.pexels.body_delay):
                return self._drop()
        if content_type.startswith("application/json"):
            self.wfile.flush()
            if not self.pexels._wait_if_held(body=True):
                return self._drop()
        self.wfile.write(body)

    def _drop(self) -> None:
        """Hang up without a word, like a proxy that lost its upstream."""
        self.close_connection = True
        self.wfile.flush()


_ECHOED_PARAMS = {
    "search": {"color", "locale", "orientation", "query", "size"},
    "curated": set[str](),
}


def _wire(data: object) -> bytes:
    """JSON as Pexels sends it (SPEC §3.4): compact, raw UTF-8, every `&` as `\\u0026`."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").encode("utf-8")


def _served_photos(server_url: str) -> list[dict[str, Any]]:
    """The fixture's photos pointing at this server, with the edge cases the fixture lacks."""
    fixture = json.loads((PEXELS / "search_response.json").read_text(encoding="utf-8"))
    photos: list[dict[str, Any]] = fixture["photos"]
    for photo in photos:
        if photo["id"] == NULL_ALT_ID:
            photo["alt"] = None
            photo["avg_color"] = None
        elif photo["id"] == EMPTY_COLOR_ID:
            photo["avg_color"] = ""
        elif photo["id"] == MISSING_FIELDS_ID:
            for key in ("alt", "avg_color", "liked", "photographer_id"):
                del photo[key]
        elif photo["id"] == _BIG_ID_ORIGINAL:
            photo["id"] = BIG_ID
            photo["url"] = photo["url"].replace(str(_BIG_ID_ORIGINAL), str(BIG_ID))
            photo["src"] = {
                k: v.replace(str(_BIG_ID_ORIGINAL), str(BIG_ID)) for k, v in photo["src"].items()
            }
        photo["src"] = {
            k: v.replace("https://images.pexels.com/", f"{server_url}/images/")
            for k, v in photo["src"].items()
        }
    return photos


def _to_int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _rgb(color: object) -> tuple[int, int, int]:
    """`#RRGGBB` as a tuple; a neutral grey for a missing or odd colour."""
    if isinstance(color, str) and re.fullmatch(r"#[0-9A-Fa-f]{6}", color):
        value = int(color[1:], 16)
        return value >> 16, (value >> 8) & 0xFF, value & 0xFF
    return 128, 128, 128


def _variant_size(photo: dict[str, Any], params: dict[str, str]) -> tuple[int, int]:
    """The size Pexels' imgix CDN would give (SPEC §3.3), shrunk to `MAX_IMAGE_SIDE`."""
    width, height = photo.get("width") or 1, photo.get("height") or 1
    dpr = _to_int(params.get("dpr"), 1)
    box_w, box_h = _to_int(params.get("w"), 0) * dpr, _to_int(params.get("h"), 0) * dpr
    if params.get("fit") == "crop" and box_w and box_h:
        width, height = box_w, box_h
    elif box_w or box_h:
        scale = min(box_w / width if box_w else 1e9, box_h / height if box_h else 1e9)
        width, height = round(width * scale), round(height * scale)
    shrink = max(width, height) / MAX_IMAGE_SIDE
    if shrink > 1:
        width, height = round(width / shrink), round(height / shrink)
    return max(1, width), max(1, height)


# --- images without dependencies --------------------------------------------------------------


def png_bytes(rgb: tuple[int, int, int], width: int, height: int) -> bytes:
    """A solid-colour 8-bit RGB PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


# DC Huffman table of JPEG Annex K.3 (luminance): code counts per length 1..16, then symbols.
_DC_BITS = (0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0)
_DC_SYMBOLS = tuple(range(12))


def _canonical_codes(bits: tuple[int, ...], symbols: tuple[int, ...]) -> dict[int, str]:
    codes: dict[int, str] = {}
    code, index = 0, 0
    for length, count in enumerate(bits, start=1):
        for _ in range(count):
            codes[symbols[index]] = format(code, f"0{length}b")
            code, index = code + 1, index + 1
        code <<= 1
    return codes


_DC_CODES = _canonical_codes(_DC_BITS, _DC_SYMBOLS)


@lru_cache(maxsize=256)
def jpeg_bytes(rgb: tuple[int, int, int], width: int, height: int) -> bytes:
    """A solid-colour baseline JPEG (YCbCr 4:4:4), so thumbnails decode without Pillow.

    A flat 8x8 block has only a DC coefficient, so each block is one DC difference plus an
    end-of-block; with all quantizers 1 the colour comes back exact up to rounding.
    """
    r, g, b = rgb
    ycc = (
        0.299 * r + 0.587 * g + 0.114 * b,
        -0.168736 * r - 0.331264 * g + 0.5 * b + 128,
        0.5 * r - 0.418688 * g - 0.081312 * b + 128,
    )
    dc = [round(8 * (value - 128)) for value in ycc]  # DCT (0,0) of a flat block: 8 * (v - 128)

    def encode_dc(diff: int) -> str:
        size = abs(diff).bit_length()
        magnitude = diff if diff >= 0 else diff + (1 << size) - 1
        return _DC_CODES[size] + (format(magnitude, f"0{size}b") if size else "")

    eob = "0"  # the only symbol of our AC table
    first = "".join(encode_dc(v) + eob for v in dc)
    rest = (encode_dc(0) + eob) * 3
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    bits = first + rest * (blocks - 1)
    bits += "1" * (-len(bits) % 8)
    scan = int(bits, 2).to_bytes(len(bits) // 8, "big").replace(b"\xff", b"\xff\x00")

    def segment(marker: int, payload: bytes) -> bytes:
        return struct.pack(">HH", marker, len(payload) + 2) + payload

    dht_dc = bytes([0x00, *_DC_BITS, *_DC_SYMBOLS])
    dht_ac = bytes([0x10, 1, *[0] * 15, 0x00])
    components = b"".join(bytes([cid, 0x11, 0]) for cid in (1, 2, 3))
    return b"".join(
        [
            b"\xff\xd8",
            segment(0xFFE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
            segment(0xFFDB, b"\x00" + b"\x01" * 64),
            segment(0xFFC0, struct.pack(">BHHB", 8, height, width, 3) + components),
            segment(0xFFC4, dht_dc + dht_ac),
            segment(0xFFDA, b"\x03\x01\x00\x02\x00\x03\x00\x00\x3f\x00"),
            scan,
            b"\xff\xd9",
        ]
    )
