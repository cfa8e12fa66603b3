"""Copy-paste noise for robustness tests: the kinds editors' pasted text really carries."""
import random

import regex

_DIAC = "\u064e\u064f\u0650\u0651\u0652"


def add_noise(text: str, seed: int = 7) -> str:
    """CRLF line ends, no-break spaces, bidi marks, tatweel, stray diacritics, dropped
    hamzas (أ→ا, إ→ا) and Latin commas, sprinkled deterministically."""
    rnd = random.Random(seed)
    out = []
    for ch in text:
        if ch == "\n":
            out.append("\r\n")
            continue
        if ch in "أإ" and rnd.random() < 0.5:
            ch = "ا"
        if ch == "،" and rnd.random() < 0.5:
            ch = ","
        if ch == " " and rnd.random() < 0.05:
            ch = "\u00a0"
        out.append(ch)
        if regex.match(r"\p{Arabic}", ch) and ch not in "اأإآءؤئةى" and ch.isalpha():
            r = rnd.random()
            if r < 0.02:
                out.append("\u0640")
            elif r < 0.04:
                out.append(rnd.choice(_DIAC))
        if ch == " " and rnd.random() < 0.02:
            out.append(rnd.choice("\u200f\u200e\u061c"))
    return "".join(out)
