"""Arabic text folding for matching names (speaker registry keys); never used for display."""

import re
import unicodedata

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

_NOISE = re.compile("[\u0640\u200c-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]")
_SPACE = re.compile(r"\s+")


def fold(value: str) -> str:
    """A matching key: no diacritics/tatweel/bidi marks, unified alef, ya and ta marbuta, single spaces."""
    value = unicodedata.normalize("NFKC", value or "")
    value = _NOISE.sub("", value)
    value = dediac_ar(value)
    value = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(value)))
    return _SPACE.sub(" ", value).strip().casefold()


def content_hash_source(text: str) -> str:
    """The text as hashed for duplicate detection: line ends and spacing do not make a new article."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(_SPACE.sub(" ", line).strip() for line in text.split("\n")).strip()
