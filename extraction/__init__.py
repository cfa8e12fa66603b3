"""Iqtibas quote extraction: find who said what in Arabic news text.

    from extraction import extract, KnownSpeaker
    result = extract(text, known_speakers=[KnownSpeaker("دميتري بيسكوف", aliases=("بيسكوف",))])

No Django here: plain dataclasses in, plain dataclasses out.
"""
from .normalize import normalize_word
from .pipeline import VERSION as __version__
from .pipeline import extract
from .types import Extraction, KnownSpeaker, Quote

__all__ = ["extract", "Extraction", "KnownSpeaker", "Quote", "normalize_word", "__version__"]
