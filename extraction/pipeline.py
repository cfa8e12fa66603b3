"""The extraction pipeline: normalize → boilerplate → segment → cues → quotes → speakers → score."""
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter
import re

import regex

from . import boilerplate, cues as cue_finder, quotes as quote_builder, score, segment, speakers
from .lexicon import HONORIFICS, INANIMATE_SOURCES, VERBS
from .normalize import INVISIBLE_MARKS, normalize, normalize_word, word_pattern
from .types import Extraction, Quote

VERSION = "0.5.1209"
_IMPERSONAL = {"جاء", "ورد", "تردد"}
_LATEST = {"اخر", "احدث", "اخير", "اول", "ثاني", "ثالث"}  # (آخر نشرة، أحدث تقرير، أول بيان: which of a body's documents)
_SPOKEN_TO = {"للصحفيين", "للصحافيين", "للصحافه", "للاعلام", "لوسائل", "للاعلاميين", "للمراسلين", "للحضور", "للتلفزيون",
              # the outlet spoken to (قال الوزير لصحيفة «الأيام»، صرح لقناة ...)
              "لصحيفه", "لجريده", "لمجله", "لقناه", "لاذاعه", "لوكاله", "لموقع", "لمنصه"}
_TAKES_LAM = {"وفقا", "طبقا", "ووفقا", "وطبقا", "فوفقا", "فطبقا"}  # sourcing prefixes that govern ل (with و or ف)
_FOLLOWING = _TAKES_LAM | {"وفق", "ووفق", "فوفق"}  # ... and وفق, which governs its noun directly: a rule followed
_DOCUMENTS = {"بيان", "البيان", "الرد", "رد", "التقرير", "الرساله", "المذكره", "البلاغ", "القرار", "الحكم"}


class _Span:
    """A stretch of text find_mentions reads like a paragraph."""

    __slots__ = ("start", "end")

    def __init__(self, start, end):
        self.start, self.end = start, end


@lru_cache(maxsize=8192)
def _folded(s):
    """normalize_word of a speaker, a role or one of their words: an article's speakers come
    back quote after quote, and their words from one article to the next."""
    return normalize_word(s)


def extract(text: str, *, known_speakers=None) -> Extraction:
    """Extract attributed quotes from an Arabic news article.

    `text` is the article as pasted; every offset in the result indexes it unchanged.
    `known_speakers` (iterable of KnownSpeaker) lets verified names resolve mentions the
    article itself never expands.
    """
    if not isinstance(text, str):
        raise TypeError("text must be str")
    try:
        return _extract(text, known_speakers)
    finally:
        # (no later caller on this thread sees this article's)
        speakers.ARTICLE.ala = speakers.ARTICLE.ali = speakers.ARTICLE.maqsura = frozenset()
        speakers.ARTICLE.letter = None


def _extract(text, known_speakers):
    norm = normalize(text)
    t = norm.text
    lines = boilerplate.mark(t)
    paras = segment.paragraphs(t, lines)
    questions = quote_builder.questions_paragraphs(t, paras)
    body = [p for p in paras if id(p) not in questions]
    unmasked = [speakers.tokens(t, p.start, p.end) for p in body]
    found_cues = cue_finder.find(t, [(p.start, p.end, toks) for p, toks in zip(body, unmasked)])
    cands = quote_builder.build(t, body, found_cues)
    excluded = sorted((c.start, c.end) for c in cands)
    para_tokens = _mask(unmasked, excluded)
    if _spells_ya_apart(text):  # (else all stay empty: extract clears them after every article)
        speakers.ARTICLE.ala, speakers.ARTICLE.ali = _spelled_ala(text, norm)
        speakers.ARTICLE.maqsura = _spelled_maqsura(text, norm)
    speakers.ARTICLE.letter = lambda pos: text[norm.orig(pos)]  # (asked only of a rare word: no pass of its own)
    mentions = _known_name_before_object(t, [x for x in (_read_again(t, m) for m in speakers.find_mentions(
        t, body, excluded, para_tokens)) if x is not None])
    mentions = _read_into(mentions, [_named_again(t, m, mentions) for m in mentions])
    alone = _surnames_said_alone(unmasked)
    mentions = _identified_as(t, [_with_surname_said_alone(t, m, alone) for m in mentions])
    body_tokens = []  # the tokens outside quotations: a paragraph with none quoted whole
    for toks, masked in zip(unmasked, para_tokens):
        body_tokens.extend(toks if masked is toks else [tok for tok in masked if tok[0] != "\x00"])
    # an interviewer's turns are no quotes, but the people they name (تنضم إلينا المحامية فلانة)
    # are the article's people: they seed the entities, not the sources found by position
    asked = [p for p in paras if id(p) in questions]
    named_in_questions = speakers.find_mentions(t, asked, excluded) if asked else []
    # so are the people a paragraph names when all of it is reported under a sourcing phrase at its end
    # (دخلت قضية انتقال الجناح الدولي فلان ...، وفق ما علمته الصحيفة من مصادر متطابقة)
    reported = [c for c in cands if c.type in ("indirect", "mixed") and c.para is not None]
    whole = [_Span(c.start, c.end) for c in reported if _reported_whole(t, c)]
    named_in_reports = [m for m in speakers.find_mentions(t, whole, []) if m.kind == "person" and len(m.name) >= 2] \
        if whole else []
    # and those any other reported clause (not a direct quotation) names in full, when they read as
    # names out of their sentence
    others = [c for c in reported if not _reported_whole(t, c)]
    if others:
        spans, cut = _around_given_names(t, others, body, unmasked)
        named_in_reports += [m for m in speakers.find_mentions(t, spans, [], cut) if _reported_person(m)]
    named_in_reports = _not_read_on(t, mentions, named_in_reports)
    # and the bodies a reported clause names in full (وبحسب وثائق السجل، فإن شركة أطلس البحار للصيد ...
    # ونفت الشركة): a bare head names them later when the article's own sentences name no such body
    spans, cut = _around_body_heads(t, reported, body, unmasked)
    bodies_in_reports = [m for m in speakers.find_mentions(t, spans, [], cut)
                         if m.kind == "organisation" and len(m.name) >= 2 and not speakers.is_document(m.name[0])] \
        if spans else []
    # and those named after a glued ل or ب (وتمنح اللقب لريم الزهراني ... تقول ريم): an object, never a source
    # where it stands, but the person a given name alone names later
    named_after_lam = _named_after_lam(t, body, excluded)
    resolver = speakers.Resolver(mentions + named_in_questions + named_in_reports,
                                 known_speakers,
                                 original=lambda a, b: text.__getitem__(slice(*norm.span(a, b))), body_tokens=body_tokens,
                                 quoted_tokens=lambda: [tok for toks, masked in zip(unmasked, para_tokens) if toks is not masked
                                                        for tok, mask in zip(toks, masked) if mask[0] == "\x00"],
                                 paragraph_starts=[p.start for p in body])
    for m in bodies_in_reports:
        resolver.add_reported_org(m)
    for m in named_after_lam:
        resolver.add_named_object(m)
    sources = {}  # each candidate's region is parsed once
    for c in cands:
        if c.region and not c.implicit:
            m = _source_mention(t, c, resolver.names_with, resolver.opens_one_name)
            m = sources[id(c)] = _with_surname_said_alone(
                t, _source_name_before_object(t, _named_again(t, m, mentions), mentions), alone)
            if m is not None and m.kind == "person" and len(m.name) >= 2 and not m.parts:
                if c.cue is not None and c.cue.number == "s" and not c.relay and c.cue.lemma != "نقل":
                    m.gender = m.gender or c.cue.gender  # قالت فلانة: the verb tells the gender
                resolver.add(m)
            elif m is not None and m.kind == "organisation" and len(m.name) >= 2 and not m.parts:
                resolver.lengthen_org(m)
    cands = [c for c in cands if not _inanimate(t, c) and not _under_norm(t, c)]
    mentions = mentions + resolver.surname_mentions(sorted((m.start, m.end) for m in mentions))
    quotes = _resolve(t, norm, cands, mentions, resolver, sources)
    spans = _boilerplate_spans(norm, lines)
    headline = next((norm.span(line.start, line.end) for line in lines if line.headline), None)
    return Extraction(quotes=quotes, boilerplate=spans, headline=headline, version=VERSION)


def _first_word(name):
    """The first word of a speaker's name, "" for no name (a quotation nobody was found for)."""
    words = name.split()
    return words[0] if words else ""


def _last_word(name):
    """The last word of a speaker's name, "" for no name."""
    words = name.split()
    return words[-1] if words else ""


def _plainly_no_name(w):
    """A word no name has: a preposition, a listed common word no list gives as a name (nor the
    given name an article makes of it: الأمين), a definite verbal noun, a noun glued to ب/ل."""
    if w in speakers.PERSON_NAMES or w in speakers._CONNECTORS:
        return False
    if speakers.is_stop(w):
        return True
    if w.startswith("ال"):
        return w[2:] not in speakers.PERSON_NAMES and (w in speakers.COMMON_WORDS or speakers._verbal_noun(w[2:]))
    if w.startswith("بال"):
        return w[1:] in speakers.COMMON_WORDS  # (بالمدرسة; not بالحاج، بالقاسم: family names)
    return speakers.clitic_noun(w) or (w[:1] in "بل" and speakers.possessive(w[1:]))


# مئتي عضو، ثلاثمئة عامل، خمسة موظفين، 40 طبيبا: a count before a noun
_COUNTED = regex.compile(r"(?<!\p{L})(?:\d+|[٠-٩]+|\p{L}{0,6}(?:مئه|مائه|مئتي|مئتا)|" + "|".join(sorted(speakers._NUMBER_WORDS | {
    "الفي", "الفا", "بضع", "بضعه"}, key=len, reverse=True)) + r")\s+$")


def _read_again(t, m):
    """A mention the scan found, read again with all of it in view: عامل نظافة بالمحلية, فضل حجب
    اسمه,: a title whose apposition is the choice not to be named (فضل is a given name too) is an
    unnamed source described by the title's words; أن باب المؤسسة مغلق: a word both a title and a
    body's head (المؤسسة, also the foundress) before one word no list gives as a name is no one;
    ووجه المحافظ بفتح تحقيق: ب and a noun before a verbal noun is what the holder ordered, no name."""
    if m.kind != "person" or not m.role or m.parts:
        return m
    if not m.name and not speakers._definite(m.role[0]) and _COUNTED.search(t, max(0, m.start - 12), m.start):
        return None  # قرابة مئتي عضو موزعين على الجزر: a noun counted, how many there are, no one described
    if len(m.role) == 1 and len(m.name) == 1 and m.name[0] not in speakers.PERSON_NAMES \
            and speakers._definite(m.role[0]) and speakers.is_org(m.role[0]):
        return None
    if len(m.name) >= 2 and m.name[0][:1] == "ب" and any(speakers._verbal_noun(w) for w in m.name[1:]):
        # ووجه المحافظ بفتح تحقيق: what the holder ordered (a verbal noun no list gives as a name), not his name
        end = _role_end(t, m)
        return m if end is None else speakers.Mention(m.start, end, "person", (), m.role, m.gender, t[m.start:end])
    if len(m.name) < 2 or not speakers._unnamed_by_choice_at([(w,) for w in m.name], 0):
        return m
    end = _role_end(t, m)
    return m if end is None else speakers.Mention(m.start, end, "anonymous", m.role, (), m.gender, t[m.start:end])


_SAID_AFTER = frozenset(("ان", ":", "،", ",", "«", "\""))


def _surnames_said_alone(paragraphs):
    """The words the article has stand alone as a source: right after a reporting verb, before أن or
    what was said (ويؤكد بارجاء أن، أجاب مشندا:), or as one of two sources (كتب كل من العطاس
    وبارجاء)."""
    alone = set()
    for toks in paragraphs:
        for k in range(1, len(toks) - 1):
            w, prev, nxt = toks[k][0], toks[k - 1][0], toks[k + 1][0]
            if not w.isalpha():
                continue
            if nxt in _SAID_AFTER and (speakers.is_reporting_word(prev)
                                       or (prev[:1] in "وف" and speakers.is_reporting_word(prev[1:]))):
                alone.add(w)
            elif prev == "من" and k >= 2 and toks[k - 2][0] == "كل" and nxt[:1] == "و":
                alone.update((w, nxt[1:]))
    return alone


def _with_surname_said_alone(t, m, alone):
    """خالد سالم بارجاء، يوسف داود مشندا: a word no list gives as a name (it reads as a preposition
    glued to a noun, a participle) right after a name in full is its family name when the article
    has that word stand alone as a source; else the mention itself."""
    if m is None or m.kind != "person" or len(m.name) < 2 or m.parts or not m.name_span or not alone:
        return m
    end = m.name_span[1]
    nxt = _WORD_AFTER_RE.match(t, end)
    if nxt is None or nxt.group(1) not in alone:
        return m
    w = nxt.group(1)
    if w in m.name or w in speakers.PERSON_NAMES or speakers.is_stop(w) or speakers.is_title(w) or speakers.is_org(w) \
            or speakers.is_anonymous(w) or w.startswith("ال") or speakers.is_reporting_word(w):
        return m
    end = max(m.end, nxt.end(1))
    return speakers.Mention(m.start, end, "person", m.name + (w,), m.role, m.gender, t[m.start:end],
                            name_span=(m.name_span[0], nxt.end(1)))


def _role_end(t, m):
    """Where a mention's role ends when its words open the mention's text, else None."""
    toks = [x for x in speakers.tokens(t, m.start, m.end) if x[0][:1].isalpha()]
    if len(toks) < len(m.role) or tuple(x[0] for x in toks[:len(m.role)]) != m.role:
        return None
    return toks[len(m.role) - 1][2]


def _known_name_before_object(t, mentions):
    """ويشير يزن بإصبعه، ويصف بلال النظام الحالي، ولم تشأ مدي التعليق: the given or family name of
    someone the article named in full before, then a word no name has and no name in the article
    goes on with, is that name alone: what follows is the verb's object or complement."""
    full = {}  # word -> the fuller names it opens or ends, so far
    later = Counter(w for m in mentions if m.kind == "person" for w in m.name[1:])
    out = []
    for m in mentions:
        if _object_after_known_name(t, m, full, later, 1):
            m = _name_alone(t, m)
        elif m.kind == "person":
            _add_full_names(full, m)
        out.append(m)
    return out


def _not_read_on(t, mentions, reported):
    """The people reported clauses name, less a name the article gave in full before read on into
    the clause's verb (أن الوزير ورسمه أطلع نظيره, after عبدي فارح ورسمه): no new person."""
    if not reported:
        return reported
    full = {}
    for m in mentions:
        if m.kind == "person":
            _add_full_names(full, m)
    later = Counter(w for m in mentions + reported if m.kind == "person" for w in m.name[1:])
    return [m for m in reported if not _object_after_known_name(t, m, full, later, 1)]


def _add_full_names(full, m):
    """Index the full names of `m` (each part's, for a joint mention) by their first and last words."""
    for name in [x.name for x in m.parts] if m.parts else [m.name]:
        if len(name) >= 2:
            for w in (name[0], name[-1]):
                full.setdefault(w, set()).add(name)


def _object_after_known_name(t, m, full, later, times):
    """Is `m` a name said in full before, alone or after a bare title (الوزير ورسمه أطلع نظيره), (a key
    of `full`, of one person only: with two, the word after it may tell them apart, الكافي الشاب),
    then words no name has, the second of them in `times` of the article's names only?"""
    k = _known_part(m)
    return m.kind == "person" and (not m.role or (len(m.role) == 1 and m.role[0].startswith("ال"))) \
        and not m.parts and len(m.name) > k and m.name_span \
        and m.name[k - 1] in full and _one_owner(full[m.name[k - 1]]) \
        and all(m.name[k] not in name and (k == 1 or name[-2:] == m.name[:2]) for name in full[m.name[k - 1]]) \
        and later[m.name[k]] == times and all(_plainly_no_name(w) or _unlisted_word(w) for w in m.name[k:]) \
        and (_plainly_no_name(m.name[k]) or _object_not_family_name(t, m, k)
             or not (_SAID_NEXT.match(t, m.end) or _after_reporting_verb(t, m.start))) \
        and t[m.end:m.end + 2].strip()[:1] not in ("،", ",")  # (محمد بالحاج، زميله: a name in apposition)


def _object_not_family_name(t, m, k):
    """After a reporting verb or before a colon, is the unlisted word after the known name still
    what the verb tells, not a family name: definite (وتروي سعاد البدايات:) or in construct with a
    definite word no name has (شرح سامر مراحل العمل:)?"""
    w = m.name[k]
    if not _unlisted_word(w):
        return False
    if w.startswith("ال"):
        return True
    if w[:1] == "ل" and len(w) >= 4:
        return True  # وقال سويلحي لجنا: whom it was said to, glued to ل (a family name in ل the article gave is in `full`)
    if len(m.name) > k + 1:
        nxt = m.name[k + 1]
    else:
        after = _WORD_AFTER_RE.match(t, m.end)
        nxt = after.group(1) if after else ""
    return nxt.startswith("ال") and _plainly_no_name(nxt)


_WORD_AFTER_RE = re.compile(r"[ \t]+(\w+)")


def _known_part(m):
    """How many words of `m`'s name a name said before may be: a family name in بن/ولد is two
    (وقضى بن عمار ليلته, after رشيد بن عمار), any other name one."""
    return 2 if m.name and m.name[0] in speakers._NASAB and len(m.name) >= 3 else 1


# what follows a speaker's whole name, not a verb's object: ويقول خليل زعرور إن، وتقول سعاد قعوار:
_SAID_NEXT = re.compile(r"\s*(?:[:«\"“]|(?:ب|ل)?ان(?:ه|ها|هم)?(?!\w))")


def _brought_on_with_office(ent, after):
    """Was `ent` first named after `after`, with an office of its own (حمل الأمين العام للنقابة، حميد
    بوزيد، وهو ابن عم المدير العام، ...): a new source who shares a surname, not a name in passing."""
    return ent is not None and bool(ent.positions) and ent.positions[0] > after and ent.own_office_first()


def _one_owner(names):
    """Are the full names one word opens or ends one person's: each a part of the longest, a
    kunya set aside (أبو يزن is the father, يزن بني هاني the son named by his own name)?"""
    own = [n for n in names if n[0] not in speakers._KUNYA_HEADS]
    longest = max(own, key=len, default=())
    return bool(own) and all(set(n) <= set(longest) for n in own)


def _after_reporting_verb(t, pos):
    """Is the word before `pos` a reporting verb (وقال خليل زعرور لوكالة الأنباء إن)? Its subject
    takes no object, so an unlisted word after the name is a family name."""
    before = _WORD_BEFORE_RE.search(t, max(0, pos - 30), pos)
    if before is None:
        return False
    w = before.group(1)
    return any(VERBS.get(v, ("", "", "", ""))[3] == "verb" for v in (w, w[1:] if w[:1] in "وف" else ""))


_WORD_BEFORE_RE = re.compile(r"(\w+)\W*$")


def _unlisted_word(w):
    """A word no list gives as a name, bare of ال, nor a nisba (a family name the lists may lack)."""
    return w not in speakers.PERSON_NAMES and not (w.startswith("ال") and w[2:] in speakers.PERSON_NAMES) \
        and w not in speakers._CONNECTORS \
        and not w.endswith(("ي", "يه")) and w[:1].isalpha()


_PREPOSITION_AFTER_NAME = {"من", "عن", "علي", "الي", "في"}


def _name_alone(t, m):
    """`m` cut to the first word of its name (the first two of a family name in بن), the name said
    again (after its bare title, if any)."""
    toks = speakers.tokens(t, m.name_span[0] if m.name_span else m.start, m.end)
    k = _known_part(m) if len(toks) > 2 else 1
    last = toks[k - 1]
    return speakers.Mention(m.start, last[2], "person", m.name[:k], m.role, "", t[m.start:last[2]],
                            name_span=(toks[0][1], last[2]))


def _source_name_before_object(t, m, mentions):
    """A cue's subject read as _known_name_before_object reads the scan's: وتروي زينب البداية: is زينب,
    named in full before, and what she tells (no name of the article's goes on with البداية)."""
    if m is not None and m.kind == "anonymous" and len(m.name) >= 2 and m.name[1] in _PREPOSITION_AFTER_NAME \
            and any(x.kind == "person" and len(x.name) >= 2 and m.name[0] in (x.name[0], x.name[-1]) and x.start < m.start
                    and not x.parts for x in mentions):
        # وحذرت بوخطوة من ربط ذلك بالمحطة: the name of someone named in full before, then what she
        # warned against, no description of an unnamed source (مواطن من الحي)
        return _name_alone(t, m)
    if m is None or m.kind != "person" or m.role or m.parts or len(m.name) < 2:
        return m
    full = {}
    for x in mentions:
        if x.start < m.start and x.kind == "person":
            _add_full_names(full, x)
    later = Counter(w for x in mentions if x.kind == "person" for w in x.name[1:])
    return _name_alone(t, m) if _object_after_known_name(t, m, full, later, 0) else m


def _reported_whole(t, c):
    """Is the indirect candidate a paragraph reported whole under a sourcing phrase at its end?"""
    return c.type == "indirect" and not t[c.para.start:c.start].strip() and c.cue is not None and c.cue.start > c.end


def _around_given_names(t, cands, body, unmasked):
    """(spans, tokens) for find_mentions: a few words around each given name the lists know in
    the candidates' contents (a title before it, the rest of the name after), cut from the
    paragraphs' own tokens, so that only what can be a reported person is read again."""
    index = {id(p): k for k, p in enumerate(body)}
    spans, cut = [], []
    for c in cands:
        toks = [tok for tok in unmasked[index[id(c.para)]] if c.start <= tok[1] and tok[2] <= c.end] \
            if id(c.para) in index else speakers.tokens(t, c.start, c.end)
        hits = [k for k, tok in enumerate(toks) if speakers.PERSON_NAMES.get(tok[0]) in ("m", "f")
                and tok[0] not in speakers.COMMON_WORDS and _full_name_at(toks, k)]
        windows = []
        for k in hits:
            lo, hi = max(0, k - 4), min(len(toks), k + 6)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        for lo, hi in windows:
            spans.append(_Span(toks[lo][1], toks[hi - 1][2]))
            cut.append(toks[lo:hi])
    return spans, cut


def _around_body_heads(t, cands, body, unmasked):
    """(spans, tokens) for find_mentions: an indefinite body head opening a reported clause, its
    subject (فإن شركة أطلس البحار للصيد أسست), and the few words after it, where a body may be
    named in full (one named further in, an object, is not what a bare head names later)."""
    index = {id(p): k for k, p in enumerate(body)}
    spans, cut = [], []
    for c in cands:
        if id(c.para) not in index:
            continue
        toks = [tok for tok in unmasked[index[id(c.para)]] if c.start <= tok[1] and tok[2] <= c.end]
        if len(toks) > 2 and speakers.is_org(toks[0][0]) and not speakers._definite(toks[0][0]) \
                and not speakers.is_document(toks[0][0]) and toks[0][0] not in speakers.PERSON_NAMES:
            hi = min(len(toks), 6)
            spans.append(_Span(toks[0][1], toks[hi - 1][2]))
            cut.append(toks[:hi])
    return spans, cut


def _full_name_at(toks, k):
    """Can the listed given name at k open a full name _reported_person keeps: a second name word
    after it, and a title before it or a third name word?"""
    def name_word(j):
        return j < len(toks) and (toks[j][0] in speakers.PERSON_NAMES or toks[j][0] not in speakers.COMMON_WORDS) \
            and speakers.name_like(toks[j][0], False, toks[j - 1][0])
    return name_word(k + 1) and (name_word(k + 2) or any(
        speakers.is_title(toks[j][0]) or speakers.is_title(speakers.bare(toks[j][0])) for j in range(max(0, k - 3), k)))


# a glued ل or ب, then up to three words with no line break between them (\b: no word character
# before, as the letters after it are word characters; found faster than (?<!\w))
_AFTER_LAM = regex.compile(r"\b[وف]?[لب](\w{3,})[ \t\u00a0]+(\w{3,})(?:[ \t\u00a0]+(\w{3,}))?")


def _named_after_lam(t, body, excluded):
    """People named in full right after a glued ل or ب (منحت اللقب لريم الزهراني، التقت بسارة
    الأحمد): a given name the lists know as one and no common word, then a family name, one of
    them said alone later."""
    out = []
    for p in body:
        for m in _AFTER_LAM.finditer(t, p.start, p.end):
            given = m.group(1)
            if speakers.PERSON_NAMES.get(given) not in ("m", "f"):
                continue  # (the commonest case, tested again below: no listed given name after the ل or ب)
            whole = t[m.start():m.end(1)].lstrip("وف")
            if whole in speakers.PERSON_NAMES or whole in speakers.COMMON_WORDS or whole in speakers.PLACES:
                continue  # لينا، لحسن، ليان: a name of its own that begins with ل
            if speakers.PERSON_NAMES.get(given) not in ("m", "f") or given in speakers.COMMON_WORDS \
                    or speakers.is_title(given) or speakers.is_org(given):
                continue
            k = bisect_right(excluded, (m.start(), float("inf"))) - 1
            if k >= 0 and excluded[k][1] > m.start():
                continue  # (inside quoted content)
            if not (m.group(2).startswith("ال") or m.group(2) in speakers.PERSON_NAMES):
                continue  # (a family name the lists know, or one with the article: not ببكر زوارق صيد)
            name, end = [given], m.end(1)
            for g in (2, 3):
                w = m.group(g)
                if w is None or w in speakers.COMMON_WORDS and w not in speakers.PERSON_NAMES \
                        or not speakers.name_like(w, False, name[-1]):
                    break
                name.append(w)
                end = m.end(g)
            if len(name) >= 2 and any(regex.compile(r"(?<!\w)" + regex.escape(w) + r"(?!\w)").search(t, end)
                                      for w in (name[0], name[-1])):  # (and said short later: تقول ريم)
                out.append(speakers.Mention(m.start(1), end, "person", tuple(name), (), speakers.name_gender(tuple(name)),
                                            " ".join(name), name_span=(m.start(1), end)))
    return out


def _reported_person(m):
    """A person a reported clause names in full (قالت الأسرة إن قوة اعتقلت الصحفي فلان الفلاني): one of
    the article's people, for a later quote by the family name; a given name the lists know, then
    words that are no common nouns (not مقابل عمولة شهرية, read as a name without its sentence)."""
    return m.kind == "person" and len(m.name) >= 2 and (len(m.name) >= 3 or m.role) \
        and speakers.PERSON_NAMES.get(m.name[0]) in ("m", "f") \
        and all(w not in speakers.COMMON_WORDS or w in speakers.PERSON_NAMES for w in m.name[1:])


def _mask(para_tokens, spans):
    """Replace the tokens that start inside quoted content (`spans`: sorted, disjoint) by a
    stop token; a paragraph with no quotation keeps its own list."""
    ends = [e for _, e in spans]
    out = []
    for toks in para_tokens:
        k = bisect_right(ends, toks[0][1]) if toks else len(spans)
        if k == len(spans) or spans[k][0] > toks[-1][1]:
            out.append(toks)
            continue
        row = list(toks)
        while k < len(spans) and spans[k][0] <= toks[-1][1]:
            a = bisect_left(toks, spans[k][0], key=speakers.TOKEN_START)
            b = bisect_left(toks, spans[k][1], key=speakers.TOKEN_START)
            row[a:b] = [("\x00", start, end) for _, start, end in toks[a:b]]
            k += 1
        out.append(row)
    return out


def _spells_ya_apart(text):
    """Does the article spell final ya apart from alif maqsura (في، not فى)? Only then does its
    spelling tell على from علي and المرضى from المطيري, which the folding makes alike."""
    return "ى" in text and _SPELLS_FI.search(text) is not None \
        and not ("فى" in text and _SPELLS_FI_MAQSURA.search(text))


def _spelled_ala(text, norm):
    """(ala, ali): the starts of the words علي spelled على (alif maqsura) and of those spelled
    علي, in an article that spells final ya apart (_spells_ya_apart): there على is the preposition
    and علي the name. Both empty when it never writes على (it may write every final ya as ya)."""
    if "على" not in text:
        return frozenset(), frozenset()
    ala, ali = set(), set()
    t = norm.text
    k = t.find("علي")
    while k >= 0:  # (str.find over the folded text, not a loop over every token)
        if (k == 0 or not t[k - 1].isalpha()) and (k + 3 == len(t) or not t[k + 3].isalpha()):
            (ala if text[norm.orig(k + 2)] == "ى" else ali).add(k)
        k = t.find("علي", k + 3)
    if not ala:
        return frozenset(), frozenset()  # (an article that never writes على so may write every final ya as ya)
    return frozenset(ala), frozenset(ali)


