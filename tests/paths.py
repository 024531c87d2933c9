"""Where the shared test material lives: `../shared/` beside the repository (also in CI)."""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SHARED = ROOT.parent / "shared"
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
