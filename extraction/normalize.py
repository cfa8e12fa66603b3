"""Offset-preserving normalization.

The text is folded for matching (alef/ya/ta-marbuta forms, digits, commas, spaces) and
stripped of characters that copy-paste adds or that spelling varies on (diacritics,
tatweel, bidi and zero-width marks, the CR of CRLF). Every character of the normalized
text remembers where it came from, so a match maps back to offsets in the text exactly as
given.
"""
import re
import threading
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

import regex
from camel_tools.utils.charsets import AR_DIAC_CHARSET
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

_DIACRITICS = "".join(sorted(AR_DIAC_CHARSET)) + "\u0610-\u061a\u0656-\u065f\u06d6-\u06ed"
# Removed outright: they carry no meaning for matching and vary between copies of a text, and
# the CR of a CRLF (a CR alone stays). (Literal characters only, so the standard `re` engine
# matches exactly what `regex` would; one class first, so `re` skips ahead to its characters.)
# zero-width and bidi marks, as a character-class body (the speaker as written loses them too)
INVISIBLE_MARKS = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff"
_DROP = re.compile(
    "[" + _DIACRITICS + "\u0640" + INVISIBLE_MARKS + "\u00ad\x00\r]"
    r"(?<!\r(?!\n))"
)
# One character for one character, so offsets only shift at dropped characters.
_FOLD = str.maketrans({
    "\r": "\n", "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u3000": " ", "\t": " ", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n",
    ",": "،", ";": "؛", "ؤ": "ؤ", "ی": "ي", "ک": "ك", "ە": "ه", "ٱ": "ا",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "٫": ".", "٪": "%",
})


def _camel(s):
    return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(s)))


# _FOLD followed by camel-tools' alef, alef maksura and teh marbuta folding, as (character,
# replacement) pairs. No replacement is itself a replaced character, so replacing the pairs one
# after another is the same as translating at once, and much faster on Arabic text (str.translate
# looks every non-ASCII character up in the table; str.replace only runs for characters present).
_PAIRS = []
for _c in sorted({chr(k) for k in _FOLD} | {"\u0625", "\u0623", "\u0671", "\u0622", "\u0649", "\u0629"}):
    _r = _camel(_c.translate(_FOLD))
    if _r != _c:
        _PAIRS.append((_c, _r))
if {r for _, r in _PAIRS} & {c for c, _ in _PAIRS}:
    raise RuntimeError("a fold output is itself folded: the pairs must be applied at once")


def _fold_chars(text: str) -> str:
    if _PRESENTATION.search(text):
        text = text.translate(_PRESENTATION_FORMS)  # (pasted from a PDF: ﻭﻕﺍﻝ is وقال)
    for c, r in _PAIRS:
        if c in text:
            text = text.replace(c, r)
    return text


# Arabic presentation forms (isolated, initial, medial, final glyphs that PDFs hand out on copy)
# folded to their letter, one character for one; the lam-alef ligatures, two letters each, stay.
_PRESENTATION_FORMS = {}
for _cp in range(0xFB50, 0xFEFF):
    _n = unicodedata.normalize("NFKC", chr(_cp))
    if len(_n) == 1 and _n != chr(_cp) and "\u0600" <= _n <= "\u06ff":
        _PRESENTATION_FORMS[_cp] = _n
_PRESENTATION = re.compile("[\ufb50-\ufefe]")


