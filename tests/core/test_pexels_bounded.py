"""The Pexels client reads every answer with a size cap and one deadline, and refuses a key
that HTTP cannot carry, each as a Pexels error the picker can explain."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from redactie.core.pexels import PexelsClient
from redactie.core.pexels.api_key import is_header_safe, store_key
from redactie.core.pexels.errors import BadResponseError, InvalidKeyError, PexelsTimeoutError
from tests.misbehaving_server import misbehaving_server


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with misbehaving_server() as url:
        yield url


@pytest.mark.parametrize("cached", [False, True], ids=["plain", "cached"])
def test_a_drip_fed_answer_meets_one_deadline(server: str, tmp_path: Path, cached: bool) -> None:
    client = PexelsClient("abc", base_url=f"{server}/drip/", cache_dir=tmp_path if cached else None)
    ticks = iter(range(1000))  # one second per look: the outcome never depends on the machine
    client.adapter.clock = lambda: float(next(ticks))
    client.adapter.deadline = 5
    with pytest.raises(PexelsTimeoutError):
        client.search("fiets")


@pytest.mark.parametrize("path", ["huge-announced", "huge-lazy"])
def test_a_huge_answer_is_refused_without_reading_it_whole(server: str, path: str) -> None:
    client = PexelsClient("abc", base_url=f"{server}/{path}/")
    client.adapter.max_bytes = 1024 * 1024
    with pytest.raises(BadResponseError) as refused:
        client.search("fiets")
    assert "bytes" in str(refused.value.detail)


@pytest.mark.parametrize("key", ["abc\u00a0def", "sleutel-é", "“abc”", "a\tb"])
def test_a_key_http_cannot_carry_is_refused_as_an_invalid_key(server: str, key: str) -> None:
    assert not is_header_safe(key)
    with pytest.raises(InvalidKeyError):
        PexelsClient(key, base_url=f"{server}/ok/").search("fiets")
    with pytest.raises(ValueError, match="HTTP header"):
        store_key(key)
