"""The Pexels client against a real local server that speaks the Pexels API (no mocks)."""

from __future__ import annotations

import socket
import struct
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from redactie.core.pexels import (
    BadResponseError,
    InvalidKeyError,
    NotFoundError,
    OfflineError,
    PexelsClient,
    PexelsError,
    PexelsTimeoutError,
    Photo,
    RateLimit,
    RateLimitedError,
    ServerError,
    caption_for,
)
from tests.messages import dutch, english
from tests.pexels_server import (
    BIG_ID,
    DEFAULT_API_KEY,
    DEFAULT_RATE_LIMIT,
    DOUBLE_SPACE_ID,
    EMPTY_ALT_ID,
    EMPTY_COLOR_ID,
    MISSING_FIELDS_ID,
    NULL_ALT_ID,
    PNG_ID,
    FailMode,
    PexelsTestServer,
)

RESET_AT = datetime(2030, 1, 1, tzinfo=UTC)  # the server's default X-Ratelimit-Reset


@pytest.fixture
def server() -> Iterator[PexelsTestServer]:
    with PexelsTestServer() as pexels:
        yield pexels


@pytest.fixture
def client(server: PexelsTestServer) -> Iterator[PexelsClient]:
    with PexelsClient(DEFAULT_API_KEY, base_url=server.base_url, timeout=(2, 2)) as pexels:
        yield pexels


def by_id(photos: list[Photo], photo_id: int) -> Photo:
    return next(photo for photo in photos if photo.id == photo_id)


# --- results -------------------------------------------------------------------------------------


def test_search_returns_typed_photos_verbatim(
    client: PexelsClient, server: PexelsTestServer
) -> None:
    page = client.search("kunstmatige intelligentie")

    assert (page.page, page.per_page, page.total_results) == (1, 15, 3127)
    assert len(page.photos) == 15
    noor = by_id(page.photos, DOUBLE_SPACE_ID)
    served = server.photo(DOUBLE_SPACE_ID)
    assert noor == Photo(
        id=DOUBLE_SPACE_ID,
        width=6000,
        height=4000,
        url=served["url"],
        photographer="Noor  van den Berg",
        photographer_url="https://www.pexels.com/@noor-van-den-berg-2148810235",
        photographer_id=2148810235,
        avg_color="#5B5A57",
        alt=served["alt"],
        src=served["src"],
    )
    assert set(noor.src) == {
        "original",
        "large2x",
        "large",
        "medium",
        "small",
        "portrait",
        "landscape",
        "tiny",
    }
    assert noor.src["large2x"].endswith(".jpeg?auto=compress&cs=tinysrgb&dpr=2&h=650&w=940")
    assert by_id(page.photos, BIG_ID).id == 9_007_199_254_740_993  # exact, not via a float
    assert "Zoë Müller" in {photo.photographer for photo in page.photos}


def test_missing_null_and_empty_optional_fields(client: PexelsClient) -> None:
    photos = client.search("robot").photos

    assert by_id(photos, EMPTY_ALT_ID).alt == ""
    null_alt = by_id(photos, NULL_ALT_ID)
    assert (null_alt.alt, null_alt.avg_color) == ("", None)
    assert by_id(photos, EMPTY_COLOR_ID).avg_color is None
    bare = by_id(photos, MISSING_FIELDS_ID)
    assert (bare.alt, bare.avg_color, bare.photographer_id) == ("", None, None)
    assert bare.photographer == "Kwame Mensah"


def test_sends_raw_key_and_a_descriptive_user_agent(
    client: PexelsClient, server: PexelsTestServer
) -> None:
    client.search("fiets")

    sent = server.api_requests[-1]
    assert sent.header("Authorization") == DEFAULT_API_KEY  # no "Bearer "
    assert (sent.header("User-Agent") or "").startswith("redactie/")
    assert sent.header("Accept") == "application/json"


