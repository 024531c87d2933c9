"""The export's cover download has limits: size, one deadline, the announced length, whole images.

Against a local server that misbehaves on purpose (tests/misbehaving_server.py). The deadline
is a parameter: the drip never finishes, so any deadline ends it, however fast the machine.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from redactie.core.export.cover_image import (
    Downloaded,
    ImageDownloadError,
    check_image,
    fetch_url,
)
from tests.misbehaving_server import JPEG, misbehaving_server


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with misbehaving_server() as url:
        yield url


def _fetch(url: str, **kwargs: float) -> Downloaded:
    image = fetch_url(url, **kwargs)  # type: ignore[arg-type]
    check_image(url, image)
    return image


def test_a_whole_photo_arrives(server: str) -> None:
    assert _fetch(f"{server}/ok.jpg").data == JPEG


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("closes-early.jpg", "incomplete"),
        ("truncated.jpg", "the image is incomplete"),
        ("huge-announced.jpg", "larger than"),
        ("huge-lazy.jpg", "larger than"),
        ("page.jpg", "not an image"),
    ],
)
def test_what_a_bad_server_sends_is_refused(server: str, path: str, reason: str) -> None:
    with pytest.raises(ImageDownloadError) as refused:
        _fetch(f"{server}/{path}", max_bytes=1024 * 1024)
    assert reason in refused.value.detail


def test_a_drip_fed_photo_meets_one_deadline_for_the_whole_download(server: str) -> None:
    ticks = iter(range(1000))  # a clock that moves one second per look, whatever the machine
    with pytest.raises(ImageDownloadError) as refused:
        fetch_url(f"{server}/drip.jpg", deadline=5, clock=lambda: float(next(ticks)))
    assert "took longer than 5 s" in refused.value.detail
