"""Tuning gate: the engine on the TUNING articles, scored by shared/eval/score.py.

tests/fixtures/tuning/tu-*.json are invented Arabic news articles annotated per
shared/eval/GOLD_FORMAT.md (validate them with ``/usr/bin/python3 tests/fixtures/tuning/validate.py``).
Engine developers may read them and their errors to find GENERAL faults; fixes stay general
(no article-specific names, strings or rules). shared/ must be checked out beside the
repository; its absence is a failure, not a skip.
"""
import pytest
from extraction_helpers import FIXTURES, check_well_formed, load_golds, load_scorer, score_report, score_set

TUNING = FIXTURES / "tuning"
# Measured floors (a ratchet: raise as the engine improves, never lower to pass).
FLOORS = {"quote_f1": 0.997, "exact_f1": 0.980, "speaker_acc": 0.997, "resolved_acc": 0.998, "e2e_f1": 0.996}


def test_tuning_fixtures_are_well_formed():
    check_well_formed(load_golds(TUNING, "tu-*.json"), [f"tu-{i:02d}" for i in range(1, 13)], aliases_in_text=True)


def test_gold_fed_back_scores_perfectly():
    scorer = load_scorer()
    for path, g in load_golds(TUNING, "tu-*.json"):
        s = scorer.score_article(g, [{"content": q["content"], "speaker": q["speaker"], "type": q["type"]} for q in g["quotes"]])
        scored = sum(not q["optional"] for q in g["quotes"])
        assert (s["tp"], s["fp"], s["fn"], s["res"], s["exact"]) == (scored, 0, 0, scored, scored), f"{path.name}: {s['errors']}"


@pytest.fixture(scope="module")
def tuning_scores():
    return score_set([g for _, g in load_golds(TUNING, "tu-*.json")])


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_tuning_scores_stay_above_floors(tuning_scores, metric):
    value, floor = tuning_scores[metric], FLOORS[metric]
    assert value >= floor, f"tuning {metric} {value:.4f} < {floor}\n{score_report(tuning_scores)}"