def test_filters_and_locale_are_sent_as_query_parameters(
    client: PexelsClient, server: PexelsTestServer
) -> None:
    client.search(
        "  fiets  in Amsterdam ",
        orientation="landscape",
        size="medium",
        color="#FF0000",
        page=0,
        per_page=500,
    )

    sent = server.api_requests[-1]
    assert sent.path == "/v1/search"
    assert {name: values[0] for name, values in sent.query.items()} == {
        "query": "fiets in Amsterdam",
        "orientation": "landscape",
        "size": "medium",
        "color": "#ff0000",
        "locale": "nl-NL",
        "page": "1",  # clamped
        "per_page": "80",  # clamped to Pexels' maximum
    }
    assert "color=%23ff0000" in sent.raw_query  # "#" would start a URL fragment

    client.search("bike", locale=None)
    assert server.api_requests[-1].param("locale") is None


@pytest.mark.parametrize(
    "kwargs",
    [{"orientation": "diagonal"}, {"size": "huge"}, {"color": "beige"}, {"color": "#12"}],
)
def test_invalid_filters_are_refused_before_any_request(
    client: PexelsClient, server: PexelsTestServer, kwargs: dict[str, str]
) -> None:
    with pytest.raises(ValueError):
        client.search("fiets", **kwargs)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        client.search("   ")
    assert server.api_requests == []


def test_curated(client: PexelsClient, server: PexelsTestServer) -> None:
    page = client.curated(per_page=5)

    assert server.api_requests[-1].path == "/v1/curated"
    assert len(page.photos) == 5
    assert page.next_page == f"{server.base_url}curated/?page=2&per_page=5"
    assert page.prev_page is None


def test_photo_by_id(client: PexelsClient, server: PexelsTestServer) -> None:
    photo = client.photo(BIG_ID)

    assert server.api_requests[-1].path == f"/v1/photos/{BIG_ID}"
    assert photo.id == BIG_ID
    assert photo.src == server.photo(BIG_ID)["src"]
    assert client.photo(DOUBLE_SPACE_ID).photographer == "Noor  van den Berg"


def test_unknown_photo_is_not_found(client: PexelsClient) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.photo(1)
    assert caught.value.status == 404


def test_pagination_follows_next_page(client: PexelsClient, server: PexelsTestServer) -> None:
    server.total_results = 12
    first = client.search("fiets", per_page=5)
    assert first.next_page == f"{server.base_url}search/?locale=nl-NL&page=2&per_page=5&query=fiets"

    second = client.follow(first.next_page)
    assert (second.page, len(second.photos)) == (2, 5)
    assert second.prev_page is not None
    assert second.next_page is not None
    assert {p.id for p in second.photos}.isdisjoint({p.id for p in first.photos})

    last = client.search("fiets", page=3, per_page=5)
    assert (len(last.photos), last.next_page) == (2, None)


def test_follow_refuses_urls_outside_the_api(
    client: PexelsClient, server: PexelsTestServer
) -> None:
    with pytest.raises(ValueError):
        client.follow("https://elders.example/v1/search/?page=2")  # the key would go there
    assert server.requests == []


def test_no_results(client: PexelsClient) -> None:
    page = client.search("xyzzy")
    assert (page.photos, page.total_results, page.next_page) == ([], 0, None)


def test_rate_limit_is_read_from_successful_answers(
    client: PexelsClient, server: PexelsTestServer
) -> None:
    initial = client.rate_limit
    client.search("fiets")
    assert initial is None
    assert client.rate_limit == RateLimit(
        limit=DEFAULT_RATE_LIMIT, remaining=server.rate_limit_remaining, reset_at=RESET_AT
    )
    before = server.rate_limit_remaining
    client.curated()
    after = client.rate_limit
    assert after is not None
    assert after.remaining == before - 1


# --- failures ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "error", "status"),
    [
        ("401", InvalidKeyError, 401),
        ("403", InvalidKeyError, 403),
        ("500", ServerError, 500),
        ("503", ServerError, 503),
        ("no-photos", BadResponseError, None),
        ("broken-json", BadResponseError, 200),
        ("error-in-200", InvalidKeyError, 401),
        ("drop", OfflineError, None),
    ],
)
def test_failures_become_typed_errors(
    client: PexelsClient,
    server: PexelsTestServer,
    mode: FailMode,
    error: type[PexelsError],
    status: int | None,
) -> None:
    server.fail(mode)
    with pytest.raises(error) as caught:
        client.search("fiets")

    assert caught.value.status == status
    assert_readable(caught.value)