def _spelled_maqsura(text, norm):
    """The starts of the definite words spelled with a final alif maqsura (المرضى، الكبرى), in an
    article that spells final ya apart (_spells_ya_apart): the folding makes them end in ya, like a
    family name (المطيري)."""
    return frozenset(m.start() for m in _DEFINITE_IN_YA.finditer(norm.text) if text[norm.orig(m.end() - 1)] == "ى")


_SPELLS_FI = re.compile(r"(?<!\w)في(?!\w)")
_DEFINITE_IN_YA = re.compile(r"(?<!\w)ال\w+ي(?!\w)")
_SPELLS_FI_MAQSURA = re.compile(r"(?<!\w)فى(?!\w)")


def _inanimate(t, c):
    """وأشارت الأرقام إلى أن ...، ...، بحسب أرقام رسمية: data indicate, nobody says (بحسب
    تقديرات منظمة الصحة: the body that made them is a source)."""
    if c.cue is not None and c.cue.kind == "prefix" and c.region:
        words = t[c.region[0]:c.region[1]].split()
        return bool(words) and words[0] in INANIMATE_SOURCES and not words[0].startswith("ال") and not any(
            w.startswith(("ال", "لل")) or speakers.is_org(w) for w in words[1:5])  # (أرقام رسمية، not أرقام الأمم المتحدة)
    if c.cue is None or c.cue.kind != "verb":
        return False
    words = t[c.region[0]:c.region[1]].split() if c.region else []
    if not words and c.para is not None:
        # وكانت إحصاءات الاتحاد قد أشارت إلى أن: the subject fronted between كان and قد
        fronted = _fronted_subject(t, c)
        words = t[fronted.start(1):fronted.end(1)].split() if fronted else []
    if len(words) > 1 and words[0] in _THIS_THAT:
        words = words[1:]  # وتشير هذه الأرقام إلى أن: the figures all the same
    return bool(words) and words[0] in INANIMATE_SOURCES


_THIS_THAT = {"هذه", "هذا", "تلك", "ذلك", "هذان", "هاتان", "هؤلاء"}


# what وفق / وفقا لـ / طبقا لـ follow when they mean "under" (وفق نظام يلزم المطورين)، not "according to" a source
_NORMS = {normalize_word(w) for w in (
    "نظام", "النظام", "آلية", "الآلية", "خطة", "الخطة", "جدول", "الجدول", "معايير", "المعايير", "شروط", "الشروط",
    "أحكام", "الأحكام", "مبدأ", "المبدأ", "قواعد", "القواعد", "ضوابط", "الضوابط", "الدستور", "المادة", "تعليمات",
    "التعليمات", "إجراءات", "الإجراءات", "الأصول", "العادة", "العرف", "مواصفات", "المواصفات", "برنامج", "البرنامج")}


def _under_norm(t, c):
    """وفق نظام يلزم المطورين، طبقا للمعايير الدولية: a rule followed, not a source quoted."""
    if c.cue is None or c.cue.kind != "prefix" or not c.region or c.cue.lemma not in _FOLLOWING:
        return False  # (بحسب الخطة التي أعلنتها الشركة: the body's plan, a source)
    words = t[c.region[0]:c.region[1]].split()
    if not words or any(x in ("الذي", "التي") for x in words[1:4]):
        return False
    w = words[0]
    return w in _NORMS or (w.startswith("لل") and "ال" + w[2:] in _NORMS) or (w[:1] == "ل" and w[1:] in _NORMS)


# a preposition with a pronoun right after the verb, before its subject (ما تقر به فلانة، ما أشار إليه)
_PRONOUN_OBJECTS = {"به", "بها", "له", "لها", "لهم", "اليه", "اليها", "عليه", "عليها", "منه", "منها"}  # (not عنه: نقلت عنه الوكالة relays him)


def _sourced_as_written(t, c):
    """وفق قائمة نشرتها الهيئة، بحسب متابعين للشأن المحلي: what a sourcing prefix governs, when no
    person, body or document reading finds it, is the source as written (to the comma); else None."""
    toks = []
    for tok in speakers.tokens(t, *c.region):
        if tok[0] in ("،", ",") or not tok[0][:1].isalpha():
            break
        toks.append(tok)
    if not 1 <= len(toks) <= 6 or speakers.is_stop(toks[0][0]) or toks[0][0] in _PRONOUN_OBJECTS \
            or toks[0][0] in speakers.PERSON_NAMES or toks[0][0][:1] == "ل" \
            or speakers.possessive(toks[0][0]) or speakers.held_title(toks[0][0]):
        return None  # (وفقا لرئيستها، بحسب قائدها: someone the article named, found otherwise; للشبكة: a body's ل)
    words = tuple(x[0] for x in toks)
    return speakers.Mention(toks[0][1], toks[-1][2], "anonymous", words, (), "", t[toks[0][1]:toks[-1][2]])


def _made_public_by(toks):
    """Where the subject starts after indefinite figures, their indefinite adjectives and a past
    verb in the feminine with its object pronoun (أرقام أولية أعلنتها وزارة السياحة): who gave
    them out; else 0."""
    if toks[0][0] not in INANIMATE_SOURCES or speakers._definite(toks[0][0]):
        return 0
    for k in range(1, min(len(toks) - 1, 4)):
        w = toks[k][0]
        if w.endswith("تها") and len(w) >= 6 and w[:1] not in "يت" and toks[k + 1][0][:1].isalpha():
            return k + 1  # (أعلنتها، نشرتها، أصدرتها)
        if speakers._definite(w) or not w[:1].isalpha():
            return 0
    return 0


def _relays(t, c):
    """Does the candidate's source relay someone else's words (ونقلت الوكالة عن X، ما نقلته عن X، نشرت
    الصفحة على لسان المدير أن)?"""
    return c.relay or (c.cue is not None and (c.cue.lemma == "نقل" or (
        c.cue.lemma == "نشر" and bool(c.region) and "علي لسان" in t[c.region[0]:c.region[1]])))


# verbs of informing, whose first object is who was told (أبلغ "الشط" بأن، أخبر الصحيفة أن)
_INFORMING = {"ابلغ", "اخبر"}
_MEDIA = {"الصحيفه", "الجريده", "الوكاله", "المجله", "الموقع", "القناه", "الاذاعه", "المنصه"}


def _only_who_was_told(c, toks):
    """After a verb of informing, is the region only the outlet told (a name in quotation marks,
    الصحيفة)? The source is then the subject before the verb (موظف ...، أبلغ "الشط" بأن)."""
    if c.cue is None or c.cue.lemma not in _INFORMING:
        return False
    words = [x[0] for x in toks]
    return (len(words) == 1 and words[0] in _MEDIA) or (
        2 < len(words) <= 6 and words[0] in speakers._QUOTE_MARKS and words[-1] in speakers._QUOTE_MARKS
        and not any(w in speakers._QUOTE_MARKS for w in words[1:-1]))


def _region_mention(t, c, named=None):
    toks = speakers.tokens(t, *c.region)
    if not toks or _only_who_was_told(c, toks):
        return None
    if c.cue is not None and c.cue.kind == "prefix" and c.cue.lemma in _TAKES_LAM and toks[0][0][:1] == "ل" \
            and len(toks[0][0]) > 3:
        # وفقا للشركة، وفقا لمصادر: the source is the noun the preposition is glued to
        w = toks[0][0]
        w = speakers.after_lam(w)  # (ووفقا للجنة: اللجنة, written from its own ل)
        cut = 2 if toks[0][0].startswith("لل") and w == "ال" + toks[0][0][2:] else 1
        toks = [(w, toks[0][1] + cut, toks[0][2])] + list(toks[1:])
    if c.cue is not None and c.cue.kind == "prefix" and len(toks) > 1 and toks[0][0] in INANIMATE_SOURCES \
            and ((not toks[0][0].startswith("ال") and toks[1][0].startswith("ال") and toks[1][0] not in speakers._RELATIVES)
                 or speakers.is_org(toks[1][0])):
        toks = toks[1:]  # بحسب تقديرات الأمم المتحدة، تقديرات منظمة الصحة العالمية: the body that made the figures
    elif c.cue is not None and c.cue.kind == "prefix" and (subject := _made_public_by(toks)):
        toks = toks[subject:]  # بحسب أرقام أولية أعلنتها وزارة السياحة: who gave out the figures
    elif c.cue is not None and c.cue.kind == "prefix" and len(toks) > 1 and toks[0][0] in speakers._SAYINGS:
        toks = toks[1:]  # وبحسب أقوال المتهم الثاني، وفقا لاعترافات الموقوفين: whose words they are
    elif c.cue is not None and c.cue.kind == "prefix" and len(toks) > 1 and toks[0][0] in _JUDGEMENTS and named is not None \
            and (named(toks[1][0]) or speakers.PERSON_NAMES.get(toks[1][0]) in ("m", "f")):
        toks = toks[1:]  # بحسب تقدير الحسيني، وفق حسابات سعاد: whose estimate, a person the article names
    lead = 1 if toks and toks[0][0] == "في" else 0
    if len(toks) > lead + 2 and toks[lead][0] in _DOCUMENT_PARTS:
        k = next((k for k in range(lead + 1, min(len(toks) - 1, lead + 4)) if toks[k][0] == "من"), 0)
        if k and speakers.is_document(toks[k + 1][0]):
            toks = toks[k + 1:]  # في الصفحة الأخيرة من التقرير، البند الثالث من العقد: the document, not its page
    if len(toks) > 2 and toks[0][0] in _LATEST and speakers.is_document(toks[1][0]):
        toks = toks[1:]  # وبحسب آخر نشرة أصدرتها الهيئة، أحدث تقرير للمرصد: which of its documents, then the document
    if c.cue is not None and c.cue.kind == "prefix" and len(toks) > 3:
        # وفقا للسعر المعلن من مؤسسة البترول: what was made public, then the body it came from
        k = next((k for k in range(1, min(len(toks) - 1, 4)) if toks[k][0] in ("من", "عن")), 0)
        if k and speakers.is_org(toks[k + 1][0]) and all(
                speakers._definite(x[0]) and not speakers.is_title(x[0]) and not speakers.is_org(x[0])
                and not speakers.is_anonymous(x[0]) for x in toks[:k]):
            toks = toks[k + 1:]
    relayed = speakers.relay_source(toks) if _relays(t, c) else None
    if relayed is None and c.cue is not None and c.cue.kind == "verb" and c.cue.lemma == "نقل" \
            and any(x[0] in _RELAYED_PRONOUNS for x in toks[1:6]):
        return None  # ونقلت إذاعة «صوت الساحل» عنه أن: the one the pronoun stands for, not the outlet
    if relayed is None:
        k = next((k for k in range(len(toks) - 2) if toks[k][0] == "نقلا" and toks[k + 1][0] == "عن"), -1)
        if k >= 0:  # وذكرت الوكالة، نقلا عن شهود عيان، أن: the agency relays the witnesses
            e = next((e for e in range(k + 2, len(toks)) if toks[e][0] in ("،", ",")), len(toks))
            relayed = toks[k + 2:e] or None
    issued = None
    if relayed:
        k = len(toks) - len(relayed) - 1  # (the عن before them)
        if k >= 2 and toks[k][0] == "عن" and toks[k - 1][0] in speakers._ISSUED and speakers.is_document(toks[0][0]):
            issued = (toks[0][1], toks[k][2])  # بحسب التقرير الصادر عن الإدارة: the document and its issuer
        toks = relayed
    if c.cue is not None and c.cue.kind == "verb" and toks and toks[0][0] in _WHEN_WORDS:
        # وقال عقب الاجتماع إن / وكان المدير فلان قد صرح عقب اكتشاف التسريب بأن: when, not who; the
        # source, if any, comes after the time phrase (وقال بعد انتهاء الجلسة رئيس اللجنة فلان)
        k = 1
        while k < len(toks) and k <= 4 and toks[k][0] not in ("،", ",") and (
                (k > 1 and toks[k][0].startswith("ال") and toks[k - 1][0].startswith("ال"))  # (المؤتمر الصحفي)
                or (not any(f(speakers.bare(toks[k][0])) or f(toks[k][0]) for f in (
                    speakers.is_title, speakers.is_org, speakers.is_anonymous))
                    and speakers.PERSON_NAMES.get(toks[k][0]) not in ("m", "f"))):
            k += 1
        toks = toks[k:] if k < len(toks) else []
        while toks and toks[0][0] in ("،", ","):
            toks = toks[1:]
        if not toks or (len(toks) == 1 and not speakers._definite(toks[0][0]) and speakers.is_org(toks[0][0])):
            return None  # (تقول قبل أن تغادر مسرعة: a manner word that is also a body's head, with no body named)
    if len(toks) > 1 and toks[0][0] in ("فيه", "فيها") and c.cue is not None and c.cue.kind == "verb":
        toks = toks[1:]  # بيانا أكد فيه المعتصمون، كلمة قال فيها رئيس الحزب: the document, then who speaks in it
    elif len(toks) > 1 and toks[0][0] in _PRONOUN_OBJECTS and c.cue is not None and c.cue.kind == "verb":
        toks = toks[1:]  # وهو ما تقر به الحارثية، قال له المدير: what or whom the verb governs, then its subject
    if len(toks) > 2 and toks[0][0] == "علي" and toks[1][0] == "لسان" and c.cue is not None and c.cue.lemma in _IMPERSONAL:
        toks = toks[2:]  # وجاء على لسان المتحدث باسم المؤسسة فلان أن: the one whose tongue it came on
    if len(toks) > 1 and toks[0][0] == "في" and c.cue is not None and (
            (c.cue.kind == "verb" and (c.cue.lemma in _IMPERSONAL or speakers.is_anonymous(toks[1][0])))
            or (c.cue.kind == "prefix" and c.cue.lemma.split()[-1] in _IMPERSONAL)):
        toks = toks[1:]  # جاء في البيان / تردد في أوساط / وفقا لما ورد في التقرير: the source follows في; قال في ندوة: it does not
    if len(toks) > 3 and toks[0][0] == "ل" and toks[1][0] in speakers._QUOTE_MARKS and c.cue is not None and c.cue.kind == "prefix":
        k = next((k for k in range(2, min(len(toks), 7)) if toks[k][0] in speakers._QUOTE_MARKS), 0)
        if k and k + 1 < len(toks):
            toks = toks[k + 1:]  # بحسب ما أكده لـ«المرفأ» مهندس سابق: the outlet spoken to, then the source
    if len(toks) > 1 and toks[0][0] in ("نص", "لنص", "بنص") and speakers.is_document(toks[1][0]):
        toks = toks[1:]  # ووفقا لنص المذكرة الإيضاحية: the document whose text it is
    elif len(toks) > 2 and toks[0][0] in ("نسخه", "لنسخه", "صوره", "لصوره") and toks[1][0] == "من" \
            and speakers.is_document(toks[2][0]):
        toks = toks[2:]  # وبحسب نسخة من محضر الفرز: the document a copy was made of
    while toks and speakers.is_reporting_word(toks[0][0]) and not speakers.is_document(toks[0][0]):
        toks = toks[1:]  # بحسب ما أعلنته الأمانة العامة: the verb of a sourcing clause is no source (مذكرة is a memo)
    if len(toks) > 2 and toks[0][0][:1] == "ل" and not toks[0][0].startswith("لل") and speakers.is_title(toks[1][0]) \
            and not speakers.is_title(toks[0][0][1:]) and not speakers.is_org(toks[0][0][1:]):
        toks = toks[1:]  # وفق ما صرح به لهسبريس رئيس الجامعة: the outlet spoken to, then the source
    if 1 <= len(toks) <= 3 and toks[0][0][:1] == "ل" and not toks[0][0].startswith("لل") and len(toks[0][0]) > 3 \
            and toks[0][0] not in speakers.PERSON_NAMES \
            and (len(toks) == 1 or (c.cue is not None and "ف" in c.cue.clitic)  # (أما X، فقال لنوافذ الشام)
                 or toks[-1][0] in speakers.OUTLET_BRANDS) \
            and (len(toks) == 1 or not (toks[0][0] in speakers.COMMON_WORDS or any(
                f(toks[0][0]) for f in (speakers.is_title, speakers.is_org, speakers.is_anonymous, speakers.is_document)))) \
            and all(speakers.PERSON_NAMES.get(x[0]) not in ("m", "f") and not speakers.is_title(x[0])
                    and not speakers.is_anonymous(x[0]) and x[0][:1].isalpha() for x in toks[1:]) \
            and not any(f(toks[0][0][1:]) for f in (speakers.is_title, speakers.is_org, speakers.is_anonymous)) \
            and not (named is not None and named(toks[0][0])):
        # قال لأنام إن، فقال لنوافذ الشام: only the outlet spoken to; the subject stands before the verb (unless `named`,
        # the article's people, has it as a name: كتب ليندكفيست)
        return None
    k = next((k for k, x in enumerate(toks) if k and x[0] in _SPOKEN_TO), None)
    if k is not None:
        toks = toks[:k]  # وصرح الوالي للصحفيين: those spoken to are not the source
    k = next((k for k in range(1, len(toks) - 1) if toks[k][0] == "في" and speakers.possessive(toks[k + 1][0])
              and speakers._document_stem(toks[k + 1][0])), None)
    if k is not None:
        toks = toks[:k]  # وقالت أفق في تقريرها: where the source said it, its own document, is not the source
    if len(toks) > 1 and toks[-1][0] in _SAME and speakers.is_title(toks[-2][0]):
        toks = toks[:-1]  # ولفت الخبير ذاته: the same expert, a title alone
    object_follows = c.cue is not None and c.cue.lemma in _OBJECT_FIRST  # ووصف فلان المفاوضات بأنها
    if named is not None and len(toks) > 1 and named(toks[0][0]) \
            and not named(toks[1][0]) and not speakers.is_title(toks[0][0]) \
            and ((object_follows and (toks[0][0].startswith("ال") or toks[1][0].startswith("ال")
                 or (toks[1][0] not in speakers.PERSON_NAMES and len(toks) > 2 and toks[2][0].startswith("ال"))))
                 or _object_after_surname(toks, c)):
        # (ووصف راغوناثان أسلوب اللاعبة: the surname, then the object in construct)
        # ووصفت العبيدي خطة الشركة بأنها: a surname the article gave someone, then the object
        # (ووصف باعباد التأخير بأنه: a definite object after a surname without ال)
        w = toks[0]
        return speakers.Mention(w[1], w[2], "person", (w[0],), (), "", w[0], name_span=(w[1], w[2]))
    m = speakers.parse_phrase(toks, t, object_follows=object_follows) if toks else None
    if m is None and named is not None:
        m = _surnames_that_are_words(t, toks, named)
    if m is not None and m.kind == "person" and not m.name and not m.role:
        return None
    if m is not None and m.kind == "person" and len(m.name) == 1 and not m.role and not m.parts \
            and m.name[0] not in speakers.PERSON_NAMES and named is not None and not named(m.name[0]) \
            and toks[0][1] < m.start:
        return None  # فكتب في منشور على صفحته، أرفقه بصورة: a word no list knows, after the region's start, no source
    m = _words_of_a_name(t, m, named) or m
    if m is not None and m.kind == "person" and not m.parts and named is not None and len(m.role) <= 1:
        m = _surnames_joined(t, m, named) or _surname_joined_after(t, m, toks, named) or m
    if m is not None and m.kind == "person" and not m.parts and m.name_span and named is not None \
            and m.name[-1][:1] == "و" and named(m.name[-1][1:]) \
            and (len(m.name) >= 3 or (len(m.name) == 2 and not m.role and named(m.name[0]) and m.name[0] != m.name[-1][1:])):
        # وأكد الوكيل خليفة بن حمد الرواحي وليندكفيست: the surname of someone the article named, a second source
        # (not a family name in و: حسن ورسمه); أكد عودة ودراغمة: two surnames it gave, said alone, two sources
        end = m.name_span[1]
        first = speakers.Mention(m.start, end - len(m.name[-1]) - 1, "person", m.name[:-1], m.role, m.gender,
                                 " ".join(m.role + m.name[:-1]), name_span=(m.name_span[0], end - len(m.name[-1]) - 1))
        second = speakers.Mention(end - len(m.name[-1]) + 1, end, "person", (m.name[-1][1:],), (), "", m.name[-1][1:],
                                  name_span=(end - len(m.name[-1]) + 1, end))
        m = speakers.Mention(m.start, m.end, "person", first.name, m.role, m.gender, m.text, name_span=first.name_span)
        m.parts = [first, second]
    if m is not None and not m.parts:
        m = speakers.described_to_the_end(m, toks, t) or m
    if issued is not None and m is not None and m.kind == "organisation" and m.document is None and m.start == toks[0][1]:
        m.document = issued
    return m


def _surnames_that_are_words(t, toks, named):
    """وقالت حرب، قال حرب وقبيسي: a family name that is also a common word (war), said alone as the
    whole subject, or two of them joined by و, where the article named people by them: a person
    mention (two as parts, joined as _surname_joined_after joins them); else None."""
    k = next((k for k, x in enumerate(toks) if x[0] in ("،", ",")), len(toks))
    toks = toks[:k]  # (وقالت حرب وقبيسي، في مؤتمر صحافي، إن: where they said it follows the comma)
    words = [x[0] for x in toks]
    if len(words) == 2 and words[1][:1] == "و" and len(words[1]) > 3:
        words = [words[0], words[1][1:]]
    elif len(words) != 1:
        return None
    if not all(w[:1].isalpha() and len(w) >= 3 and w[:1] not in "لب" and named(w) and not speakers.is_stop(w)
               and not speakers.is_title(w) and not speakers.is_org(w) and not speakers.is_reporting_word(w) for w in words):
        return None  # (not للمرصد، بالجريدة: the outlet spoken to, a word glued to its preposition)
    a, b = toks[0][1], toks[0][2]
    first = speakers.Mention(a, b, "person", (words[0],), (), "", words[0], name_span=(a, b))
    return first if len(words) == 1 else _surname_joined_after(t, first, toks, named)


def _words_of_a_name(t, m, named):
    """Two words read as someone unnamed by a title (شيخ نور) that stand one after the other in a
    longer name the article gave (عبد الرحمن شيخ نور): a person mention by those words, which
    resolve to that name; else None."""
    if m is None or m.kind != "anonymous" or len(m.name) != 2 or m.parts or named is None or not named(tuple(m.name)):
        return None
    return speakers.Mention(m.start, m.end, "person", tuple(m.name), (), "", t[m.start:m.end], name_span=(m.start, m.end))


def _object_after_surname(toks, c):
    """واختتم الرشيدان المؤتمر مؤكدا، وشرح الرشيدان الخطة: after a verb that takes an object (not قال
    الكافي الشاب) or a participle cue, a family name the article gave (ال, no given name), then a
    definite common word no name has, is the name and the verb's object; a kin word or an elative
    (الحلاق الابن، الخطيب الأكبر) still tells which of a family."""
    w, nxt = toks[0][0], toks[1][0]
    return c.cue is not None and (c.cue.kind == "participle" or c.cue.lemma in _TAKES_OBJECT) \
        and w.startswith("ال") and len(toks) <= 3 \
        and speakers.PERSON_NAMES.get(w) not in ("m", "f") and not speakers.is_title(w) \
        and nxt.startswith("ال") and nxt in speakers.COMMON_WORDS and nxt not in speakers.PERSON_NAMES \
        and not nxt.endswith("ي") and nxt[2:] not in speakers._KIN_STEMS and not speakers.kin_descriptor(nxt) \
        and not (len(nxt) == 6 and nxt[2] == "ا") \
        and not any(f(nxt) for f in (speakers.is_title, speakers.is_org, speakers.is_anonymous))


def _surnames_joined(t, m, named):
    """أكد العقوري وبن عامر: two surnames the article gave, the second opening with بن/أبو (read as a
    descriptor and a name): the two of them, as parts; else None."""
    words = list(m.role) + list(m.name)
    k = next((k for k, w in enumerate(words) if k and w in _AND_JOINERS), 0)
    toks = speakers.tokens(t, m.start, m.end)
    if not k or k + 1 >= len(words) or [x[0] for x in toks] != words or not named(words[k - 1]) or not named(words[-1]) \
            or (m.role and not named(m.role[0])):
        return None
    cut = toks[k - 1][2]
    first = speakers.Mention(m.start, cut, "person", tuple(words[:k]), (), "", " ".join(words[:k]), name_span=(m.start, cut))
    rest = (words[k][1:],) + tuple(words[k + 1:])
    second = speakers.Mention(toks[k][1] + 1, m.end, "person", rest, (), "", " ".join(rest), name_span=(toks[k][1] + 1, m.end))
    joint = speakers.Mention(m.start, m.end, "person", first.name, (), "", m.text, name_span=first.name_span)
    joint.parts = [first, second]
    return joint


def _surname_joined_after(t, m, toks, named):
    """وأكد الفضلي والحداد أن: a surname alone, then و and the surname of another person the article
    gave, ending the region (the parse stops before و + a definite word, which opens no fuller
    name), or و and a title or relation of his with a full name (حداد ونائبته منى القضاة): the two
    of them, as parts; else None."""
    if len(m.name) != 1 or m.role:
        return None
    k = next((k for k, x in enumerate(toks) if x[1] >= m.end), None)
    if k is None or toks[k][1] > m.end + 1 or toks[k][0][:1] != "و" or toks[k][0][1:] == m.name[0]:
        return None
    w, a, b = toks[k]
    first = speakers.Mention(m.start, m.end, "person", m.name, (), "", m.text, name_span=(m.start, m.end))
    if speakers.held_title(w[1:]) or speakers.kin(w[1:]):
        # وأكد حداد ونائبته منى القضاة: his deputy, by her name
        e = next((e for e in range(k + 1, len(toks)) if toks[e][0] in ("،", ",")), len(toks))
        second = speakers.parse_phrase(toks[k + 1:e], t) if e > k + 1 else None
        if second is None or second.kind != "person" or len(second.name) < 2 or second.role or second.parts:
            return None
        b = second.end
    elif named(m.name[0]) and named(w[1:]) and not (k + 1 < len(toks) and toks[k + 1][0] not in ("،", ",")):
        second = speakers.Mention(a + 1, b, "person", (w[1:],), (), "", w[1:], name_span=(a + 1, b))
    elif named(m.name[0]) and k + 1 < len(toks) and toks[k + 1][0][:1].isalpha() and named((w[1:], toks[k + 1][0])) \
            and not (k + 2 < len(toks) and toks[k + 2][0] not in ("،", ",")):
        # قال الزوايدة وبني هاني: a family name of two words the article gave
        b = toks[k + 1][2]
        second = speakers.Mention(a + 1, b, "person", (w[1:], toks[k + 1][0]), (), "", t[a + 1:b], name_span=(a + 1, b))
    else:
        return None
    joint = speakers.Mention(m.start, b, "person", m.name, (), "", t[m.start:b], name_span=first.name_span)
    joint.parts = [first, second]
    return joint


# the wish to be called by a name the writer uses instead of the real one (طلب أن نسميه، فضلت أن نناديها)
_ASKED_TO_CALL = r"و?(?:طلب|طلبت|فضل|فضلت)\s+ان\s+(?:نسميه|نسميها|نناديه|نناديها|ندعوه|ندعوها)"  # (، وطلبت أن نسميها)
# the clause giving the name of someone just described: واسمه، تدعى، عرفت (عن) نفسها باسم، يعرفه
# الزبائن باسم، ينادونه بـ"أبو محمد"
_NAMED_AS = regex.compile(
    r"\s*[،,]?\s*(?:(?:الذي|التي)\s+)?(?:(?:فضل|فضلت|طلب|طلبت|اختار|اختارت)\s+(?:ان\s+)?(?:يعرف|تعرف|يذكر|تذكر)\s+"
    r"(?:باسمه|باسمها|اسمه|اسمها)(?:\s+الاول)?(?:\s+فقط)?\s*[،,]?\s"  # (فضل أن يعرف باسمه الأول إبراهيم: his first name)
    r"|(?:اكتفي|اكتفت)\s+بذكر\s+(?:اسمه|اسمها)(?:\s+الاول)?\s*[،,]?\s"
    # (فضل التعريف بكنيته «أبو رامي»، آثرت التعريف عن نفسها باسمها الأول: how the source chose to be named,
    # by the verbs speakers.chose_how_named reads)
    r"|(?:" + "|".join(sorted(speakers._CHOSE)) + r")\s+(?:ال)?تعريف\s+(?:(?:عن\s+)?(?:نفسه|نفسها|بنفسه|بنفسها)\s+)?"
    r"(?:(?:بكنيتها|بكنيته|باسمها|باسمه|بلقبها|بلقبه)(?:\s+الاول)?(?:\s+فقط)?\s*[،,]?\s*|ب(?=(?:ابو|ابي|ام)\s|[\"«]))"
    r"|و?(?:اسمه|اسمها|يدعي|تدعي)\s"
    r"|" + _ASKED_TO_CALL + r"\s+(?:ب(?=[\"«])|باسم\s)?"  # (طلب أن نسميه "أبا علي")
    r"|(?:(?:عرف|عرفت|قدم|قدمت|تعرف|يعرف|تقدم|يقدم|تسمي|يسمي)(?=\s+(?:عن\s+)?نفس)|عرف|عرفت|قدم|قدمت"
    r"|يعرفه|يعرفها|تعرفه|تعرفها|يناديه|يناديها|ينادونه|ينادونها|يلقبه|يلقبها|يلقبونه|يسميه|يسميها|يسمونه)"
    r"(?:\s+(?:عن\s+)?(?:نفسه|نفسها))?(?:\s+(?!باسم)\p{L}+){0,3}?\s+(?:باسم\s|(?:باسمه|باسمها)\s+الاول\s|ب(?=(?:ابو|ابي|ام)\s|[\"«])|(?=[\"«](?:ابو|ام)\s)))"
    r"\s*[\"«]?")


