"""Plain dataclasses passed between the stages and returned to callers."""
from dataclasses import asdict, dataclass, field

QUOTE_FIELDS = (
    "content", "start", "end", "type", "cue", "cue_start", "cue_end", "speaker",
    "speaker_mention", "mention_start", "mention_end", "speaker_role", "speaker_kind",
    "confidence", "flags",
)


@dataclass(frozen=True)
class KnownSpeaker:
    """A speaker a newsroom has verified; mentions matching an alias resolve to `name`."""

    name: str
    aliases: tuple = ()
    role: str = ""
    kind: str = "person"


@dataclass
class Quote:
    """One attributed quotation; offsets index the text exactly as given."""

    content: str
    start: int
    end: int
    type: str  # "direct" | "indirect" | "mixed"
    cue: str = ""
    cue_start: int = -1
    cue_end: int = -1
    speaker: str = ""
    speaker_mention: str = ""
    mention_start: int = -1
    mention_end: int = -1
    speaker_role: str = ""
    speaker_kind: str = "person"  # "person" | "organisation" | "anonymous"
    confidence: float = 0.0
    flags: list = field(default_factory=list)

    def to_dict(self) -> dict:
        """JSON-ready dict with the stable field order of the interface."""
        d = asdict(self)
        return {k: d[k] for k in QUOTE_FIELDS}


@dataclass
class Extraction:
    """The result of `extract`: quotes in text order and spans judged not article body."""

    quotes: list = field(default_factory=list)
    boilerplate: list = field(default_factory=list)
    # (start, end) of the headline line when one was recognised; it is also boilerplate.
    headline: tuple | None = None
    version: str = ""

    def to_dict(self) -> dict:
        """JSON-ready dict: quotes, boilerplate as [start, end] pairs, version."""
        return {
            "quotes": [q.to_dict() for q in self.quotes],
            "boilerplate": [list(span) for span in self.boilerplate],
            "headline": list(self.headline) if self.headline else None,
            "version": self.version,
        }
