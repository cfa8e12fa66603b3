"""Final generalization measurement: the engine on the blind gold set (tests/fixtures/blind/).

The blind articles are invented, annotated per shared/eval/GOLD_FORMAT.md, and were authored
without looking at the engine; they are never used for tuning (see the README beside them).
Scoring uses shared/eval/score.py's own functions, aggregated across articles exactly as
`score.py score` does. shared/ must be checked out beside the repository: its absence is a
failure, not a skip. The floors are provisional; the coordinator adjusts them.
"""
import importlib.util
import json
from pathlib import Path

import extraction

TESTS = Path(__file__).resolve().parents[1]
BLIND = TESTS / "fixtures" / "blind"
SCORE_PY = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"
EXPECTED_ARTICLES = 8

# Measured floors (a ratchet: raise as the engine improves, never lower to pass).
FLOORS = {"quote_f1": 0.95, "speaker_acc": 0.68, "e2e_f1": 0.60}


def _load_scorer():
    assert SCORE_PY.is_file(), f"missing scorer {SCORE_PY} (shared/ must sit beside the repository)"
    spec = importlib.util.spec_from_file_location("shared_eval_score_blind", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _golds():
    assert BLIND.is_dir(), f"missing {BLIND}"
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(BLIND.glob("bl-*.json"))]
    assert len(golds) == EXPECTED_ARTICLES, f"expected {EXPECTED_ARTICLES} blind articles, found {len(golds)}"
    return golds


def _predict(text):
    return [{"content": q.content, "speaker": q.speaker, "type": q.type} for q in extraction.extract(text).quotes]


def blind_scores():
    """Run the engine on every blind article; return (summary, per-article lines)."""
    scorer = _load_scorer()
    tot = dict(tp=0, fp=0, fn=0, exact=0, spk=0, res=0, typ=0)
    rows = []
    for g in _golds():
        s = scorer.score_article(g, _predict(g["text"]))
        for k in tot:
            tot[k] += s[k]
        rows.append(f"{g['id']}: tp={s['tp']} fp={s['fp']} fn={s['fn']} "
                    f"f1={scorer.f1(s['tp'], s['fp'], s['fn'])[2]:.3f} res={scorer.ratio(s['res'], s['tp']):.3f}")
    # Same aggregation as score.py's cmd_score.
    p, r, qf1 = scorer.f1(tot["tp"], tot["fp"], tot["fn"])
    e2e = scorer.f1(tot["res"], tot["fp"] + tot["tp"] - tot["res"], tot["fn"] + tot["tp"] - tot["res"])[2]
    exact = scorer.f1(tot["exact"], tot["fp"] + tot["tp"] - tot["exact"], tot["fn"] + tot["tp"] - tot["exact"])[2]
    summary = {
        "gold": tot["tp"] + tot["fn"], "predicted": tot["tp"] + tot["fp"],
        "quote_precision": p, "quote_recall": r, "quote_f1": qf1, "exact_f1": exact,
        "speaker_acc": scorer.ratio(tot["spk"], tot["tp"]), "resolved_acc": scorer.ratio(tot["res"], tot["tp"]),
        "type_acc": scorer.ratio(tot["typ"], tot["tp"]), "e2e_f1": e2e,
    }
    return summary, rows


def test_blind_scores_stay_above_floors():
    summary, rows = blind_scores()
    report = "\n".join(rows + [json.dumps({k: round(v, 4) for k, v in summary.items()})])
    failed = [f"{k} {summary[k]:.4f} < {floor}" for k, floor in FLOORS.items() if summary[k] < floor]
    assert not failed, "; ".join(failed) + "\n" + report
