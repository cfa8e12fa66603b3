"""Confidence and review flags for a resolved quote."""

LONG_SPAN_WORDS = 120
_USUAL = {"verb", "participle", "prefix"}
_BASE_CONFIDENCE = {"explicit": 0.92, "coreference": 0.85, "implicit": 0.72}


def assess(cue_kind, resolution, ambiguous, flags, long_span, has_speaker):
    """(confidence, flags) from how the quote and its source were found.

    resolution: "explicit" (a name at the cue), "coreference" (a short mention resolved),
    "implicit" (no mention at the cue). long_span: the content has more than LONG_SPAN_WORDS words.
    """
    flags = list(dict.fromkeys(flags))
    conf = _BASE_CONFIDENCE.get(resolution, 0.6)
    if resolution == "implicit":
        flags.append("implicit_speaker")
    if ambiguous:
        conf -= 0.2
        flags.append("ambiguous_speaker")
    if "unclosed_quote" in flags:
        conf -= 0.15
    if cue_kind not in _USUAL:
        conf -= 0.08
        flags.append("unusual_cue")
    if long_span:
        conf -= 0.05
        flags.append("long_span")
    if not has_speaker:
        conf -= 0.3
        flags.append("no_speaker")
    return max(0.0, min(1.0, round(conf, 3))), list(dict.fromkeys(flags))
