"""Paragraphs, quotation-mark spans and sentence ends of the body text."""
import re
from bisect import bisect_left
from dataclasses import dataclass, field

import regex

from .normalize import word_pattern

OPENERS = {"“": "”", "«": "»", "‹": "›", "„": "”", "‚": "’", "‘": "’"}
CLOSERS = {"”", "»", "›", "’"}
# literal characters: `re` matches exactly what `regex` would, faster
_MARKS = re.compile(r"[\"“”«»‹›„‘’‚']")
# A period after a one-letter abbreviation (د. م. أ.) or inside a number does not end a sentence.
_END = regex.compile(r"(?<![\s(]\p{L})(?<!^\p{L})[.!?؟…]+(?=[\s\"”»’›]|$)")


@dataclass(slots=True)
class Span:
    """A quotation-mark span: `start`/`end` include the marks; `closed` False when unbalanced."""

    start: int
    end: int
    closed: bool = True
    words: int = 0

    @property
    def inner(self):
        return self.start + 1, (self.end - 1 if self.closed else self.end)


@dataclass(slots=True)
class Paragraph:
    """A body line with its quotation spans and sentence ends (normalized offsets)."""

    start: int
    end: int
    spans: list = field(default_factory=list)
    ends: list = field(default_factory=list)
    starts_quote: bool = False
    open_at_end: bool = False
    # interview layout (set by quotes.questions_paragraphs): (cue, content_start, region)
    answer: tuple = None

    def span_at(self, i):
        """The outermost span that contains offset i, or None."""
        for s in self.spans:
            if s.start <= i < s.end:
                return s
        return None

    def sentence_end(self, i):
        """First sentence end at or after i that is outside quotation marks (or paragraph end)."""
        k = bisect_left(self.ends, i)
        return self.ends[k] if k < len(self.ends) else self.end

    def sentence_start(self, i):
        """Start of the sentence that contains offset i."""
        k = bisect_left(self.ends, i) - 1
        return self.ends[k] + 1 if k >= 0 else self.start


def quote_spans(text, start, end):
    """Top-level quotation spans in text[start:end]; nested marks stay inside their span."""
    spans, stack = [], []
    for m in _MARKS.finditer(text, start, end):
        c, i = m.group(), m.start()
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if c == "'":
            # An apostrophe inside a word is not a quotation mark.
            if prev.isalpha() and nxt.isalpha():
                continue
            if stack and stack[-1][0] == "'" and not nxt.isalpha():
                _close(stack, spans, i)
            elif not prev.isalpha() and nxt.isalpha():
                stack.append(("'", i))
            continue
        if c == '"':
            if stack and stack[-1][0] == '"' and (not nxt.isalpha() or prev.isalpha() or prev in ".،؟!"):
                _close(stack, spans, i)
            elif any(s[0] == '"' for s in stack):
                while stack and stack[-1][0] != '"':
                    stack.pop()
                _close(stack, spans, i)
            else:
                stack.append(('"', i))
            continue
        if c in OPENERS and not (c in CLOSERS and stack and OPENERS.get(stack[-1][0]) == c):
            stack.append((c, i))
        elif c in CLOSERS:
            for k in range(len(stack) - 1, -1, -1):
                if OPENERS.get(stack[k][0]) == c:
                    del stack[k + 1:]
                    _close(stack, spans, i)
                    break
    if stack:
        # An unclosed mark runs to the end of the paragraph.
        spans.append(Span(stack[0][1], end, closed=False))
    if not spans:
        return spans  # (most paragraphs: no quotation marks)
    top = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not top or s.start >= top[-1].end:
            a, b = s.inner
            s.words = len(word_pattern(text, a, b).findall(text, a, b))
            top.append(s)
    return top


def _close(stack, spans, i):
    _, j = stack.pop()
    spans.append(Span(j, i + 1))


_TIME_STAMP = re.compile(r"[0-9]{1,2}[:.][0-9]{2}\s*[|\-–—]\s*(?=\S)")


def paragraphs(text, lines):
    """Body paragraphs with their quotation spans and sentence ends."""
    out = []
    for line in lines:
        if not line.body:
            continue
        start, end = line.start, line.end
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        stamp = _TIME_STAMP.match(text, start, end)
        if stamp is not None:
            start = stamp.end()  # '20:30 | "..."، يقول فلان': a live page's time stamp, then the paragraph
        p = Paragraph(start, end)
        p.spans = quote_spans(text, start, end)
        ends = [m.start() for m in _END.finditer(text, start, end)]
        p.ends = [e for e in ends if not p.span_at(e)] if p.spans else ends  # (no quotation: none is inside one)
        p.starts_quote = bool(p.spans) and p.spans[0].start == start
        p.open_at_end = bool(p.spans) and not p.spans[-1].closed
        out.append(p)
    return out