def assert_readable(error: PexelsError) -> None:
    """Both messages are plain sentences for a journalist, and never leak the key."""
    assert dutch(error) and english(error)
    assert dutch(error) != english(error)
    for text in (dutch(error), english(error), error.detail, str(error), repr(error)):
        assert DEFAULT_API_KEY not in text
    for jargon in ("Error(", "Traceback", "HTTP", "JSON", "None"):
        assert jargon not in dutch(error) + english(error)


def test_a_wrong_key_is_refused(server: PexelsTestServer) -> None:
    for key in ("verkeerde-sleutel", f"Bearer {DEFAULT_API_KEY}"):
        with (
            PexelsClient(key, base_url=server.base_url) as client,
            pytest.raises(InvalidKeyError) as caught,
        ):
            client.search("fiets")
        assert caught.value.status == 401
        assert "sleutel" in dutch(caught.value)


def test_a_missing_key_sends_nothing(server: PexelsTestServer) -> None:
    with PexelsClient("  ", base_url=server.base_url) as client:
        with pytest.raises(InvalidKeyError) as caught:
            client.search("fiets")
        assert caught.value.status is None
        assert "Instellingen" in dutch(caught.value)
        assert_readable(caught.value)
    assert server.requests == []


def test_a_library_default_user_agent_is_blocked_like_at_pexels(server: PexelsTestServer) -> None:
    agent = requests.utils.default_user_agent()
    with PexelsClient(DEFAULT_API_KEY, base_url=server.base_url, user_agent=agent) as client:
        with pytest.raises(InvalidKeyError) as caught:
            client.search("fiets")
        assert caught.value.status == 403


def test_429_before_any_rate_limit_headers(client: PexelsClient, server: PexelsTestServer) -> None:
    server.fail("429")
    with pytest.raises(RateLimitedError) as caught:
        client.search("fiets")

    assert caught.value.reset_at is None
    assert not caught.value.quota_spent
    assert "200" in dutch(caught.value)
    assert_readable(caught.value)


def test_429_after_rate_limit_headers_says_when_it_resets(
    client: PexelsClient, server: PexelsTestServer
) -> None:
    client.search("fiets")
    server.fail("429")
    with pytest.raises(RateLimitedError) as caught:
        client.search("auto")

    error = caught.value
    assert error.reset_at == RESET_AT
    assert not error.quota_spent  # quota left: the hourly limit it must be
    local = RESET_AT.astimezone()
    for message in (dutch(error), english(error)):
        assert f"{local.year}" in message
        assert f"{local:%H:%M}" in message
    assert_readable(error)


def test_429_with_the_monthly_quota_spent(client: PexelsClient, server: PexelsTestServer) -> None:
    server.rate_limit_remaining = 1
    client.search("fiets")  # the last request of the month
    server.fail("429")
    with pytest.raises(RateLimitedError) as caught:
        client.search("auto")

    assert caught.value.quota_spent
    assert caught.value.reset_at == RESET_AT
    assert "maandelijkse" in dutch(caught.value)
    assert "monthly" in english(caught.value)


@pytest.mark.parametrize("where", ["answer", "body"])
def test_a_slow_server_times_out(server: PexelsTestServer, where: str) -> None:
    """The client gives up after its own read timeout (0.2 s here), long before the server
    would (5 s): no clock is read, the order of the two is what counts."""
    server.hold_limit = 5.0
    if where == "body":
        server.hold(bodies=True)  # the headers come, the body does not
    else:
        server.hold(query="fiets")
    with (
        PexelsClient(DEFAULT_API_KEY, base_url=server.base_url, timeout=(1, 0.2)) as client,
        pytest.raises(PexelsTimeoutError) as caught,
    ):
        client.search("fiets")
    assert server.gave_up == 0  # the client ended the wait, not the server
    assert_readable(caught.value)


def test_connection_refused_is_offline() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago has nobody listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with (
        PexelsClient(DEFAULT_API_KEY, base_url=f"http://127.0.0.1:{port}/v1/") as client,
        pytest.raises(OfflineError) as caught,
    ):
        client.curated()
    assert_readable(caught.value)


# --- cache ---------------------------------------------------------------------------------------


def cached_client(server: PexelsTestServer, cache_dir: Path) -> PexelsClient:
    return PexelsClient(DEFAULT_API_KEY, base_url=server.base_url, cache_dir=cache_dir)


