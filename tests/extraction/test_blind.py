"""Final generalisation measure: the engine on the BLIND set (tests/fixtures/blind/).

The blind articles are invented, annotated per shared/eval/GOLD_FORMAT.md, authored without
sight of the engine and never used for tuning (docs/evaluation.md). A failure reports
figures and per-article counts only, never the articles' errors, so that running the suite
does not show engine developers blind content. shared/ must be checked out beside the
repository; its absence is a failure, not a skip.
"""
from extraction_helpers import FIXTURES, load_golds, score_report, score_set

BLIND = FIXTURES / "blind"
# Measured floors (a ratchet: raise as the engine improves, never lower to pass).
FLOORS = {"quote_f1": 0.985, "speaker_acc": 0.87, "e2e_f1": 0.79}


def test_blind_scores_stay_above_floors():
    golds = load_golds(BLIND, "bl-*.json")
    assert len(golds) == 8, f"expected 8 blind articles, found {len(golds)}"
    scores = score_set([g for _, g in golds])
    failed = [f"{k} {scores[k]:.4f} < {floor}" for k, floor in FLOORS.items() if scores[k] < floor]
    assert not failed, "; ".join(failed) + "\n" + score_report(scores, with_errors=False)
