"""Arabic text folding for matching names (speaker registry keys); never used for display."""

import re
import unicodedata

from extraction import normalize_word

_SPACE = re.compile(r"\s+")


def fold(value: str) -> str:
    """A matching key: the engine's own folding (no diacritics, tatweel or bidi marks; unified
    alef, ya and ta marbuta; single spaces), so registry keys agree with what the engine matches."""
    return normalize_word(unicodedata.normalize("NFKC", value or "")).casefold()


def content_hash_source(text: str) -> str:
    """The text as hashed for duplicate detection: line ends and spacing do not make a new article."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(_SPACE.sub(" ", line).strip() for line in text.split("\n")).strip()