# a clause in which the one described gives their own name (الرجل الذي عرف نفسه لاحقا باسم إبراهيم كرار):
# a full name given so is someone new, not the one the article named before
_SELF_NAMING = regex.compile(r"\s*[،,]?\s*(?:الذي|التي)\s+(?:عرف|عرفت|قدم|قدمت)\s+(?:عن\s+)?(?:نفسه|نفسها)\s")
_PSEUDONYM_ASKED = regex.compile(r"\s*[،,]?\s*(?:(?:الذي|التي)\s+)?" + _ASKED_TO_CALL + r"\s")
_HIS_NAME_IS = regex.compile(r"\s*[،,]?\s*و?(?:اسمه|اسمها)\s")  # (ويضيف المسؤول، واسمه الطاهر بوشامة)
_MENTION_START = attrgetter("start")  # a mention's start offset (the key bisection over mentions uses)
_QUOTED_BODY = regex.compile(r"\s*لـ?\s*[«\"“][^»\"”\n]{1,40}[»\"”]\s*")  # (لـ«توصيلة»: the body a title works for)


# هذه المهندسة هي فلانة: the demonstrative before a description said again, and the pronoun after it
_THIS_ONE = regex.compile(r"(?<!\p{L})(?:هذا|هذه|ذلك|تلك)\s+$")
_IS_ONE = regex.compile(r"\s+(?:هو|هي)\s+$")


# ، المالكة للمستشفى، : a phrase between commas that says what the body is (a definite participle or
# adjective and what it governs)
_BODY_APPOSITION = regex.compile(r"\s*[،,]\s*(ال\p{L}+)(?:\s+\p{L}+){0,3}\s*[،,]\s*")


def _apposed_to_the_body(t, a, b):
    """الناطق باسم مجموعة نورس للرعاية الصحية، المالكة للمستشفى، خالد بن حريز: an office over a body,
    a phrase between commas that describes the body, then a name: the office's holder."""
    m = _BODY_APPOSITION.fullmatch(t, a.end, b.start)
    if m is None or not speakers.is_title(a.role[0]) or not any(speakers.is_org(r) for r in a.role[1:]):
        return False
    w = m.group(1)
    return not speakers.is_title(w) and w not in HONORIFICS and speakers.PERSON_NAMES.get(w) not in ("m", "f") \
        and not speakers.is_org(w) and w.endswith(("ه", "ي"))


def _identified_as(t, mentions):
    """هذه المهندسة هي ليلى بنعيسى، هذا الرجل هو فلان: a description said again after a demonstrative,
    then who it is: one person, that name with the description as its role (so the description said
    later is that person too); so is an office over a body, a phrase that describes the body, then a
    name (الناطق باسم المجموعة، المالكة للمستشفى، خالد بن حريز)."""
    out = []
    k = 0
    while k < len(mentions):
        a = mentions[k]
        b = mentions[k + 1] if k + 1 < len(mentions) else None
        if b is not None and a.kind == "person" and not a.name and a.role and not a.parts and speakers._definite(a.role[0]) \
                and b.kind == "person" and len(b.name) >= 2 and not b.role and not b.parts and b.name_span \
                and ((_IS_ONE.fullmatch(t, a.end, b.start) and _THIS_ONE.search(t, max(0, a.start - 8), a.start))
                     or _apposed_to_the_body(t, a, b)):
            out.append(speakers.Mention(a.start, b.end, "person", b.name, a.role, b.gender or a.gender, t[a.start:b.end],
                                        name_span=b.name_span))
            k += 2
            continue
        out.append(a)
        k += 1
    return out


def _read_into(before, after):
    """The mentions read again (`after`, one for each of `before`), less those a mention read on over
    them took in, begun before its name: الرجل الذي عرف نفسه باسم إبراهيم كرار is one person, not also
    باسم إبراهيم كرار, a name the scan began at the preposition (the scan's «أبو حسن» after يعرفه الجميع
    باسم is that name itself, and stays)."""
    grown = [(b.start, b.name_span[0], b.end) for a, b in zip(before, after)
             if b is not a and b.end > a.end and b.name_span]
    return [m for m in after if not any(lo < m.start < name and m.end <= hi for lo, name, hi in grown)]


def _kunya_given_to(t, m):
    """The kunya a naming clause right after a definite description gives (الأم التي يناديها جيرانها
    "أم راشد"), as a name tuple; else None."""
    if m is None or m.kind != "person" or m.parts:
        return None
    described = m.role if not m.name else m.name if len(m.name) == 1 and not m.role else ()
    if not described or not speakers._definite(described[0]) or speakers.PERSON_NAMES.get(described[0]) in ("m", "f"):
        return None  # (a description, or one definite word read as a name: الأم)
    clause = _NAMED_AS.match(t, m.end)
    kunya = _kunya_opening(speakers.tokens(t, clause.end(), min(len(t), clause.end() + 30))) if clause else None
    return kunya[0] if kunya is not None else None


def _kunya_opening(toks):
    """The kunya the tokens open with (أبو علي، أم راشد، أبو عبد الله) and how many tokens it takes;
    else None."""
    if len(toks) > 1 and toks[0][0] in speakers._KUNYA_HEADS and toks[1][0][:1].isalpha() \
            and (not speakers.is_stop(toks[1][0]) or toks[1][0] == "علي"):  # (أبو علي: the name, not على)
        k = 3 if toks[1][0] == "عبد" and len(toks) > 2 else 2
        return (speakers._KUNYA_HEADS[toks[0][0]],) + tuple(x[0] for x in toks[1:k]), k
    return None


def _named_again(t, m, mentions):
    """A description or an office read with what follows it: the name a clause gives it, or the
    holder named after its body in quotation marks; else the mention itself."""
    return _named_as(t, m, mentions) or _holder_after_quoted_body(t, m, mentions) or m


def _holder_after_quoted_body(t, m, mentions):
    """أكدت المديرة التنفيذية لـ«توصيلة» ريم الصايغ: a title, the body it works for in quotation
    marks, then a name the scan found on its own: the holder of that office; else None."""
    if m is None or m.kind != "person" or m.name or not m.role or m.parts:
        return None
    body = _QUOTED_BODY.match(t, m.end)
    if body is None:
        return None
    k = bisect_left(mentions, body.end(), key=_MENTION_START)
    holder = mentions[k] if k < len(mentions) else None
    if holder is None or holder.start != body.end() or holder.kind != "person" or len(holder.name) < 2 \
            or holder.role or holder.parts or not holder.name_span:
        return None
    return speakers.Mention(m.start, holder.end, "person", holder.name, m.role, holder.gender or m.gender,
                            t[m.start:holder.end], name_span=holder.name_span)


def _unnamed_head(m):
    """The bare head of an indefinite description (سائق شاحنة، سيدة في الخمسين), else ""."""
    words = m.name if m.kind == "anonymous" else m.role if m.kind == "person" and not m.name else ()
    return speakers.bare(words[0]) if words and not speakers._definite(words[0]) else ""


def _named_as(t, m, mentions):
    """The person an unnamed source or a bare description is, when a naming clause follows it
    right away (تاجر خضروات يعرفه الزبائن باسم "أبو محمد"، السيدة التي عرفت عن نفسها باسم أم
    خالد): the name given, with the description as its role; else None. A definite description
    is someone new only after an indefinite one with its head (سيدة في الخمسين ... السيدة
    الخمسينية) or with no one else near: of someone the article has just named (عبد الرزاق الجبيلي
    يقلب العجينة ... يقول الرجل السبعيني الذي يعرفه أهل الحي باسم «أبو محمود») it is that person."""
    if m is None or m.parts or not (m.kind == "anonymous" or (m.kind == "person" and not m.name and m.role)):
        return None
    described = m.name if m.kind == "anonymous" else m.role
    of_named = False  # a definite description of someone the article just named, which a kunya does not make new
    if speakers._definite(described[0]) and not _PSEUDONYM_ASKED.match(t, m.end):
        # (أما السجين السابق الذي طلب أن نسميه «أبو علي»: a name asked for instead of one's own is
        # never said of someone the article has named)
        head = speakers.bare(described[0])
        near = mentions[bisect_left(mentions, m.start - 800, key=_MENTION_START):bisect_left(mentions, m.start, key=_MENTION_START)]
        last = next((x for x in reversed(near) if x.kind in ("person", "anonymous")), None)
        if not any(_unnamed_head(x) == head for x in near) and last is not None \
                and not (last.kind == "person" and not last.name and last.role and not last.parts
                         and _HIS_NAME_IS.match(t, m.end)):
            # (الرجل، الذي قدم نفسه باسم "أبو حمادة"، after أحد السماسرة: the one described before; but
            # مدير القاعة أوضح ... . ويضيف المسؤول، واسمه فلان: the office just described, named now)
            of_named = True
    at = m.end
    if len(described) > 1 and described[-1] in speakers._NAMING_ONESELF:
        at = t.rfind(described[-1], m.start, m.end)  # (سيدة سبعينية تعرف نفسها بـ«أم خالد»: the scan took the verb in)
        described = described[:-1]
    clause = _NAMED_AS.match(t, at)
    if clause is None:
        return None
    if regex.match(r"\s*[،,]?\s*(?:الذي|التي)\s", clause.group()) and any(speakers.is_stop(w) or speakers.possessive(w) for w in described):
        return None  # (امرأة مسنة مع حفيدتها التي تدعى سلمى: the relative names the last noun, not the source)
    toks = speakers.tokens(t, clause.end(), min(len(t), clause.end() + 60))
    if not toks:
        return None
    kunya = _kunya_opening(toks)
    if kunya is not None:
        name, k = kunya
        gender = "f" if name[0] == "ام" else "m"
    else:
        if speakers.PERSON_NAMES.get(toks[0][0]) not in ("m", "f") or toks[0][0] in speakers.COMMON_WORDS:
            return None
        k = 1
        while k < min(3, len(toks)) and toks[k][0][:1].isalpha() and not speakers.is_stop(toks[k][0]) \
                and (toks[k][0] in speakers.PERSON_NAMES or toks[k][0] in speakers._CONNECTORS  # (ممادو با، أحمد بن علي)
                     or toks[k - 1][0] in speakers._NASAB  # (المختار ولد اعلي: whatever word the nasab joins)
                     or (toks[k][0] not in speakers.COMMON_WORDS and not speakers.is_title(toks[k][0])
                         and not speakers.possessive(toks[k][0])
                         and speakers.name_like(toks[k][0], False, toks[k - 1][0]))):  # (not ريم وتفضل: and she prefers)
            k += 1
        name = tuple(x[0] for x in toks[:k])
        gender = speakers.PERSON_NAMES.get(name[0])
    if of_named and (kunya is not None or len(name) < 2 or _SELF_NAMING.match(t, at) is None):
        return None
    return speakers.Mention(m.start, toks[k - 1][2], "person", name, described, gender, " ".join(name),
                            name_span=(toks[0][1], toks[k - 1][2]))


# ابن الـ21 عاما، ابنة الثلاثين، صاحب الـ45 عاما: a person by their age, said of someone named before
_AGE_EPITHET = regex.compile(r"(?:ابن|ابنه|صاحب|صاحبه)\s+ال(?:\d+|[٠-٩]+|عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين"
                             r"|(?:حاديه|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه)\s+و?ال?(?:عشرين|ثلاثين|اربعين|خمسين|ستين"
                             r"|سبعين|ثمانين|تسعين|عشره)"  # (ابن الثالثة والعشرين، ابنة الخامسة عشرة: of that age)
                             r"|(?:ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره)(?=\s+(?:من\s+عمره|من\s+عمرها|ان|[،,.])))(?!\p{L})")


_DOCUMENT_PARTS = {"الصفحه", "صفحه", "الفقره", "فقره", "البند", "بند", "الفصل", "الملحق", "ملحق", "الخلاصه", "خلاصه",
                   "الخاتمه", "المقدمه", "الجزء", "جزء", "القسم", "الباب", "الهامش", "الحاشيه"}  # where in a document
_JUDGEMENTS = {"تقدير", "تقديرات", "حسابات", "تقييم", "راي"}  # a person's estimate or view


# a region that opens with a clause of time or manner (بعد أن يطوي ...، وهو يشير إلى ...)
_CLAUSE_OPENING_REGION = regex.compile(r"\s*(?:(?:بعد|قبل|عقب|بعيد|قبيل)\s+(?:ان|ما)|حين|عندما|بينما|وهو|وهي)\s")


def _worded_given_name(t, c, given):
    """وتقول حصة إن: a given name that is also a word (حصة، سليمة), alone after the speaking verb, the
    one person the article named in full opens with (`given`): that person; else None."""
    toks = speakers.tokens(t, *c.region)
    if len(toks) != 1 or toks[0][0] not in speakers.AMBIGUOUS_GIVEN or not given(toks[0][0]):
        return None
    w, a, b = toks[0]
    return speakers.Mention(a, b, "person", (w,), (), speakers.AMBIGUOUS_GIVEN[w], w, name_span=(a, b))


def _source_mention(t, c, named=None, given=None):
    """The region's mention; a kinship noun opening the region (وقالت زوجته مريم ...، وقال
    ابنه) is kept as the role of the name after it, or alone as a relational mention."""
    if c.cue is not None and c.cue.kind == "verb" and c.para is not None and not _relays(t, c) \
            and _fronted_subject(t, c) and not (c.region and "نقلا عن" in t[c.region[0]:c.region[1]]):
        return None  # وكانت الجامعة قد أبلغت الطلبة بأن: the subject is fronted, the words after the verb its object
        # (but وكانت صحيفة محلية قد ذكرت، نقلا عن مصادر في الشركة، أن: whom the fronted subject relays)
    m = _region_mention(t, c, named)
    if m is None and given is not None and c.cue is not None and c.cue.kind == "verb" and c.region:
        m = _worded_given_name(t, c, given)
    if m is not None and _CLAUSE_OPENING_REGION.match(t, c.region[0], m.start) \
            and t[c.region[0]:m.start].split()[-1:] in (["في"], ["علي"], ["من"], ["الي"], ["عن"], ["مع"]):
        return None  # ويضيف بعد أن يطوي الأوراق في جيب سترته: a noun of a clause of when, the one just quoted goes on
    if m is not None and m.kind == "person" and _AGE_EPITHET.match(t, m.start):
        return None  # وأضاف ابن الـ21 عاما: the one of that age, someone the article named, no source of its own
    if m is None and c.cue is not None and c.cue.kind == "prefix" and c.region:
        m = _sourced_as_written(t, c)
    if m is not None and m.kind == "person" and m.name and not m.role and all(w in speakers.PLATFORMS for w in m.name) \
            and t[c.region[0]:m.start].split()[-1:] in (["في"], ["علي"], ["عبر"]):
        return None  # كتبت بعد الجلسة على حسابها في إكس: the platform, the subject is elsewhere (not وقالت إكس في بيان)
    if m is not None and m.kind == "person" and len(m.name) >= 2 and m.name[0] in _ADDRESSED and not m.parts \
            and named is not None and named(m.name[1]) and m.name_span:
        # قال عمي الطاهر، كما يناديه الجيران: a term of address before the given name of someone the article named
        # (not سيدي: سيدي محمد is one given name; nor جدي أحمد: one's own grandfather)
        cut = m.name_span[0] + len(m.name[0]) + 1
        m = speakers.Mention(m.start, m.end, "person", m.name[1:], m.role + m.name[:1], m.gender, m.text,
                             name_span=(cut, m.name_span[1]))
    if m is not None and m.kind == "anonymous" and len(m.name) == 1 and m.role == m.name and named is not None \
            and speakers.PERSON_NAMES.get(m.name[0]) in ("m", "f") and named(m.name[0]):
        # وأوضحت أمينة after الدكتورة أمينة عبد الرازق: a title alone that is also the given name of
        # someone the article named is that person, not an unnamed one holding it
        m = speakers.Mention(m.start, m.end, "person", m.name, (), m.gender, m.text, name_span=(m.start, m.end))
    if m is not None and m.name:
        return speakers.relative_of_named(m, named) or m  # (وقال والد التلميذة سلمى: her father, not سلمى)
    toks = speakers.tokens(t, *c.region)
    relation = speakers.kin(toks[0][0]) if toks else None
    if relation is None:
        held = speakers.held_title(toks[0][0]) if m is None and len(toks) > 1 else ""
        if held:
            # وأوضح مدربها فلان: the title held for the person before, then the source's name
            rest = speakers.parse_phrase(toks[1:], t)
            if rest is not None and rest.kind == "person" and len(rest.name) >= 2:
                rest.role = (held,) + rest.role
                rest.start = toks[0][1]
                return rest
        return m
    rest = speakers.parse_phrase(toks[1:], t) if len(toks) > 1 else None
    second = toks[1][0][1:] if len(toks) > 2 and toks[1][0][:1] == "و" else ""
    if (rest is None or not rest.name) and second and (speakers.held_title(second) or speakers.kin(second)):
        # وقال والدها ومدربها محمد الوزاني: a second relation or title of the same person, then the name
        rest = speakers.parse_phrase(toks[2:], t)
        if rest is not None and rest.kind == "person" and len(rest.name) >= 2:
            rest.role = (speakers.held_title(second) or second,) + rest.role
        else:
            rest = None
    if rest is not None and rest.kind == "person" and rest.name:
        rest.role = (toks[0][0],) + rest.role
        rest.start = toks[0][1]
        rest.gender = rest.gender or relation[1]
        return rest
    if len(toks) > 1 and toks[1][0].startswith("ال") and toks[1][0][2:3].isalpha() and not speakers.is_stop(toks[1][0]) \
            and toks[1][1] <= toks[0][2] + 1:
        # والدة الطالب: a relation of someone else, kept whole as written
        words = (toks[0][0], toks[1][0])
        return speakers.Mention(toks[0][1], toks[1][2], "person", (), words, relation[1], " ".join(words))
    return speakers.Mention(toks[0][1], toks[0][2], "person", (), (toks[0][0],), relation[1], toks[0][0])


