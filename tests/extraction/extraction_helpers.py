"""Shared helpers for the extraction tests (imported by path-relative name)."""
import importlib.util
from pathlib import Path

from extraction import extract

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EVAL = SHARED / "eval"


def load_scorer():
    """shared/eval/score.py as a module; fails loudly when shared/ is missing."""
    path = EVAL / "score.py"
    assert path.exists(), f"missing {path}: CI must check out shared/ beside the repo"
    spec = importlib.util.spec_from_file_location("iqtibas_eval_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def found(text, **kw):
    """(content, speaker, type) of every quote, after checking offsets."""
    result = extract(text, **kw)
    for q in result.quotes:
        assert text[q.start:q.end] == q.content
        if q.cue_start >= 0:
            assert text[q.cue_start:q.cue_end] == q.cue
        if q.mention_start >= 0:
            assert text[q.mention_start:q.mention_end] == q.speaker_mention
    return [(q.content, q.speaker, q.type) for q in result.quotes]
