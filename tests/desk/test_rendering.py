"""The article text is shown as segments that cover it exactly, with quotes, cues and boilerplate marked."""

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from newsroom.desk.rendering import article_segments

TEXT = "رئيس التحرير\nقال الوزير إن الطريق سيفتح غدا."


def quote(pk, start, end, *, speaker_id=1, cue=(-1, -1), status="machine"):
    return SimpleNamespace(pk=pk, start=start, end=end, speaker_id=speaker_id, status=status,
                           cue_start=cue[0], cue_end=cue[1], mention_start=-1, mention_end=-1)


def test_segments_cover_the_text_exactly_once_in_order():
    start = TEXT.index("الطريق")
    segments = article_segments(TEXT, [quote(7, start, len(TEXT) - 1)], [(0, 12)])
    assert "".join(s.text for s in segments) == TEXT
    assert all(TEXT[s.start:s.end] == s.text for s in segments)


def test_quote_cue_and_boilerplate_are_marked():
    start = TEXT.index("الطريق")
    cue_start = TEXT.index("قال")
    segments = article_segments(TEXT, [quote(7, start, len(TEXT) - 1, cue=(cue_start, cue_start + 3))], [(0, 12)])
    by_text = {s.text: s for s in segments}
    assert by_text["رئيس التحرير"].is_boilerplate
    assert by_text["قال"].is_cue and by_text["قال"].quote_id is None
    assert by_text["الطريق سيفتح غدا"].quote_id == 7


def test_rejected_quotes_are_not_highlighted():
    segments = article_segments(TEXT, [quote(3, 0, 5, status="rejected")], [])
    assert all(s.quote_id is None for s in segments)


def test_same_speaker_same_colour_other_speaker_other_colour():
    a, b = TEXT.index("الوزير"), TEXT.index("الطريق")
    segments = article_segments(TEXT, [quote(1, a, a + 6, speaker_id=4), quote(2, b, b + 6, speaker_id=5)], [])
    colours = {s.quote_id: s.colour for s in segments if s.quote_id}
    assert colours[1] != colours[2]


@given(st.text(max_size=60), st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=5))
def test_any_spans_give_a_exact_cover(text, spans):
    quotes = [quote(i + 1, s, e, cue=(s, e)) for i, (s, e) in enumerate(spans)]
    segments = article_segments(text, quotes, spans)
    assert "".join(s.text for s in segments) == text
