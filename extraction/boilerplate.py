"""Mark lines that are not article body: mastheads, datelines, captions, tags, share and
«اقرأ أيضا» lines, and the headline. Lines are marked, never deleted."""
from dataclasses import dataclass

import regex

from .lexicon import BOILERPLATE

_PATTERNS = [regex.compile(p) for p in BOILERPLATE]
_LINE = regex.compile(r"[^\n]+")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_SENTENCE_END = regex.compile(r"[.!؟?:…\"»”']\s*$")
# "القاهرة - بوابة النهار:" / "عمان - «الرأي»" / "الدوحة (رويترز) -"
_DATELINE = regex.compile(r"^\s*[\p{L} ]{2,30}\s*(\(|-|–|—)\s*[^.!؟]{1,40}$")


@dataclass
class Line:
    """One line of the normalized text and whether it is article body."""

    start: int
    end: int
    text: str
    words: int
    body: bool = True
    headline: bool = False


def mark(norm_text: str) -> list:
    """Split the normalized text into lines and mark the non-body ones."""
    lines = []
    for m in _LINE.finditer(norm_text):
        text = m.group()
        if text.strip():
            lines.append(Line(m.start(), m.end(), text, len(_WORD.findall(text))))
    seen = {}
    for line in lines:
        key = " ".join(line.text.split())
        seen[key] = seen.get(key, 0) + 1
    first_long = next((i for i, l in enumerate(lines) if _running(l)), len(lines))
    for i, line in enumerate(lines):
        key = " ".join(line.text.split())
        if any(p.search(key) for p in _PATTERNS):
            line.body = False
        elif seen[key] > 1 and (line.words <= 8 or not _SENTENCE_END.search(key)):
            # Captions and mastheads are pasted twice; a body sentence almost never is.
            line.body = False
        elif i < first_long and line.words <= 6 and not _SENTENCE_END.search(key):
            line.body = False
        elif i < first_long and line.words <= 8 and _DATELINE.match(key):
            line.body = False
    # The headline: the first body line before the first paragraph of running text.
    for i, line in enumerate(lines[:first_long] if first_long < len(lines) else []):
        if line.body:
            line.body = False
            line.headline = True
            break
    return lines


def _running(line) -> bool:
    """Running text ends like a sentence (or is too long for a headline)."""
    return line.words >= 30 or bool(regex.search(r"[.؟!:]\s*[\"»”]?\s*$", line.text)) and line.words >= 4
