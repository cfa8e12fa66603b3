"""Quality gate: the engine on the shared dev articles, scored by shared/eval/score.py.

Floors sit slightly below what the engine reaches, so a regression fails CI. shared/ must
be checked out beside the repository; its absence is a failure, not a skip.
"""
import pytest
from extraction_helpers import EVAL, load_golds, score_set
from extraction_noise import add_noise

FLOORS = {"quote_f1": 0.995, "exact_f1": 0.992, "resolved_acc": 0.995, "e2e_f1": 0.993}
NOISE_TOLERANCE = 0.02


def _golds():
    return [g for _, g in load_golds(EVAL / "dev")]


@pytest.fixture(scope="module")
def clean_scores():
    return score_set(_golds())


def test_dev_scores_stay_above_floors(clean_scores):
    for key, floor in FLOORS.items():
        assert clean_scores[key] >= floor, f"{key} {clean_scores[key]:.4f} < {floor}"


def test_copy_paste_noise_scores_about_the_same(clean_scores):
    noisy = score_set(_golds(), add_noise)
    for key in FLOORS:
        assert noisy[key] >= clean_scores[key] - NOISE_TOLERANCE, f"{key}: clean {clean_scores[key]:.4f}, noisy {noisy[key]:.4f}"
