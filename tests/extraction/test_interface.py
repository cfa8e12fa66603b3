"""The contract the Django side relies on."""
import json
import re

import extraction
from extraction import Extraction, KnownSpeaker, Quote, extract


def test_public_interface_and_version():
    assert isinstance(extraction.__version__, str) and extraction.__version__
    result = extract("وقال المدير سعيد الفارس إن العمل مستمر.")
    assert isinstance(result, Extraction) and result.version == extraction.__version__
    assert isinstance(result.quotes[0], Quote)
    d = result.to_dict()
    json.dumps(d, ensure_ascii=False)
    assert list(d["quotes"][0])[:4] == ["content", "start", "end", "type"]


def test_no_django_import_in_engine():
    import pathlib
    for path in pathlib.Path(extraction.__file__).parent.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(import|from)\s+django", source, re.M), path


def test_known_speaker_gives_the_canonical_name_when_the_article_has_none():
    text = "وقال العيسوي إن المفاوضات ستستأنف الأسبوع المقبل."
    plain = extract(text).quotes[0]
    assert plain.speaker == "العيسوي"
    known = [KnownSpeaker("منصور العيسوي", aliases=("العيسوي",), role="وزير الخارجية")]
    assert extract(text, known_speakers=known).quotes[0].speaker == "منصور العيسوي"


def test_article_name_wins_over_known_speaker_when_fuller():
    text = "قال وزير الداخلية سالم العيسوي إن الأمن مستتب.\n\nوأضاف العيسوي أن الحدود آمنة."
    known = [KnownSpeaker("منصور العيسوي", aliases=("العيسوي",))]
    assert [q.speaker for q in extract(text, known_speakers=known).quotes] == ["سالم العيسوي"] * 2


def test_offsets_refer_to_the_text_as_given():
    text = "\ufeff\u200fوقال\u00a0الوزير سعيد الفارس إن العمل\u0640 مستمر.\r\n"
    q = extract(text).quotes[0]
    assert text[q.start:q.end] == q.content
    assert text[q.cue_start:q.cue_end] == q.cue
    assert text[q.mention_start:q.mention_end] == q.speaker_mention


def test_the_headline_is_reported_and_is_not_a_quote():
    text = ("الرئيسية | أخبار محلية\n\nالوزير: الطريق الساحلي يفتح في الربيع\n\n"
            "قال وزير الأشغال سامر النجار إن الطريق الساحلي سيفتح في الربيع المقبل.\n")
    result = extraction.extract(text)
    start, end = result.headline
    assert text[start:end] == "الوزير: الطريق الساحلي يفتح في الربيع"
    assert all(q.start >= end for q in result.quotes)
    assert result.to_dict()["headline"] == [start, end]


def test_normalize_word_is_the_matching_key_the_desk_uses():
    # Marks, tatweel, bidi controls, hamza and ta-marbuta spellings fold to one key.
    assert extraction.normalize_word("الـدكتورةُ  إيمان\u200f") == extraction.normalize_word("الدكتوره ايمان")
