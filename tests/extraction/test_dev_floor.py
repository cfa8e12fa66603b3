"""Quality gate: the engine on the shared dev articles, scored by shared/eval/score.py.

Floors sit slightly below what the engine reaches, so a regression fails CI. shared/ must
be checked out beside the repository; its absence is a failure, not a skip.
"""
import json

import pytest
from extraction_helpers import EVAL, load_scorer
from extraction_noise import add_noise

from extraction import extract

FLOORS = {"quote_f1": 0.99, "exact_f1": 0.985, "resolved_acc": 0.978, "e2e_f1": 0.975}
NOISE_TOLERANCE = 0.02


def _golds():
    dev = EVAL / "dev"
    assert dev.is_dir(), f"missing {dev}"
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(dev.glob("*.json"))]
    assert golds, "no dev articles"
    return golds


def _score(golds, transform=lambda t: t):
    scorer = load_scorer()
    tot = dict(tp=0, fp=0, fn=0, exact=0, res=0)
    for g in golds:
        text = transform(g["text"])
        quotes = extract(text).quotes
        for q in quotes:
            assert text[q.start:q.end] == q.content
        s = scorer.score_article(g, [q.to_dict() for q in quotes])
        for k in tot:
            tot[k] += s[k]
    _, _, qf1 = scorer.f1(tot["tp"], tot["fp"], tot["fn"])
    miss = tot["tp"] - tot["res"]
    e2e = scorer.f1(tot["res"], tot["fp"] + miss, tot["fn"] + miss)[2]
    inexact = tot["tp"] - tot["exact"]
    exact = scorer.f1(tot["exact"], tot["fp"] + inexact, tot["fn"] + inexact)[2]
    return {"quote_f1": qf1, "exact_f1": exact, "resolved_acc": tot["res"] / max(tot["tp"], 1), "e2e_f1": e2e}


@pytest.fixture(scope="module")
def clean_scores():
    return _score(_golds())


def test_dev_scores_stay_above_floors(clean_scores):
    for key, floor in FLOORS.items():
        assert clean_scores[key] >= floor, f"{key} {clean_scores[key]:.4f} < {floor}"


def test_copy_paste_noise_scores_about_the_same(clean_scores):
    noisy = _score(_golds(), add_noise)
    for key in FLOORS:
        assert noisy[key] >= clean_scores[key] - NOISE_TOLERANCE, f"{key}: clean {clean_scores[key]:.4f}, noisy {noisy[key]:.4f}"
