"""Property tests: no input crashes the engine and every offset is valid."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extraction import extract

ARABIC = "".join(chr(c) for c in range(0x0621, 0x064B)) + " ،.:\n\"«»“”‹›'"
NOISE = "\u0640\u200f\u200e\u061c\u00a0\r\n\u064e\u0651پچژگکی\x00"
pieces = st.sampled_from([
    "قال", "وقالت", "إن", "أن", "بأن", "مضيفا", "بحسب", ": ", "\"", "«", "»", "“", "”", "،", ".", "\n\n",
    "الوزير", "محمد", "الشناوي", "مصدر", "ج: ", "س: ", "على حد قوله", "\u0640\u0640\u0640", "\u200f",
])
arabicish = st.lists(st.one_of(pieces, st.text(alphabet=ARABIC + NOISE, max_size=12)), max_size=60).map("".join)


def check(text):
    result = extract(text)
    for q in result.quotes:
        assert text[q.start:q.end] == q.content
        assert 0.0 <= q.confidence <= 1.0
        assert q.type in ("direct", "indirect", "mixed")
        assert q.speaker_kind in ("person", "organisation", "anonymous")
        if q.cue_start >= 0:
            assert text[q.cue_start:q.cue_end] == q.cue
        if q.mention_start >= 0:
            assert text[q.mention_start:q.mention_end] == q.speaker_mention
    for s, e in result.boilerplate:
        assert 0 <= s <= e <= len(text)
    result.to_dict()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arabicish)
def test_arabic_like_text_never_breaks_offsets(text):
    check(text)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_never_crashes(text):
    check(text)


def test_edge_inputs():
    for text in ["", " ", "\n\n\n", "\"" * 50, "«»" * 30, "\u200f" * 20, "\u0640" * 100, "پچژگ " * 10,
                 "\x00قال\x00 إن\x00", "وقال: \"", "\"\"\"قال إن", "ج:", "قال إن"]:
        check(text)


def test_one_megabyte_article():
    para = "وقال الوزير سامر الحايك إن \"الخطة تسير كما هو مقرر\"، مضيفا أن التمويل متوفر.\n\n"
    text = para * (1_000_000 // len(para))
    result = extract(text)
    assert len(result.quotes) > 1000
    check(text[:5000])