def _resolve(t, norm, cands, mentions, resolver, sources=None):
    word = word_pattern(t)
    out = []
    mentions = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in mentions]
    prev = None  # (speaker, gender, kind, role, para, group)
    history = []
    documents = {}  # document noun -> (its issuer, the document and issuer as quoted): التقرير after تقرير أصدره X
    groups = set()  # speakers that are several people (نازحون، الوزيران)
    last_region = None  # the span of the last quote's source region (في بيان ...): its words when asked

    def region_words(span):
        # (read only for a document mention, so not for every quote)
        return set(word.findall(t, span[0], span[1])) if span else ()
    trace = []  # (candidate, its person mention when it names one, speaker) per quote
    # ج: answers belong to the person the article names last before the first of them
    first_answer = min((c.cue.start for c in cands if c.cue is not None and c.cue.kind == "interview"), default=None)
    interviewee = None if first_answer is None else _interviewee(t, mentions, starts, first_answer, resolver,
                                                                 _intro_start(t, first_answer))
    # (تحدثت آل شافي عن بداياتها: the verb before the guest tells which of a family answers)
    guest_gender = (interviewee.gender or _speaking_verb_gender(t, interviewee.start)) if interviewee is not None else ""
    answerer = resolver.person(interviewee, interviewee.start, guest_gender) if interviewee is not None else None
    if answerer and (len(answerer[0].split()) < 2 or answerer[0] == " ".join(interviewee.role)):
        answerer = None  # a title nobody in the article holds: the most quoted person, as before
    for c in cands:
        cue = c.cue
        gender = cue.gender if cue is not None else ""
        if _relays(t, c):
            gender = _relayed_gender(t, c)  # ونقلت الوكالة عن X: the verb agrees with the outlet, قوله with X
        elif cue is not None and cue.lemma in _IMPERSONAL and c.region and t[c.region[0]:c.region[1]].split()[:2] == ["علي", "لسان"]:
            gender = ""  # وجاء على لسان المتحدثة: the verb agrees with what came, not with whose tongue
        mention = None if c.implicit or not c.region or _continues(t, c) or _fronted_object_first(t, c) \
            else (sources[id(c)] if sources is not None and id(c) in sources else _source_mention(t, c))
        if mention is not None and mention.kind == "organisation":
            mention = _body_named_in_apposition(t, mention, mentions, starts) or mention
        topic = _amma_subject(t, c)
        topic = _words_of_a_name(t, topic, resolver.names_with) or topic  # (أما شيخ نور فلا يخفي)
        if topic is not None and topic.kind == "organisation":
            topic = _body_named_in_apposition(t, topic, mentions, starts) or topic
        if topic is not None and not (topic.kind == "person" and not topic.name and (
                # (a title of two words or more that the article gave someone: that person; an office
                # in construct no one named holds, رئيس بلدية الميناء: the office itself)
                len(topic.role) < 2 or (resolver.person(topic, topic.start, gender)[0] == topic.text
                                        and not resolver.office_unheld(topic.role)))) \
                and (mention is None or c.implicit or not mention.name or cue.lemma == "وصف"):
            mention = topic  # أما فلانة (19 عاما)، طالبة ...، فتقول إن: the topic is the source
        plural_subject = bool(c.region) and not c.implicit and t[c.region[0]:c.region[1]].strip(" ،") in _DEMONSTRATIVES
        if plural_subject:
            mention = None  # وقال هؤلاء: the group just described, found like a pronoun
        speaker, kind, role, ambiguous, resolution = "", "person", "", False, "implicit"
        pair = ""
        introduced = False  # the source is the person the sentences before the quotation introduced
        spk_gender = gender
        if mention is not None and mention.kind == "person" and not mention.name and mention.role \
                and mention.role[0].startswith("ال") and speakers.is_org(mention.role[0]) \
                and (len(mention.role) > 1 or resolver.expand_org(mention.role) is not None) \
                and not any(speakers.bare(r) in speakers._DECADES for r in mention.role[1:]):  # (المدرسة الأربعينية: a teacher)
            # وقالت المؤسسة في بيان: the body the article named in full (المؤسسة الوطنية للطاقة), not a
            # founder; وقالت المؤسسة الوطنية للنفط: the body by its own name
            mention = speakers.Mention(mention.start, mention.end, "organisation", mention.role, (), mention.gender, mention.text)
        if mention is not None and mention.kind == "anonymous" and len(mention.name) == 1 and (
                not mention.role or (mention.role == mention.name and not mention.name[0].startswith("ال"))):
            # (وأوضح كاهن after أحمد ديريه كاهن: a surname that is also an indefinite title)
            named = resolver.named_by_surname(mention.name[0], mention.start)
            if named is not None and _compatible(named.gender, gender):
                # ويتوقع ماسيون after لوران ماسيون: the surname of someone named in full, no plural nisba
                mention = speakers.Mention(mention.start, mention.end, "person", mention.name, (), named.gender,
                                           mention.text, name_span=(mention.start, mention.end))
        if mention is not None:
            resolution = "explicit"
            kind = mention.kind
            issued = ""
            heads = {speakers._document_stem(w) for w in mention.role + mention.name} - {""} \
                if kind != "anonymous" and len(mention.role) + len(mention.name) <= 2 else ()  # (tested only then)
            if heads and not (kind == "person" and len(mention.name) >= 2
                              and not heads & {speakers._document_stem(mention.name[0])}) \
                    and not any(speakers.bare(w) in _LEAKED for w in mention.name):
                # الحكم، حيثيات الحكم، نص الحكم، التقرير، الكتاب: the body that issued it; the
                # source just quoted when its own words named the document (أفاد بيان لوكيل الجمهورية)
                issued = "" if prev is not None and prev[0] and prev[2] == "person" and kind == "organisation" \
                    and heads & {speakers._document_stem(w) for w in region_words(last_region)} \
                    else _issuer_named_with(mention, resolver, resolver.issuer(heads, mention.start))
            if kind == "anonymous" and not issued:
                speaker = mention.text
                if mention.name[0].startswith("ال"):
                    # المصدر نفسه: the anonymous source quoted before
                    head = mention.name[0][2:]
                    same = _same_unnamed(history, head)
                    described_group = None if same else _described_group(mentions, starts, head, mention.start)
                    if same:
                        speaker, resolution = same[0], "coreference"
                    elif head == "مصدر" and mention.name[-1] in _SAME and history and history[-1][0]:
                        # وحسب المصدر ذاته after a body's statement: the source just quoted, whatever it is
                        speaker, kind, resolution = history[-1][0], history[-1][2], "coreference"
                    elif described_group is not None:
                        # نظم ناشطون ... وقفة. وقال الناشطون: the group the body described before
                        speaker = resolver.show_span(described_group.start, described_group.end, described_group.text)
                        resolution = "coreference"
                    elif head == "مصدر" and len(mention.name) == 1 and (unnamed := _unnamed_just_quoted(history)):
                        # وكشف مهندس يعمل في السد، طلب عدم الكشف عن هويته، أن ... . وأضاف المصدر: the
                        # unnamed source just quoted, whatever it was called
                        speaker, resolution = unnamed, "coreference"
                    else:
                        # المسؤولة الأممية: a definite description of someone the article named
                        described = speakers.Mention(mention.start, mention.end, "person", (), mention.name, mention.gender)
                        named, amb = resolver.person(described, mention.start, gender)
                        if named != described.text:
                            speaker, kind, ambiguous, resolution = named, "person", amb, "coreference"
                        elif len(mention.name) == 1 and (span := _described_in_text(t, head, mention.start)) is not None:
                            # ولمصدر في الشركة، طلب عدم الكشف عن اسمه، رواية أخرى. وقال المصدر: the one the
                            # body described so, quoted for the first time
                            speaker = resolver.show_span(span[0], span[1], t[span[0]:span[1]])
                            resolution = "coreference"
                elif len(mention.name) == 2 and mention.name[0] in _SPOKESPEOPLE and speakers._definite(mention.name[1]):
                    # أما متحدث الوزارة فأشار: the body's spokesman by the construct, the one the article named
                    # as المتحدث باسم الوزارة
                    held = _spokesman_named(resolver, mention, gender)
                    if held:
                        speaker, kind, resolution = held, "person", "coreference"
                if resolution == "explicit":
                    speaker = _show_unnamed(resolver, t, mention.start, mention.end, speaker)
            elif issued:
                speaker, kind, resolution = issued, "organisation", "coreference"
                if len(mention.name) >= 2 and not mention.role and speakers.is_document(mention.name[0]) \
                        and issued not in mention.name:
                    # ويفيد تقرير الافتحاص بأن: the document named as written, then who issued it in brackets
                    speaker = " ".join(mention.name) + " (" + issued + ")"
                # وجاء في التقرير after تقرير أصدره X was quoted: that document again
                speaker = next((d for h, (by, d) in documents.items() if h in heads and by in (issued, None)), speaker)
            elif kind == "organisation":
                if len(mention.name) == 1 and mention.name[0] in _DOCUMENTS:
                    # the body named earlier in the paragraph issued it, else the last body quoted
                    doc = mention.name[0][2:] if mention.name[0].startswith("ال") else mention.name[0]
                    if prev is not None and prev[0] and doc in region_words(last_region):
                        # قال X، في بيان، إن ... . وجاء في البيان / أفاد بيان لوكيل الجمهورية ... وأضاف
                        # البيان: the statement the last source issued
                        speaker, kind = prev[0], prev[2]
                    else:
                        speaker = resolver.last_organisation(c.para.start, mention.start) if c.para is not None else ""
                    if not speaker:
                        # ووفقا للتقرير after نسخة من التقرير الأولي للجنة التحقيق: the document as named
                        speaker = resolver.document_named(speakers._document_stem(mention.name[0]), mention.start)
                    if not speaker:
                        org = next((h for h in reversed(history) if h[2] == "organisation"), None)
                        speaker = org[0] if org else mention.text
                    resolution = "coreference"
                else:
                    speaker = resolver.organisation(mention.name, mention.start)
                    issuer = _document_of_body(mention, resolver)
                    if issuer:
                        speaker = issuer
                    if speaker != " ".join(mention.name):
                        resolution = "coreference"
                    else:
                        resolver.remember(mention.name, (mention.start, mention.end))
                    if mention.document is not None:
                        # تقرير التدقيق الذي أعده الصندوق: the document as written, then its issuer
                        issuer = speaker
                        speaker = resolver.show_span(*mention.document, t[slice(*mention.document)]) + " " + resolver.show(speaker)
                        for w in t[slice(*mention.document)].split()[:1]:
                            documents[speakers._document_stem(w)] = (issuer, speaker)
                    elif not issuer and len(mention.name) >= 2 and speakers.is_document(mention.name[0]) \
                            and not speakers._definite(mention.name[0]) and not speakers.is_org(mention.name[1]) \
                            and not any(w in speakers.VERB_FORMS or w in speakers._ISSUED_BY for w in mention.name[1:]):
                        # خلص مسح تكاليف الزواج، الذي أجرته المؤسسة: a document by its own title (not
                        # تقرير أصدرته، تقرير الهيئة: whose it is), which the bare noun (وبحسب المسح) names
                        # again, whoever issued it
                        documents.setdefault(speakers._document_stem(mention.name[0]), (None, speaker))
            else:
                pair = "" if mention.parts else resolver.pair(mention, mention.start)
                if not pair and not mention.parts:
                    pair = _pair_just_quoted(mention, history)
                if pair:
                    speaker, resolution = pair, "coreference"
                elif mention.parts:
                    names = [_part_name(resolver, p, c.start, mention, history) for p in mention.parts]
                    speaker = " و".join(names)
                else:
                    speaker, ambiguous = resolver.person(mention, mention.start, gender)
                    alone = (mention.role or mention.name) if len(mention.role + mention.name) == 1 else ()
                    unnamed = _unnamed_just_quoted(history)
                    if alone and alone[0].startswith("ال") and unnamed and _folded(unnamed).split()[0] == alone[0][2:] \
                            and (speaker == mention.text or history[-1][4] is c.para):
                        # وقال إطار بمديرية الأشغال، طلب عدم ذكر اسمه، إن ... . وأضاف الإطار: the unnamed
                        # source just quoted, named again by the noun that described it (in its paragraph,
                        # even when someone the article named bears that title: وأضاف البيطري)
                        speaker, kind, resolution = unnamed, "anonymous", "coreference"
                    elif speaker == mention.text and (earlier := _described_unquoted(t, mention, mentions, starts)) is not None:
                        # لكن مستشار جماعي بإحدى الجماعات، طلب عدم الكشف عن اسمه، يرى ... . يقول المستشار
                        # الجماعي: the one the body described so before, unnamed, not yet quoted
                        speaker = _show_unnamed(resolver, t, earlier.start, earlier.end, earlier.text)
                        kind, resolution = "anonymous", "coreference"
                    if not mention.name and len(mention.role) == 1 and speaker in (mention.text, mention.role[0]) \
                            and ((same_said := _SAME_AFTER.match(t, mention.end))
                                 or speakers.bare(mention.role[0]) in ("متحدث", "متحدثه")):
                        # حسب المتحدث نفسه، وأضاف الخبير ذاته: the same one, the person just quoted (and
                        # المتحدث alone, when the article names no spokesman: وأوضح المتحدث is the one who was
                        # speaking, if the last quotation was one person's)
                        title = speakers.bare(mention.role[0])
                        last = history[-1] if history else None
                        unnamed = last is not None and last[2] == "anonymous" and last[0] \
                            and title[:5] in {speakers.bare(w)[:5] for w in _folded(last[0]).split()}
                        # (وقال متحدث باسم المنظمة ... وأضاف المتحدث نفسه: the unnamed spokesman just quoted)
                        same = last if unnamed else next(
                            (h for h in reversed(history[-3 if same_said else -1:])
                             if (h[2] == "person" or (h[2] == "anonymous" and same_said and title in ("متحدث", "متحدثه")))
                             and h[0] and " و" not in h[0]
                                     and _compatible(h[1], gender or mention.gender)
                                     # (المتحدث نفسه is whoever spoke; الخبير نفسه the expert)
                                     and (title in ("متحدث", "متحدثه") or title in {speakers.bare(w) for w in (h[3] or "").split()})),
                            None)
                        if same is not None:
                            speaker, kind, resolution = same[0], same[2], "coreference"
                    kunya = _kunya_given_to(t, mention)
                    if kunya and kind == "person" and speaker and " و" not in speaker \
                            and len(speaker.split()) >= 2 and _folded(speaker) not in (mention.text, " ".join(mention.role)):
                        # تقول الأم التي يناديها جيرانها "أم راشد": the kunya names from now on the one
                        # the description was of (خرجت أم راشد is مريم عبد الرحمن)
                        resolver.name_kunya(kunya, speaker)
                    if _goes_on_under_kunya(t, mention, speaker, cue, prev, c):
                        # وقالت فاطمة الحمصي، وهي أم لستة أطفال: «...». واضافت أم خالد: the one just quoted
                        # goes on under a kunya the article gives no one else
                        speaker, resolution = prev[0], "coreference"
                        resolver.name_kunya(mention.name, speaker)
                    body_named = resolver.org_named_by(mention.name, mention.start) \
                        if 1 <= len(mention.name) <= 3 and not mention.role and speaker == " ".join(mention.name) else None
                    if body_named:
                        # وقالت أفق after مجموعة أفق للاستشارات العقارية: the body by its own proper noun
                        speaker, kind, resolution = body_named, "organisation", "coreference"
                    elif mention.name[:1] in resolver.org_aliases or (
                            not mention.name and len(mention.role) == 1 and speakers.is_org(mention.role[0])
                            and speaker != mention.text and _first_word(speaker) != mention.role[0]
                            and speakers.bare(_first_word(speaker)) == speakers.bare(mention.role[0])):
                        # (وذكرت لانا: a body by the short name it was given in brackets; وتقول المؤسسة:
                        # the body of that head named before)
                        kind = "organisation"
                    if ambiguous and prev is not None and prev[2] == "person" and prev[0] != speaker \
                            and len(mention.name) == 1 and not mention.role \
                            and mention.name[0] == _last_word(prev[0]) == _last_word(speaker) \
                            and not _brought_on_with_office(resolver.entity(speaker), prev[6]):
                        # وقال جمال الدهيبي إن ... . وأضاف الدهيبي: of two who share a surname, the one
                        # just quoted goes on, whoever the article named last in passing
                        speaker = prev[0]
                    elif ambiguous and len(mention.name) == 1 and not mention.role and c.para is not None and cue is not None \
                            and all(h[0] != speaker for h in history):
                        # غير أن أحمد الحمادي، والد سعيد، يرى الأمر بصورة مختلفة. «...»، يقول الحمادي: of two
                        # who share a surname, neither quoted yet, the one the sentence before introduced
                        s0 = c.para.sentence_start(min(c.start, cue.start))
                        found = _subject_of_sentence_before(t, c, s0, bisect_left(starts, s0), gender, mentions, starts, resolver)
                        if found is not None and found[1] == "person" and found[0] != speaker \
                                and _last_word(found[0]) == mention.name[0] and all(h[0] != found[0] for h in history):
                            speaker = found[0]
                    described = mention.role if not mention.name else mention.name if len(mention.name) == 1 \
                        and speakers.PERSON_NAMES.get(mention.name[0]) not in ("m", "f") and not mention.role else ()
                    if 1 <= len(described) <= 3 and (speakers._definite(described[0]) or (
                            # (بائعة السمك: an occupation in construct with what it deals in; صاحبة محل الزهور)
                            len(described) >= 2 and speakers._definite(described[-1]) and speakers.is_title(described[0])
                            and not any(speakers._definite(w) for w in described[1:-1])
                            and not speakers.is_org(described[1]))) and not described[0].endswith(("ان", "ين")) \
                            and (len(described) <= 2 or not speakers._definite(described[0])) \
                            and speaker in (mention.text, " ".join(described)) and cue is not None \
                            and not speakers.is_org(described[0]) and not speakers.is_document(described[0]):
                        # يقلب المعلم فلان صينية ... . يقول النحاس: a definite description nobody holds,
                        # right after a sentence whose subject the article named, is that person (a
                        # title only when that person has none yet: يقف فلان بجانب صهريجه. يقول السائق;
                        # an office after a minister, المتحدث العسكري, is someone new)
                        s0 = c.para.sentence_start(cue.start) if c.para is not None else cue.start
                        # (or the paragraph before: تجلس فلانة خلف طاولتها. تبيع السمك ... . "..."، تقول بائعة السمك)
                        found = _introduced_before(t, c, s0, gender, history, mentions, starts, resolver, described=True)
                        if found is not None and found[1] == "person" and (not speakers.is_title(described[0]) or (
                                (ent := resolver.entity(found[0])) is not None and not ent.roles)):
                            speaker, ambiguous = found[0], found[4]
                            resolver.describe(found[0], described)  # (the description names them again later: ويروي الصياد)
                        elif _just_quoted_described(c, described, prev, gender, mentions, resolver):
                            speaker = prev[0]
                            resolver.describe(prev[0], described)
                    if not mention.name and len(mention.role) == 1 and speakers._definite(mention.role[0]) \
                            and speakers.bare(mention.role[0]) in speakers._PLAIN_PERSONS and cue is not None \
                            and c.para is not None:
                        # أما المقبالي، فكان قد أنهى تفريغ صناديقه. «...»، يقول الرجل / غير أن العامل فلان
                        # قدم رواية مختلفة. وقال الشاب: a plain noun for a person is the one the sentences
                        # before it introduced
                        s0 = c.para.sentence_start(min(c.start, cue.start))
                        found = _introduced_before(t, c, s0, gender, history, mentions, starts, resolver)
                        if found is not None and found[1] == "person" and len(found[0].split()) >= 2:
                            speaker, ambiguous, introduced = found[0], found[4], True
                    if len(mention.name) == 2 and mention.name[0] in ("ابو", "ام") and not mention.role \
                            and speaker == " ".join(mention.name) and cue is not None and c.para is not None:
                        # ... يلتقط صورا لأطفاله. "..."، يقول أبو فهد: a kunya no one was given, right after
                        # the sentences that introduce someone, is that person's (and theirs from now on)
                        s0 = c.para.sentence_start(min(c.start, cue.start))
                        kg = "m" if mention.name[0] == "ابو" else "f"
                        found = _introduced_before(t, c, s0, kg, history, mentions, starts, resolver) \
                            or (None if _introduced_after(t, mention)
                                else _first_named_before(t, c, s0, mention, kg, history, mentions, starts))
                        if found is not None and _first_word(found[0]) == mention.name[1]:
                            found = None  # (أبو سعيد is سعيد's father, never سعيد)
                        ent = resolver.entity(found[0]) if found is not None and found[1] == "person" else None
                        if ent is not None and len(ent.name) >= 2 and ent.name[0] not in ("ابو", "ام") \
                                and not any(e is ent for e in resolver.kunyas.values()):
                            resolver.kunyas[speakers._kunya_key(mention.name)] = ent
                            speaker = " ".join(ent.name)
                    if not mention.name and len(mention.role) == 1 and speaker == mention.text and c.para is not None:
                        # فرد المتهم after واجه رئيس المحكمة المتهم الأول: the holder the sentence named more fully
                        fuller = _fuller_title_before(t, c, mention)
                        if fuller is not None:
                            speaker = resolver.show_span(*fuller, speaker)
                        elif not speakers._definite(mention.role[0]) and _ANONYMITY.match(t, mention.end):
                            # قال سمسار طلب عدم الكشف عن اسمه: one who chose not to be named, as written
                            speaker, kind = _show_unnamed(resolver, t, mention.start, mention.end, speaker), "anonymous"
                    if ambiguous and not mention.name and len(mention.role) == 1 and c.para is not None:
                        # عاد وزير الموارد المائية ليطلب الكلام. وقال الوزير: of two ministers, the one the
                        # sentence before named by his fuller title
                        fuller = _fuller_office_before(c, mention, mentions, starts, resolver, gender)
                        if fuller:
                            speaker, ambiguous = fuller, False
                    if tuple(speaker.split()) != mention.name:
                        resolution = "coreference"
                    ent = resolver.entity(speaker)
                    if ent:
                        role = ent.role_text
                        spk_gender = spk_gender or ent.gender
                        if gender and cue is not None and cue.number == "s" and not ambiguous and ent.gender != gender \
                                and not c.relay and cue.lemma != "نقل" and (not ent.gender or (
                                    mention.name and not speakers.name_gender(ent.name) and len(ent.name) >= 2)):
                            # فأكد حبيب بن عاشور: the verb tells the person's gender for later, also over
                            # a title's (نائب الرئيس التنفيذي، هيا الصالح، فأوضحت: a woman)
                            ent.gender = gender
                            spk_gender = gender
                    role = role or " ".join(mention.role)
        elif cue is not None and cue.lemma in _IMPERSONAL and c.region and t[c.region[0]:c.region[1]].strip(" ،") in ("فيه", "فيها") \
                and (issuing := resolver.issuer(speakers._DOCUMENT_STEMS, c.start)):
            # أصدرت الرابطة بيانا نعت فيه الراحل، وجاء فيه أن: the body whose document it is
            speaker, kind, resolution = issuing, "organisation", "coreference"
        elif cue is not None and cue.kind == "interview" and not c.region and answerer:
            speaker, ambiguous = answerer
            kind, role, spk_gender = "person", " ".join(interviewee.role), guest_gender
        else:
            speaker, kind, role, spk_gender, ambiguous = _implicit(t, c, gender, prev, history, mentions, resolver, starts, plural_subject)
        if cue is not None and cue.kind == "interview" and not cue.lemma and mention is not None and kind == "person" \
                and not mention.name and len(mention.role) == 1 and speakers.is_title(mention.role[0]) \
                and len(speaker.split()) == 1:
            # 'حوار قصير مع البطل' then the answers: a title no one in the article holds is its subject,
            # the first person it names in full
            lead = next((m for m in mentions if m.kind == "person" and len(m.name) >= 2 and not m.parts
                         and speakers.PERSON_NAMES.get(m.name[0]) in ("m", "f")), None)
            if lead is not None:
                speaker, _ = resolver.person(lead, lead.start, "")
                role, spk_gender, resolution = " ".join(lead.role), lead.gender, "coreference"
        if mention is not None and kind in ("person", "anonymous") and not mention.parts and not pair:
            author = _author_of(t, c, mention, mentions, starts, resolver, gender)
            if author:
                speaker, kind, introduced, resolution = author, "person", True, "coreference"
        if mention is not None and kind in ("person", "anonymous") and not mention.parts and not pair and not introduced:
            found = _described_again(t, c, mention, speaker, kind, prev, history, gender, resolver, mentions, starts)
            if found is not None:
                speaker, kind = found
                resolution = "coreference"
        if mention is not None and kind in ("person", "anonymous") and not mention.parts and not pair \
                and _relays(t, c):
            described = _relayed_description(t, c, mention, speaker, resolver)
            if described is not None:
                speaker = resolver.show_span(*described, speaker)
        if mention is not None and not mention.parts and len(mention.role) + len(mention.name) == 1:
            head = speakers.dual_body_head((mention.role + mention.name)[0])
            joint = next((h for h in reversed(history[-3:]) if head and h[2] == "organisation" and " و" in h[0]
                          and speakers.bare(_first_word(h[0])) == head), None)
            if joint is None and head and c.para is not None:
                both = _two_bodies_before(t, c, mention, head, mentions, starts, resolver)
                if both:
                    # وقعت «مرسى» اتفاقية مع شركة بحر العرب للشحن. وقالت الشركتان: the two bodies just named
                    joint = (both,)
            if joint is not None:
                # وقالت منظمة X ومنظمة Y في بيان مشترك ... وأضافت المنظمتان: the two bodies just quoted together
                speaker, kind, role, resolution = joint[0], "organisation", "", "coreference"
            title = speakers.bare(mention.role[0][:-2]) if mention.role and speakers._dual_title(mention.role[0]) else ""
            offices = next((h for h in reversed(history[-3:]) if speakers.bare(_first_word(h[0])) == title
                            and f" و{title} " in h[0]), None) if title and not head else None
            if offices is not None:
                # قال وزير الفلاحة ووزير التجارة إن ... وأكد الوزيران: the two offices just quoted together
                speaker, kind, role, resolution = offices[0], offices[2], "", "coreference"
        if mention is not None and kind == "anonymous" and not mention.parts:
            kunya = _KUNYA_GIVEN.match(t, mention.end)
            if kunya is not None:
                # أما صاحب فرن خاص، يعرفه زبائنه باسم «أبو خليل»: the kunya, the only name the article gives
                # (الملقب بأبي خليل: named in the nominative, أبو خليل)
                a, b = kunya.span("kunya")
                genitive = t.startswith("ابي ", a)
                speaker = ("أبو " if genitive else "") + resolver.show_span(a + 4 if genitive else a, b, speaker)
                kind, resolution = "person", "coreference"
        if speaker:
            speaker = resolver.apply_known(speaker)
        group = plural_subject or (cue is not None and cue.number in ("p", "d")) or bool(pair) \
            or (mention.parts or _plural(mention) if mention is not None else speaker in groups)
        if group and speaker:
            groups.add(speaker)
        prev = (speaker, spk_gender, kind, role, c.para, group, c.start)
        history.append(prev)
        last_region = c.region
        if mention is not None and c.type != "direct" and cue is not None and c.start > cue.end:
            _cut_at_source_again(t, c, mention)
        if c.type != "direct" and cue is not None and c.start > cue.end:
            _cut_at_bare_act(t, c, cue)
        if cue is not None and cue.lemma in _OBJECT_FIRST and c.region and mention is not None:
            _object_into_content(t, c, mention)
        shown = " و".join(resolver.show(part) for part in speaker.split(" و")) if mention is not None and (mention.parts or pair) else resolver.show(speaker)
        out.append(_to_quote(t, norm, c, shown, kind, role, mention, ambiguous, resolution))
        trace.append((c, mention if mention is not None and kind == "person" and not mention.parts and not pair else None, speaker))
    _named_next(t, out, trace, resolver)
    _described_then_named(t, out, trace, resolver, mentions, starts)
    _identified_later(t, out, trace, resolver, mentions, starts)
    _named_in_next_paragraph(out, trace, resolver)
    _title_of_the_one_named(out, trace, resolver, mentions, starts)
    return out


def _paragraph_order(trace):
    """id(paragraph) -> its rank among the paragraphs the traced quotes stand in, in text order
    (so that "the next paragraph" is rank + 1)."""
    order = {}
    for c, _, _ in trace:
        order.setdefault(id(c.para), len(order))
    return order


def _named_in_next_paragraph(out, trace, resolver):
    """وقف المزارع الستيني على حافة أرضه وقال: «...». // حمود الخلف، أو «أبو جاسم»، خسر ... . ويضيف:
    a quote no source was found for, then the next paragraph opening on a name the article never gave
    before, whose words follow there: a feature describes first and names after, so the quote is
    that person's (when the verbs agree)."""
    order = _paragraph_order(trace)
    for i, (c, _, _) in enumerate(trace):
        if out[i].speaker or c.para is None or c.cue is None:
            continue
        j = i + 1
        while j < len(trace) and trace[j][0].para is c.para and not out[j].speaker:
            j += 1
        if j == len(trace) or trace[j][0].para is None or order[id(trace[j][0].para)] - order[id(c.para)] != 1:
            continue
        cj, _, spj = trace[j]
        ent = resolver.entity(spj)
        if ent is None or ent.kind != "person" or len(ent.name) < 2 or ent.name[0] in speakers._KUNYA_HEADS \
                or not ent.positions or not cj.para.start <= ent.positions[0] <= cj.para.start + 3:
            continue  # (someone the article named before, or named further into the paragraph)
        if c.cue.gender and ent.gender and c.cue.gender != ent.gender:
            continue
        for k in range(i, j):
            if not out[k].speaker:
                out[k] = replace(out[k], speaker=out[j].speaker)
                trace[k] = (trace[k][0], None, spj)


def _described_then_named(t, out, trace, resolver, mentions, starts):
    """عامل كيني في الثلاثين من عمره ... . يقول إن ... . ويضيف جوزيف أوتينو، الذي وافق على ذكر
    اسمه: «...»: a paragraph that opens on someone described, not named, whose words go on under
    a full name given there for the first time, with no one else named between: the described
    one's quotes before (that went to someone else) are that person's."""
    for j in range(1, len(trace)):
        cj, mj, spj = trace[j]
        if mj is None or len(mj.name) < 2 or mj.parts or len(mj.role) >= 2 or cj.para is None or cj.cue is None \
                or cj.cue.lemma not in _GOING_ON:
            continue  # (وأضاف محافظ المدينة اللواء فلان: someone new, named with his office in full)
        ent = resolver.entity(spj)
        if ent is None or not ent.positions or ent.positions[0] < cj.para.start:
            continue  # (someone the article named before)
        p = cj.para
        before = mentions[bisect_left(starts, p.start):bisect_left(starts, mj.start)]
        if not before or before[0].kind not in ("anonymous", "person") or before[0].start > p.start + 3 \
                or any(m.kind == "person" and m.name for m in before):
            continue  # the paragraph must open on the description, and name no one else before
        for i in range(j - 1, -1, -1):
            ci, mi, spi = trace[i]
            if ci.para is not p or spi == spj or (mi is not None and mi.kind != "anonymous") \
                    or (ci.cue is not None and cj.cue.gender and ci.cue.gender and ci.cue.gender != cj.cue.gender):
                break
            out[i] = replace(out[i], speaker=out[j].speaker)
            trace[i] = (ci, None, spj)


def _definite_office(role):
    """Is the role definite, by its article or by a construct chain that ends in a definite noun before
    any preposition (رئيسة قسم الطوارئ, not صاحب محل لبيع الألبان)?"""
    for w in role:
        if w.startswith("ال"):
            return True
        if speakers.is_stop(w) or w[:1] in "لب":
            return False
    return False


_HONORIFIC_HEADS = {speakers.bare(h) for h in HONORIFICS}  # (الدكتورة: no office)


def _title_of_the_one_named(out, trace, resolver, mentions, starts):
    """لا تحتاج الدكتورة ليلى البلوشية إلى نشرات. «...»، تقول رئيسة قسم الطوارئ: a title no one
    holds, said as the source in the paragraph that named one person of its gender and no one else
    (and gave her no office): that person, whom the feature now calls by her office. Or said anywhere
    after the paragraph that opened on that office, unnamed, and named one person (رئيس مجلس إدارة
    الشركة ... رفض وصف ما جرى بالإفلاس. «...»، قال ناصر الهاجري // عاد رئيس مجلس الإدارة ليؤكد)."""
    for i, q in enumerate(out):
        c, m, _ = trace[i]
        # (the office as the subject before a verb the scan did not trace, عاد رئيس مجلس الإدارة ليؤكد: its words)
        role = m.role if m is not None else tuple(_folded(w) for w in q.speaker.split())
        if (m is not None and m.name) or not role or c.para is None or not speakers.is_title(role[0]) \
                or _folded(q.speaker) != _folded(" ".join(role)):
            continue
        if not _definite_office(role) or c.cue is None:
            continue
        named = {}
        if c.cue.start >= c.start:  # (not قال صاحب محل لبيع الألبان: someone else, unnamed; the words first: «...»، تقول)
            at = m.start if m is not None else c.cue.start
            named = _named_in(mentions[bisect_left(starts, c.para.start):bisect_left(starts, at)], resolver)
        if len(named) != 1:
            para = _paragraph_first_giving(role, trace[:i], mentions, starts)
            named = _named_in(mentions[bisect_left(starts, para.start):bisect_left(starts, para.end)], resolver) \
                if para is not None and para is not c.para else {}
        if len(named) != 1:
            continue
        ent = next(iter(named.values()))
        if ent is None or len(ent.name) < 2 or ent.roles - _HONORIFIC_HEADS \
                or not _compatible(ent.gender, speakers.title_gender(role[0])):
            continue
        shown = resolver.show(" ".join(ent.name))
        for k in range(i, len(out)):
            if out[k].speaker == q.speaker and trace[k][0].para is c.para:
                out[k] = replace(out[k], speaker=shown)


def _named_in(span_mentions, resolver):
    """The entities (by name) of the people `span_mentions` name."""
    named = {}
    for x in span_mentions:
        if x.kind == "person" and x.name:
            ent = resolver.entity(resolver.person(x, x.start, "")[0])
            named[ent.name if ent is not None else x.name] = ent
    return named


def _paragraph_first_giving(role, trace, mentions, starts):
    """The paragraph (of a quote traced before) that opens on the office `role`, unnamed, as the
    first mention (رئيس مجلس إدارة الشركة، الذي ...، رفض for رئيس مجلس الإدارة: the same head and the
    noun it governs); else None."""
    head = tuple(speakers.bare(w) for w in role[:2])
    for c, _, _ in trace:
        p = c.para
        if p is None:
            continue
        first = mentions[bisect_left(starts, p.start):bisect_left(starts, p.start + 4)]
        if first and first[0].kind == "person" and not first[0].name and len(first[0].role) >= 2 \
                and tuple(speakers.bare(w) for w in first[0].role[:2]) == head:
            return p
    return None


_IS_NAMED = regex.compile(r"\s*[،,]?\s*(?:هو|هي)\s+")  # (الطبيب هو، ...، هي الدكتورة)


# a sentence that opens by naming the one just described: اسمه فلان، واسمها فلانة
_HIS_NAME_OPENS = regex.compile(r"(?:^|[.؟!»\"”]\s*|\n\s*)و?(?:اسمه|اسمها)\s*$")
_HE_IS_BEFORE = regex.compile(r"[،,]\s*و(?:هو|هي)\s+$")  # وأضاف المسؤول، وهو فلان مدير الدائرة: who the description is


def _identified_later(t, out, trace, resolver, mentions, starts):
    """يقول طبيب أمضى عشرين عاما في الطوارئ إن ... . الطبيب هو ماجد فهد العتيبي / باحثة اقتصادية ...، هي
    الدكتورة فلانة، تؤكد: someone quoted by description whom the text then names with هو/هي (the
    description's head noun again, or right after it): their quotes are that person's."""
    done = set()
    for i, q in enumerate(out):
        c = trace[i][0]
        if not q.speaker and c.para is not None:
            # يفتح رجل سبعيني حقيبة ... يقول: «...». الرجل هو فلان: no source found, but someone the
            # paragraph introduced with an indefinite noun (رجل، طبيب), whom the text then names
            desc = ""
            introduced = set(t[c.para.start:c.start].split())
        else:
            described = q.speaker_kind == "anonymous" or (trace[i][1] is not None and not trace[i][1].name and not (
                # (ويلفت الخبير إلى أن: an office alone that named someone the article named in full before)
                (ent := resolver.entity(_folded(q.speaker))) is not None and len(ent.name) >= 2))
            if not described or q.speaker in done:
                continue  # (someone unnamed: an anonymous description, or a role alone no one holds)
            done.add(q.speaker)
            desc = _folded(q.speaker)
        if c.para is None:
            continue
        head = desc.split()[0] if desc.split() else ""
        if q.speaker and (len(head) < 3 or head.startswith("ال")):
            continue
        lo, hi = c.para.start, min(len(t), c.para.end + 300)
        found = None
        for m in mentions[bisect_left(starts, lo):bisect_left(starts, hi)]:
            if q.speaker and m.kind == "person" and m.name and not m.parts and m.name_span and m.role \
                    and m.start > c.end and speakers._definite(m.role[0]) and speakers.bare(m.role[0]) == head \
                    and (_NAMED_AS.search(t, m.start, m.name_span[0]) or (
                        len(m.name) >= 2 and t[max(0, m.start - 3):m.start].strip()[-1:] in (".", "")
                        and "،" in t[m.start:m.name_span[0]])):
                found = m  # (يقول رجل خمسيني ... . الرجل، واسمه فلان: the description again, then the name it
                break  # gives; or opening a sentence with the name in apposition: المؤرخة، الدكتورة فلانة، عرضت)
            if q.speaker and m.kind == "person" and len(m.name) >= 2 and not m.parts and m.name_span and not m.role \
                    and c.end < m.start and len(t[c.end:m.start].split()) <= 2 \
                    and _HIS_NAME_OPENS.search(t, max(lo, m.start - 12), m.start) \
                    and _compatible(m.gender, c.cue.gender if c.cue is not None else ""):
                found = m  # تاجر أربعيني ... قائلا: «...». اسمه فلان، كما عرفنا لاحقا: the very next sentence names him
                break
            if m.kind != "person" or len(m.name) < 2 or m.parts or not m.name_span \
                    or not t[max(0, m.start - 4):m.start].rstrip().endswith(("هو", "هي")):
                continue  # (the cheap test first: هو/هي right before the name)
            if not q.speaker:
                said = regex.search(r"(?:^|[\s.،,])و?ال(\p{L}{3,})" + _IS_NAMED.pattern + "$", t[max(lo, m.start - 30):m.start])
                if said and said.group(1) in introduced and not speakers.is_stop(said.group(1)):
                    found = m  # (يقف عند الباب طبيب نحيل ... يقول. الطبيب هو فلان)
                    break
                continue
            before = t[max(lo, m.start - len(desc) - 12):m.start]
            if regex.search(r"(?:^|[\s.،,])و?ال" + regex.escape(head) + _IS_NAMED.pattern + "$", before) \
                    or regex.search(regex.escape(desc) + _IS_NAMED.pattern + "$", before):
                found = m  # (الطبيب هو فلان; باحثة ...، هي الدكتورة فلانة)
                break
        if found is None and q.speaker:
            # قالت سيدة خمسينية ... إن ... . وأضافت السيدة، واسمها فلانة (وأضاف المسؤول، وهو فلان): the
            # description again as the source of a later quotation, with the name it gives
            # (not when another is described by that head in between, nor the second one: وقالت سيدة أخرى)
            k = next((k for k in range(i + 1, len(out)) if trace[k][1] is not None and lo <= trace[k][1].start < hi
                      and trace[k][1].start > c.end and len(trace[k][1].name) >= 2 and trace[k][1].name_span
                      and trace[k][1].role and speakers._definite(trace[k][1].role[0])
                      and speakers.bare(trace[k][1].role[0]) == head
                      and (_NAMED_AS.search(t, max(c.end, trace[k][1].name_span[0] - 30), trace[k][1].name_span[0])
                           or _HE_IS_BEFORE.search(t, max(c.end, trace[k][1].name_span[0] - 12), trace[k][1].name_span[0]))),
                     None)
            if k is not None and not any(speakers.bare(r) in speakers._ORDINAL_WORDS or speakers.bare(r) in ("اخر", "اخري")
                                         for r in trace[k][1].role[1:]) \
                    and not any(out[x].speaker != q.speaker and _folded(out[x].speaker).split()[:1] == [head]
                                for x in range(i + 1, k)):
                found = trace[k][1]
        if found is None:
            continue
        name = resolver.person(found, found.start, "")[0]
        if not name:
            continue
        shown = resolver.show(name)
        for k in range(len(out)):
            if out[k].speaker == q.speaker and trace[k][0].para is not None and (
                    abs(trace[k][0].para.start - c.para.start) <= 1500 if q.speaker else trace[k][0].para is c.para):
                out[k] = replace(out[k], speaker=shown, speaker_kind="person") if q.speaker else replace(
                    out[k], speaker=shown, speaker_kind="person", confidence=max(out[k].confidence, 0.52),
                    flags=[f for f in out[k].flags if f != "no_speaker"])  # (found now: still implicit and worth a look)


