"""Generalisation gate: the engine on the HELD-OUT articles, scored by shared/eval/score.py.

tests/fixtures/heldout/ho-*.json are invented articles annotated per shared/eval/GOLD_FORMAT.md,
authored blind to the engine (see the README there); their errors have since been used to
find general faults (docs/evaluation.md). shared/ must be checked out beside the repository;
its absence is a failure, not a skip.
"""
import pytest
from extraction_helpers import FIXTURES, check_well_formed, load_golds, score_report, score_set

HELDOUT = FIXTURES / "heldout"
# Measured floors (a ratchet: raise them as the engine improves, never lower them to pass).
FLOORS = {"quote_f1": 0.995, "exact_f1": 0.99, "speaker_acc": 0.995, "resolved_acc": 0.994, "e2e_f1": 0.994}


def test_heldout_fixtures_are_well_formed():
    check_well_formed(load_golds(HELDOUT, "ho-*.json"), [f"ho-{i:02d}" for i in range(1, 11)])


@pytest.fixture(scope="module")
def heldout_scores():
    return score_set([g for _, g in load_golds(HELDOUT, "ho-*.json")])


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_heldout_scores_stay_above_floors(heldout_scores, metric):
    value, floor = heldout_scores[metric], FLOORS[metric]
    assert value >= floor, f"held-out {metric} {value:.4f} < {floor}\n{score_report(heldout_scores)}"
