"""Where the test material lives: small fixtures in `tests/data/` (sources in its README), the
515-file corpus in `../shared/corpus` beside the checkout when it is there.

Tests that need the corpus are marked `needs_corpus` (tests/markers.py): without it they are
skipped, saying why, and everything else still collects and runs from a plain clone. No pytest
here: the benchmarks import this module too.
"""

import json
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
EXAMPLE_ARTICLE = DATA / "examples" / "openai-haalt-nederlands-ai-talent-binnen.md"
PEXELS = DATA / "pexels"
SAMPLES = DATA / "corpus-samples"  # single corpus articles, copied (see tests/data/README.md)


def _find_shared() -> Path:
    """`$REDACTIE_SHARED`, `../shared` beside this checkout, or beside the repository it was
    cloned from: the first that holds a corpus."""
    candidates = [ROOT.parent / "shared"]
    if os.environ.get("REDACTIE_SHARED"):
        candidates.insert(0, Path(os.environ["REDACTIE_SHARED"]))
    origin = subprocess.run(
        ["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    if origin and Path(origin).is_dir():
        candidates.append(Path(origin).resolve().parent / "shared")
    return next((c for c in candidates if (c / "corpus").is_dir()), candidates[0])


SHARED = _find_shared()
CORPUS = SHARED / "corpus"
HAVE_CORPUS = (CORPUS / "MANIFEST.jsonl").is_file()
NO_CORPUS = (
    f"needs the shared article corpus, not found at {CORPUS}: put `shared/` beside the "
    "checkout (../shared/corpus) or set REDACTIE_SHARED to its folder"
)


def corpus_manifest() -> list[dict[str, object]]:
    """One entry per corpus file (`file`, `sha256`, `bytes`, ...), as the corpus lists them;
    none without the corpus."""
    if not HAVE_CORPUS:
        return []
    lines = (CORPUS / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def corpus_files() -> list[Path]:
    """Every article file of the corpus, in manifest order."""
    return [CORPUS / str(entry["file"]) for entry in corpus_manifest()]
