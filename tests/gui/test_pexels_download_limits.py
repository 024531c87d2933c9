"""The picker's photo download is bounded: nothing half, huge or foreign lands by the article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from redactie.gui.pexels.download import DownloadFailed, download
from tests.misbehaving_server import JPEG, misbehaving_server


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with misbehaving_server() as url:
        yield url


def test_a_whole_photo_is_written(qtbot: QtBot, server: str, tmp_path: Path) -> None:
    target = tmp_path / "cover.jpg"
    download(f"{server}/ok.jpg", target, None)
    assert target.read_bytes() == JPEG


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("closes-early.jpg", ""),  # Qt says the connection closed; any reason will do
        ("truncated.jpg", "not a whole image"),
        ("huge-announced.jpg", "larger than 1 MB"),
        ("huge-lazy.jpg", "larger than 1 MB"),
        ("page.jpg", "not a whole image"),
        ("drip.jpg", "took longer than"),  # the drip never ends: any deadline stops it
    ],
)
def test_a_bad_download_writes_nothing(
    qtbot: QtBot, server: str, tmp_path: Path, path: str, reason: str
) -> None:
    target = tmp_path / "cover.jpg"
    with pytest.raises(DownloadFailed) as failed:
        download(f"{server}/{path}", target, None, deadline_ms=1500, max_bytes=1024 * 1024)
    assert reason in str(failed.value)
    assert not failed.value.cancelled
    assert list(tmp_path.iterdir()) == []
