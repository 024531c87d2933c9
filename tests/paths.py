"""Where the shared test material lives: `../shared/` beside the repository (also in CI)."""

import json
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def _find_shared() -> Path:
    """`../shared` beside this checkout, or beside the repository it was cloned from."""
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
EXAMPLES = SHARED / "examples"
EXAMPLE_ARTICLE = EXAMPLES / "openai-haalt-nederlands-ai-talent-binnen.md"
PEXELS = SHARED / "pexels"


def corpus_manifest() -> list[dict[str, object]]:
    """One entry per corpus file (`file`, `sha256`, `bytes`, ...), as the corpus lists them."""
    lines = (CORPUS / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def corpus_files() -> list[Path]:
    """Every article file of the corpus, in manifest order."""
    return [CORPUS / str(entry["file"]) for entry in corpus_manifest()]
