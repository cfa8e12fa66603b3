"""The article text cut into segments for display: plain, quoted, cue, boilerplate.

Each segment keeps its start offset so the browser can map a text selection back to exact
offsets into Article.text. Overlaps are resolved per segment: the earliest-starting quote wins.
"""

from dataclasses import dataclass

SPEAKER_COLOURS = 8


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str
    quote_id: int | None = None
    colour: int = 0
    is_cue: bool = False
    is_boilerplate: bool = False
    is_mention: bool = False


def speaker_colour(speaker_id) -> int:
    return (speaker_id or 0) % SPEAKER_COLOURS


def article_segments(text: str, quotes, boilerplate) -> list[Segment]:
    """Segments covering text exactly once, in order."""
    length = len(text)
    cuts = {0, length}
    # The HTML parser turns "\r\n" into "\n": a carriage return alone in its own segment keeps
    # its length (it becomes one "\n"), so offsets computed from a selection stay exact.
    position = text.find("\r")
    while position != -1:
        cuts.update((position, position + 1))
        position = text.find("\r", position + 1)
    spans = []
    for quote in quotes:
        if quote.status == "rejected":
            continue
        start, end = max(0, quote.start), min(length, quote.end)
        if start < end:
            spans.append((start, end, quote))
            cuts.update((start, end))
        for s, e in ((quote.cue_start, quote.cue_end), (quote.mention_start, quote.mention_end)):
            if 0 <= s < e <= length:
                cuts.update((s, e))
    cue_spans = [(q.cue_start, q.cue_end) for q in quotes if q.status != "rejected" and 0 <= q.cue_start < q.cue_end]
    mention_spans = [(q.mention_start, q.mention_end) for q in quotes if q.status != "rejected" and 0 <= q.mention_start < q.mention_end]
    boiler = [(max(0, s), min(length, e)) for s, e in boilerplate if s < e]
    for s, e in boiler:
        cuts.update((s, e))
    spans.sort(key=lambda item: (item[0], -item[1]))
    points = sorted(c for c in cuts if 0 <= c <= length)
    segments = []
    for start, end in zip(points, points[1:]):
        if start == end:
            continue
        quote = next((q for s, e, q in spans if s <= start and end <= e), None)
        segments.append(Segment(
            start=start,
            end=end,
            text=text[start:end],
            quote_id=quote.pk if quote else None,
            colour=speaker_colour(quote.speaker_id) if quote else 0,
            is_cue=any(s <= start and end <= e for s, e in cue_spans),
            is_mention=any(s <= start and end <= e for s, e in mention_spans),
            is_boilerplate=any(s <= start and end <= e for s, e in boiler),
        ))
    return segments