def _named_next(t, out, trace, resolver):
    """قال رئيس الجامعة، في كلمة، إن ... . وأعلن الدكتور فلان أن ...: a title no one in the
    article holds, quoted and then followed straight away (same or next paragraph) by a
    source named for the first time, with no other title and an agreeing gender, was that
    person: the title's quotes (and the continuations that inherited it) take the name. Not a
    source set against the one before by أما (أما النائب فلان فكتب: someone else)."""
    order = _paragraph_order(trace)
    for i, (c, m, speaker) in enumerate(trace):
        if m is None or m.name or not m.role or (speaker not in (" ".join(m.role), m.text) and not resolver.described_office(speaker)):
            continue
        office = speakers._office(m.role)
        head = office[0]
        if not head or any(r in ("احد", "احدي") for r in m.role):
            continue  # (مدير إحدى الثانويات: the head of one of several, whom the article never names)
        for j in range(i + 1, min(len(trace), i + 8)):
            cj, mj, spj = trace[j]
            if cj.para is None or c.para is None or order[id(cj.para)] - order[id(c.para)] > 1:
                break
            if mj is None:
                if spj == speaker or not spj:
                    continue  # the title's own continuation
                break
            if not mj.name or (len(mj.name) < 2 and mj.name[0] not in speakers.PERSON_NAMES) \
                    or t[max(0, mj.start - 6):mj.start].split()[-1:] in (["اما"], ["واما"]):
                break  # (قال النور: a family name alone is someone the article introduced elsewhere)
            ent = resolver.entity(spj)
            if ent is None or len(ent.name) < 2 or not ent.positions or ent.positions[0] < c.start:
                break  # someone already known is another person
            if len(ent.name) == 2 and ent.name[0] in speakers._KUNYA_HEADS:
                break  # a man the camp calls أبو عزة is no office holder the article left unnamed
            if ent.gender and m.gender and ent.gender != m.gender:
                break
            titles = {speakers._stem(speakers.bare(r)) for r in ent.roles if speakers.is_title(r) and r not in speakers.HONORIFICS
                      and "ال" + speakers.bare(r) not in speakers.HONORIFICS}
            if titles and speakers._stem(head) not in titles:
                break
            if office[1] and any(h == head and word and word != office[1] for h, word in ent.offices):
                break  # مدير برامج is not مدير مخيم
            # (and the same title said again later, which found no one either: وأكد الوزير)
            for k in list(range(i, j)) + list(range(j + 1, len(trace))):
                if trace[k][2] == speaker:
                    out[k] = replace(out[k], speaker=out[j].speaker, speaker_role=out[k].speaker_role or speaker)
                    trace[k] = (trace[k][0], None, spj)
            break


def _interviewee(t, mentions, starts, first_answer, resolver, window=0):
    """Who answers an interview's questions: of the people the article names before the
    first answer, the one it names most often (the guest is the article's subject; a
    street or a suburb named after someone is mentioned once), the latest on a tie."""
    named = [m for m in mentions[:bisect_left(starts, first_answer)] if m.kind == "person" and (m.name or m.role)
             and not m.parts]
    who = {id(m): resolver.person(m, m.start, "")[0] for m in named}
    before = [m for m in named if (len(m.name) >= 2 or (not m.name and speakers.is_title(m.role[0]))
                                   or (m.name and len(who[id(m)].split()) >= 2))  # (رد بلقاسمي: a surname the article gave)
              and not (t[max(0, m.start - 2):m.start].strip()[-1:] in '«"“' and t[m.end:m.end + 2].strip()[:1] in '»"”')]
    # (a title in quotation marks is no guest; one after the outlet's name in them is: التقت "اللبان" المهندس فلان)
    if not before:
        return None
    heading = None
    for heading in _QUESTIONS_FOR.finditer(t, max(0, window - 400), first_answer):
        pass
    if heading is not None:  # ثلاثة أسئلة لـ سليمان عمر عبدو، رئيس تعاونية ...: the one the heading names
        named_there = next((m for m in before if heading.end() <= m.start <= heading.end() + 2 and m.name), None)
        if named_there is not None:
            return named_there
        after = next((m for m in before if heading.end() < m.start and len(m.name) >= 2 and not m.parts
                      and len(t[heading.end():m.start].split()) == 1), None)
        first = t[heading.end():after.start].strip() if after is not None else ""
        if first.isalpha() and not speakers.is_stop(first) and not speakers.is_title(first) and first not in HONORIFICS \
                and not speakers.kin(first):
            # ثلاثة أسئلة إلى هلا منير شمس الدين: a given name no list knows (a word too) before the rest
            # (not حوار قصير مع عم صابر: a term of address)
            return speakers.Mention(heading.end(), after.end, "person", (first,) + after.name, after.role, after.gender,
                                    t[heading.end():after.end], name_span=(heading.end(), after.end))
        put_to = _office_in_heading(t, heading.end(), resolver)
        if put_to is not None:
            return put_to  # ثلاثة أسئلة لرئيسة البعثة: the office the heading names, held by someone named before
    for asked in _ASKED_WHOM.finditer(t, max(0, window), first_answer):
        # وسألت "بوابة الديرة" الصالح عن فرص الطعن: the one the outlet put its questions to
        put_to = next((m for m in named if m.start == asked.end() and (m.name or m.role)), None)
        if put_to is not None:
            return put_to
    near = [m for m in before if m.start >= window]  # the intro: the paragraph just before the questions
    # (مريم الزعابي، 27 عاما، مهندسة برمجيات ...: the office in apposition after a name is that person's, and so
    # is an office a longer apposition names: سلمى الحربي، محامية الجمعية وعضو هيئة الدفاع عن المدير السابق)
    near = [m for m in near if m.name or not any(
        n.name and n.end <= m.start and t[n.end:m.end].lstrip()[:1] in "،," and len(t[n.end:m.start].split()) <= 8
        and not regex.search(r"[.؟!:\n]", t[n.end:m.start]) for n in near)]
    # (one word in the genitive of a noun is no guest said by surname, whatever the article's other
    # mentions make of it: وحملنا أسئلة المرضى إلى مدير ...، فلان الفلاني)
    near = [m for m in near if not (len(m.name) == 1 and not m.role and _after_a_noun(t, m.start))]
    # (the object of a relative clause's verb is no guest: فلان، الذي يقود فريق المسح، عن أسئلتنا)
    near = [m for m in near if not _RELATIVE_VERB_BEFORE.search(t, max(0, m.start - 30), m.start)]
    before = near or before
    counts = Counter(who.values())
    return max(reversed(before), key=lambda m: counts[who[id(m)]])


def _office_in_heading(t, pos, resolver):
    """The office a Q&A's heading puts its questions to, the rest of its line from `pos` (ثلاثة
    أسئلة لرئيسة البعثة), as a mention, when the article named who holds it; else None."""
    end = t.find("\n", pos)
    toks = speakers.tokens(t, pos, end if end >= 0 else len(t))
    if not toks or not speakers.is_title(toks[0][0]) or any(not w[:1].isalpha() for w, _, _ in toks):
        return None
    m = speakers.parse_phrase(toks, t)
    if m is None or m.kind != "person" or m.name or m.parts:
        return None
    gender = m.gender or speakers.title_gender(m.role[0])
    name = resolver.person(m, pos, gender)[0]
    return m if len(name.split()) >= 2 and name != " ".join(m.role) else None


_WORD_BEFORE = regex.compile(r"(?:^|\s)[وف]?(\S+)\s+$")
_RELATIVE_VERB_BEFORE = regex.compile(r"(?:^|\s)(?:الذي|التي|الذين)\s+[يت]\S+\s+$")


def _after_a_noun(t, pos):
    """Is the word right before `pos` a noun governing it (أسئلة المرضى، جامعي القمامة), not a verb, a
    particle, a title or the reporter's meeting (إن الرشيدي، قال الرشيدي، الدكتور الرشيدي; التقينا،
    سألنا end in نا like every verb of ours)?"""
    m = _WORD_BEFORE.search(t, max(0, pos - 24), pos)
    if m is None:
        return False
    w = m.group(1)
    return w.isalpha() and not speakers.is_stop(w) and not speakers.is_title(w) and w not in HONORIFICS \
        and not speakers.is_reporting_word(w) and w not in VERBS and not w.endswith(("نا", "ت")) and w[:1] not in "يت"


def _speaking_verb_gender(t, pos):
    """The gender of the verb right before `pos` (تحدثت، قالت، أجاب), else "" (تحدث is no
    reporting verb of the lexicon: it introduces a topic, عن)."""
    m = _WORD_BEFORE.search(t, max(0, pos - 16), pos)
    if m is None:
        return ""
    verb = m.group(1)
    if verb in ("تحدثت", "تحدث"):
        return "f" if verb == "تحدثت" else "m"
    form = VERBS.get(verb)
    return form[1] if form is not None and form[2] == "s" and form[3] == "verb" else ""


# a short Q&A's heading and the one it is put to (ثلاثة أسئلة إلى فلانة، سؤالان لـ فلان)
# (حوار قصير مع فلانة: a short interview's heading, too)
_QUESTIONS_FOR = regex.compile(r"(?<!\p{L})(?:" + quote_builder.QUESTIONS + r"|حوار(?:\s+(?:قصير|سريع|خاص))?)"
                               r"\s+(?:الي\s+|مع\s+|ل[ \t]*)")  # (لـ فلان: the tatweel is folded away)


def _intro_start(t, pos):
    """Where the line before the first interview turn (the answer at `pos`, after its question)
    begins: the question and the answer each on a line of its own, with or without a blank line."""
    start = t.rfind("\n", 0, pos) + 1  # the answer's line
    for _ in range(2):  # back over the question's line, then to the intro's
        end = start - 1
        while end > 0 and t[end - 1] in " \t\r\n":
            end -= 1
        start = t.rfind("\n", 0, end) + 1 if end > 0 else 0
    return start


# a dateline's dash or a comma before the clause whose subject a body is (عمان، ... - وقعت الحكومة)
_CLAUSE_BREAK = regex.compile(r"[،,]|\s[-–—]\s")


_ASKED = regex.compile(r"\s*[وف]?(?:سئل|سئلت|سئلوا)\b")
_WE_MET = regex.compile(r"(?<!\p{L})(?:التقينا|قابلنا|زرنا|سالنا)(?!\p{L})")  # (the writer met or asked someone)
_ASKING = regex.compile(r"\s*[وف]?(?:سال|سالت|سالوا)\s")  # (سأل، سألت: the asker, then whom)
# (وسألت "بوابة الديرة" الصالح، سألنا المدير: an outlet asking someone, the questions' addressee next)
_ASKED_WHOM = regex.compile(r"(?<!\p{L})[وف]?(?:سالت|سال|سالنا)\s+(?:[«\"“][^»\"”\n]{1,40}[»\"”]\s+)?")
# وعندما عرضت الصحيفة رواية الأسرة على القرني، قال: when something was put to someone, who then spoke
_PUT_TO = regex.compile(r"\s*[وف]?(?:عندما|حين|حينما|لما)\s+(?:عرض|عرضت|عرضنا|واجه|واجهت|واجهنا|سال|سالت|سالنا|نقلنا|نقلت|حملنا|حملت|توجهنا|توجهت)(?!\p{L})")


def _part_name(resolver, part, pos, joint, history=()):
    """One of a joint source's people, resolved (الوزيران الكندري والحارثي); but two given names
    after a dual of kin or of a title (ابناه إبراهيم وعلي، بائعتا الخضار فاطمة ونعيمة) as written,
    the article's own way of naming them, unless the article named both before in full with one
    family name (الشقيقان، هودان وعيسى after هودان عبدي فارح and عيسى عبدي فارح). A surname two people
    share is the one quoted last."""
    if len(part.name) == 1 and len(joint.role) == 1 and speakers.dual_of_kin_or_title(joint.role[0]) \
            and not part.name[0].startswith("ال") \
            and (speakers.PERSON_NAMES.get(part.name[0]) in ("m", "f") or part.name[0] == "علي") \
            and not _named_in_full_as_family(resolver, joint, pos):
        return part.name[0]
    name, ambiguous = resolver.person(part, pos, "")
    if ambiguous and len(part.name) == 1 and not part.role:
        quoted = next((h[0] for h in reversed(history) if h[2] == "person" and h[0] and " و" not in h[0]
                       and _last_word(h[0]) == part.name[0]), None)
        if quoted is not None:
            return quoted  # (أضاف رئيس الغرفة ... وأكد حداد ونائبته: the حداد just quoted)
    return name


def _named_in_full_as_family(resolver, joint, pos):
    """Are the given names of a joint source each the first of a full name the article gave
    before, all ending in one family name?"""
    full = [resolver.person(p, pos, "")[0].split() if len(p.name) == 1 and not p.role else [] for p in joint.parts]
    return len(full) > 1 and all(len(f) >= 2 and f[0] == p.name[0] for f, p in zip(full, joint.parts)) \
        and len({f[-1] for f in full}) == 1


def _joint_name(resolver, joint, pos):
    """The people of a joint source, each as the article writes them: "X وY"."""
    return " و".join(resolver.show(_part_name(resolver, p, pos, joint)) for p in joint.parts)


_ASIDE_OPENS = regex.compile(r"[،,]\s*و(?:هو|هي|هم)\s")


def _new_subject_before_participle(t, c, prev, mentions, starts):
    """Does the participle's own sentence, begun after the quotation before it, open on a verb and a
    person named in full (ويدافع صالح عبود، الذي ...، عن زملائه قائلا)? Then that person, not the
    one just quoted, says what follows."""
    if c.cue is None or c.para is None:
        return False
    s = c.para.sentence_start(c.cue.start)
    lo, hi = bisect_left(starts, s), bisect_left(starts, c.cue.start)
    if lo < hi and mentions[hi - 1].end > prev[6] and _answered_before(t, c, s, mentions[hi - 1]):
        return True  # قال متطوع إن الماء نفد، وهو ما نفاه حداد، مؤكدا أن: the one who answered goes on
    if prev[6] >= s:
        return False  # (قال فلان إن ...، مضيفا أن: the same sentence goes on)
    m = mentions[lo] if lo < hi else None  # the first mention in the sentence
    return m is not None and m.kind == "person" and len(m.name) >= 2 and not m.parts \
        and len(t[s:m.start].split()) == 1 and t[s:m.start].split()[0] not in speakers.STOPWORDS \
        and _folded(" ".join(m.name)) != _folded(prev[0])


# وهو ما نفاه، وهذا ما أكدته، الأمر الذي رفضه: a relative clause whose verb's subject follows it
# (وهو تفسير يرفضه مدي، قائلا: a noun the relative verb answers, its subject after it)
_WHAT_THEY_ANSWERED = regex.compile(r"(?:(?:وهو|وهي|وهذا|وذلك|هو|وهم)\s+(?:ما|\p{L}+)|الامر\s+الذي)\s+\p{L}+(?:ه|ها|هما|هم)\s+$")


def _answered_before(t, c, s, m):
    """Is `m`, right before the participle's comma, the subject of a relative clause that answers what
    was said (وهو ما نفاه حداد، مؤكدا أن)? Then the participle is theirs."""
    return c.cue.kind == "participle" and m.kind in ("person", "organisation") and (m.name or m.kind == "organisation") \
        and m.start >= s and t[m.end:c.cue.start].strip() in ("،", ",") \
        and _WHAT_THEY_ANSWERED.search(t, max(s, m.start - 30), m.start) is not None


def _implicit(t, c, gender, prev, history, mentions, resolver, starts, plural_subject=False):
    cue = c.cue
    if cue is not None and cue.kind == "interview":
        counts = Counter(h[0] for h in history if h[2] == "person" and h[0])
        if counts:
            name = counts.most_common(1)[0][0]
            h = next(h for h in history if h[0] == name)
            return name, "person", h[3], h[1], False
        first = next((m for m in mentions if m.kind == "person" and m.name), None)
        if first:
            return resolver.person(first, first.start, "")[0], "person", " ".join(first.role), first.gender, False
        return "", "person", "", "", True
    if c.inherit and prev is not None and prev[4] is c.para and prev[0] \
            and not _new_subject_before_participle(t, c, prev, mentions, starts):
        return prev[0], prev[2], prev[3], prev[1], False
    if cue is not None and prev is not None and prev[4] is c.para and prev[0] and _compatible(prev[1], gender) \
            and _BUT_HE.search(t, max(0, cue.start - 12), cue.start) and cue.start - prev[6] <= 400:
        # قال أحد السكان إن ...، لكنه استدرك: "...": the pronoun is the one just quoted
        return prev[0], prev[2], prev[3], prev[1], False
    # the subject named earlier in the same sentence: "افتتحها النائب X بالتأكيد على أن"
    pos = cue.start if cue is not None else c.start
    s = c.para.sentence_start(pos) if c.para is not None else pos
    lo, hi = bisect_left(starts, s), bisect_left(starts, pos)
    answered = _answered_before(t, c, s, mentions[hi - 1]) if cue is not None and lo < hi else False
    if answered and mentions[hi - 1].kind == "organisation":
        m = mentions[hi - 1]
        return resolver.organisation(m.name, m.start), "organisation", "", m.gender or gender, False
    if answered:
        m = mentions[hi - 1]
        name, amb = resolver.person(m, m.start, gender)
        return name, "person", " ".join(m.role), m.gender or gender, amb
    local = [m for m in mentions[lo:hi] if ((m.kind == "person" and (m.name or m.role))
             or (m.kind == "organisation" and (len(t[s:m.start].split()) <= 2 or (
                 len(_CLAUSE_BREAK.split(t[s:m.start])[-1].split()) <= 2 and not speakers.is_document(m.name[0])))) or m.kind == "anonymous")
             and t[max(s, m.start - 5):m.start].split()[-1:] not in (["وهو"], ["وهي"])  # وهو ناج آخر: the same person
             and not (m.start < c.end and c.start < m.end)]  # (فالمستثمر "..."، على حد تعبيره: a word the quotation begins)
    # استمعت المحكمة إلى فلانة، ابنة عم المتهمين، التي قالت: a relative pronoun right before the verb
    # makes the last person named before it the subject, even one a preposition governs
    antecedent = _antecedent(t, cue, local, gender) if cue is not None else None
    answers = cue is not None and cue.kind == "verb" and "ف" in cue.clitic  # (فأجاب، فقال: an answer)
    asking = _ASKING.match(t, s, cue.start) if answers and antecedent is None else None
    if asking is not None and local:
        # وسألت «المرصد» المتحدث باسم الهيئة، يزيد الشهري، عن ...، فأجاب: the one asked, the verb's object
        # after its subject, answers (the subject an outlet in quotation marks, no mention: the first one named)
        outlet = _OUTLET_ONLY.match(t[asking.end():local[0].start]) is not None
        asked = local[0:1] if outlet else local[1:2]
        antecedent = next((m for m in asked if m.kind in ("person", "anonymous") and _compatible(_gender_of(m), gender)), None)
    met = _WE_MET.search(t, s, cue.start) if answers and antecedent is None and asking is None else None
    if met is not None:
        # وفي السوق، التقينا بعمر أزناك، البناء ...، فقال / وسألنا المهندس فلان ...، فقال: the one the writer
        # met or asked answers
        antecedent = next((m for m in local if m.start >= met.end() and m.kind in ("person", "anonymous")
                           and _compatible(_gender_of(m), gender)), None)
    put = _PUT_TO.match(t, s, cue.start) if cue is not None and cue.kind == "verb" and antecedent is None \
        and asking is None and met is None else None
    if put is not None:
        # وحين عرضنا على رئيس لجنة النسيج، فلان، ما جمعناه من شهادات، قال: the one it was put to answers
        antecedent = next((m for m in local if m.start >= put.end() and m.kind in ("person", "anonymous")
                           and _compatible(_gender_of(m), gender)), None)
    from_whom = _FROM_HIM.match(t, cue.end) if antecedent is None and cue is not None and cue.lemma == "نقل" else None
    if from_whom is not None:
        # ولم يتسن لنا الاتصال بالمدير فلان، غير أنه نقل عنه قوله: the one the pronoun stands for, the last
        # person of its gender the sentence named, even one a preposition governs
        him = _RELAYED_PRONOUNS[from_whom.group(1)]
        antecedent = next((m for m in reversed(local) if m.kind == "person" and m.name and not m.parts
                           and _compatible(_gender_of(m), him)), None)
    local = [m for m in local if (_compatible(_gender_of(m), gender) or (m.parts and len(m.parts) > 1))  # (a pair's gender is its first's)
             and (m is antecedent or not _object_position(t, s, m, resolver))
             and not (cue is not None and _in_dash_aside(t, s, m, cue.start))]
    if antecedent is not None and any(m is antecedent for m in local):
        local = [m for m in local if m is antecedent or m.start < antecedent.start]  # (not a description after it)
    # الدكتور عماد الدباغ، صاحب كتاب «...»، قد أثار جدلا حين كتب: a description apposed to the name
    # is the same person, not a second one
    local = [m for k, m in enumerate(local) if not (k and (not m.name or m.kind == "anonymous") and m.kind in ("person", "anonymous")
                                                    and local[k - 1].name
                                                    and local[k - 1].kind == "person"
                                                    and t[local[k - 1].end:m.start].strip() in ("،", ","))]
    if cue is not None and len(local) > 1:
        # ولا يخالف فلان، وهو ابن أخ العم الهادي ويعمل معه، الشركة في ...، لكنه يرى: the people of an
        # aside that says who the subject is are not the subject
        named = next((m for k, m in enumerate(local) if k and m.kind == "person" and m.name
                      and _ASIDE_OPENS.search(t, local[k - 1].end, m.start)
                      and t[local[k - 1].end:m.start].split()[-1:][0] in speakers._NAMING), None)
        # (أحد سائقي التطبيق، وهو أربعيني يكنى أبو فهد، قال: an aside that gives the subject's name names the subject)
        local = [named] if named is not None else [
            m for k, m in enumerate(local) if not (k and _ASIDE_OPENS.search(t, local[k - 1].end, m.start)
                                                   and ("،" in t[m.end:cue.start] or "," in t[m.end:cue.start]))]
    if cue is not None and cue.kind == "verb" and not cue.clitic and len(local) > 1 and local[0].kind == "person" \
            and local[0].name and (len(t[s:local[0].start].split()) <= 1 or (  # (ابنة عمه، ماجدة السيوفي، التي ...، ترى)
                len(t[s:local[0].start].split()) <= 3 and t[s:local[0].start].rstrip()[-1:] in ("،", ","))) \
            and t[local[0].end:local[0].end + 2].strip()[:1] in ("،", ",") \
            and t[s:cue.start].rstrip()[-1:] in ("،", ","):
        # لكن نادية الصبيحي، المحاسبة في الإدارة المالية للميناء، قالت إن: the name fronted before
        # its verb; the bodies and people in the apposition say who she is
        local = local[:1]
    if cue is not None and cue.number == "d" and not any(m.parts and len(m.parts) > 1 for m in local):
        m = _fronted_phrase(t, _KANA_QAD, s, cue) or _fronted_phrase(t, _FRONTED_PAIR, s, cue)
        if m is not None and m.kind == "person" and m.parts and len(m.parts) > 1:
            local = [m]  # وكان الغربي والحمروني قد أكدا: the two between كان and قد (or before the verb)
    if plural_subject:
        local = [m for m in local if _plural(m) or m.parts]
    elif cue is not None and cue.number in ("p", "d"):
        # عقد النائبان فلانة وفلان مؤتمرا، أكدا فيه: a dual or plural verb's subject is the pair or group
        local = [m for m in local if _plural(m) or (m.parts and len(m.parts) > 1)] or local
    if not local and cue is not None and cue.kind == "verb" and not cue.clitic:
        fronted = _FRONTED_SOURCE.match(t, s, cue.start)
        if fronted and speakers.is_anonymous(speakers.bare(fronted.group(1))):
            # غير أن المصدر الأمني قال إن: the unnamed source quoted before, by its head noun
            same = _same_unnamed(history, speakers.bare(fronted.group(1)))
            if same is not None:
                return same[0], same[2], same[3], same[1], False
    if not local and cue is not None:
        m = _fronted_phrase(t, _KANA_QAD, s, cue)
        if m is not None and (m.name or m.role):
            local = [m]  # وكان الوزاني قد حذر: the subject between كان and قد, whatever it is
    if not local and cue is not None:
        # وكان الراحل قد قال ...: the deceased, written before the verb, is the source
        late = next((w for w in t[s:cue.start].split() if speakers.bare(w) in speakers._LATE), None)
        if late is not None:
            m = speakers.Mention(s, s, "person", (), (late,), "", late)
            name, amb = resolver.person(m, cue.start, gender)
            if name != late:
                return name, "person", "", gender, amb
    clause = _words_since_break(t, s, local[-1].start) if local else ()
    if cue is not None and cue.kind == "verb" and "و" in cue.clitic and len(local) > 1 and local[-1].kind == "person" \
            and local[-1].name and not t[local[-1].end:cue.start].strip() \
            and len(clause) == 1 and clause[0] not in _PREPOSITIONS and not speakers._definite(clause[0]):
        # وعندما منحه رئيس الهيئة، القاضي فلان، الكلمة، وقف بنسليمان وقال: the subject of the verb
        # right before, not the one the sentence opened with
        local = local[-1:]
    elif cue is not None and (cue.kind == "participle" or (cue.kind == "verb" and "ل" in cue.clitic) or _continues(t, c) or (
            # فأعلن فلان عن خطة تشمل ...، وقال إن: a coordinated verb goes on with the subject named in full
            cue.kind == "verb" and "و" in cue.clitic and local and local[0].kind == "person" and len(local[0].name) >= 2) or (
            cue.kind == "verb" and "ف" in cue.clitic and _ASKED.match(t, s, cue.start))):
        # (وسئل مونتيرو عن قرار الحكم بطرد المنصوري، فرد: the one asked answers)
        # a participle's source, and that of a verb the sentence goes on with (وتدخل النائب
        # فلان، عضو اللجنة عن محافظة ...، ليقول), is the sentence's subject, not a later noun
        # (nor the message it opens in: وفي رسالة صوتية أرسلتها، عادت رئيسة المجلس لتؤكد)
        local = ([m for m in local if not _channel(t, m)] or local)[:1]
    for m in reversed(local):
        if m.kind == "anonymous":
            held = _held_by_named(m, resolver, gender)
            if held:
                return held, "person", " ".join(m.name), m.gender or gender, False
            return _show_unnamed(resolver, t, m.start, m.end, m.text), "anonymous", "", m.gender, False
        if m.kind == "person" and m.parts and len(m.parts) > 1:
            # قال كل من فلان وفلان ...، وأضافا: the two the sentence opened with
            return _joint_name(resolver, m, c.start), "person", "", "", False
        if m.kind == "organisation":
            return resolver.organisation(m.name, m.start), "organisation", "", m.gender, False
        name, amb = resolver.person(m, m.start, gender)
        if m.name or name != m.text:  # a bare title that resolves to nobody is no source
            return name, "person", " ".join(m.role), m.gender or gender, amb
        if m is antecedent and ((put is not None and "عرض" not in put.group(0)) or asking is not None or met is not None) \
                and len(m.role) >= 2 \
                and speakers.is_title(m.role[0]) and _compatible(m.gender, gender):
            # وحين توجهنا بالسؤال إلى رئيسة البلدية، قالت: the office the question was put to answers, unnamed
            # (not after عرض, whose object the scan may take into the office: عرضنا على رئيسة البلدية الصور)
            return name, "person", " ".join(m.role), m.gender or gender, amb
        if len(m.role) >= 2 and not any(speakers._definite(r) for r in _before_where(m.role)) and _compatible(m.gender, gender) \
                and speakers.is_title(m.role[0]) and not (gender == "m" and m.role[0].endswith("ه")):
            # رفض سائق تاكسي أربعيني ذكر اسمه، لكنه قال: an unnamed person described, the sentence's subject
            # (with where they work, to the comma: تاجر جملة في سوق السمك، فضل عدم ذكر اسمه، قال)
            where = _WHERE_DESCRIBED.match(t, m.end, cue.start if cue is not None else c.start)
            end = where.end(1) if where else m.end
            return _show_unnamed(resolver, t, m.start, end, t[m.start:end]), "anonymous", "", m.gender or gender, False
        if cue is not None and m.role and not m.name and speakers.is_title(m.role[0]) and (
                (m is local[0] and (cue.kind == "participle" or ("و" in cue.clitic and "،" in t[m.end:cue.start])
                                    or ("ف" in cue.clitic and _ASKED.match(t, s, cue.start))))  # (وسئل الوزير عن ... فقال)
                or (m is local[0] and cue.kind == "verb" and not cue.clitic and not t[s:m.start].strip()
                    and not speakers._definite(m.role[0]) and t[m.end:cue.start].strip()[:1] in ("،", ","))
                # (مديرة المدرسة، من جهتها، أكدت: an office in construct fronted; not المعلمة اللبنانية، التي ...،
                # روت: an epithet, for the one just named)
                or (m is local[-1] and cue.kind == "verb" and cue.clitic in ("", "ل") and (not t[m.end:cue.start].strip() or (
                    t[m.end:cue.start].strip() == "قد" and _kana_subject_at(t, s, cue, m))))
                or (m is local[-1] and cue.kind == "verb" and _IN_IT.match(t, cue.end)
                    and any(speakers.is_document(w.rstrip("ا")) for w in t[m.end:cue.start].split()))):
            # (وكان الوزير قد أصدر بلاغا أكد فيه: the document's issuer, the sentence's subject)
            # (لكن رئيس اللجنة رد بأن: a subject written right before its verb; وكان رئيس الوزراء قد قال;
            # عاد الوزير ليؤكد، خرجت المتحدثة باسم الوزارة لتعلن: before the verb of purpose)
            # وكان ممثل النيابة قد طالب بـ ...، مؤكدا أن / تمسك ممثل النيابة بـ ...، وقال إن: the
            # subject of the sentence is the source of its participle or coordinated verb, named or not
            k = next((k for k, r in enumerate(m.role) if k and r[:1] in "بل" and not r.startswith("ال") and r != "باسم"
                      and not speakers.is_org(r[1:]) and not speakers.is_org(r)), len(m.role))  # (رئيس بلدية: a body, no ب)
            role = m.role[:k]  # وأشاد المدرب بجماهير الفريق: the title, not what follows it
            if speakers.is_org(role[0]):
                body = resolver.organisation(tuple(role), m.start)
                if body.split() != list(role):  # الأكاديمية, a body as well as an office: the body named in full before
                    return body, "organisation", "", m.gender or gender, False
            return " ".join(role), "person", " ".join(role), m.gender or gender, False
    # وأضافوا takes the last group quoted; وأضاف / وأضافت skip groups
    several = plural_subject or (cue is not None and cue.number in ("p", "d"))
    if not several:
        # the one just quoted, a person who agrees with the verb, not far back
        recent = prev is not None and bool(prev[0]) and prev[2] == "person" and _compatible(prev[1], gender) \
            and c.start - prev[6] <= 800
        going_on = recent and cue is not None and cue.lemma in _GOING_ON
        found = _subject_before_idh(t, c, s, gender, mentions, starts, resolver) \
            or _introduced_before(t, c, s, gender, history, mentions, starts, resolver, near_start=going_on)
        if recent and found is not None and found[1] == "person" and found[0] != prev[0] \
                and "ين" in found[0] and any(speakers.bare(_folded(w)) in speakers._DECADES for w in found[0].split()):
            # يقول الفلاح السبعيني إن ... . ويضيف / ويشير إلى: an age description that named nobody does
            # not take over from the one just quoted
            return prev[0], prev[2], prev[3], prev[1], False
        if found is not None:
            return found
    if several:
        h = next((h for h in reversed(history[-200:]) if h[0] and h[5]), None)
        # a group described since (كان عدد من المعلمين يتابعون ... . وقال هؤلاء / وأضافوا)
        # in this sentence or the one before takes over from the last group quoted
        ps = c.para.sentence_start(s - 1) if c.para is not None and s > c.para.start else s
        described = next((m for m in reversed(mentions[bisect_left(starts, ps):hi]) if (_plural(m) or (
                              cue is not None and cue.number == "d" and m.kind == "person" and m.parts and len(m.parts) == 2))
                          and (h is None or m.start > h[6])), None)
        if described is not None and described.parts:
            # وقف الزوجان عبد الله وفاطمة الشحي في انتظار ابنتهما. وقالا: the two the sentence before named
            return _joint_name(resolver, described, c.start), "person", "", "", False
        if described is not None:
            a, b = _group_span(t, described)
            return resolver.show_span(a, b, t[a:b]), described.kind, "", "", False
        if h is not None:
            return h[0], h[2], h[3], h[1], False
    for h in reversed(history[-200:]):
        if h[0] and (several or not h[5]) and _compatible(h[1], gender) \
                and (gender != "m" or h[2] != "organisation" or h[1] == "m"):
            return h[0], h[2], h[3], h[1], False
    m = next((m for m in reversed(mentions[:hi]) if m.kind == "person" and m.name and _compatible(m.gender, gender)), None)
    if m is None:
        # nobody agrees with the verb: the person named in this sentence anyway (a title's
        # gender is not the holder's: عضو المجلس، فلانة), rather than no source at all
        m = next((m for m in reversed(mentions[lo:hi]) if m.kind == "person" and len(m.name) >= 2), None)
    if m is not None:
        name, amb = resolver.person(m, m.start, "")
        return name, "person", " ".join(m.role), m.gender, True
    return "", "person", "", gender, True