# Ranges the engine's texts are almost always made of; `agreeing` checks characters there only.
_COMMON_RANGES = ((0x0, 0x7F), (0xA0, 0xFF), (0x600, 0x6FF), (0x750, 0x77F), (0x2000, 0x206F),
                  (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def agreeing(re_class: str, regex_class: str):
    """A `re` pattern matching any character for which the `re` class `re_class` and the `regex`
    class `regex_class` disagree, or that lies outside the common ranges. Where it finds nothing
    in a text, a pattern built from `re_class` matches exactly what the `regex_class` one would
    (the engines' Unicode tables differ elsewhere, e.g. on marks and rare digits)."""
    a, b = re.compile(re_class), regex.compile(regex_class)
    runs = []
    for lo, hi in _COMMON_RANGES:
        for cp in range(lo, hi + 1):
            c = chr(cp)
            if bool(a.fullmatch(c)) == bool(b.fullmatch(c)):
                if runs and runs[-1][1] == cp - 1:
                    runs[-1][1] = cp
                else:
                    runs.append([cp, cp])
    return re.compile("[^" + "".join(re.escape(chr(x)) + ("-" + re.escape(chr(y)) if y > x else "") for x, y in runs) + "]")


WORD = regex.compile(r"[\p{L}\p{N}]+")
# the same in `re`, several times faster, for stretches without characters the engines disagree on
WORD_RE = re.compile(r"[^\W_]+")
_WORD_OTHER = agreeing(r"[^\W_]", r"[\p{L}\p{N}]")


_SCANNED = threading.local()  # the last text scanned whole, per thread, and whether it agrees


def word_pattern(text, start=0, end=None):
    """The word pattern to run over text[start:end]: WORD_RE unless that stretch holds a
    character on which `re` and `regex` disagree, then WORD. The text is scanned whole once
    (one article's lines, quotations and quotes ask for its stretches one after another): where
    it agrees throughout, no stretch of it needs a scan of its own."""
    scanned = _SCANNED
    if getattr(scanned, "text", None) is not text:
        scanned.text, scanned.agrees = text, not _WORD_OTHER.search(text)
    if scanned.agrees:
        return WORD_RE
    return WORD if _WORD_OTHER.search(text, start, len(text) if end is None else end) else WORD_RE


def fold(text: str) -> str:
    """Normalize a string that is known to contain no characters to drop (lexicon entries)."""
    return _fold_chars(_DROP.sub("", text))


def normalize_word(word: str) -> str:
    """Normalize a lexicon word or phrase: fold, drop marks, squeeze spaces."""
    return " ".join(fold(word).split())


@dataclass
class Normalized:
    """The normalized text plus the map from its offsets back to the original text."""

    original: str
    text: str
    # Runs of kept characters: _norm_starts[k] is where run k starts in `text`,
    # _shift[k] how far it is moved from the original.
    _norm_starts: list = field(default_factory=list)
    _shift: list = field(default_factory=list)

    def orig(self, i: int) -> int:
        """Original offset of normalized offset i (i may equal len(text))."""
        k = bisect_right(self._norm_starts, i) - 1
        return i + (self._shift[k] if k >= 0 else 0)

    def span(self, start: int, end: int) -> tuple:
        """Original (start, end) for a normalized span; the end maps from the last kept char.
        (orig inlined: the pipeline maps a few spans per quote and per name.)"""
        starts, shift = self._norm_starts, self._shift
        k = bisect_right(starts, start) - 1
        a = start + (shift[k] if k >= 0 else 0)
        if end <= start:
            return a, a
        k = bisect_right(starts, end - 1) - 1
        return a, end - 1 + (shift[k] if k >= 0 else 0) + 1


def normalize(text: str) -> Normalized:
    """Build the normalized view of `text` with its offset map."""
    pieces, starts, shifts = [], [0], [0]
    pos = norm_len = 0
    for m in _DROP.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos:m.start()])
            norm_len += m.start() - pos
        pos = m.end()
        if starts[-1] == norm_len:
            shifts[-1] = pos - norm_len
        else:
            starts.append(norm_len)
            shifts.append(pos - norm_len)
    kept = "".join(pieces) + text[pos:] if pos else text
    return Normalized(text, unwrap(_fold_chars(kept)), starts, shifts)


_SENTENCE_FINAL = tuple('.!؟?:"»”\'')


def unwrap(text: str) -> str:
    """A text hard-wrapped at a fixed width (pasted from a PDF, an e-mail or a wire feed: most
    of its long lines end in mid-sentence and the next line goes on) with each line break inside
    a paragraph made a space, one character for one; any other text unchanged. A break is
    inside a paragraph when the line before it fills at least half the usual width (a short
    line is a masthead, a byline or a paragraph's last) and, where no blank lines part the
    paragraphs, does not end a sentence."""
    if text.count("\n") < 6:
        return text
    lines = text.split("\n")
    long_lines = [k for k, line in enumerate(lines) if len(line.strip()) >= 40]
    if len(long_lines) < 6:
        return text
    mid = [k for k in long_lines if k + 1 < len(lines) and lines[k + 1].strip()
           and not lines[k].rstrip().endswith(_SENTENCE_FINAL)]
    if len(mid) < 5 or 2 * len(mid) < len(long_lines):
        return text
    width = sorted(len(lines[k].strip()) for k in long_lines)[len(long_lines) // 2]
    blank_parted = text.count("\n\n") >= 3
    out = []
    for k, line in enumerate(lines[:-1]):
        out.append(line)
        soft = lines[k + 1].strip() and 2 * len(line.strip()) >= width \
            and (blank_parted or not line.rstrip().endswith(_SENTENCE_FINAL))
        out.append(" " if soft else "\n")
    out.append(lines[-1])
    return "".join(out)
