"""Mark lines that are not article body: mastheads, datelines, captions, tags, share and
«اقرأ أيضا» lines, and the headline. Lines are marked, never deleted."""
from dataclasses import dataclass, field
from functools import cached_property

import regex

from .lexicon import BOILERPLATE
from .normalize import WORD, word_pattern

# Patterns anchored at the line start are tried together with one match() call; the few
# unanchored ones are searched together apart from them (in one alternation with the anchored
# ones, those would be tried at every position). Only whether one matches is asked.
# An anchored pattern that opens with a negated class (a line of short segments between " | ")
# is matched apart too: in the alternation it makes the engine walk every line through the class
# and back, alone the engine first looks for what it requires.
_ANCHORED = regex.compile("|".join(f"(?:{p[1:]})" for p in BOILERPLATE if p.startswith("^") and not p.startswith("^[^")) or "(?!)")
_ANCHORED_ANY_START = regex.compile("|".join(f"(?:{p[1:]})" for p in BOILERPLATE if p.startswith("^[^")) or "(?!)")
_UNANCHORED = regex.compile("|".join(f"(?:{p})" for p in BOILERPLATE if not p.startswith("^")))
_LINE = regex.compile(r"[^\n]+")
# End-anchored tests only ask whether there is a match: searched backwards from the end, they
# do not try every position of the line.
_SENTENCE_END = regex.compile(r"(?r)[.!؟?:…\"»”']\s*$")
_RUNNING_END = regex.compile(r"(?r)[.؟!:]\s*[\"»”]?\s*$")
# "القاهرة - بوابة النهار:" / "عمان - «الرأي»" / "الدوحة (رويترز) -"
_DATELINE = regex.compile(r"^\s*[\p{L} ]{2,30}\s*(\(|-|–|—)\s*[^.!؟]{1,40}$")
# "كتب بدر المطوع:" before the running text: the byline, not a writer whose words follow (a post
# is introduced with its platform: كتب الوزير على حسابه:)
_BYLINE = regex.compile(r"^\s*(?:كتب|كتبت|بقلم|اعداد|اعدت|حاوره|حاورته|حاورها)\s+(?:-\s*)?(?:\p{L}+\s+){0,3}\p{L}+\s*[:：]\s*$")
# "كتبت: نوف الجلاهمة": the byline with its colon first, a boilerplate line that ends the heading too
_BYLINE_AFTER_COLON = regex.compile(r"^\s*(?:كتب|كتبت|بقلم|اعداد|اعدت|تحرير)\s*[:：]\s*(?:\p{L}+\s+){0,3}\p{L}+\s*$")
# "اقرأ أيضا:" alone on its line heads a list of related headlines ("- «...».. فلان يلوح بالإضراب"):
# the short lines under it are links too, until running text comes back
_RELATED_HEADER = regex.compile(r"^\s*(?:اقرا|اقرئي|طالع|شاهد|للمزيد|المزيد|(?:اخبار|مواضيع|مقالات|مواد|قصص|تقارير) ذات صله|ذات صله)"
                                r"(?:\s+(?:ايضا|كذلك|من|حول|الخبر|الاخبار))*\s*[:：-]?\s*$")
_LIST_ITEM = regex.compile(r"^\s*[-–—•*·]\s*\S")
_CREDIT = regex.compile(r"\([^()\n]{2,40}\)\s*$")
_POSTED_ON = regex.compile(r"(?<!\p{L})(?:علي|في|عبر|من|حسابه|حسابها|صفحته|صفحتها|منصه|تغريده|تدوينه)(?!\p{L})")


@dataclass
class Line:
    """One line of the normalized text and whether it is article body."""

    start: int
    end: int
    text: str
    word_pattern: object = field(repr=False, compare=False, default=WORD)
    body: bool = True
    headline: bool = False

    @cached_property
    def words(self) -> int:
        """Counted when first asked: most body lines are decided without it."""
        return len(self.word_pattern.findall(self.text))


def mark(norm_text: str) -> list:
    """Split the normalized text into lines and mark the non-body ones."""
    lines = []
    words = word_pattern(norm_text)
    for m in _LINE.finditer(norm_text):
        text = m.group()
        if text.strip():
            lines.append(Line(m.start(), m.end(), text, words))
    seen = {}
    keys = [" ".join(line.text.split()) for line in lines]
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
    # (a question of fewer than 30 words is a headline's or a deck's, not yet the running text)
    first_long = next((i for i, (l, key) in enumerate(zip(lines, keys)) if _running(l) and not _byline(key)
                       and not (l.words < 30 and key.rstrip().endswith(("؟", "?")))), len(lines))
    # Lines before the running text that no pattern explains: the headline is the longest of
    # them (the others are masthead names, kickers, section names: short).
    unexplained = []
    heading_ends = -1  # the dateline or byline on a line of its own before the running text
    related = False  # under an "اقرأ أيضا:" header
    for i, (line, key) in enumerate(zip(lines, keys)):
        if related and line.words <= 20 and (_LIST_ITEM.match(key) or not _RUNNING_END.search(key)):
            line.body = False
            continue
        related = bool(_RELATED_HEADER.match(key))
        if related or _ANCHORED.match(key) or _ANCHORED_ANY_START.match(key) or _UNANCHORED.search(key):
            line.body = False
            if i < first_long and _BYLINE_AFTER_COLON.match(key):
                heading_ends = i
        elif seen[key] > 1 and (line.words <= 8 or not _SENTENCE_END.search(key)):
            # Captions and mastheads are pasted twice; a body sentence almost never is.
            line.body = False
        elif i < first_long and line.words <= 8 and _DATELINE.match(key):
            line.body = False
            heading_ends = i
        elif i < first_long and _byline(key):
            line.body = False
            heading_ends = i
        elif i < first_long and first_long < len(lines):
            unexplained.append(line)
            # (a line cut by a headline's "..", «العرس صار قرضا».. مسح يكشف أن ...، is a second headline or
            # a kicker however long, unless it ends like a sentence)
            line.body = (line.words > 6 and ".." not in key) or bool(_SENTENCE_END.search(key))
    # a photo caption closes with its credit in brackets (... خلال المؤتمر الصحفي (آفاق العلوم)): it
    # is never the headline, however long (its names still count, as body)
    headline = max((line for line in unexplained if line.words >= 3 and not _CREDIT.search(line.text)),
                   key=lambda line: line.words, default=None)
    if heading_ends >= 0:
        # the headline, the deck and a kicker stand above the dateline or the byline: none is body,
        # however it ends (بين حماس الشركات وحذر التجار: هل يودع الفلسطينيون النقد الورقي؟)
        for line in unexplained:
            if line.start < lines[heading_ends].start:
                line.body = False
    if headline is not None:
        headline.body = False
        headline.headline = True
    return lines


def _byline(key) -> bool:
    """كتب بدر المطوع: (a byline ends with a colon like a running line, but names the writer)."""
    return bool(_BYLINE.match(key)) and not _POSTED_ON.search(key)


def _running(line) -> bool:
    """Running text ends like a sentence (or is too long for a headline)."""
    return line.words >= 30 or line.words >= 4 and bool(_RUNNING_END.search(line.text))