_IN_IT = regex.compile(r"\s+(?:فيه|فيها)(?!\p{L})")
_PLACE_BEFORE = regex.compile(r"(?:^|\s)و?(?:في|من|الي|الى|قرب|داخل)\s+(?:ابي?\s+|ام\s+)?$")


def _after_ala(t, ps, pos):
    """Is the word right before `pos` (from the sentence start `ps`) the preposition على as the
    article spells it (علي folded), not the name علي?"""
    k = t.rfind(" ", ps, pos - 1) + 1 or ps
    return t[k:pos].strip() == "علي" and k in speakers.ARTICLE.ala


# the only name a described source is given, right after the description (، يعرفه زبائنه باسم «أبو خليل»)
_KUNYA_GIVEN = regex.compile(r"[ \t]*[،,]?[ \t]*(?:الذي |التي )?[وف]?(?:يعرفه|يعرفها|يعرفونه|يعرفونها|يناديه|يناديها|ينادونه|ينادونها"
                             r"|المعروف|المعروفه|الملقب|الملقبه|يلقب|تلقب)(?:[ \t]+[^\s.،,:؟!«»\"“”]+){0,3}?[ \t]+(?:باسم|بلقب|ب)"
                             r"[ \t]*[«\"“]?(?P<kunya>(?:ابو|ابي|ام)[ \t]+(?:(?:عبد|ابو|ام)[ \t]+)?[^\s.،,:؟!«»\"“”]+)[»\"”]?")


def _sentence_before_start(c, pos):
    """Where the sentence before the one holding `pos` starts (that sentence's own start in a
    paragraph's first sentence)."""
    s = c.para.sentence_start(pos)
    return c.para.sentence_start(s - 1) if s > c.para.start else s


def _fuller_office_before(c, mention, mentions, starts, resolver, gender):
    """The holder the nearest fuller title-only mention of the same office names unambiguously, in
    the sentence or the one before (وزير الموارد المائية before الوزير), else ""."""
    ps = _sentence_before_start(c, mention.start)
    head = speakers.bare(mention.role[0])
    for m in reversed(mentions[bisect_left(starts, ps):bisect_left(starts, mention.start)]):
        if m.kind == "person" and not m.name and not m.parts and len(m.role) >= 2 and speakers.bare(m.role[0]) == head:
            name, unsure = resolver.person(m, m.start, gender)
            return "" if unsure or len(name.split()) < 2 or name == " ".join(m.role) else name
    return ""


def _fuller_title_before(t, c, mention):
    """(start, end) of the one fuller form of a bare title written earlier in the sentence or the
    one before, the title and an ordinal or adjective (المتهم الأول، الشاهد الثاني), else None."""
    ps = _sentence_before_start(c, mention.start)
    title = regex.compile(r"(?<!\S)" + regex.escape(mention.role[0]) + r" (ال\p{L}+)")
    found = {(m.start(), m.end()) for m in title.finditer(t, ps, mention.start) if speakers.bare(m.group(1)) in _ORDINALS}
    return found.pop() if len(found) == 1 else None


