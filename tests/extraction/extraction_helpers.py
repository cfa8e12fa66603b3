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


# Annotated sets (dev, held-out, tuning, blind) -------------------------------------------

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLD_KEYS = {"id", "text", "quotes"}
QUOTE_KEYS = {"content", "type", "cue", "speaker", "aliases", "optional"}
TYPES = {"direct", "indirect", "mixed"}
METRICS = ("quote_f1", "exact_f1", "speaker_acc", "resolved_acc", "type_acc", "e2e_f1")


def load_golds(directory, pattern="*.json"):
    """[(path, gold)] of an annotated set, sorted by file name; a missing set is a failure."""
    assert directory.is_dir(), f"missing {directory}"
    paths = sorted(directory.glob(pattern))
    assert paths, f"no annotated articles in {directory}"
    import json

    return [(p, json.loads(p.read_text(encoding="utf-8"))) for p in paths]


def check_well_formed(golds, expected_ids, *, aliases_in_text=False, cue_required=True):
    """Every gold file follows GOLD_FORMAT.md and quotes only what its text says (an interview
    answer may have no cue where `cue_required` is False)."""
    assert [p.stem for p, _ in golds] == expected_ids
    for path, g in golds:
        assert set(g) == GOLD_KEYS and g["id"] == path.stem and g["quotes"], path.name
        for i, q in enumerate(g["quotes"]):
            where = f"{path.name} quote {i}"
            assert set(q) == QUOTE_KEYS and q["type"] in TYPES, where
            assert isinstance(q["optional"], bool) and isinstance(q["aliases"], list) and q["speaker"], where
            assert q["content"] and q["content"] in g["text"], f"{where}: content not in text"
            assert q["cue"] in g["text"], f"{where}: cue not in text"
            assert q["cue"] or q["optional"] or not cue_required, f"{where}: empty cue on a scored quote"
            if aliases_in_text:
                for alias in q["aliases"]:
                    assert alias and alias in g["text"], f"{where}: alias {alias!r} not in text"


def score_set(golds, transform=lambda text: text):
    """The engine on every article, aggregated exactly as ``score.py score`` does.

    `transform` alters each text first (copy-paste noise); offsets are checked against it.
    """
    scorer = load_scorer()
    tot = dict(tp=0, fp=0, fn=0, exact=0, spk=0, res=0, typ=0)
    per_article = {}
    for g in golds:
        text = transform(g["text"])
        quotes = extract(text).quotes
        for q in quotes:
            assert text[q.start:q.end] == q.content
        s = scorer.score_article(g, [{"content": q.content, "speaker": q.speaker, "type": q.type} for q in quotes])
        per_article[g["id"]] = s
        for k in tot:
            tot[k] += s[k]
    miss, inexact = tot["tp"] - tot["res"], tot["tp"] - tot["exact"]
    return {
        "quote_f1": scorer.f1(tot["tp"], tot["fp"], tot["fn"])[2],
        "exact_f1": scorer.f1(tot["exact"], tot["fp"] + inexact, tot["fn"] + inexact)[2],
        "speaker_acc": scorer.ratio(tot["spk"], tot["tp"]),
        "resolved_acc": scorer.ratio(tot["res"], tot["tp"]),
        "type_acc": scorer.ratio(tot["typ"], tot["tp"]),
        "e2e_f1": scorer.f1(tot["res"], tot["fp"] + miss, tot["fn"] + miss)[2],
        "totals": tot,
        "per_article": per_article,
    }


def score_report(scores, *, with_errors=True):
    """The figures, per-article counts and (unless the set is blind) each error."""
    lines = [" ".join(f"{k}={scores[k]:.4f}" for k in METRICS), f"totals={scores['totals']}"]
    for aid, s in scores["per_article"].items():
        lines.append(f"  {aid}: tp={s['tp']} fp={s['fp']} fn={s['fn']} res={s['res']}")
        if with_errors:
            lines.extend("      " + e.replace("\n", "\n      ") for e in s["errors"])
    return "\n".join(lines)