def test_a_repeated_search_costs_no_request(server: PexelsTestServer, tmp_path: Path) -> None:
    with cached_client(server, tmp_path) as client:
        first = client.search("kunstmatige intelligentie")
        remaining = client.rate_limit
        assert client.search("kunstmatige  intelligentie ") == first  # normalized: same entry
        assert client.rate_limit == remaining  # a cached answer says nothing about the quota
        client.search("kunstmatige intelligentie", page=2)  # another page is another request
    with cached_client(server, tmp_path) as client:  # the cache is on disk
        assert client.search("kunstmatige intelligentie") == first
        client.photo(DOUBLE_SPACE_ID)
        client.photo(DOUBLE_SPACE_ID)

    assert [r.param("page") or r.path for r in server.api_requests] == [
        "1",
        "2",
        f"/v1/photos/{DOUBLE_SPACE_ID}",
    ]


@pytest.mark.parametrize("mode", ["500", "429", "no-photos", "broken-json", "error-in-200"])
def test_failures_are_not_cached(server: PexelsTestServer, tmp_path: Path, mode: FailMode) -> None:
    server.fail(mode, times=1)
    with cached_client(server, tmp_path) as client:
        with pytest.raises(PexelsError):
            client.search("fiets")
        assert len(client.search("fiets").photos) == 15
        client.search("fiets")
    assert len(server.api_requests) == 2


def test_the_key_never_reaches_the_cache(server: PexelsTestServer, tmp_path: Path) -> None:
    with cached_client(server, tmp_path) as client:
        client.search("kunstmatige intelligentie")
        client.curated()
        client.photo(BIG_ID)

    files = [path for path in tmp_path.rglob("*") if path.is_file()]
    stored = b"".join(path.read_bytes() for path in files)
    assert b"Noor  van den Berg" in stored  # the grep does see what was cached
    assert DEFAULT_API_KEY.encode() not in stored


# --- captions ------------------------------------------------------------------------------------


def test_caption_keeps_the_photographer_verbatim(client: PexelsClient) -> None:
    photo = client.photo(DOUBLE_SPACE_ID)

    assert caption_for(photo) == "Foto: Noor  van den Berg via Pexels"
    assert (
        caption_for(photo, "Beeld: {photographer} / Pexels ({url})")
        == f"Beeld: Noor  van den Berg / Pexels ({photo.url})"
    )
    assert caption_for(photo, "{fotograaf} {photographer.__class__}") == (
        "{fotograaf} {photographer.__class__}"  # unknown stays visible, no attribute access
    )


# --- the server itself, for the GUI tests that will use it ---------------------------------------


def test_server_sends_wire_form_json_and_real_images(server: PexelsTestServer) -> None:
    answer = requests.get(
        f"{server.base_url}search",
        params={"query": "ai"},
        headers={"Authorization": DEFAULT_API_KEY, "User-Agent": "test/1"},
        timeout=2,
    )
    assert "\\u0026" in answer.text and "Zoë Müller".encode() in answer.content
    assert answer.headers["X-Ratelimit-Reset"] == str(int(RESET_AT.timestamp()))

    medium = server.photo(DOUBLE_SPACE_ID)["src"]["medium"]  # 6000x4000 at h=350: 525x350
    image = requests.get(medium, timeout=2)
    assert image.headers["Content-Type"] == "image/jpeg"
    assert jpeg_size(image.content) == (400, 267)  # shrunk to MAX_IMAGE_SIDE, same shape
    png = requests.get(server.photo(PNG_ID)["src"]["tiny"], timeout=2)
    assert png.content.startswith(b"\x89PNG")
    assert [r.path for r in server.image_requests] == [
        medium.split("?")[0].removeprefix(server.url),
        server.photo(PNG_ID)["src"]["tiny"].split("?")[0].removeprefix(server.url),
    ]


def jpeg_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a JPEG's SOF0 segment."""
    assert data.startswith(b"\xff\xd8")
    offset = data.index(b"\xff\xc0")
    height, width = struct.unpack(">HH", data[offset + 5 : offset + 9])
    return width, height


def test_core_module_imports_no_qt() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None; import redactie.core.pexels; "
        "assert not [m for m in sys.modules if m.startswith('PySide6.')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)