_ORDINALS = {"اول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "اولي", "ثانيه", "ثالثه", "رابعه", "خامسه", "سادسه", "رئيسي", "رئيسيه"}


_IDH = regex.compile(r"(?<!\p{L})(?:اذ|حيث)\s+$")


def _subject_before_idh(t, c, s, gender, mentions, starts, resolver):
    """وذهب المطوع أبعد من ذلك، إذ قال إن: after إذ/حيث, the verb's subject is the person named right
    after the sentence's first verb; (speaker, kind, role, gender, ambiguous), else None."""
    cue = c.cue
    if cue is None or cue.clitic or not _IDH.search(t, max(s, cue.start - 8), cue.start):
        return None
    m = next((m for m in mentions[bisect_left(starts, s):bisect_left(starts, cue.start)]
              if m.kind == "person" and (m.name or (m.role and speakers.is_title(m.role[0]))) and not m.parts
              and t[s:m.start].split()[-1:] != ["مع"]), None)  # (ويتفق مع الرومي أستاذ ...: with whom, not who)
    # (or an office, after a frame: وفي صافيتا، كانت رئيسة الجمعية أكثر حذرا، إذ قالت)
    if m is None or not _verb_then_subject(t[s:m.start].split("،")[-1].split()) or not _compatible(m.gender, gender):
        return None
    name, amb = resolver.person(m, m.start, gender)
    return name, "person", " ".join(m.role), m.gender or gender, amb


_WITH_WHOM = {"مع", "معه", "معها", "معهم", "معهما"}


def _verb_then_subject(words):
    """Are `words`, before a subject, the sentence's verb alone, or with whom it is done (ويتفق مع
    الرومي أستاذ الهندسة ...، ويتفق معها): the subject follows right after them?"""
    if len(words) == 2:
        return words[1] in _WITH_WHOM and words[1] != "مع"  # (ويتفق معها: the pronoun is whom)
    return len(words) == 1 or (len(words) == 3 and words[1] == "مع")  # (ويتفق مع الرومي: مع and whom)


def _introduced_before(t, c, s, gender, history, mentions, starts, resolver, near_start=False, described=False):
    """The person the writer introduced just before the sentence starting at `s`: the subject of
    the sentence before it, else the one subject of the paragraph before (see the two below).
    `described`: the region is a description of the source (الفنانة البالغة من العمر 41 عاما)."""
    return _subject_of_sentence_before(t, c, s, bisect_left(starts, s), gender, mentions, starts, resolver,
                                       near_start=near_start) \
        or _subject_of_paragraph_before(t, c, gender, history, mentions, starts, resolver, described=described)


def _subject_of_sentence_before(t, c, s, lo, gender, mentions, starts, resolver, near_start=False):
    """A new subject of the sentence just before the one starting at `s`, right after its verb
    (وروى الطالب فلان قصته. / وفي البصرة، يقف المزارع فلان ... . وقال إنه ...): (speaker, kind,
    role, gender, ambiguous), else None; a person there as an object or after a preposition is not."""
    if c.para is None or s <= c.para.start:
        return None
    ps = c.para.sentence_start(s - 1)
    m = next((m for m in mentions[bisect_left(starts, ps):lo] if ((m.kind == "person" and m.name)
              or (m.kind == "anonymous" and m.start == ps and t[m.end:m.end + 2].strip()[:1] in ("،", ","))
              # (فقد رفض رجل في الأربعينات، كان يصلح دراجة، ذكر اسمه. وقال: the one who declined to be named)
              or (m.kind == "anonymous" and 1 <= len(t[ps:m.start].split()) <= 2
                  and t[ps:m.start].split()[-1] in _DECLINED and t[m.end:m.end + 2].strip()[:1] in ("،", ","))
              # (وتحتفظ الأم بقميصه. تقول إنها: the relative the article introduced, by her kinship)
              or (m.kind == "person" and not m.name and len(m.role) == 1 and speakers.kin_descriptor(m.role[0]))
              # (أما نائبة بيروت الأولى، فاكتفت بنشر صورة. لكنها نفت: an office opening the sentence)
              or (m.kind == "person" and not m.name and m.role and speakers.is_title(m.role[0]) and (
                  len(t[ps:m.start].split()) <= 1
                  # (وفي ختام ندوته، عاد الكاتب العام إلى لهجة أهدأ. وقال: the office after the one word, no
                  # preposition nor reporting verb, that opens its clause)
                  or _lone_opener(_words_since_break(t, ps, m.start))))
              # (قبل أن تطفأ الأنوار، كانت المعلمة المتقاعدة تحجز مقعدها: the subject of كان)
              or (m.kind == "person" and not m.name and m.role and speakers.is_title(m.role[0])
                  and _scene_verb(t[ps:m.start].split()[-1:]))
              # (شركة السكك الوطنية، المالكة للخط، لم تنكر وجود الوثيقة. وقالت: a body named in full opening it,
              # or right after its first verb: وأعلنت هيئة تنظيم الاتصالات، من جانبها، فتح تحقيق. وأوضحت)
              or (m.kind == "organisation" and len(m.name) >= 2 and not m.parts and not speakers.is_document(m.name[0])
                  and (m.start == ps or _after_opening_reporting_verb(t, ps, m.start))))
              and not _PLACE_BEFORE.search(t[max(ps, m.start - 12):m.start])  # (وفي أبي الخصيب: a place)
              and not _after_ala(t, ps, m.start)  # (على عتبة دكانه، يجلس فلان: where, not who)
              and not speakers.KIN_OF_NAME_BEFORE.search(t, max(ps, m.start - 10), m.start)), None)
    # (تجلس والدة ريما، هيفاء الغامدي،: ريما is whose mother she is, not the subject)
    if m is not None and near_start and (len(t[ps:m.start].split()) > 4 or _PLUPERFECT.match(t, ps, m.start)):
        # وتابع after a background sentence (وكانت القافلة قد تعطلت بعد أن طلب الوالي، فلان، ...), or
        # one in the pluperfect (وكانت فلانة قد غادرت القاعة قبل ذلك): a verb that goes on keeps the
        # one just quoted unless the sentence before opens on a new subject in the story's time
        return None
    if m is not None and not m.name and m.kind == "person" and len(m.role) == 1 and speakers.kin_descriptor(m.role[0]):
        name, amb = resolver.person(m, m.start, gender)
        if name == m.text or not _compatible(speakers.kin_descriptor(m.role[0])[1], gender):
            return None
        return name, "person", " ".join(m.role), speakers.kin_descriptor(m.role[0])[1], amb
    if m is not None and not m.name and m.kind == "person":
        name, amb = resolver.person(m, m.start, gender)
        ent = resolver.entity(name)
        if ent is None or amb or len(ent.name) < 2 or not _compatible(ent.gender, gender):
            return None
        return name, "person", " ".join(m.role), ent.gender or gender, amb
    if m is not None and m.kind == "organisation":
        if not _compatible(m.gender, gender) or near_start:
            return None
        return resolver.organisation(m.name, m.start), "organisation", "", m.gender or gender, False
    if m is not None and m.kind == "anonymous":
        if _compatible(m.gender, gender) and not _plural(m):
            # موظف سابق في ...، يعمل اليوم ...، روى تفاصيل. يقول: the unnamed source opening that sentence
            held = _held_by_named(m, resolver, gender)
            if held:
                return held, "person", " ".join(m.name), m.gender or gender, False
            return _show_unnamed(resolver, t, m.start, m.end, m.text), "anonymous", "", m.gender or gender, False
        return None
    lead = t[ps:m.start].split("،")[-1].split() if m is not None else ()
    but = lead[:2] in (["غير", "ان"], ["الا", "ان"]) or lead[:1] in (["لكن"], ["ولكن"])
    if but:
        lead = lead[2 if lead[0] in ("غير", "الا") else 1:]  # (غير أن العامل فلان، أحد الناجين، قدم رواية مختلفة)
    # (or the name opening that sentence, before who they are: أم فلان، أم لثلاثة أطفال، جاءت ...; or
    # right after لكن: لكن أم فيصل لا تعول على الحوار)
    if m is not None and (len(lead) >= 1 or (but and m.name and m.name[0] in ("ام", "ابو"))
                          or t[m.end:m.end + 2].strip()[:1] in ("،", ",")) \
            and ((all(w.startswith("ال") or w in _FAMILIAR for w in lead[1:3]) and len(lead) <= 3)
                 or (m.name and _goes_by(t, ps, m.start))) \
            and _compatible(m.gender, gender) and not _plural(m):
        # (or the name the sentence's subject goes by: يجلس صحفي مخضرم ...، يعرفه الجميع باسم «أبو ياسر»)
        name, amb = resolver.person(m, m.start, gender)
        return name, "person", " ".join(m.role), m.gender or gender, amb
    return None


def _after_opening_reporting_verb(t, ps, pos):
    """Is the one word from the sentence start `ps` to `pos` و and a reporting verb (وأعلنت هيئة ...)?"""
    words = t[ps:pos].split()
    return len(words) == 1 and words[0][:1] == "و" and speakers.is_reporting_word(words[0][1:])


def _goes_by(t, ps, pos):
    """Does the sentence from `ps` bring someone on stage by a description after its verb, then give
    the name they go by right before `pos` (يجلس صحفي مخضرم ...، يعرفه الجميع باسم «أبو ياسر»)? Not a
    pronoun's name for someone named before (لا تربطه قرابة بزهرة، ويعرفه زملاؤه باسم «أبو حليمة»)."""
    found = _GOES_BY.search(t, ps, pos)
    words = t[ps:found.start()].split() if found else ()
    return any(speakers._feature_verb(w) and not w.endswith(("ه", "ها")) and k + 1 < len(words)
               and words[k + 1][:1].isalpha() and not speakers._definite(words[k + 1])
               and not speakers.is_stop(words[k + 1]) and words[k + 1] not in speakers.PERSON_NAMES
               for k, w in enumerate(words))


# the clause that gives the name someone described goes by, right before it
_GOES_BY = regex.compile(r"(?:(?:يعرف|تعرف|ينادي|تنادي|يسمي|تسمي)(?:ه|ها)\s+\p{L}+(?:\s+هنا)?(?:\s+باسم|\s+ب)?"
                         r"|(?:يدعي|تدعي|يكني|تكني|يلقب|تلقب)(?:\s+ب)?"
                         r"|(?:قدم|قدمت|عرف|عرفت)\s+نفس(?:ه|ها)\s+باسم)\s*[«\"“]?\s*$")


def _first_named_before(t, c, s, mention, sex, history, mentions, starts):
    """(name, "person") of the one person of sex `sex` that the sentence before the one at `s`, or
    this one before `mention`, names in full for the first time and no one has quoted yet, when
    there is exactly one (ولا تربط الطبيبة صلة قرابة بكاظم الموسوي، سائق الأجرة ... . يقول أبو
    حسنين: the man just introduced, though after a preposition), else None."""
    if c.para is None:
        return None
    ps = c.para.sentence_start(s - 1) if s > c.para.start else s
    lo, hi = bisect_left(starts, ps), bisect_left(starts, mention.start)
    quoted = {h[0] for h in history}
    found = {" ".join(m.name) for m in mentions[lo:hi] if m.kind == "person" and len(m.name) >= 2 and not m.parts
             and m.name[0] not in ("ابو", "ام") and speakers.name_gender(m.name) == sex
             # (introduced: described in apposition; not the lawyer called, the man buried, the doctor out of reach)
             and t[m.end:m.end + 2].strip()[:1] in ("،", ",")}
    if len(found) != 1:
        return None
    name = found.pop()
    if name in quoted or any(" ".join(m.name) == name for m in mentions[:lo]):
        return None  # (ولا تربط رنا العلي صلة قرابة بمحمود العلي: the surname alone may be said before)
    return name, "person"


def _pair_just_quoted(mention, history):
    """وقال فلان وفلانة في مؤتمر مشترك إن ... . وأكد الطرفان: a bare dual of people or sides after
    the pair just quoted together names that pair; else ""."""
    words = mention.role + mention.name
    if len(words) != 1 or not speakers.dual_of_people(words[0]):
        return ""
    last = next((h for h in reversed(history[-2:]) if h[0]), None)
    return last[0] if last is not None and last[5] and " و" in last[0] and last[2] in ("person", "organisation") else ""


def _two_bodies_before(t, c, mention, head, mentions, starts, resolver):
    """"X وY" for a dual of bodies (الشركتان) when the sentence before it, or its own before it, names
    exactly two bodies, one of them with that head, each by its fullest name (a body's proper noun
    in quotation marks too: وقعت «مرسى» اتفاقية مع شركة بحر العرب للشحن. وقالت الشركتان); else ""."""
    s = c.para.sentence_start(mention.start)
    ps = c.para.sentence_start(s - 1) if s > c.para.start else s
    found = [(m.start, resolver.organisation(m.name, m.start))
             for m in mentions[bisect_left(starts, ps):bisect_left(starts, mention.start)]
             if m.kind == "organisation" and m.name and not m.parts]
    for q in _QUOTED_WORD.finditer(t, ps, mention.start):
        body = next((" ".join(name) for p, name in reversed(resolver.orgs) if p < q.start() and len(name) >= 2
                     and name[1] == q.group(1) and speakers.is_org(name[0])), None)
        if body:
            found.append((q.start(), body))
    names = []
    for _, name in sorted(found):
        if name not in names:
            names.append(name)
    if len(names) != 2 or not any(speakers.bare(n.split()[0]) == head for n in names):
        return ""
    return " و".join(names)


_QUOTED_WORD = regex.compile(r"[«\"“](\p{L}+)[»\"”]")


def _held_by_named(m, resolver, gender):
    """وعادت مسؤولة البيئة لتؤكد after مسؤولة البيئة في الشركة، المهندسة ليلى بوزيد: a job described
    like an unnamed source, in construct with a definite word, that someone the article named
    holds; that person, else ""."""
    if len(m.name) < 2 or not speakers._definite(m.name[1]) or not speakers.is_anonymous(m.name[0]) \
            or m.name[0] in ("احد", "احدي"):  # (أحد المقاولين: one of many, not the one named)
        return ""
    described = speakers.Mention(m.start, m.end, "person", (), m.name, m.gender, m.text)
    name, amb = resolver.person(described, m.start, gender)
    ent = resolver.entity(name) if name != described.text else None
    return name if ent is not None and not amb and len(ent.name) >= 2 else ""


def _words_since_break(t, a, b):
    """The words of t[a:b] after its last comma or dash (the clause the position is in)."""
    return _CLAUSE_BREAK.split(t[a:b])[-1].split()


def _lone_opener(words):
    """One word opening a clause that is neither a preposition nor a reporting verb (عاد، وقف)."""
    return len(words) == 1 and words[0] not in _PREPOSITIONS and words[0] not in VERBS


_DECLINED = {"رفض", "رفضت", "فضل", "فضلت", "طلب", "طلبت", "اشترط", "اشترطت"}  # a source declining to be named


def _scene_verb(last):
    """Is the one word `last` holds كان (كانت، ظلت), whose subject follows it?"""
    return bool(last) and last[0] in ("كان", "كانت", "وكان", "وكانت", "ظل", "ظلت")


# familiar forms of address before a given name (وقف عمي الطاهر، خالتي فاطمة): who, not what
_ADDRESSED = {"عمي", "عمتي", "خالي", "خالتي"}  # (an elder addressed as uncle or aunt: عمي الطاهر، خالتي فاطمة)
_FAMILIAR = _ADDRESSED | {"جدي", "جدتي", "سيدي", "لالة", "لاله", "دا", "نا", "الحاج", "الحاجه"}
_BUT_HE = regex.compile(r"(?:^|\s)(?:و?لكن|غير ان|الا ان)(?:ه|ها|هما|هم)\s*$")
_GOING_ON = {"اضاف", "تابع", "استطرد", "زاد", "واصل", "ختم", "استدرك", "اردف", "استكمل"}


def _subject_of_paragraph_before(t, c, gender, history, mentions, starts, resolver, described=False):
    """The one person the paragraph before names as a subject, for a quotation that opens its
    own paragraph and names no source ('عند الظهيرة، يعود أبو سمير بصندوقين ... .' then
    '"..."، يقول.'): a feature introduces its speaker first; else None. Not when that paragraph
    quotes someone itself, nor for a verb that goes on from the last source (يضيف، يتابع)."""
    cue = c.cue
    if cue is None or cue.kind != "verb" or cue.number != "s" or cue.lemma in _GOING_ON or c.para is None \
            or (c.region and len(t[c.region[0]:c.region[1]].split()) > 3 and not described):
        return None  # (a short region named nobody: يقول بصوت خافت; or one that describes the source)
    begin = end = t.rfind("\n", 0, c.start) + 1  # (the paragraph where the quotation opens, not where its cue is)
    opens = not t[begin:c.start].strip(" \"«“'-–—")  # (the quotation opens that paragraph)
    if not opens:
        # or the sentences before, in its own paragraph: 'عند المغيب، يعود ديوب الأب إلى البيت. ...
        # يجلس ويصب الشاي، ثم يقول: «...»'
        end = c.para.sentence_start(min(c.start, cue.start))
    if opens or (end <= begin and t[cue.start:cue.end].lstrip("وف")[:1] in ("ي", "ت")):
        # the paragraph before (also when a present-tense cue opens the paragraph: 'تفرد عائشة ...
        # أوراقها.' then 'تقول المعلمة المتقاعدة: «...»'; not وقال المدير الجديد, news of someone else)
        end = begin
        while end > 0 and t[end - 1] in " \n\t":
            end -= 1
        begin = t.rfind("\n", 0, end) + 1
    if end <= begin or (history and history[-1][6] >= begin):
        return None
    found = {}
    for m in mentions[bisect_left(starts, begin):bisect_left(starts, end)]:
        if m.kind != "person" or not m.name or m.parts or _plural(m) or not _compatible(m.gender, gender):
            continue
        if t[m.start - 1:m.start] in ('"', "«", "“") and t[m.end:m.end + 1] in ('"', "»", "”"):
            continue  # (تحدثت "نخيل برس" إلى فلانة: the outlet in quotation marks, no person)
        s = t.rfind(".", begin, m.start) + 1 or begin
        spoken_to = _SPOKE_TO.search(t, max(begin, m.start - 60), m.start) is not None
        if not spoken_to and (_object_position(t, max(s, begin), m, resolver)
                              or _PLACE_BEFORE.search(t[max(begin, m.start - 12):m.start])):
            continue
        name, amb = resolver.person(m, m.start, gender)
        found.setdefault(name, (name, "person", " ".join(m.role), m.gender or gender, amb))
    return next(iter(found.values())) if len(found) == 1 else None


# an outlet named in quotation marks (تحدثت "الصحيفة" إلى فلانة، وسألت «المرصد» المتحدث)
_QUOTED_OUTLET = r"[«\"“][^»\"”\n]{1,40}[»\"”]"
# تحدثت "الصحيفة" إلى فلانة، ...: the one the outlet spoke to, who then speaks
_SPOKE_TO = regex.compile(r"تحدث(?:ت)?\s+" + _QUOTED_OUTLET + r"\s+(?:الي|مع)\s+$")
_OUTLET_ONLY = regex.compile(r"\s*" + _QUOTED_OUTLET + r"\s*$")  # (nothing but the outlet between verb and mention)


_AUTHOR = regex.compile(r"(?:" + "|".join(sorted(speakers._AUTHOR_OF)) + r")(?:\s+(?:روايه|كتاب|ديوان|فيلم|مسرحيه|اغنيه|مجموعه|لوحه|قصيده))?\s*[«\"“]([^«»\"“”\n]{2,60})[»\"”]")


def _author_of(t, c, mention, mentions, starts, resolver, gender):
    """صاحبة «بيت الملح», صاحب كتاب «...»: the author the article named in the sentence where that
    work's title first appears (الروائية فلانة ... عن روايتها «بيت الملح»); else ""."""
    m = _AUTHOR.match(t, mention.start) if t.startswith("صاحب", mention.start) else None
    if m is None:
        return ""
    title = m.group(1)
    for k in regex.compile(r"[«\"“]" + regex.escape(title) + r"[»\"”]").finditer(t, 0, mention.start):
        a = max(t.rfind(x, 0, k.start()) for x in (".", "\n", "؟", "!")) + 1
        b = min((e for e in (t.find(x, k.end()) for x in (".", "\n", "؟", "!")) if e != -1), default=len(t))
        named = [x for x in mentions[bisect_left(starts, a):bisect_left(starts, b)]
                 if x.kind == "person" and len(x.name) >= 2 and _compatible(x.gender, gender)]
        if named:  # (the sentence's first person: its subject, not the publisher after the title)
            return resolver.person(named[0], named[0].start, gender)[0]
    return ""


def _described_again(t, c, mention, speaker, kind, prev, history, gender, resolver, mentions, starts):
    """(speaker, kind) when a description that named nobody refers back to a source the
    article has: the unnamed source just quoted by that noun (ويتابع الموظف السابق after موظف
    سابق في ...), the person an epithet stands for (وأضاف المسؤول النرويجي), or the unnamed
    person the body described with that noun, quoted or not (يرسمها موظف في الميناء ... . يقول
    الموظف); else None."""
    described_only = kind == "person" and not mention.name and mention.role and speaker == " ".join(mention.role)
    ent = resolver.entity(speaker) if kind == "person" and not mention.name and mention.role and not described_only else None
    named_later = ent is not None and bool(ent.positions) and ent.positions[0] > mention.start
    # (the noun read short by the resolver to the words of its construct: وقال التاجر → تاجر جملة)
    read_short = kind == "person" and not mention.name and len(mention.role) == 1 and bool(speaker) and not described_only
    if described_only or named_later or read_short:
        # (ولفت صيدلاني المستوصف after صيدلاني في مستوصف العارضية: the unnamed one just quoted, not the
        # pharmacist the article names in the next paragraph)
        same = _same_unnamed(history[-6:], speakers.bare(mention.role[0]))
        if same is not None and (described_only or (len(mention.role) >= 2 and speakers.bare(mention.role[1]) in {
                speakers.bare(w) for w in _folded(same[0]).split()})
                or (read_short and _folded(same[0]).startswith(_folded(speaker) + " "))):
            # (named later only when the unnamed source's own place is the one said: مدرب الفريق الأول
            # after مدرب في أكاديمية النادي is the coach the article names; read short, when the unnamed
            # one's whole description goes on from it: تاجر جملة في سوق السمك المركزي، طلب عدم ذكر اسمه)
            return same[0], "anonymous"
    # (or with a nisba: اختصاصية تغذية في الوزارة، طلبت عدم الكشف عن اسمها، إذ قالت الاختصاصية الحكومية)
    nisba = len(mention.role) == 2 and speakers._definite(mention.role[1]) and mention.role[1].endswith(("ي", "يه"))
    if ent is not None and (len(mention.role) == 1 or nisba) and mention.role[0].startswith("ال"):
        # ضابط في الجمارك، طلب عدم الكشف عن هويته ... . «...»، يقول الضابط: the unnamed one the body described
        # since the named source last spoke, not a named one of a kindred rank (العقيد فلان); with a nisba or
        # the named one's own title, only when described in the same sentence
        described = _described_group(mentions, starts, mention.role[0][2:], mention.start)
        last = max((p for p in ent.positions if p < mention.start), default=-1)
        if described is not None and described.start > last and not _plural(described) \
                and ((not nisba and speakers.bare(mention.role[0]) not in ent.roles)
                     or (c.para is not None and described.start >= c.para.sentence_start(mention.start))) \
                and not _WHO_IS.search(t, max(0, described.start - 30), described.start):
            # (not التي عملت محاسبة في الشركة: what a named person is)
            return _show_unnamed(resolver, t, described.start, described.end, described.text), "anonymous"
    if described_only and len(mention.role) == 2 and speakers.is_title(mention.role[0]) \
            and not speakers._definite(mention.role[0]) and speakers._definite(mention.role[1]):
        # قال رئيس بلدية العيون إن ... . وأكد رئيس البلدية: the unnamed holder of that office just quoted,
        # the title and its body said again with the article
        same = _same_office_unnamed(history[-8:], mention.role[0], speakers.bare(mention.role[1]), resolver, mention.start)
        if same is not None:
            return same[0], same[2]
    words = mention.role if mention.kind == "person" and not mention.name else mention.name
    if len(words) == 1 and words[0].startswith("ال") and speakers.bare(words[0]) in ("رجل", "سيده", "مراه") \
            and prev is not None and prev[0] and prev[2] == "anonymous" and c.start - prev[6] <= 1500 \
            and _compatible(prev[1], _PEOPLE_NOUNS[speakers.bare(words[0])]) and _compatible(prev[1], gender):
        # وقال أحد أولياء الأمور، رفض الكشف عن اسمه، إن ... . وأضاف الرجل: the unnamed source just quoted
        return prev[0], "anonymous"
    if described_only and c.para is not None and (len(mention.role) == 1 or (
            len(mention.role) == 2 and mention.role[1].startswith("ال")
            and (mention.role[1].endswith(("ي", "يه")) or speakers._how_old(mention.role[1])))) \
            and mention.role[0].startswith("ال") \
            and mention.start > c.start and resolver.entity(speaker) is None and not speakers.kin_descriptor(mention.role[0]) \
            and speakers.bare(mention.role[0]).removesuffix("ه") not in _COUNTERPARTS:
        # تجلس أم صالح، وهي أرملة في الخمسين، تحت شجرة. «...»، تقول المزارعة: a quotation opening the
        # sentence after the one that brought a person on stage, its source the noun for what she is (or
        # with an adjective: العم فلان، الذي ...، يأتي كل صباح. «...»، يقول الرجل الثمانيني)
        own = speakers.title_gender(mention.role[0]) or ("f" if mention.role[0].endswith("ه") else "m")
        s = c.para.sentence_start(c.start)
        found = _subject_of_sentence_before(t, c, s, bisect_left(starts, s), gender, mentions, starts, resolver)
        if found is not None and found[1] == "person" and _compatible(found[3], own):
            return found[0], "person"
    if described_only and c.para is not None and len(mention.role) == 2 and mention.role[0] in speakers._AUTHOR_OF \
            and mention.role[1].startswith("ال") and resolver.entity(speaker) is None:
        # في فندق صغير بحي تفرغ زينة، تحتفظ مريم منت أحمدو بحقائب اللاعبين. تقول صاحبة الفندق: the owner
        # of the place the sentence before set its new subject in
        s = c.para.sentence_start(mention.start)
        place, before = speakers.bare(mention.role[1]), (t[c.para.sentence_start(s - 1):s] if s > c.para.start else "")
        if before and (_whole_word_at(before, place) >= 0 or _whole_word_at(before, place, glued=True) >= 0):
            found = _subject_of_sentence_before(t, c, s, bisect_left(starts, s), gender, mentions, starts, resolver)
            if found is not None and found[1] == "person" and _compatible(found[3], "f" if mention.role[0].endswith("ه") else "m"):
                return found[0], "person"
    epithet = _epithet_of_previous(c, mention, speaker, prev, gender, resolver)
    if epithet:
        return epithet, "person"
    if described_only and c.cue is not None and c.cue.lemma in _GOING_ON and c.cue.number == "s" \
            and speakers._definite(mention.role[-1]) and prev is not None and prev[0] and prev[2] == "person" \
            and _compatible(prev[1], gender) and c.start - prev[6] <= 600 \
            and not any(speakers._definite(r) and speakers.is_title(r) and speakers.bare(r) not in speakers._PLAIN_PERSONS
                        for r in mention.role[:1]):
        # "..."، يقول أبو أحمد. ويضيف صاحب الورشة: a verb that goes on, with a description nobody
        # holds (not an office: وأضاف الوزير is someone else), is the person just quoted
        return prev[0], "person"
    if described_only and mention.role[0].startswith("ال") and (len(mention.role) == 1 or (
            len(mention.role) == 2 and mention.role[1].startswith("ال"))):
        # (الموظف السابق after موظف سابق في البرنامج: the noun and its adjective, both with the article)
        described = _described_group(mentions, starts, mention.role[0][2:], mention.start,
                                     mention.role[1][2:] if len(mention.role) == 2 else None)
        if described is not None and not _plural(described):
            return _show_unnamed(resolver, t, described.start, described.end, described.text), "anonymous"
    if described_only and len(mention.role) == 1:
        member = _member_of_body(mention.role[0], mention.start, gender, resolver)
        if member:
            return member, "person"
    alone = mention.role if not mention.name else mention.name
    if kind == "person" and len(alone) == 1 and alone[0].startswith("ال") and speaker in (alone[0], mention.text) \
            and speakers.PERSON_NAMES.get(alone[0], "-") == "-" and resolver.entity(speaker) is None:
        span = _described_in_text(t, alone[0][2:], mention.start)
        if span is not None:
            # يعرض سمسار في الأربعينات قائمة الشقق ... . يقول السمسار: whoever the body described so
            return resolver.show_span(span[0], span[1], t[span[0]:span[1]]), "anonymous"
    return None


def _member_of_body(word, pos, gender, resolver):
    """وتقول النقابية after الأمينة العامة لنقابة عمال النسيج، هودان عبدي وارسمه: a definite nisba of a
    body's noun (النقابي/النقابية of نقابة) said alone is the one person named before with an office in
    such a body (of the verb's gender); else ""."""
    if not (word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= 7):
        return ""
    stem = word[2:].removesuffix("ه").removesuffix("ي") + "ه"
    if not speakers.is_org(stem):
        return ""
    holders = {e.name for e in resolver.entities if e.kind == "person" and len(e.name) >= 2 and e.positions
               and e.positions[0] < pos and _compatible(e.gender, gender) and {stem, "ل" + stem} & e.role_words}
    return resolver.show(" ".join(holders.pop())) if len(holders) == 1 else ""


def _described_in_text(t, head, pos):
    """The span of the last description before `pos` (within 1500 characters) that opens with the
    indefinite `head` and a place or origin (سمسار في الأربعينات، بائعة من الريف), to the verb's
    object, a comma or a reporting word, else None."""
    if len(head) < 3 or speakers.is_stop(head):
        return None
    lo = max(0, pos - 1500)
    # (or glued to ل, whose it is: ولمصدر في الشركة، طلب عدم الكشف عن اسمه، رواية أخرى)
    at, glued = max((t.rfind(before + head + " " + prep + " ", lo, pos), len(before) - 1)
                    for before in (" ", "\n", " ل", "\nل", " ول", "\nول") for prep in ("في", "من"))
    if at < 0:
        return None
    at += glued
    toks = speakers.tokens(t, at + 1, min(pos, at + 200))
    words = [x[0] for x in toks]
    j = 1
    while j < len(words) and j < 8 and words[j][:1].isalpha() and words[j] not in speakers._ANON_END \
            and not speakers.is_reporting_word(words[j]) and not speakers._object_after(words, 0, j):
        j += 1
    if j < 3:
        return None
    return toks[0][1], toks[j - 1][2]


def _epithet_of_previous(c, mention, speaker, prev, gender, resolver):
    """The person quoted just before, when this quote's source is a definite description
    that named nobody (the article gave no one that office): a noun with a describing
    adjective (المسؤول النرويجي، الحارس الدولي، الأم الأربعينية، الرئيسة التنفيذية) agreeing
    with that person, and a title only if that person holds it. Else ""."""
    words = mention.role if mention.kind == "person" and not mention.name else mention.name
    if mention.kind == "person" and mention.name and mention.role:
        return ""
    if len(words) == 1 and speakers.bare(words[0]) in _PEOPLE_NOUNS and words[0].startswith("ال") \
            and (speaker in (words[0], mention.text) or speakers.bare(words[0]) in ("رجل", "مراه", "امراه", "سيده")
                 or (speakers.bare(words[0]) in speakers._PLAIN_PERSONS and (
                     resolver.entity(speaker) is None or speakers.bare(_first_word(speaker)) in speakers._PLAIN_PERSONS))):
        # (الرجل، المرأة: plain nouns for whoever was just quoted, not an earlier one described so)
        # يقول الأب، وتختم الأم، ويتابع الشاب: the person just quoted, by what the article made of them
        ent = _previous_person(c, prev, gender, _PEOPLE_NOUNS[speakers.bare(words[0])], resolver)
        return prev[0] if ent is not None else ""
    said = " ".join(_folded(w) for w in speaker.split())
    if len(words) == 2 and words[0].startswith("ال") and words[1] in _SAME and said in (" ".join(words), mention.text):
        # وأوضح المسؤول ذاته: the one just quoted, by the noun for what they are
        ent = _previous_person(c, prev, gender, speakers.title_gender(words[0]), resolver)
        return prev[0] if ent is not None else ""
    if not (2 <= len(words) <= 3 and words[0].startswith("ال") and words[1].startswith("ال")
            and (words[1].endswith(("ي", "يه")) or speakers.bare(words[1]) in speakers._DECADES)):
        return ""
    if said not in (" ".join(words), mention.text, " ".join(mention.role + mention.name)):
        return ""  # the description named someone (or the anonymous source quoted before) already
    own = speakers.title_gender(words[0]) or ("f" if words[1].endswith("يه") else "")
    quality = speakers.bare(words[1])
    aged = quality in speakers._DECADES
    if quality not in speakers.GENERIC_ROLE_WORDS and not aged and speakers.PERSON_NAMES.get(words[0]) not in ("m", "f"):
        # التقني البرتغالي: the person the article described with that quality (المدرب البرتغالي فلان)
        other = speakers.contrary_states(words)
        described = [e for e in resolver.entities if quality in e.role_words and len(e.name) >= 2 and e.positions
                     and e.positions[0] < c.start and _compatible(e.gender, gender) and _compatible(e.gender, own)
                     and not (speakers.is_title(words[0]) and speakers.bare(words[0]) not in e.roles)
                     and not other & e.role_words]  # (the new councillor is not the one called the former)
        if len({e.name for e in described}) == 1:
            return " ".join(described[0].name)
    if aged:
        # الشابة العشرينية: the one person the article gave an age of that decade (ياسمين (20 عاما))
        ent = resolver.of_age(speakers.decade(words[1]), own or gender, c.start)
        if ent is not None and _compatible(ent.gender, gender):
            return " ".join(ent.name)
    if mention.kind == "person" and mention.name and not (_describing_noun(mention.name[0]) or aged):
        return ""  # a name, not a description read as one (الحارس الدولي، المتقاعد الستيني)
    ent = _previous_person(c, prev, gender, own, resolver)
    if ent is None:
        return ""
    if speakers.is_title(words[0]) and speakers.bare(words[0]) not in ent.roles \
            and any(speakers.is_title(r) for r in ent.roles) and words[-1] not in ("الجديد", "الجديده"):
        # وقال المتحدث العسكري after a minister: another person (المسؤول is no title: any office);
        # but وأضاف المستشار الجماعي الجديد after the winner: the office the one quoted just took
        return ""
    return prev[0]


# people a scene puts beside the one on stage, never that one (يقول الزبون، تقول الجارة، يقول الطبيب), by
# their masculine stem: those named by whom they stand beside, and those who serve or face them
_COUNTERPARTS = {w.removesuffix("ه") for w in speakers._BESIDE} | {
    "زبون", "ضيف", "زائر", "منافس", "خصم", "طبيب", "محامي", "ممرض", "مريض", "مرافق", "حارس", "شرطي", "موظف", "مسؤول",
    "مدير", "صاحب"}
# what opens the description of someone already named (التي عملت محاسبة، وهو موظف، بصفته مهندسا)
_WHO_IS = regex.compile(r"(?:الذي|التي|وهو|وهي|بصفته|بصفتها|بوصفه|بوصفها)(?:\s+\p{L}+)?\s+$")
_SAME = {"ذاته", "ذاتها", "نفسه", "نفسها", "عينه"}  # المسؤول ذاته، المصدر نفسه: the one just quoted
_SAME_AFTER = regex.compile(r"\s+(?:ذاته|ذاتها|نفسه|نفسها|عينه)(?!\p{L})")

# the nouns a feature uses for someone it has named (الأب، الأم، الشاب، الرجل), with their gender
_PEOPLE_NOUNS = {"اب": "m", "ام": "f", "ابن": "m", "ابنه": "f", "جد": "m", "جده": "f", "زوج": "m", "زوجه": "f",
                 "شاب": "m", "شابه": "f", "رجل": "m", "سيده": "f", "مراه": "f", "فتي": "m", "فتاه": "f"}


def _previous_person(c, prev, gender, own, resolver):
    """The entity of the person just quoted (named in full or by a given name, within a few paragraphs), when
    `gender` (the verb's) and `own` (the description's) agree with them; else None."""
    if prev is None:
        return None
    name, g, kind, quoted_at = prev[0], prev[1], prev[2], prev[6]
    if kind != "person" or c.start - quoted_at > 1500:
        return None
    ent = resolver.entity(name)
    word = _folded(name)
    if ent is None and " " not in word and speakers.PERSON_NAMES.get(word) in ("m", "f"):
        # a feature's person known by a given name alone (تقول ريما. وتشرح الشابة): no entity, but a person
        ent = speakers.Entity("person", (word,), speakers.PERSON_NAMES[word])
    if ent is None:
        return None
    g = g or ent.gender
    return ent if _compatible(g, gender) and _compatible(g, own) else None


# offices a newcomer holds when named unnamed with the article (وقال المتحدث، أكد المحافظ), and
# الأخير (the latter, the last of several named): no description of the person just quoted
_OFFICES_OF_NEWCOMERS = {"وزير", "متحدث", "ناطق", "رئيس", "محافظ", "والي", "سفير", "مدير", "قائد", "نائب", "عميد",
                         "امين", "مندوب", "ممثل", "قاضي", "مدعي", "نقيب", "مفوض", "منسق", "مسؤول", "مصدر", "محامي",
                         "مستشار", "امير", "ملك", "امام", "مفتي", "محقق", "اخير"}
_PARTY_ORDINALS = {"اول", "ثاني", "ثالث", "رابع", "اولي", "ثانيه", "ثالثه", "رابعه"}


def _just_quoted_described(c, described, prev, gender, mentions, resolver):
    """وتشير الطالبة، ويروي الصياد، وقال الشاهد الأول إنه: a lone definite word for what a person
    is, that nobody the article named holds and that opens no office a newcomer holds, names
    again the person quoted just before (in this paragraph or the one before), of that sex,
    whom the article has given no title (a coach quoted before وروى الشاهد is someone else);
    not when the article introduced someone unnamed by that word (أرملة في الخمسين ... تقول
    الأرملة), nor when it used the word before that person came (ويواجه المتهم ... وأفاد القاضي فلان)."""
    if prev is None or prev[2] != "person" or prev[5] or not prev[0] or c.para is None or prev[4] is None:
        return False
    if len(described) > 2 or (len(described) == 2 and speakers.bare(described[1]) not in _PARTY_ORDINALS):
        return False
    head = speakers.bare(described[0])
    stem = speakers._stem(head)
    if stem in _OFFICES_OF_NEWCOMERS or head.endswith(("ون", "ين", "ان", "ات")):
        return False
    if not (speakers.is_title(described[0]) or stem in speakers._PLAIN_PERSONS or head in speakers._PLAIN_PERSONS):
        return False
    ent = resolver.entity(prev[0])
    if ent is None or not ent.positions or not _compatible(ent.gender or prev[1], gender) \
            or (len(ent.name) < 2 and speakers.PERSON_NAMES.get(ent.name[0]) not in ("m", "f")):
        return False
    if speakers.is_title(described[0]) and ent.roles:
        return False
    if prev[4] is not c.para and not resolver.paragraph_before(prev[4].start, c.para.start):
        return False
    if any(m.kind == "anonymous" and m.start < c.start and m.name
           and speakers.bare(m.name[0]) in (head, stem, stem + "ه") for m in mentions):
        return False
    return not resolver.written_before(head, ent.positions[0])


def _describing_noun(w):
    """A definite noun that describes a person (الحارس، الأم، المسؤول), never a given name."""
    b = speakers.bare(w)
    stem = b[:-1] if b.endswith("ه") else b
    return w.startswith("ال") and speakers.PERSON_NAMES.get(w) not in ("m", "f") and (
        speakers.is_title(w) or speakers.is_anonymous(w) or w in speakers.COMMON_WORDS or b in speakers.COMMON_WORDS
        or b in speakers._KIN_STEMS
        or (len(stem) == 4 and stem[1] == "ا"))  # a doer: الفاعلة الجمعوية، الناشط الحقوقي


def _relayed_description(t, c, mention, speaker, resolver):
    """نقلت الوكالة عن والي داخلة نواذيبو قوله: a source the relay describes rather than names
    (a role, an anonymous or group description, a role before a place read as a one-word
    name) is the whole description between عن and قوله, up to a comma: its (start, end), else None."""
    if mention.kind == "person":
        unresolved = tuple(speaker.split()) in (mention.name, tuple(mention.role), mention.role + mention.name) \
            or speaker == mention.text
        one_word = len(mention.name) == 1 and (mention.role or (
            speakers.PERSON_NAMES.get(mention.name[0], "-") == "-" and not resolver.names_with(mention.name[0])))
        if not unresolved or (mention.name and not one_word):
            return None
    toks = speakers.relay_source(speakers.tokens(t, *c.region))
    if not toks:
        return None
    k = next((k for k, x in enumerate(toks) if x[0] in ("،", ",", "(")), len(toks))
    toks = toks[:k]
    if not toks or toks[0][1] > mention.start or toks[-1][2] < mention.end or len(toks) > 12 \
            or len(toks) <= len(speaker.split()):
        return None
    return toks[0][1], toks[-1][2]


_FA_WORDS = {"في", "فيه", "فيها", "فيهم", "فيما", "فوق", "فقط", "فضلا", "فتره", "فترات"}  # ف-words that are no ف-verb
_FA_VERB = regex.compile(r"(?:^|\s)(ف\S+|فقد\s+\S+)")  # أما X فتقول / فقد حذر
# what sets a topic apart before its ف-verb: أما، and بالعودة إلى (وبالعودة إلى سارة، فقد قالت)
_TOPIC_OPENER = regex.compile(r"(?<!\p{L})[وف]?(?:اما|بالعوده\s+الي)\s+")


_MET_HIM = regex.compile(r"(?:التق|قابل|صادف|سال)\p{L}*(?:ه|ها|هم|هما)$")  # التقته، التقيناه، قابلناها، سألناه


def _described_unquoted(t, mention, mentions, starts):
    """The unnamed person the body described before `mention` (within 1500 characters) by the
    indefinite form of its definite title and adjective (مستشار جماعي بإحدى الجماعات القروية for
    المستشار الجماعي) and who asked not to be named, with no one of that title between; else None."""
    role = mention.role
    if mention.name or mention.parts or not 1 <= len(role) <= 2 or not all(w.startswith("ال") for w in role) \
            or not speakers.is_title(role[0]):
        return None
    indefinite = tuple(w[2:] for w in role)
    for k in range(bisect_left(starts, mention.start) - 1, -1, -1):
        m = mentions[k]
        if m.end <= mention.start - 1500:
            return None
        if m.kind not in ("person", "anonymous") or m.parts:
            continue
        words = m.role if m.kind == "person" else m.name
        if m.kind == "person" and m.name:
            if any(speakers.bare(r) == indefinite[0] for r in m.role):
                return None  # (someone named holds that title: the resolver's)
            continue
        if words[:len(indefinite)] == indefinite and len(words) > len(indefinite):
            # (one who asked not to be named, whom no later sentence names: طلب عدم الكشف عن اسمه)
            return m if _ANONYMITY.match(t, m.end) else None
        if words and speakers.bare(words[0]) == indefinite[0]:
            return None  # (another described by that title in between)
    return None


def _before_where(role):
    """The words of a role before where its holder works, glued to ب (طبيب يعمل بالقطاع العام: the
    sector is definite, the doctor is not)."""
    k = next((k for k, r in enumerate(role) if k and r.startswith("بال") and len(r) > 5), len(role))
    return role[:k]


def _unnamed_just_quoted(history):
    """The unnamed source the quote before was given to, as shown; else ""."""
    return history[-1][0] if history and history[-1][0] and history[-1][2] == "anonymous" else ""


def _body_named_in_apposition(t, m, mentions, starts):
    """The body a description of it names right after it, between commas (الشركة المشغلة، شركة
    المتوسط للمياه والطاقة،): the same head without the article, then its own name; else None."""
    if not m.name or not all(w.startswith("ال") for w in m.name):
        return None
    k = bisect_left(starts, m.end)
    named = mentions[k] if k < len(mentions) else None
    if named is None or named.kind != "organisation" or len(named.name) < 2 or named.name[0].startswith("ال") \
            or t[m.end:named.start].strip() not in ("،", ",") or not _APPOSITION_CLOSED.match(t, named.end) \
            or speakers.bare(named.name[0]) != speakers.bare(m.name[0]):
        return None
    return named


_APPOSITION_CLOSED = regex.compile(r"\s*[،,]")


def _amma_subject(t, c):
    """The topic of 'أما X فـ...' (أما رغد، طالبة الثانوية، فتقول إن / أما الاتحاد فقد حذر
    من أن): the source of the ف-verb and of what continues it in the sentence, else None."""
    cue = c.cue
    if cue is None or c.para is None or cue.kind == "interview":
        return None
    s = c.para.sentence_start(cue.start)
    opener = _TOPIC_OPENER.search(t, s, min(s + 24, cue.start))  # (it opens the sentence: the sentence sliced only then)
    if opener is None or opener.start() > s + 8:
        return None
    head = t[s:cue.start]
    said = head + t[cue.start:cue.end]
    # (أما صاحب الهدف فيصل الشهري، فقال: a given name in ف is no ف-verb)
    verbs = [v for v in _FA_VERB.finditer(said) if speakers.PERSON_NAMES.get(v.group(1)) not in ("m", "f")
             and v.group(1) not in _FA_WORDS]  # (أما مسؤول في وزارة ... فقال: في is no ف-verb)
    if not verbs:
        return None
    # (أما مصدر في فرع مرور حلب، فقد أفاد: the ف after the comma that closes the topic, not a noun in ف)
    verb = next((v for v in verbs if said[:v.start()].rstrip().endswith(("،", ","))), verbs[0])
    end = s + verb.start()
    start = opener.end()
    toks = speakers.tokens(t, start, end)
    k = next((k for k in range(len(toks) - 2) if toks[k][0] == "(" and toks[k + 1][0] in ("ام", "ابو")), None)
    if k is not None:  # أما نوال بني هاني (أم يزن)، رئيسة الجمعية: her kunya is no part of her name
        e = next((e for e in range(k + 2, min(len(toks), k + 6)) if toks[e][0] == ")"), k + 1)
        toks = toks[:k] + toks[e + 1:]
    # (أما فلان (45 عاما): his age is no part of who he is, but أما سائق يعمل منذ عام: a year of his description)
    toks = [x for k, x in enumerate(toks) if not (x[0] == "(" or x[0] == ")" or x[0].isdigit() or (
        x[0] in ("عاما", "سنه", "عام") and k and toks[k - 1][0].isdigit()))]
    k = next((k for k in range(2, len(toks)) if _MET_HIM.match(toks[k][0])), None)
    if k is not None:
        toks = toks[:k]  # أما موظف حكومي التقته «الحارة» عند الصراف: where the paper met him is no part of who he is
    m = speakers.parse_phrase(toks, t) if toks else None
    if m is None or (m.kind == "person" and not m.name and not m.role):
        return None
    if m.kind == "anonymous" and not m.parts:
        m = speakers.described_to_the_end(m, toks, t) or m  # أما مسؤول في وزارة الإعمار والإسكان فقال
    k = next((k for k, x in enumerate(toks) if x[0] in ("،", ",")), None)
    if m.kind == "person" and k is not None and 1 <= k <= 3 and any(speakers.kin(x[0]) for x in toks[:k]) \
            and (not m.name or any(speakers.kin(w) for w in m.name)):
        # أما ابن أخيه، يزن الشوابكة، فقال: the relation, then the name in apposition
        named = speakers.parse_phrase(toks[k + 1:], t)
        if named is not None and named.kind == "person" and len(named.name) >= 2 and not named.role:
            named.role = tuple(x[0] for x in toks[:k])
            named.start = toks[0][1]
            return named
    return m


_FRONTED_SOURCE = regex.compile(r"[\s،]*(?:غير ان|الا ان|لكن|ولكن|كما ان|و)?\s*ال(\p{L}+)(?:\s+ال\p{L}+)?\s*$")
_PLUPERFECT = regex.compile(r"[\s،]*(?:و|ف)?(?:كان|كانت)\s+$")  # وكانت before the subject of ... قد غادرت


def _kana_subject_at(t, s, cue, m):
    """Is m the whole subject between كان and قد before the cue (وكان الوزير قد قال)?"""
    fronted = _KANA_QAD.match(t, s, cue.start)
    return fronted is not None and fronted.start(1) == m.start and fronted.end(1) == m.end


_KANA_QAD = regex.compile(r"[\s،]*(?:و|ف)?(?:كان|كانت|كانوا)\s+([^.:]+?)[\s،]+قد\s*$")


def _fronted_subject(t, c):
    """The match of a subject fronted between كان and قد in the sentence before the candidate's cue
    (وكانت الجامعة قد أبلغت: group 1 is the subject), else None. The candidate has a cue and a paragraph."""
    return _KANA_QAD.match(t, c.para.sentence_start(c.cue.start), c.cue.start)


_WHEN_WORDS = {"عقب", "بعد", "قبل", "اثر", "خلال", "اثناء", "قبيل", "بعيد", "فور", "لدي", "عند", "حين"}
_OBJECT_FIRST = {"وصف", "برر"}  # وصف X العلاقات بأنها، برر X القرار بأن: the object belongs to the reported clause
# saying verbs that also take a definite object after their subject (اختتم المؤتمر، شرح الخطة، جدد الموقف)
_TAKES_OBJECT = {"اختتم", "ختم", "شرح", "جدد", "استهل", "افتتح"}
_AND_JOINERS = {"وبن", "وابن", "وابو", "وام", "وبنت", "وولد"}  # و + the first word of a second name


_RELAYED_PRONOUNS = {"عنه": "m", "عنها": "f"}  # (نقلت الإذاعة عنه: from him, whose words they are)
_FROM_HIM = regex.compile(r"\s+(عنه|عنها)(?!\p{L})")  # (right after the passive نقل: نقل عنه قوله)
_RELAYED_GENDER = {"قوله": "m", "تاكيده": "m", "قولها": "f", "تاكيدها": "f"} | _RELAYED_PRONOUNS


_SPOKESPEOPLE = {"متحدث", "متحدثه", "ناطق", "ناطقه"}


def _spokesman_named(resolver, mention, gender):
    """The person the article named as المتحدث باسم X before a construct متحدث X (the body's
    spokesman, definite by its body), else ""."""
    office = ("ال" + mention.name[0], "باسم", mention.name[1])
    named, amb = resolver.person(speakers.Mention(mention.start, mention.end, "person", (), office, gender),
                                 mention.start, gender)
    ent = resolver.entity(named)
    return named if ent is not None and ent.kind == "person" and len(ent.name) >= 2 and not amb else ""


def _relayed_gender(t, c):
    """The gender of the one whose words an outlet relays (عن العواملة قوله: a man), else ""."""
    words = t[c.region[0]:c.region[1]].split() if c.region else ()
    return next((_RELAYED_GENDER[w] for w in reversed(words) if w in _RELAYED_GENDER), "")


def _goes_on_under_kunya(t, mention, speaker, cue, prev, c):
    """Is a kunya nobody in the article bears (أم خالد) the person just quoted, going on with a verb
    of going on (وأضافت، ويضيف أبو سجاد، كما يناديه جيرانه)?"""
    return len(mention.name) == 2 and mention.name[0] in ("ابو", "ام") and not mention.role \
        and speaker == " ".join(mention.name) and cue is not None and cue.lemma in _GOING_ON \
        and prev is not None and prev[2] == "person" and len(prev[0].split()) >= 2 \
        and _first_word(prev[0]) not in ("ابو", "ام") and c.start - prev[6] <= 300 \
        and _compatible(prev[1], "m" if mention.name[0] == "ابو" else "f") \
        and not _introduced_after(t, mention)


def _introduced_after(t, mention):
    """Does a description follow the mention (أم خالد، وهي نازحة من ...، أم خالد (45 عاما)): someone new,
    unless it says who calls the person so (أبو سجاد، كما يناديه جيرانه) or how they spoke?"""
    after = t[mention.end:mention.end + 50].lstrip()
    if after[:1] not in ("،", ",", "(") or speakers._CALLED_RE.search(after) is not None:
        return False
    first = after[1:].split()[:1]
    # (وتضيف أم فيصل، بصوت متهدج، أنها: how she said it, no one new)
    return after[:1] == "(" or (bool(first) and first[0][:1] != "ب" and not speakers._manner_adverb(first[0]))


def _same_unnamed(history, head):
    """The last unnamed source quoted in `history` whose description opens with the noun
    `head` (المصدر نفسه، الموظف السابق after مصدر ...، موظف سابق في ...), else None."""
    return next((h for h in reversed(history) if h[2] == "anonymous" and h[0]
                 and _folded(_first_word(h[0])) in (head, head + "ا")), None)  # (مصدرا دبلوماسيا: accusative)


def _same_office_unnamed(history, title, body, resolver, pos):
    """The last source quoted in `history` by an office alone whose title is `title` and whose
    indefinite body noun is `body` (رئيس بلدية العيون for رئيس البلدية), naming no one; None when there
    is none, or when the sentence at `pos` names another place (another holder of that office)."""
    for h in reversed(history):
        words = [_folded(w) for w in h[0].split()] if h[0] else []
        if h[2] == "person" and len(words) >= 3 and words[0] == title and not speakers._definite(words[1]) \
                and speakers.bare(words[1]) == body and resolver.entity(h[0]) is None:
            return None if resolver.place_changed(pos, words) else h
    return None


def _fronted_object_first(t, c):
    """وكان رئيس اللجنة، الناقد فلان، قد وصف الرواية بأنها: the subject stands before the verb,
    and what follows وصف is its object, not a source."""
    cue = c.cue
    if cue is None or cue.lemma not in _OBJECT_FIRST or c.para is None:
        return False
    if _fronted_subject(t, c) is not None:
        return True
    # ووصف القضية بأنها: a single definite word that names nobody is the object, the subject implicit
    words = t[c.region[0]:c.region[1]].split() if c.region else []
    return len(words) == 1 and words[0].startswith("ال") and not speakers.is_title(words[0]) \
        and not speakers.is_org(words[0]) and not speakers.is_anonymous(words[0]) \
        and speakers.PERSON_NAMES.get(words[0]) not in ("m", "f") and words[0][2:] not in speakers.PERSON_NAMES


def _cut_at_source_again(t, c, mention):
    """End a reported clause where the writer goes on with the source named again as the subject
    of a new verb (أكدت الوزارة أن الإمدادات مستمرة، وحثت الوزارة الطرفين على ...)."""
    if mention.kind == "organisation" and mention.name:
        head = speakers.bare(mention.name[0])
    elif mention.kind == "person" and mention.name and len(mention.name) >= 2:
        head = mention.name[-1][2:] if mention.name[-1].startswith("ال") else ""
    else:
        return
    if len(head) < 3:
        return
    m = next((m for m in _SOURCE_AGAIN.finditer(t, c.start, c.end) if m.group(1) == head), None)
    if m is not None and m.start() > c.start:
        _end_content_before(t, c, m.start())


_SOURCE_AGAIN = regex.compile(r"،\s*و\p{L}{3,7}\s+ال(\p{L}+)")


def _end_content_before(t, c, end):
    """End the candidate's content at `end`, without the comma and spaces before it."""
    while end > c.start and t[end - 1] in " ،":
        end -= 1
    c.end = end


_BARE_ACT = regex.compile(r"،\s*و(\p{L}{3,8})\s+عن(?!\p{L})")


def _cut_at_bare_act(t, c, cue):
    """End a reported clause where the writer goes on with the source's next act, a verb of
    saying in the perfect that agrees with the cue and reports no words (قالت الشركة إن التعويضات
    كافية، وأعلنت عن مراجعة شاملة): what follows is no longer what was said."""
    for m in _BARE_ACT.finditer(t, c.start, c.end):
        form = VERBS.get(m.group(1))
        if form is None or form[3] != "verb" or m.group(1)[:1] == "ي" or m.start() == c.start \
                or not _compatible(form[1], cue.gender) or form[2] != cue.number \
                or (form[1] == "f") != m.group(1).endswith("ت"):
            continue
        _end_content_before(t, c, m.start())
        return


_OCCASIONS = {"تصريح", "تصريحات", "كلمه", "حديث", "مقابله", "مؤتمر", "تغريده", "تدوينه", "منشور", "رساله", "ندوه", "لقاء"}


def _object_into_content(t, c, mention):
    """Start the content at the object that sits between the source and بأن."""
    if c.cue is not None and t[c.cue.start:c.cue.end].endswith(("ه", "ها", "هم")) and not c.cue.lemma.endswith("ه"):
        return  # وهو ما وصفته أربيل بأنه "...": the verb's own pronoun is the object
    start = mention.end if mention is not None else c.region[0]
    while start < c.start and t[start] == " ":
        start += 1
    between = t[start:c.start]
    if between.split()[:1] and between.split()[0] in ("اياه", "اياها", "اياهم", "اياهما"):
        return  # واصفة إياه بأنه "...": a pronoun object stays out of the quote
    words = between.split()
    if len(words) > 2 and words[0] == "في" and (speakers.is_document(words[1]) or words[1] in _OCCASIONS):
        # وصفت الرابطة في بيان إقرار المادة بأنه "...": where it said so, then the object
        k = 2
        while k < len(words) - 1 and not words[k].startswith("ال") and (words[k].endswith(("ي", "يه")) or words[k] in ("مشترك", "مشتركه")):
            k += 1  # (في بيان صحفي، في تصريح مشترك)
        for w in words[:k]:
            start = t.index(w, start) + len(w)
        while start < c.start and t[start] == " ":
            start += 1
        between = t[start:c.start]
    if start < c.start and "،" not in between and ":" not in between and len(between.split()) <= 12:
        if c.type == "direct":
            c.type = "mixed"
            c.end = min(c.end + 1, c.para.end) if t[c.end:c.end + 1] in "\"”»’›" else c.end
        c.start = start


_DEMONSTRATIVES = {"هؤلاء", "هولاء", "هم", "اولئك", "أولئك"}
_BROKEN_PLURALS = {"سكان", "مصادر", "خبراء", "شهود", "اعضاء", "عدد", "بعض", "اهالي", "عمال", "طلاب", "نشطاء", "ممثلو",
                   "ممثلي", "اطباء", "نواب", "وزراء", "قاده", "زعماء", "تجار", "شباب", "نساء", "امهات", "اباء", "اهل",
                   "افراد", "رجال", "جنود", "ضباط", "علماء", "فقهاء", "زملاء", "اقارب", "ذوو", "ذوي", "جيران", "رواد",
                   "نقاد", "طلبه", "اساتذه", "صيادله", "ركاب", "عشرات", "مئات", "الاف", "اوساط", "دوائر"}


def _group_span(t, m):
    """The group's own words (عدد من الصيادين التقليديين), without what the narrative goes on
    with (ينتظرون منذ الصباح، أمام المسجد): up to the first indefinite word after a definite one."""
    toks = speakers.tokens(t, m.start, m.end)
    end, seen = m.end, False
    for w, _, e in toks:
        if w.startswith("ال"):
            seen = True
        elif seen or not w[:1].isalpha():
            break
        end = e
    return m.start, end


def _plural(mention):
    """Does the mention name several people (نازحون، سكان في القرية، أعضاء في المجلس، المعلمون)?"""
    if mention.kind not in ("person", "anonymous"):
        return False
    words = mention.name if mention.kind == "anonymous" else (mention.role if not mention.name else ())
    if not words:
        return False
    head = speakers.bare(words[0])
    return head in _BROKEN_PLURALS or (len(head) > 4 and head.endswith(("ون", "ين")))


_PREPOSITIONS = {"عن", "الي", "علي", "بين", "ضد", "حول",  # not مع: في اتصال مع X، قال ...
                 "رفقه", "برفقه", "بصحبه", "بمعيه"}  # (تنقل الوالي رفقة عدد من المسؤولين، وقال: whom he went with)
_THAT_IT = {"انه", "انها", "بانه", "بانها"}  # (صورة لشاب على أنه كريم: what he is said to be, no subject)


def _object_position(t, s, m, resolver):
    """Is the mention an object or inside a prepositional phrase (التقى فلان بالقاضي X، تحدث
    عن جاره X، لا يجمعه بزميله X), or right after a subject the article has named (وهاجم الحسيني
    الوزير X)?"""
    before = t[max(s, m.start - 20):m.start].split()
    if not before:
        return False
    w = before[-1]
    if w == "عن" and len(before) > 1 and speakers.bare(before[-2]) in ("صدر", "صادر", "صدرت", "صادره"):
        return False  # صدر عن اللجنة بيان اعتبرت فيه: the issuer, the subject of what follows
    if m.start and t[m.start - 1].isalpha() and w in ("ب", "ل", "وب", "ول", "فب", "فل") \
            and t[m.end:m.end + 8].lstrip(" ،,").split(" ")[0] not in speakers._RELATIVES:
        # بالقاضي منير السالمي: the mention starts after a glued preposition (but للخبير فلان،
        # الذي قال: the relative clause makes the object its subject)
        return True
    if w in ("حديث", "تصريحات", "تصريح", "كلام", "اتهامات", "انتقادات"):
        return True  # وردا على حديث مدير العمليات، تابع: whose words are answered, not who answers
    if w[-1:] in ("،", ",") and w.startswith(("بال", "لل")) and len(before) > 1 and before[-2].startswith("ال") \
            and not before[-2].startswith(("بال", "لل")):
        return False  # لكن المختار الآخر للبلدة، فؤاد داغر، نفى: the title's complement, then the name in apposition
    return w in _PREPOSITIONS or w in _THAT_IT or w.startswith(("بال", "لل")) or (w[:1] in "بل" and speakers.is_title(w[1:])) \
        or (w[:1] in "بل" and speakers.kin(w[1:]) is not None) \
        or (len(before) > 1 and w.startswith("ال") and w not in m.name and w not in m.role and resolver.names_with(w))
    # (لكن المختار علي زعيتر: the mention's own title, not a subject named before it)


_WHERE_DESCRIBED = regex.compile(r"(\s+(?:في|من|لدي|داخل|ب\p{L}+)(?:\s+[^\s،,.:؛]+){0,5})\s*[،,]")
_DASH = regex.compile(r"\s[-–—]\s")
# the clause of a source who chose not to be named, right after the description (طلب عدم الكشف عن
# هويته، فضل عدم ذكر اسمه، رفضت نشر اسمها): part of the source as written
_ANONYMITY = regex.compile(r"\s*[،,]?\s*((?:(?:طلب|طلبت|طلبا|فضل|فضلت|فضلا|اشترط|اشترطت)\s+(?:عدم\s+(?:الكشف\s+عن|الافصاح\s+عن|ذكر|نشر|كشف)"
                           r"|حجب|اخفاء)|(?:رفض|رفضت|رفضا)\s+(?:الكشف\s+عن|الافصاح\s+عن|ذكر|نشر|كشف))"
                           r"\s+(?:اسم|هويت)(?:ه|ها|هم|هما))(?!\p{L})")  # (not رفض الكشف عن هوية الضحايا: others' names)


def _show_unnamed(resolver, t, start, end, default):
    """An unnamed source as written, with the clause saying it chose not to be named."""
    shown = resolver.show_span(start, end, default)
    clause = _ANONYMITY.match(t, end)
    if clause is None:
        return shown
    return shown + " " + resolver.show_span(clause.start(1), clause.end(1), clause.group(1))


def _in_dash_aside(t, s, m, pos):
    """Is the mention inside an aside between dashes that closes before `pos` (أن البند لا وجود
    له - وهي رواية يرفضها فلان - وأضاف): the writer's remark, whose people are not the subject?"""
    return len(_DASH.findall(t, s, m.start)) % 2 == 1 and _DASH.search(t, m.end, pos) is not None


def _fronted_phrase(t, pattern, s, cue):
    """The phrase `pattern` (its group 1) finds written between `s` and the cue, parsed, else None:
    the subject between كان and قد (_KANA_QAD: وكان الوزاني قد حذر), or two people before their dual
    verb with nothing else (_FRONTED_PAIR: غير أن الدوسري والفيلكاوي أكدا)."""
    fronted = pattern.match(t, s, cue.start)
    toks = speakers.tokens(t, fronted.start(1), fronted.end(1)) if fronted else None
    return speakers.parse_phrase(toks, t) if toks else None


# two people the sentence opens on before their dual verb: غير أن الدوسري والفيلكاوي أكدا، لكن سعاد ومريم قالتا
_FRONTED_PAIR = regex.compile(r"[\s،]*(?:غير ان|الا ان|لكن|ولكن|كما ان|و|ف)?\s*(\p{L}+(?:\s+\p{L}+){0,3}\s+و\p{L}+(?:\s+\p{L}+){0,2})[\s،]*$")


_IN_BEFORE = regex.compile(r"(?:^|\s)[وف]?(?:في|عبر)\s+$")


def _channel(t, m):
    """Is `m` a document a sentence opens in (وفي رسالة صوتية، في بيان نشرته): where the words were
    said, not who said them?"""
    return m.kind == "organisation" and bool(m.name) and speakers.is_document(m.name[0]) \
        and bool(_IN_BEFORE.search(t, max(0, m.start - 6), m.start))


def _continues(t, c):
    """A participle, or a verb that continues the sentence (ليؤكد، قبل أن يضيف): its source is
    the sentence's, and any words between it and the content are adverbial."""
    cue = c.cue
    if cue is None:
        return False
    if cue.kind == "participle":
        return True
    if cue.kind == "verb" and "ل" in cue.clitic:
        return True
    before = t[max(0, cue.start - 12):cue.start].split()
    if before[-1:] == ["ثم"] and c.para is not None and not t[c.para.sentence_start(cue.start):cue.start].split()[:-1]:
        return False  # a sentence opening with ثم قال X: a new sentence and its own subject
    if before[-2:] in (["قبل", "ان"], ["بعد", "ان"]):
        own = _source_mention(t, c) if c.region else None  # (بعد أن أعلنت اللجنة ... أن: the verb's own
        # subject, named; not قبل أن يضيف بجدية أن, how he went on)
        return own is None or not (own.kind in ("organisation", "anonymous") or own.role
                                   or (own.name and not _manner_read_as_name(own.name)))
    return bool(before) and before[-1] == "ثم"


def _manner_read_as_name(name):
    """A one-word "name" that is ب and a noun of how it was said (بجدية، بحزم): no subject of the verb."""
    w = name[0]
    return len(name) == 1 and w[:1] == "ب" and w not in speakers.PERSON_NAMES \
        and (w[1:] in speakers.COMMON_WORDS or w[1:] in speakers._MANNER_NOUNS or w.endswith("يه"))


def _antecedent(t, cue, local, gender):
    """The named person a relative pronoun right before the cue refers to (…، التي قالت), else None."""
    relative = speakers.relative_before(t, cue.start)
    if not relative:
        return None
    rel_gender = "f" if relative == "التي" else "m"
    return next((m for m in reversed(local) if m.kind == "person" and m.name and not m.parts and m.end < cue.start
                 and _compatible(m.gender, rel_gender) and _compatible(m.gender, gender)), None)


def _gender_of(m):
    """A mention's grammatical gender: عدد من الأهالي is masculine (وقاطعها عدد من النواب، فردت: she replies)."""
    if not m.gender and m.kind == "anonymous" and m.name and m.name[0] == "عدد":
        return "m"
    return m.gender


def _compatible(a, b):
    return not a or not b or a == b


def _as_written(t, norm, s):
    """`s` (a speaker or role, possibly in the engine's folded spelling, possibly joined
    from several mentions as "X وY") in the characters the article uses: the whole string
    where the article writes it, else each joined part, else each word."""
    if not s:
        return s
    cache = norm.__dict__.setdefault("written", {})  # one article's speakers repeat
    if s not in cache:
        cache[s] = s if _whole_word_at(norm.original, s) >= 0 else _map_written(t, norm, s)
    return cache[s]


def _whole_word_at(text, s, glued=False):
    """Where `s` first stands in `text` as whole words (ندي inside هندية does not count), else -1;
    `glued`: after one letter ل ب و ف that begins the word."""
    k = text.find(s)
    while k >= 0:
        e = k + len(s)
        if glued:
            start = k >= 1 and text[k - 1] in "لبوف" and (k == 1 or not text[k - 2].isalpha())
        else:
            start = k == 0 or not text[k - 1].isalpha()
        if start and (e == len(text) or not text[e].isalpha()):
            return k
        k = text.find(s, k + 1)
    return -1


def _map_written(t, norm, s):
    found = _find_either(t, norm, s)
    if found is not None:
        return found
    if " و" in s:  # joined sources "X وY", each written somewhere (a word may itself start with و)
        parts = [_find_either(t, norm, p) for p in s.split(" و")]
        if all(p is not None for p in parts):
            return " و".join(parts)
    if "(" in s:  # الوثيقة (الجهة التي أصدرتها): each side as written
        head, _, inner = s.partition(" (")
        if inner.endswith(")"):
            return _as_written(t, norm, head) + " (" + _as_written(t, norm, inner[:-1]) + ")"
    return " ".join(_find_either(t, norm, w) or w for w in s.split())


def _find_either(t, norm, s):
    """`s` as written, looked up as it is (the engine's strings are mostly folded already),
    then folded."""
    found = _find_written(t, norm, s)
    return found if found is not None else _find_written(t, norm, _folded(s))


def _find_written(t, norm, folded):
    """The original text of the first whole-word occurrence of `folded` in the normalized text,
    else of one after a glued preposition or conjunction (تقرير لإدارة ...: إدارة ...)."""
    k = _whole_word_at(t, folded)
    if k < 0:
        k = _whole_word_at(t, folded, glued=True)
    if k < 0:
        return None
    a, b = norm.span(k, k + len(folded))
    return norm.original[a:b]


_INVISIBLE = re.compile("[" + INVISIBLE_MARKS + "]")  # (literal characters: `re` is faster on short names)


_TANWEEN_ALIF = regex.compile("(?:\u064b?\u0627|\u0627\u064b)$")
_NOT_ADJECTIVES = {"ايضا", "جدا"}


def _nominative(speaker):
    """An anonymous source made the subject of أن or لكن is written in the accusative (غير أن
    مسؤولا في الوزارة، لكن مصدرا دبلوماسيا رفيعا قال): its name is the nominative, the tanween's
    alif dropped from the head and from the indefinite adjectives right after it."""
    words = speaker.split()
    if not words or not _TANWEEN_ALIF.search(words[0]) or not speakers.is_anonymous(_folded(words[0])):
        return speaker
    k = 0
    while k < len(words) and (k == 0 or (not _folded(words[k]).startswith("ال") and len(_folded(words[k])) > 3
                                         and _folded(words[k]) not in _NOT_ADJECTIVES)) \
            and _TANWEEN_ALIF.search(words[k]):
        words[k] = _TANWEEN_ALIF.sub("", words[k])
        k += 1
    return " ".join(words)


def _to_quote(t, norm, c, speaker, kind, role, mention, ambiguous, resolution):
    speaker, role = _as_written(t, norm, speaker), _as_written(t, norm, role)
    speaker, role = " ".join(speaker.split()), " ".join(role.split())  # a no-break space pasted between names
    if kind == "anonymous":
        speaker = _nominative(speaker)
    # مريم الزعاب‌ي: a joiner or bidi mark pasted inside a name is none of its letters
    speaker, role = _INVISIBLE.sub("", speaker), _INVISIBLE.sub("", role)
    speaker = speaker.rstrip(" -–—،,:")  # مصدر في إحدى الشركات العاملة على خط مسقط –: no dangling dash
    start, end = norm.span(c.start, c.end)
    content = norm.original[start:end]
    cue = c.cue
    if cue is not None:
        cs, ce = norm.span(cue.start, cue.end)
        cue_text = norm.original[cs:ce]
    else:
        cs = ce = -1
        cue_text = ""
    if mention is not None and mention.end > mention.start:
        ms, me = norm.span(mention.start, mention.end)
        mention_text = norm.original[ms:me]
    else:
        ms = me = -1
        mention_text = ""
        if resolution != "implicit":
            resolution = "coreference"
    # (more words than LONG_SPAN_WORDS take at least twice as many characters: a shorter quote,
    # as most are, is not counted)
    long_span = len(content) > 2 * score.LONG_SPAN_WORDS \
        and len(word_pattern(norm.original, start, end).findall(content)) > score.LONG_SPAN_WORDS
    conf, flags = score.assess(cue.kind if cue is not None else "none", resolution, ambiguous, c.flags, long_span,
                               bool(speaker))
    return Quote(
        content=content, start=start, end=end, type=c.type, cue=cue_text, cue_start=cs, cue_end=ce,
        speaker=speaker, speaker_mention=mention_text, mention_start=ms, mention_end=me,
        speaker_role=role, speaker_kind=kind, confidence=conf, flags=flags,
    )


def _boilerplate_spans(norm, lines):
    spans = []
    for line in lines:
        if not line.body:
            s, e = norm.span(line.start, line.end)
            if spans and norm.original[spans[-1][1]:s].strip() == "":
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
    return spans


def _described_group(mentions, starts, head, pos, adjective=None):
    """The last unnamed source the body describes before `pos` with the indefinite `head` of a
    definite noun (الناشطون after "نظم ناشطون من ..."، الموظف after "موظف في الميناء"), and the
    noun's `adjective` after it when given (الموظف السابق after "موظف سابق في البرنامج"), else None."""
    for k in range(bisect_left(starts, pos) - 1, -1, -1):
        m = mentions[k]
        if m.kind == "anonymous" and m.name and m.name[0] == head and m.end <= pos \
                and (adjective is None or m.name[1:2] == (adjective,)):
            return m
    return None


# الوثيقة المسربة: a leaked document speaks for itself; the body a sentence names with it is no issuer
_LEAKED = {"مسربه", "مسرب", "مسربتين", "مسربين"}


def _issuer_named_with(mention, resolver, issuer):
    """بيان الوزارة، تقرير اللجنة: a document in construct with a body's bare head was issued by the
    body that head names, in full (وزارة الصحة), not by whichever body last issued something
    (`issuer`, kept when it has that head, even after a document, or holds that name: قيادة شرطة
    البصرة for بيان الشرطة)."""
    name = mention.name
    if not issuer or mention.kind != "organisation" or len(name) != 2 or not speakers.is_document(name[0]) \
            or not speakers._definite(name[1]) or not speakers.is_org(name[1]) or speakers.is_document(name[1]):
        return issuer  # (none issued one: the document is its body's, named plain, _document_of_body)
    full = resolver.organisation(name[1:], mention.start)
    if full == name[1] or speakers.bare(name[1]) in map(speakers.bare, issuer.split()[:2]) or full in issuer:
        return issuer
    return full


def _document_of_body(mention, resolver):
    """A document with ل + a bare body head (البيان الختامي للمهرجان، التقرير السنوي للجمعية) or
    in construct with it (بيان اللجنة): the body's full name the article gave before, else ""."""
    if not speakers.is_document(mention.name[0]) or len(mention.name) > 4:
        return ""
    for k, w in enumerate(mention.name[1:], 1):
        if w.startswith("لل") and speakers.is_org("ال" + w[2:]):
            head = ("ال" + w[2:],)
        elif k == 1 and w.startswith("ال") and speakers.is_org(w) and len(mention.name) == 2:
            head = (w,)  # بيان اللجنة، تقرير الوزارة: the document in construct with its body
        else:
            continue
        full = resolver.organisation(head, mention.start)
        if full == head[0]:
            return ""
        if head[0] != w:
            # التقرير السنوي للمرصد: the document as written, then whose it is, named in full in brackets
            # (المرصد الفلسطيني لأوضاع الاحتجاز): both what spoke and who stands behind it
            return " ".join(mention.name) + " (" + full + ")"
        return full
    return ""
