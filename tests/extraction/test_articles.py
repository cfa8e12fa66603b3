"""Whole invented articles (tests/fixtures/extraction) scored with the shared scorer."""
import json
from pathlib import Path

import pytest
from extraction_helpers import load_scorer

from extraction import extract

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "extraction"


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.stem)
def test_fixture_article_is_fully_resolved(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    quotes = [q.to_dict() for q in extract(gold["text"]).quotes]
    s = load_scorer().score_article(gold, quotes)
    assert s["fp"] == 0 and s["fn"] == 0, s["errors"]
    assert s["res"] == s["tp"], s["errors"]
