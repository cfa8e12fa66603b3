"""Turn cues and quotation spans into quote candidates: content boundaries, type, and the
subject region where the source is named (or none when the source is implicit)."""
from dataclasses import dataclass, field

import regex

from . import cues as cue_finder, speakers
from .lexicon import AMBIGUOUS_WORLD_NAMES, CLAUSE_BREAKS, COMMON_WORDS, PERSON_NAMES, STOPWORDS, TITLES, VERBS
from .normalize import WORD, WORD_RE, normalize_word, word_pattern

_COMP = regex.compile(
    r"(?<![\p{L}])(?:(?P<prep>الي|علي|من)\s+)?(?P<comp>(?:ف|ب|و)?ان(?:ه|ها|هم|هما|نا|ني|ي)?)(?![\p{L}])"
)
_QUAL = regex.compile(r"(?<![\p{L}])(?:بالقول|قائلا|قائله|قائلين)(?![\p{L}])")
_BREAK = regex.compile(
    r"[،,]\s*(?:" + "|".join(regex.escape(w) for w in sorted(CLAUSE_BREAKS, key=len, reverse=True)) + r")(?![\p{L}])"
    # ، ولم يعلّق الناطق باسم الوزارة، ولم يشر البلاغ إلى: a verb of commenting or answering, negated,
    # with a subject of its own after it: the writer's account of what someone else did not say
    r"|[،,]\s*ولم\s+[يت](?:علق|رد|شر|وضح|كشف|حدد|تطرق|ذكر)\s+ال\p{L}{3,}"
)
# What a match of _COMP and _QUAL begins with: elsewhere they are not tried.
_COMP_STARTS = ("الي", "علي", "من", "ان", "فان", "بان", "وان")
_QUAL_STARTS = ("بالقول", "قائل")
_AFTER_SPAN = regex.compile(r"\s*،\s*(?:لكنه|لكنها|لكنهم|لكنهما|غير انه|غير انها|الا انه|الا انها)(?![\p{L}])")
# 'قبل أن تنقل إلى ...': أن after a temporal word is part of the writer's clause
_TEMPORAL = regex.compile(r"(?<![\p{L}])(?:قبل|بعد|منذ|دون|بدون|غير|بيد|امل)\s+$")  # (غير أن، بيد أن: however, the writer's;
# على أمل أن: in the hope that, a purpose the writer gives)
# ، خلال زيارة ميدانية إلى المنستير، أن: the إلى of a circumstance between commas, not the verb's
_VISIT_BEFORE = regex.compile(r"(?:[،,]\s*(?:خلال|اثناء|عقب|قبيل|لدي)\s+\p{L}+(?:\s+\p{L}+)?"
                              r"|(?<!\p{L})في\s+(?:حديث|تصريح|تصريحات|مقابله|اتصال|رساله|كلمه|اشاره)(?:\s+\p{L}+)?)\s+$")
# (قال في حديث إلى «السنابل» إن: whom he spoke to)
_ASIDE_OPENS = regex.compile(r"[،,]\s*(?:في|خلال|اثناء|عقب|قبيل|لدي|عبر)\s+[^،,.:؛«»\"“”]{0,60}$")


def _in_comma_aside(text, pos, i, limit):
    """'وقال النائبان، في مقترح قدماه خطيا إلى رئاسة المجلس، إن': an إلى inside an aside between
    commas that opens with في/خلال/عبر (how, where, when) governs nothing of the verb's."""
    if _ASIDE_OPENS.search(text, pos, i) is None:
        return False
    close = text.find("،", i, min(limit, i + 60))
    return close > 0 and not any(ch in text[i:close] for ch in ".:؛")


_OUTLET = regex.compile(r"\s+ل(?:ـ)?\s*[«\"“]")
_SECOND_ILA = regex.compile(r"[،,]\s*و(?:الي\s+)ال\p{L}")
_FA_INNA_AFTER_SOURCE = regex.compile(r"(?:\s+[^\s،,.:؛؟!«»\"“”]+){1,6}?(\s+)فان\s+")  # وبحسب المحافظة فإن ...
_COMMA_FA_INNA = regex.compile(r"،\s*فان(?![\p{L}])")  # ووفقا لما نقلته الوكالة عن X، فإن
_COLON_NEXT = regex.compile(r"\s*:")  # قائلا: "..."
_TRAIL = ".،؛:!؟?… \t-–—"
_OPEN = "\"“«‹'„‘"


@dataclass(slots=True)
class Candidate:
    """A quote before its speaker is resolved (normalized offsets)."""

    start: int
    end: int
    type: str
    cue: object  # cues.Cue or None
    region: tuple = None  # (start, end) of the phrase naming the source
    relay: bool = False  # source follows عن in the region
    implicit: bool = False
    inherit: bool = False  # a participle continues the previous quote's source
    impersonal: bool = False  # جاء في البيان: source is the document/body after في
    flags: list = field(default_factory=list)
    para: object = None


def _comp_ok(text, m):
    # "إلى أن" etc. are fine; a bare "إن" followed by a verb-less "لم" is still a clause.
    return True


# a source's own wish, its أن and verb no clause reported (also after و: ، وطلبت أن نسميها «هبة»، إن)
_ASKED = {"طلب", "طلبت", "فضل", "فضلت", "رفض", "رفضت", "طالبا", "طالبه", "مفضلا", "مفضله",
          "وطلب", "وطلبت", "وفضل", "وفضلت", "ورفض", "ورفضت"}
_WRITERS_CLAUSE = {"وهو", "وهي", "وهم", "مشترطا", "مشترطه"} | _ASKED
# قال مصدر تحدث إلى الصحيفة إن: whom the source spoke to; that إلى is not the verb's
# a letter or memo sent to someone, described before its clause (وجاء في رسالة وجهتها الغرفة إلى السلطات أن):
# the إلى of its sending, not the cue's
_SENT_TO = regex.compile(r"(?<!\p{L})(?:وجه|وجهت|وجهها|وجهته|وجهتها|وجهوها|بعث|بعثت|ارسل|ارسلت|ارسلها|ارسلتها|ارسله|ارسلته"
                         r"|الموجه|الموجهه|المرسله|المرفوعه)(?:\s+(?:بها|به))?(?!\p{L})")  # (not رفع: raised, too)
_SPOKE_TO = regex.compile(r"(?<!\p{L})(?:تحدث|تحدثت|تحدثوا|تحدثا|يتحدث|تتحدث|تكلم|تكلمت|متحدثا|متحدثه"
                          r"|(?:ادلي|ادلت|ادلوا)\s+(?:به|بها))\s+$")  # (في تصريحات أدلى بها إلى الصحفيين)
# صرح (فلان) عقب إحالة القضية إلى المحكمة بأن: when he spoke; that إلى is not the verb's
_WHEN_BEFORE = regex.compile(r"(?<!\p{L})(?:عقب|بعد|قبيل|قبل|خلال|اثناء|لدي|اثر)\s+\p{L}+(?:\s+\p{L}+)?\s+$")
_SUBJUNCTIVE = regex.compile(r"\s+[يتن]\p{L}{2,}")  # a present verb right after أن: أن يعطينا، أن تكون
_RELATIVE_PRONOUNS = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"}
_RELATIVE_PRONOUNS |= {"و" + w for w in _RELATIVE_PRONOUNS}  # (، والتي لا تمت بصلة إلى ...: a second relative clause)
# every word _introducer tests once it has counted it: the others it only counts
_INTRODUCER_WORDS = frozenset({"الي", "وهو", "وهي", "وهم"} | _RELATIVE_PRONOUNS | _WRITERS_CLAUSE)
_DESCRIBING_LEMMAS = {"تابع", "نقل"}  # also "belonging to" (تابع للهلال), "followed" and "moved"


def _describes(text, cue):
    """A verb with no conjunction right after a noun (نقاد تابعوا العروض، مركز تابع للهلال، قبل
    أن تُنقل) describes the subject; it opens no clause of its own."""
    if speakers.relative_before(text, cue.start) and not cue.clitic:
        # وتقول فلانة، التي كتبت النص وأخرجته، إنه: the relative clause's verb and its object
        nxt = text[cue.end:cue.end + 30].split()[:1]
        if nxt and nxt[0].startswith("ال") and not nxt[0].startswith(("الي", "الا")):
            return True
    if cue.clitic or cue.lemma not in _DESCRIBING_LEMMAS:
        return False
    j = cue.start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j >= 0 and text[j].isalpha()


def _noun_use(text, cue):
    """The bare form after an indefinite noun is a noun or adjective, not a verb (خط نقل عام،
    مركز تابع للهلال): no cue at all."""
    if not _describes(text, cue) or text[cue.start:cue.end] != cue.lemma:
        return False
    j = cue.start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    k = j
    while k >= 0 and text[k].isalpha():
        k -= 1
    prev = text[k + 1:j + 1]
    return bool(prev) and not prev.startswith("ال") and prev not in STOPWORDS


def _envoy_to(text, pos, i):
    """Is the إلى at i part of an envoy's title in the subject (المبعوث الأممي الخاص إلى اليمن،
    سفير فرنسا إلى الجزائر: a title among the three words before it, no comma between) or of
    whom a letter was addressed to (في كتاب موجه إلى المحافظة)?"""
    before = text[pos:i].split()
    if any(w in _ADDRESSED for w in before[-3:]):
        return True  # في كتاب رسمي موجه إلى المحافظة: whom the statement was addressed to
    return "،" not in text[pos:i] and any(w in TITLES or ("ال" + w) in TITLES or (w.startswith("ال") and w[2:] in TITLES)
                                          for w in before[-3:])


_ADDRESSED = {"موجه", "الموجه", "موجهه", "الموجهه", "بعثها", "بعثه", "ارسلها", "ارسله",
              "متوجها", "متوجهه", "متوجهين", "موجها",  # وأضاف متوجها إلى الوزير:
              "وجهه", "وجهها", "وجهته", "وجهتها", "بعثته", "بعثتها", "ارسلته", "ارسلتها"}  # في تعميم وجهته إلى المديرين


# أعرب عن اعتقاده / ثقته / قناعته بأن: a belief stated is reported speech; hope and concern are not
_BELIEF = regex.compile(r"\bعن\s+(?:اعتقاد|ثقت|ثقه|قناعت|يقين|تاكيد|رفض)")
_COLON_ONLY = {"زاد"}  # verbs that report speech only before a colon or a quotation, right after a short subject


def _added_by_someone(text, start, end):
    """Do the words between زاد and its clause name a person (وزاد الدوسري أن، وزاد التقني أن، وزاد
    أبو خالد أن): a title, a kunya or a name no list gives as a common word, in four words at most?"""
    words = WORD_RE.findall(text, start, end)
    if not 1 <= len(words) <= 4:
        return False
    w = words[0]
    return not speakers.is_stop(w) and (speakers.is_title(w) or w in ("ابو", "ام")
                                        or (w in PERSON_NAMES and w not in COMMON_WORDS))


# قال “مجلس تنشيط السياحة في الجنوب” إنه: a longer name in quotation marks, its clause right after it
_COMP_RIGHT_AFTER = regex.compile(r"\s*[»\"”]?\s*(?:ان|انه|انها|انهم|بان|بانه|بانها)(?!\p{L})")
_COMP_LATER = regex.compile(r"\s(?:ان|بان|انه|انها|قوله|قولها)(?![\p{L}])|:")
_ILA_VERBS = {"اشار", "لفت", "نوه", "ذهب", "خلص", "اوما", "انتهي", "دعا"}  # verbs whose complement is إلى
_WRITE_TO = {"كتب", "بعث", "ارسل"}  # كتب الصندوق إلى الوزارة أن ...: إلى names whom it was written to
_CAUSE_VERBS = {"ارجع", "عزا"}  # أرجع/عزا ذلك إلى: to what the speaker put it down
# verbs whose complement may be على أن (شدد على أن): after any other, على before أن is the name علي
_ALA_VERBS = {"اكد", "شدد", "نص", "اتفق", "حرص", "اصر", "وافق", "علق", "رد", "اعترض", "عقب", "حث", "ركز", "دلل",
              "استدل", "برهن", "اجمع", "عول", "راهن", "تحفظ"}


def _name_before(text, pos, i, given=True):
    """Is the word ending right before i (after the cue at pos) a kunya's or nasab's head (أبو علي،
    بن علي: never على أن), or, when `given` (the verb takes no على أن), a given name (حسن علي)?"""
    before = text[pos:i].split()
    return bool(before) and (before[-1] in ("ابو", "ام", "بن", "ابن", "بنت", "ولد")
                             or (given and PERSON_NAMES.get(before[-1]) in ("m", "f")))


# فان هوتن (van Houten)، إن (وشددت فان دير مولن على أن): the particle of a Dutch or Flemish name, not فإن: one to three
# name words (and the name in Latin letters, in brackets) before the real complementizer
_VAN_NAME = regex.compile(r"(?:\s+(?P<w>(?!ال|علي(?!\p{L}))\p{L}+)){1,3}(?:\s*\([^)]{0,60}\))?\s*[،,]?\s*(?:ب|علي\s+)?ان(?:ه|ها|هم)?(?!\p{L})")


# يان فان دير برغ، الذي عمل مستشارا ...، إن: after a given name the particle opens the rest of the
# name, whatever describes its bearer before the complementizer
_VAN_AFTER_GIVEN = regex.compile(r"(?:\s+(?P<w>(?!ال)\p{L}+)){1,3}\s*[،,(:]")


def _van(text, at, limit):
    m = _VAN_NAME.match(text, at, limit)
    if m is None:
        before = text[max(0, at - 24):at - 3].split()
        if before and PERSON_NAMES.get(before[-1]) in ("m", "f"):
            m = _VAN_AFTER_GIVEN.match(text, at, limit)
    return m is not None and all(w not in STOPWORDS and w not in COMMON_WORDS and w not in TITLES and w not in VERBS
                                 for w in m.captures("w"))


# verbs whose object is the words said: after one, its subject and then a whole quotation that
# ends the sentence are source and quote even with no colon or comma between them (wire copy)
_SAYS_WORDS = {"قال", "اضاف", "تابع", "كتب", "استطرد", "ردد", "اوضح", "اكد"}  # (not علق: also "hung", لافتة)
# a last word before the quotation that makes it a name or a topic: قال عن "..." / برنامج "..."
_NAMES_NEXT = {"عن", "في", "فيها", "فيه", "عليها", "عليه", "من", "الي", "علي", "مع", "بعنوان", "باسم", "عنوان", "اسم", "شعار", "وسم", "هاشتاغ", "قصيده", "ديوان", "مسرحيه", "نشيد", "عصابه", "كتيب"}


def _bare_quotation_after_source(text, para, cue, before, span, word):
    """وقال الكاتب العام للنقابة "العمال صبروا سنتين ونصف.": a saying verb, a short subject, then a
    closed quotation of some words that ends the sentence."""
    if cue.lemma not in _SAYS_WORDS or span.words < 3 or not span.closed or text[span.start - 1:span.start] != " ":
        return False
    subject = before.split()
    if len(subject) > 8 or subject[0] in _NAMES_NEXT or subject[-1] in _NAMES_NEXT or not subject[-1][-1:].isalpha():
        return False  # (كتب على إحداها "...": no subject, the words on a banner)
    if cue.lemma in ("اكد", "اوضح") and any(w in ("علي", "عن", "الي") for w in subject):
        return False  # وأكدت الوزارة في البيان على أهمية "...": what it stressed, the verb's complement
    if any(_object_noun(subject[k], subject[k - 1], k + 1 == len(subject)) for k in range(1, len(subject))):
        return False  # وتابع الجمهور مسلسل "..."، وكتب الروائي روايته الأولى "...": the verb's object and its title
    return not word.search(text, span.end, para.sentence_end(span.end))


def _object_noun(w, prev, last):
    """Is `w`, after `prev` in a saying verb's subject, the verb's object (a noun with its pronoun:
    روايته; last, an indefinite noun: مسلسل، قصيدة، جائزة), not in a phrase a preposition opens (في
    بيان، على صفحتها) nor an adverb in ا (منذ 19 عاما)?"""
    if speakers.is_stop(prev) or w in PERSON_NAMES:
        return False
    if speakers.possessive(w) and not speakers.held_title(w):
        return True
    return last and w in COMMON_WORDS and not w.startswith(("ال", "لل", "بال")) and not w.endswith("ا")


def _introducer(text, para, pos, limit, all_cues, k, verb_at=None, word=WORD):
    """Find what introduces the content after a cue: (kind, region_end, content_start).

    `verb_at` (the starts of the verb cues, with the cues in text order and not overlapping, as
    cues.find returns them) and `word` (WORD_RE where the text allows) only save time."""
    if all_cues[k].lemma == "اعرب" and not _BELIEF.search(text, pos, min(limit, pos + 80)):
        return None  # أعرب عن أمله في أن / عن قلقه من أن: a feeling voiced, not words reported
    i = pos
    words = 0
    temporal = False
    circumstance = False
    relative = False  # inside a relative clause no comma has closed yet (البائع، الذي رفض أن ...)
    asked = -1  # the end of the last word of asking or declining passed
    # para.span_at(i) as a walk: the spans are in order and do not overlap, and i only grows
    spans = para.spans
    n_spans = len(spans)
    si = 0
    while i < limit:
        c = text[i]
        if c == " ":
            # nothing happens at a space: no span starts there, and one that started after pos
            # was entered at its opening mark (words have no marks)
            i += 1
            continue
        while si < n_spans and spans[si].end <= i:
            si += 1
        span = spans[si] if si < n_spans and spans[si].start <= i else None
        if span is not None and span.start >= pos:
            before = text[pos:span.start].rstrip()
            if span.words >= 3 and (not before or before[-1:] in "،:,") and (span.start - pos) < 400 \
                    and not (not before and span.words <= 4 and _COMP_LATER.search(text, span.end, para.sentence_end(span.end))) \
                    and not (not before and span.words <= 7 and _COMP_RIGHT_AFTER.match(text, span.end)):
                # (قال "حراك المعلمين الموحد" في بيان إن، نقلت «الوكالة الجنوبية للأنباء» عن ...: a
                # name in quotation marks right after the verb, its clause still to come)
                return "quote", span.start, span.start
            if before and _bare_quotation_after_source(text, para, all_cues[k], before, span, word):
                return "quote", span.start, span.start
            i = span.end
            continue
        if c in "،,":
            relative = False
        if c == ":" and not (text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit()):  # (11:20 is a time)
            return "colon", i, i + 1
        if c.isalpha():
            m = _QUAL.match(text, i) if text.startswith(_QUAL_STARTS, i) else None
            if m and (i == pos or not text[i - 1].isalpha()):
                after = m.end()
                nxt = _COLON_NEXT.match(text[after:after + 4])
                if nxt:
                    return "colon", i, after + nxt.end()
                cm = _COMP.match(text, after + 1) if after < limit else None
                if cm and cm.start() == after + 1:
                    return "comp", i, cm.end()
                return "qual", i, after
            m = _COMP.match(text, i) if text.startswith(_COMP_STARTS, i) else None
            if m and (i == pos or not text[i - 1].isalpha()) and not (
                    m.group("comp") == "ان" and _TEMPORAL.search(text, max(0, i - 8), i)) \
                    and not (m.group("comp") == "فان" and not m.group("prep") and _van(text, m.end(), limit)) \
                    and not ((relative or (asked >= 0 and not text[asked:i].strip())) and m.group("comp") == "ان"
                             and not m.group("prep") and _SUBJUNCTIVE.match(text, m.end())):
                # (ويقول البائع، الذي رفض أن يعطينا اسمه، إن ...: the relative clause's own أن, its verb after it)
                if m.group("prep") == "علي" and _name_before(text, pos, i, all_cues[k].lemma not in _ALA_VERBS):
                    return "comp", m.start("comp"), m.end()  # وقال المدير حسن علي إن: the name علي, not على أن
                if m.group("prep") == "علي" and all_cues[k].lemma not in _ALA_VERBS and "،" in text[pos:i]:
                    # أعلن المركز، اليوم، عن مشروع ...، على أن يطلق في 2027: "provided that", the
                    # writer's clause after a comma; a verb of saying takes no على أن
                    return None
                if m.group("prep") or m.group("comp") != "وان" or i == pos:
                    return "comp", i, m.end()
            elif m and m.group("comp") == "ان" and not text[i - 1].isalpha():
                temporal = True  # قبل أن تُنقل إلى ...: the writer's clause, its إلى governs nothing
            # another reporting verb before any introducer: this cue does not introduce content
            if verb_at is not None:
                # the first cue after k at or after i starts at i: with the cues in order and
                # not overlapping, a cue starting at i (i > its own cue's start) is after k
                if i in verb_at and i > pos + 1 and not _describes(text, verb_at[i]) and not circumstance:
                    return None
            else:
                j = k + 1
                while j < len(all_cues) and all_cues[j].start < i:
                    j += 1
                if j < len(all_cues) and all_cues[j].start == i and all_cues[j].kind in ("verb",) and i > pos + 1 \
                        and not _describes(text, all_cues[j]) and not circumstance:
                    return None
            w = word.match(text, i)
            if w:
                token = w.group()
                words += 1
                if words > 28:
                    return None
                if token not in _INTRODUCER_WORDS:
                    i = w.end()
                    continue  # (most words: none of the tests below can hold)
                if token == "الي" and all_cues[k].lemma in _CAUSE_VERBS and not _COMP.match(text, i) \
                        and text[pos:i].split() == ["ذلك"]:
                    return "comp", i, w.end()  # مرجعا ذلك إلى ارتفاع الكلفة: the cause he gave is what he said
                if token == "الي" and not temporal and not _COMP.match(text, i) \
                        and not _VISIT_BEFORE.search(text, pos, i) and not _in_comma_aside(text, pos, i, limit) \
                        and not _SPOKE_TO.search(text, pos, i) and not _SENT_TO.search(text, pos, i) \
                        and not (all_cues[k].lemma not in _ILA_VERBS and _WHEN_BEFORE.search(text, pos, i)) \
                        and (all_cues[k].lemma in _ILA_VERBS or not _envoy_to(text, pos, i)) \
                        and not (all_cues[k].lemma in _WRITE_TO and _COMP_LATER.search(text, i, min(len(text), i + 80))):
                    # أشار إلى ارتفاع ...: the verb's own إلى with no clause (المبعوث الخاص إلى
                    # اليمن after قال is part of the source's title)
                    return None
                if token in ("وهو", "وهي", "وهم") and text[w.end() + 1:w.end() + 2] in ("ي", "ت"):
                    # ، وهو يشير إلى ساقه / ويتابع الرجل وهو يشير إلى البوابة: a circumstance, its verb
                    # reports nothing (not وهو ما)
                    circumstance = True
                if token in _RELATIVE_PRONOUNS:
                    relative = True
                if token in _ASKED:
                    asked = w.end()  # (متقاعد طلب أن نسميه "أبا علي" إن: what he asked, then what he said)
                if token in _RELATIVE_PRONOUNS or token in _WRITERS_CLAUSE:
                    # والدته، التي رافقته إلى المحكمة / وهو يشير إلى ساقه / طلب عدم ذكر اسمه لأنه غير
                    # مخول بالحديث إلى الإعلام: the writer's clause, its إلى governs nothing
                    temporal = True
                i = w.end()
                continue
        i += 1
    return None


def _content_end(text, para, start, stops, past_cue=False, cue_gender="", recalled=False):
    """End of a reported clause starting at `start` (exclusive, before trailing punctuation).
    `past_cue`: the clause is reported by a past verb, a participle or a verbal noun, so that
    ثم before a present verb goes on with what is reported (a present-tense cue's ثم يمسح
    دموعه may be the writer's scene). `recalled`: the cue recalls an earlier statement (وكان
    فلان قد قال إن), which the writer goes on to weigh."""
    end = para.sentence_end(start)
    for s in stops:
        if start < s < end:
            end = s
            break
    aside = _DASH_ASIDE.search(text, start, end)
    if aside is not None and not para.span_at(aside.start()):
        end = aside.start()  # 'أن البند "لا وجود له" - وهي رواية يرفضها الوكيل - وأضاف': the writer's aside
    m = _BREAK.search(text, start, end)
    while m and (para.span_at(m.start()) or _quoted_aside(text, para, m, end) or _parenthetical(text, m, end)
                 or _speakers_continuation(text, m, end, recalled) or (past_cue and _then_present(text, m, end))
                 or (not past_cue and _then_past(text, m, end))
                 or _then_noun(text, m, end) or _another_acts_next(text, m, end, cue_gender)
                 or _without_consequence(text, m, end)):
        m = _BREAK.search(text, m.end(), end)
    if m:
        end = m.start()
    c = _CONTRAST.search(text, start, end)
    while c is not None and (para.span_at(c.start()) or not _contrast_reports(text, c.end(), end)):
        c = _CONTRAST.search(text, c.end(), end)
    if c is not None:
        end = c.start()  # '...، غير أنه شدد على ...' / '...، لكنه يرى أن': a second act of speech, the writer's telling
    return _trim(text, start, end)


_DISCLOSING = ("كشف", "حدد", "سم", "قدم", "ؤكد", "شير", "تطرق", "حسم", "ذكر", "وضح", "علق", "فصح", "خوض", "فصل", "دلي",
               "نف", "رد", "جيب", "ضيف", "عط")  # (يكشف، يحدد، تسمي، يؤكد، تشير، يدلي، ينفي ...)


def _without_consequence(text, m, end):
    """'تقدمت بشكوى، دون أن تتلقى ردا' / 'تراجع الدعم، من دون أن يلمس المواطن أي تحسن': دون أن
    before what did not follow is still the speaker's; before what the speaker did not disclose
    (، دون أن يكشف عن التفاصيل، دون أن يحدد موعدا) it is the writer's."""
    if m.group().lstrip("،, ") not in ("دون ان", "من دون ان", "بدون ان"):
        return False
    verb = _present_verb_after(text, m, end)
    return verb is not None and not verb.group(1)[1:].startswith(_DISCLOSING)


def _then_present(text, m, end):
    """'أن الحملة تبدأ بالأحياء الأكثر إصابة، ثم تتسع إلى المجاورة': ثم before a present verb
    that reports nothing is the next step of what is reported (ثم غادر القاعة is the writer's)."""
    if m.group().lstrip("،, ") != "ثم":
        return False
    verb = _present_verb_after(text, m, end)
    return verb is not None and len(verb.group(1)) >= 4 and not cue_finder.reports_between(text, verb.start(1), verb.end(1))


def _then_past(text, m, end):
    """'يقول إن البقع ظهرت في تموز، ثم زحفت إلى ثلث المزرعة': after a present-tense cue, ثم before
    a word that is no present verb and reports nothing is the next step of what is reported (the
    writer's scene would be told in the cue's tense: ، ثم يضحك)."""
    if m.group().lstrip("،, ") != "ثم":
        return False
    nxt = _NEXT_WORD.match(text, m.end(), end)
    return nxt is not None and nxt.group(1)[:1] not in "يتن" and len(nxt.group(1)) >= 3 \
        and not cue_finder.reports_between(text, nxt.start(1), nxt.end(1))


_NEXT_WORD = regex.compile(r"\s+(\p{L}+)")
_NOUN_STEP = regex.compile(r"\s+(?:ال\p{L}+|(?:من|في|الي|علي|عبر|مع)(?!\p{L})|[0-9٠-٩])")


def _another_acts_next(text, m, end, cue_gender):
    """ثم before a past verb, قبل أن before the present verb it governs: a verb that cannot be the
    (one) speaker's own act, being of another gender, plural or نحن, goes on with the reported events
    ('أن البقع ظهرت في تموز، ثم زحفت إلى ثلث المزرعة'، '…، قبل أن تمتد النيران إلى المحلات'); one
    that can ('قال إن المحكمة ستستمع إلى الشهود، ثم رفع الجلسة'، '…، قبل أن يعود إلى قاربه') is the
    writer's scene."""
    word = m.group().lstrip("،, ")
    if word not in ("ثم", "قبل ان") or not cue_gender:
        return False
    nxt = _NEXT_WORD.match(text, m.end(), end)
    if nxt is None:
        return False
    verb = nxt.group(1)
    if word == "ثم":  # a past verb: who did it is in its suffix (a present one is _then_present's)
        if verb[:1] in "يتن" or verb.startswith("ال"):
            return False
        agent = "p" if verb.endswith("وا") else "f" if verb.endswith("ت") else "m"
    else:  # a present verb: who does it is in its prefix
        if verb[:1] not in "يتن":
            return False
        agent = "n" if verb[:1] == "ن" else "p" if verb.endswith(("وا", "ون")) else "f" if verb[:1] == "ت" else "m"
    return agent != cue_gender


def _then_noun(text, m, end):
    """'بالمحاصيل أولا، ثم الصناعات الغذائية' / '، ثم من دول الخليج': ثم before a noun or a
    preposition adds a step to what is reported; only a verb can start the writer's clause."""
    return m.group().lstrip("،, ") == "ثم" and _NOUN_STEP.match(text, m.end(), end) is not None


def _present_verb_after(text, m, end):
    """The word right after the break `m` (its match, group 1) when it has a present verb's
    prefix (ي، ت), else None."""
    nxt = _NEXT_WORD.match(text, m.end(), end)
    return nxt if nxt is not None and nxt.group(1)[:1] in "يت" else None


def _past_cue(text, c):
    """Is the cue a past verb, a participle or a verbal noun (not يقول، وتضيف)?"""
    if c.kind != "verb":
        return True
    w = text[c.start:c.end]
    return w[len(c.clitic):][:1] not in "يت" if w.startswith(c.clitic) else w[:1] not in "يت"


_DASH_ASIDE = regex.compile(r"\s[-–—]\s*(?:وهي|وهو|وهذا|وهذه|وهم)\s")


def _contrast_reports(text, pos, end):
    """After لكنه / غير أن: a verb of saying right away (غير أنه شدد، لكنه يرى) or right after a
    definite subject (غير أن النائب عقّب)?"""
    words = text[pos:end].split()[:2]
    if not words:
        return False
    w = words[0] if not words[0].startswith("ال") or len(words) < 2 else words[1]
    at = text.find(w, pos)
    return cue_finder.reports_between(text, at, at + len(w))


_CONTRAST = regex.compile(r"[،,]\s*(?:و?لكن|و?لكنه|و?لكنها|و?لكنهم|و?لكنهما|غير ان|غير انه|غير انها|الا ان|الا انه|الا انها)(?![\p{L}])")


_SPEECH_ACTS = {"دعا", "دعت", "طالب", "طالبت", "اعرب", "اعربت", "ناشد", "ناشدت", "حث", "حثت", "وصف", "وصفت", "اتهم", "اتهمت"}


_ASIDE_CLOSE = regex.compile(r"[^،,.؛:؟!«»\"“”]{2,60}?[،,]\s*(?=[\p{L}])")


def _parenthetical(text, m, end):
    """'أن قيمة الجائزة، وهي خمسون ألف دولار، ستذهب ...': وهو/وهي opening an aside that a second
    comma closes, the reported clause going on after it, is no break."""
    if m.group().lstrip("،, ") not in ("وهو", "وهي") or text[m.end():m.end() + 4].split()[:1] == ["ما"]:
        return False  # (وهو ما يؤيده فلان، وهو ما يتطلب الصبر، كما يرى: about the whole clause, no aside in it)
    close = _ASIDE_CLOSE.match(text, m.end(), end)
    return close is not None and close.end() < end and not cue_finder.reports_between(text, m.end(), close.end())


# 'وهو ما' and a verb with its object pronoun, then a subject of its own (نفاه مصدر، وصفته
# الوزارة، لم تؤكده الوزارة): someone else's act about what was said (not وصفه بـ"...", the
# speaker's own word; not يخفض كلفة التشغيل, whose noun ends in a folded ة)
_ANOTHER_JUDGES = regex.compile(r"\s+ما\s+(?:(?:لم|لا|لن|قد|كان|كانت)\s+)?(?:\p{L}{2,}\s+(?:مع|علي|بشان|عن)(?:ه|ها)|\p{L}{2,}(?:ه|ها|ته))"
                                r"\s+(?!ب(?!ن\s)|[«\"“])\p{L}")


_NAMED_SO = regex.compile(r"\s+ما\s+(?:وصف|اعتبر|سمي|عد)(?:ه|ها|ته|تها)\s+(?:ب|[«\"“])")


def _quoted_aside(text, para, m, end):
    """'، وهو "رقم غير مسبوق"'، '، فيما لا تزال سبع طالبات "تحت المراقبة"': an aside or a
    contrast that quotes the speaker, with no cue of its own, is still the speaker's."""
    word = m.group().lstrip("،, ")
    if word not in ("وهو", "وهي", "فيما", "بينما", "في حين"):
        return False
    if _the_writers_on_it(text, m.end(), end):
        return False  # (the writer's, whatever it quotes)
    span = next((s for s in para.spans if m.end() <= s.start < end), None)
    # '، وهو شرط قال إنه "..."' has its own cue: that is a new quote, not an aside; nor is
    # '، فيما دعا البيان إلى "..."', the writer's report of another act of speech
    # (nor '، بينما اكتفى فلان بالقول إن "..."': a verbal noun is a cue of its own too)
    # (nor '، وهو ما عاد وأكده بعد اللقاء بقوله: "..."': a colon introduces a quotation of its own)
    return span is not None and not _another_speech_act(text, m.end(), span.start) \
        and not text[m.end():span.start].rstrip().endswith(":")


def _another_speech_act(text, start, end):
    """Does text[start:end] report an act of speech of its own: a reporting verb, a verbal noun
    cue (بالقول إن) or a bare speech act (دعا، طالب، وصف)?"""
    return cue_finder.reports_between(text, start, end) or cue_finder._MASDAR.search(text, start, end) is not None \
        or any(w in _SPEECH_ACTS for w in text[start:end].split())


def _the_writers_on_it(text, start, end):
    """Does the clause at text[start:end], after a quoted aside or the reported clause, tell the
    writer's caveat (، وهي معلومة لم يتسن التأكد منها), another's judgement (، وهو ما نفاه فلان /
    وصفته الوزارة بـ"...") or the speaker's label (، وهو ما وصفه بـ«ضغط الذروة»), all told by the
    writer rather than said?"""
    return _writers_caveat(text[start:end]) or _ANOTHER_JUDGES.match(text, start) is not None \
        or _NAMED_SO.match(text, start) is not None


def _writers_caveat(rest):
    """'، وهي معلومة لم يتسن التأكد منها'، '، وهي رواية لم تتمكن الصحيفة من التحقق منها'، '، وهو رقم
    رفضت الشركة التعليق عليه': whether it could be checked, or who would not comment on it, is
    the writer's caveat on what was said, never the speaker's words."""
    if "يتسن" in rest:
        return True
    m = _CAVEAT.search(rest)  # (not وهو ما سيجري التحقق منه: the speaker's promise that it will be)
    return m is not None and _NOT_DONE.search(rest, 0, m.start()) is not None


_CAVEAT = regex.compile(r"(?:التاكد|التحقق|التثبت)\s+(?:من\s+صحت)?(?:منه|منها|ه|ها)(?!\p{L})|التعليق\s+علي(?:ه|ها)(?!\p{L})")
_NOT_DONE = regex.compile(r"(?<!\p{L})(?:لم|لا|لن|[وف]?(?:رفض|امتنع|يرفض|ترفض|يمتنع|تمتنع)\p{L}*)(?!\p{L})")
# (مطلب رددته الجماهير، نسبة يصفها الباحث; رقم رفض المناعي تأكيده أو نفيه، معلومة لم تؤكد الوزارة صحتها:
# another's act on it)
_ANOTHER_ACTS = regex.compile(r"\s*\p{L}+\s+(?:(?:\p{L}{2,}(?:ته|تها|وه|وها)|[يت]\p{L}{2,}(?:ه|ها))\s+ال\p{L}{2,}"
                              r"|(?:\p{L}{2,}\s+){1,3}(?:تاكيد|نفي|صحت|تفسير)(?:ه|ها)(?!\p{L}))")
# (، وهو ما يعني / يفسر: the writer's gloss on what was said; ما أثار همهمات، ما لقي ترحيبا: how it was
# received; ما يتفق معه فلان، ما لم يصدر بشانه تاكيد: another's stand on it)
_WRITERS_GLOSS = regex.compile(r"\s*ما\s+(?:(?:قد|لم|لا)\s+)?(?:(?:يعني|يفسر|اثار|لقي)(?!\p{L})"
                               r"|\p{L}{2,}\s+(?:مع|علي|ب|بشان|عن)(?:ه|ها)(?!\p{L}))")
_RECALLED = regex.compile(r"(?:^|\s)قد\s+$")  # وكان فلان قد قال: the cue recalls an earlier statement
_CONTINUATIONS = {"وهو", "وهي", "فيما", "بينما", "في حين", "وفي حين"}  # (not دون أن، قبل أن: the sets disagree)


def _speakers_continuation(text, m, end, recalled=False):
    """'... 58%، وهي نسبة لا تكفي'، '... 41%، بينما صرف 86%'، '...، وهو ما يخفض الكلفة': a clause the
    reported one goes on with to the sentence's end is still the speaker's, unless it reports
    another act of speech (فيما قال الوزير إن), another's judgement (وهو ما نفاه فلان) or another
    subject."""
    word = " ".join(m.group().lstrip("،, ").split())
    if word not in _CONTINUATIONS:
        return False
    rest = text[m.end():end]
    first = rest.split()[:1]
    if word in ("وهو", "وهي") and first and first[0][:1] in "يت" and len(first[0]) >= 4:
        return False  # (، وهي تستعمل حاسوبها: how the speaker was, told by the writer)
    if word in ("وهو", "وهي") and (_WRITERS_GLOSS.match(rest) or recalled and first == ["ما"]):
        return False  # (وكان فلان قد أعلن أن ...، وهو ما لم يحدث: the writer weighs what was said before)
    if _the_writers_on_it(text, m.end(), end) or _ANOTHER_ACTS.match(rest):
        return False  # (، وهو مطلب رددته الجماهير: another's act on it, told by the writer)
    return not _another_speech_act(text, m.end(), end) \
        and not any(speakers.is_title(w) or speakers.is_org(w)
                    or (speakers.is_anonymous(w) and w not in ("احد", "احدي"))  # (دون أن يستجيب أحد: anyone)
                    or (PERSON_NAMES.get(w) in ("m", "f") and w not in STOPWORDS and len(w) > 2)
                    for w in rest.split())  # (في حين غادر ممثلو الشركة: another subject)


def _trim(text, start, end):
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    while start < end and text[start] in " \t":
        start += 1
    return start, end


def _classify(text, para, start, end):
    """direct / mixed / indirect for content [start, end); direct strips the marks."""
    spans = [s for s in para.spans if s.start >= start and s.start < end]
    flags = []
    if any(not s.closed for s in spans):
        flags.append("unclosed_quote")
    if spans and spans[0].start == start and spans[0].closed and _AFTER_SPAN.match(text, spans[0].end, end):
        # '«الانتظار طال كثيرا»، لكنه عبر عن ...': the writer resumes after the quotation
        a, b = _trim(text, *spans[0].inner)
        return "direct", a, b, flags
    if spans and spans[0].start == start and spans[0].end >= end:
        a, b = spans[0].inner
        a, b = _trim(text, a, b)
        if spans[0].words >= 1 and len(spans) == 1:
            return "direct", a, b, flags
    if any(s.words >= 1 for s in spans):
        return "mixed", start, end, flags
    return "indirect", start, end, flags


def build(text, paras, cues):
    """Quote candidates for the body paragraphs, in text order."""
    out = []
    para_of = {}
    k = 0
    for p in paras:
        while k < len(cues) and cues[k].start < p.end:
            if cues[k].start >= p.start:
                para_of[k] = p
            k += 1
    by_para = {}
    for idx, p in para_of.items():
        by_para.setdefault(id(p), []).append(idx)
    consumed_paras = set()
    verb_at = {c.start: c for c in cues if c.kind == "verb"} if _in_order(cues) else None
    word = word_pattern(text)
    for n, p in enumerate(paras):
        if id(p) in consumed_paras:
            continue
        found = []
        idxs = by_para.get(id(p), [])
        if p.answer is not None:
            # an interview answer: one quote of the interviewee, quotations inside included
            cue, cstart, region = p.answer
            while cstart < p.end and text[cstart] in "-–—•* \t":
                cstart += 1  # '- answer': a dash that marks the turn
            a, b = _trim(text, cstart, p.end)
            if b > a and out and out[-1].cue is cue and out[-1].para is paras[n - 1] and not _OWN_LABEL.match(text, a, b):
                # an answer over several paragraphs is one quote, as one turn of speech (a turn
                # that opens with a label of its own, المتصل (فلان):, is someone else's)
                out[-1].end = b
                out[-1].para = p
            elif b > a:
                out.append(Candidate(a, b, "direct", cue, region=region, implicit=region is None, para=p))
            continue
        # first pass: where each cue's content starts
        intro = {}
        for k in idxs:
            c = cues[k]
            if p.span_at(c.start) or (c.kind == "verb" and _noun_use(text, c)):
                continue  # a cue inside quoted words is part of the quote
            if c.kind in ("verb", "participle", "masdar"):
                r = _introducer(text, p, c.end, p.sentence_end(c.end) if c.kind != "masdar" else p.end, cues, k,
                                verb_at, word)
                if r is not None and c.lemma in _COLON_ONLY and (r[0] not in ("colon", "quote") or len(text[c.end:r[1]].split()) > 4) \
                        and not _added_by_someone(text, c.end, r[1]):
                    r = None  # وزاد فلان: "..." adds words; زاد الطين بلة أن، زاد عدد الزوار: no speech
                if r:
                    intro[k] = r
        # a new reported clause starts at a cue after a comma (، مضيفا أن / ، فيما نفى أن)
        # (a participle ends the clause even when a noun follows it: ، نافيا الأنباء)
        # (so does one with a complement of its own and no comma: 'الأولى مشيرة إلى أن'، '"..."
        # وأضاف المصدر أن'، as wire copy runs them on)
        starts = sorted(s for s, k in ((_clause_start(text, cues[k].start), k) for k in idxs
                                       if (k in intro or cues[k].kind in ("final", "prefix", "participle")
                                           or (cues[k].kind == "verb" and cues[k].lemma in _CAUSE_VERBS))
                                       and not p.span_at(cues[k].start))
                        if text[s:s + 1] in "،," or _runs_on(text, cues[k], intro.get(k))
                        # (على حد قوله/وصفها closes the clause before it with no comma, too)
                        or (cues[k].kind == "final" and cues[k].lemma.startswith("علي حد")))
        taken_until = p.start
        for k in idxs:
            c = cues[k]
            if c.start < taken_until or p.span_at(c.start) or (c.kind == "verb" and _noun_use(text, c)):
                continue
            cand = None
            after = None
            if c.kind in ("verb", "participle") and k in intro:
                # '«...»، قالت نورة، قبل أن ...': the quotation before the cue wins
                before = _quote_before(text, p, c)
                if before is not None:
                    kind, reg_end, cstart = intro.pop(k)
                    cand = before
                    span = p.span_at(cstart) if kind == "quote" else None
                    if span is not None and span.start > before.end:
                        # '"..."، يضيف فلان، "..."': the quotation resumes after the cue, his too
                        a, b = _trim(text, *span.inner)
                        after = Candidate(a, b, "direct", c, region=(c.end, reg_end),
                                          flags=[] if span.closed else ["unclosed_quote"])
            if cand is not None:
                pass
            elif k in intro:
                kind, reg_end, cstart = intro[k]
                # 'قال شهود لـ"الصحيفة" إن': the outlet spoken to is not part of the source
                outlet = _OUTLET.search(text, c.end, reg_end)
                region = (c.end, outlet.start() if outlet else reg_end)
                if kind == "colon" or kind == "qual" and text[cstart:cstart + 2].strip()[:1] in _OPEN:
                    cand, consumed = _after_colon(text, paras, n, p, cstart)
                    consumed_paras.update(id(q) for q in consumed)
                elif kind == "quote":
                    span = p.span_at(cstart)
                    a, b = _trim(text, *span.inner)
                    cand = Candidate(a, b, "direct", c, flags=[] if span.closed else ["unclosed_quote"])
                else:
                    while cstart < p.end and text[cstart] == " ":
                        cstart += 1
                    stops = [s for s in starts if s > cstart]
                    if text.startswith("الي", c.start) or text.startswith("الي ", reg_end):
                        # 'إلى التنبيه بأن ...، وإلى التهديد ...': a second complement of the
                        # governing verb, not more of the reported clause
                        m = _SECOND_ILA.search(text, cstart, p.end)
                        if m:
                            stops = sorted(stops + [m.start()])
                    a, b = _content_end(text, p, cstart, stops, _past_cue(text, c), c.gender if c.number == "s" else "",
                                        _RECALLED.search(text, max(0, c.start - 8), c.start) is not None)
                    if b > a:
                        typ, a, b, flags = _classify(text, p, a, b)
                        cand = Candidate(a, b, typ, c, flags=flags)
                if cand:
                    cand.cue = c
                    cand.region = region
                    if c.kind == "participle":
                        cand.inherit = True
                    if c.kind == "masdar":
                        cand.implicit = True
            elif c.kind in ("verb", "participle", "prefix"):
                cand = _quote_before(text, p, c)
            if c.kind == "prefix" and cand is None:
                cand = _prefix(text, p, c, cues, starts)
            elif c.kind == "final":
                cand = _final(text, p, c)
            elif c.kind == "interview":
                a, b = _trim(text, c.end, p.end)
                while a < b and text[a] in ":/-– ":
                    a += 1
                if b > a:
                    cand = Candidate(a, b, "direct", c)
            if cand and cand.type == "indirect" and text[cand.start:cand.start + 1] in ("ي", "ت") \
                    and len(word.findall(text, cand.start, cand.end)) < 2:
                cand = None  # أشارت إليه أن ينتظر: a verb alone after أن is what was asked, not said
            if cand and cand.end > cand.start and word.search(text, cand.start, cand.end):
                cand.para = p
                found.append(cand)
                taken_until = max(taken_until, c.end, cand.end if cand.start >= c.start else c.end)
                if after is not None and after.end > after.start:
                    after.para = p
                    found.append(after)
                    taken_until = max(taken_until, after.end)
        # A paragraph that opens with a whole quotation, then a new sentence whose verb reports a
        # clause of its own ('«...». وأضاف أن ...'): the quotation continues the last source too.
        if found and p.starts_quote and p.spans[0].closed and p.spans[0].words >= 3 \
                and all(c.start >= p.spans[0].end for c in found) \
                and "." in text[p.spans[0].end:min(c.start for c in found)]:
            a, b = _trim(text, *p.spans[0].inner)
            if b > a:
                cand = Candidate(a, b, "direct", None)
                cand.implicit = True
                cand.para = p
                found.insert(0, cand)
        # A paragraph that is one quotation, with no cue, continues the last source.
        if not found and p.starts_quote and p.spans[0].words >= 3 and not [k for k in idxs if not p.span_at(cues[k].start)]:
            span = p.spans[0]
            rest = text[span.end:p.end].strip(" .،")
            before = text[paras[n - 1].start:paras[n - 1].end].rstrip() if n else ""
            if not text[span.end:p.end].strip() and span.words <= 8 and not before.endswith(":"):
                # «ضاع كل شيء» on a line of its own, with no full stop: a crosshead that repeats
                # words quoted below, not one more quotation of the last source (a colon before
                # would introduce it)
                rest = "crosshead"
            if not rest:
                cand, consumed = _after_colon(text, paras, n, p, p.start)
                if cand:
                    consumed_paras.update(id(q) for q in consumed)
                    cand.implicit = True
                    last = consumed[-1] if consumed else None
                    for k in by_para.get(id(last), []) if last is not None else ():
                        if cues[k].start > cand.end and cues[k].kind in ("verb", "participle"):
                            # '"...\n"... آخر"، يقول.': the quotation over paragraphs names its cue
                            # after its last closing mark, as a one-paragraph one does
                            after = _quote_before(text, last, cues[k])
                            if after is not None and after.end == cand.end:
                                cand.cue, cand.region, cand.implicit = cues[k], after.region, False
                                p = last  # (the paragraph of the cue, whose sentences name the source)
                            break
                    cand.para = p
                    found.append(cand)
        out.extend(found)
    out.sort(key=lambda c: c.start)
    # one quote per stretch of text: nested or overlapping candidates keep the first/outer
    kept = []
    for c in out:
        if kept and c.start < kept[-1].end:
            last = kept[-1]
            if last.cue is not None and last.cue.kind in ("final", "prefix") and c.cue is not None and c.cue.kind == "verb" \
                    and last.start <= c.cue.end:
                # وقالت X إن ...، على حد تعبيرها (، بحسب وصفها): the verb's own quote, not the whole
                # sentence (also when the sentence's و was left out of it: ويحذر الخبير من أن ...)
                kept[-1] = c
            elif last.cue is not None and last.cue.kind in ("final", "prefix") and last.cue.start >= last.end \
                    and c.cue is not None and c.cue.kind == "prefix" and last.start <= c.cue.start and c.end <= last.end:
                # بحسب مصدر X، فإن ...، غير أن ...، حسب المصدر نفسه: the opening attribution's clause,
                # then the closing one's after the "but" that parts them (the opening one alone when none does)
                kept[-1] = c
                but = None
                for but in _BUT_CLAUSE.finditer(text, c.start, last.end):
                    pass
                if but is not None and last.para is not None:
                    typ, a, b, flags = _classify(text, last.para, but.end(), last.end)
                    if b > a:
                        c.end = _trim(text, c.start, but.start())[1]
                        last.start, last.end, last.type, last.flags = a, b, typ, flags
                        kept.append(last)
            continue
        kept.append(c)
    return _join_across_paragraphs(text, paras, kept)


_BUT_CLAUSE = regex.compile(r"[،,]\s*(?:غير\s+ان|الا\s+ان|بيد\s+ان|لكن|ولكن)\s+")


_CLOSING_MARKS = '»”"'


def _runs_on(text, c, intro):
    """A cue that opens a reported clause of its own with no comma before it: a participle right
    before its complement (مشيرة إلى أن), or a past verb with و before أن, with at most its
    definite subject between (وأضاف أن، وذكرت الشركة أن; not وأبلغ الصيادين بأن, told to others)."""
    if intro is None or intro[0] != "comp":
        return False
    between = text[c.end:intro[1]].split()
    comp = text[intro[1]:intro[2]].split()
    if c.kind == "participle":
        return not between and comp[-1:] in (["ان"], ["بان"])
    return c.kind == "verb" and c.clitic.startswith("و") and _past_cue(text, c) and comp == ["ان"] \
        and len(between) <= 1 and all(w.startswith("ال") for w in between)


def _join_across_paragraphs(text, paras, cands):
    """'«... .\n\n... »، أضافت فلانة': a quotation opened in one paragraph and closed in the
    next, its cue after the closing mark, is one quote with that cue (it was a cue-less
    quotation and the next paragraph's clause)."""
    index = {id(p): n for n, p in enumerate(paras)}
    out = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.type == "direct" and prev.cue is None and "unclosed_quote" in prev.flags \
                and c.cue is not None and c.cue.start >= c.end and c.para is not None and prev.para is not None \
                and index.get(id(c.para), -1) == index.get(id(prev.para), -2) + 1 \
                and not any(ch in '«"“' for ch in text[c.para.start:c.start]) and (
                    text[c.end - 1:c.end] in _CLOSING_MARKS or text[c.end:c.end + 1] in _CLOSING_MARKS):
            end = c.end - 1 if text[c.end - 1:c.end] in _CLOSING_MARKS else c.end
            out[-1] = Candidate(prev.start, end, "direct", c.cue, region=c.region, relay=c.relay, para=c.para,
                                flags=[f for f in prev.flags if f != "unclosed_quote"])
            continue
        out.append(c)
    return out


def _in_order(cues):
    """Each cue starts at or after the end of the one before (as cues.find returns them)."""
    return all(a.end <= b.start and a.start < a.end for a, b in zip(cues, cues[1:]))


_CONJS = ("فيما", "كما", "بينما", "ثم", "قبل ان", "بعد ان", "لكنه", "لكنها", "لكنهم", "لكنهما", "لكن",
          "الا انه", "الا انها", "الا انهم", "الا انهما", "غير انه", "غير انها", "غير انهم", "غير انهما", "اذ", "حيث")
_CONJ_LAST = frozenset(c[-1] for c in _CONJS)  # the letters a conjunction can end with


def _clause_start(text, pos):
    """Where the clause that a cue opens begins: before '، و' or '، فيما' etc."""
    i = pos
    while i > 0 and text[i - 1] == " ":
        i -= 1
    j = i
    if i > 0 and text[i - 1] in _CONJ_LAST:
        for conj in _CONJS:
            if text.endswith(conj, 0, i):
                j = i - len(conj)
                while j > 0 and text[j - 1] == " ":
                    j -= 1
                break
    if j > 0 and text[j - 1] in "،,":
        return j - 1
    return i


def _after_colon(text, paras, n, p, pos):
    """Content after a colon (or a paragraph that opens with a mark): the quotation that
    follows, possibly over several paragraphs, or the rest of the paragraph."""
    i = pos
    while i < p.end and text[i] in " \t":
        i += 1
    consumed = []
    para = p
    if i >= p.end and n + 1 < len(paras):
        para = paras[n + 1]
        if para.answer is not None or cue_finder._INTERVIEW.match(text, para.start):
            return None, []  # 'ومما جاء في المداخلة:' introduces an interview, whose answers are their own quotes
        consumed.append(para)
        i = para.start
    span = para.span_at(i)
    if span is not None and span.start == i:
        a, b = span.inner
        flags = []
        if not span.closed:
            # multi-paragraph quotation: each paragraph reopens the mark, the last closes it
            m = n + len(consumed) + 1
            closing = _lone_closing(text, paras, m) if m < len(paras) and not paras[m].starts_quote else None
            if closing is not None:
                # '"...\n\n...".': the quotation goes on, unopened, to a mark closing a later paragraph
                k, b = closing
                consumed.extend(paras[m:k + 1])
            while closing is None and m < len(paras) and paras[m].starts_quote:
                nxt = paras[m]
                consumed.append(nxt)
                b = nxt.spans[0].inner[1]
                m += 1
                if nxt.spans[0].closed:
                    break
            else:
                if closing is None:
                    flags.append("unclosed_quote")
        a, b = _trim(text, a, b)
        return Candidate(a, b, "direct", None, flags=flags), consumed
    a, b = _trim(text, i, para.end)
    for m in _NEXT_SENTENCE.finditer(text, a, b):
        then = text.startswith("ثم ", m.end())  # (... الدخان. ثم أضافت وهي تمسح دموعها:)
        verb = cue_finder._VERB.match(text, m.end() + 3 * then, b)
        form = VERBS[verb.group("form")] if verb is not None else None
        if form is not None and form[2] == "s" and (
                (("و" in verb.group("pre") or then) and form[3] == "verb")
                or (form[3] == "participle" and not verb.group("pre") and _COMPLEMENT_NEXT.match(text, verb.end()))):
            # فقالت: انا تاجرة ... شيء. وتضيف التاجرة ان ...: the words said end where the writer
            # reports again, in a sentence that opens with و (or ثم) and a verb of saying, or with a
            # participle and its complement (…: المقاول لم يحصل على ترخيص. مضيفا أن البلدية …)
            b = _trim(text, a, m.start() + 1)[1]
            break
    if b <= a:
        return None, consumed
    typ = "direct"
    return Candidate(a, b, typ, None), consumed


_NEXT_SENTENCE = regex.compile(r"[.!؟]\s+")
_COMPLEMENT_NEXT = regex.compile(r"\s+(?:الي\s+)?(?:ان|بان)(?!\p{L})")


_MARKS = '"«»“”'


def _lone_closing(text, paras, m):
    """(index, offset) of the closing mark that ends a quotation left open a paragraph before:
    within three paragraphs with no mark and no reporting verb, the first whose only mark closes
    it at its end ('... تتغير.\n\nأبي مات قبل أن يرى معرضي. كل لوحة رسالة إليه".'); else None."""
    for k in range(m, min(len(paras), m + 3)):
        p = paras[k]
        body = text[p.start:p.end].rstrip(" .\t\r")
        marks = [i for i, ch in enumerate(body) if ch in _MARKS]
        if cue_finder._VERB.search(text, p.start, p.start + len(body)) is not None and marks != [len(body) - 1]:
            return None
        if not marks:
            continue
        if marks == [len(body) - 1] and body[-1] in '"”»':
            end = p.start + len(body) - 1
            while end > p.start and text[end - 1] in " .،,":
                end -= 1
            return k, end
        return None
    return None


def _quote_before(text, p, c):
    """'"..."، قال فلان' / '"..."، بحسب فلان': the quotation just before the cue."""
    j = c.start
    while j > p.start and text[j - 1] in " ،,.":
        j -= 1
    for lead in _LEADS_BACK if text.endswith(_LEADS_BACK, p.start + 1, j) else ():
        # '«...»، هكذا قال X' / '«...»، بهذه الكلمات علق X' (with a character of the paragraph before it)
        if text.endswith(lead, p.start + 1, j):
            j -= len(lead)
            while j > p.start and text[j - 1] in " ،,.":
                j -= 1
            break
    span = p.span_at(j - 1) if j > p.start else None
    if span is None or span.end != j or span.words < 2:
        return _clause_before(text, p, c)
    if "." in text[span.end:c.start] and _own_clause_after(text, p, c):
        return None  # ('“...”. وأضاف أن العائلة ...': a new sentence whose verb reports a clause of its own)
    if c.lemma == "اضاف" and span.words <= 3 and not text[span.end:c.start].strip(" ،,") \
            and _adds_a_thing(" ".join(text[c.end:p.sentence_end(c.end)].split()[:1])):
        return None  # ('"مرجان الساحل" تضيف 1800 غرفة': a name in marks, then what it adds, a count)
    lead = text[p.sentence_start(span.start):span.start].strip(" -–")
    if lead and not (lead.endswith(":") and c.kind == "verb" and c.lemma == "قال" and not c.clitic):
        return None  # (يبتسم وهو يرفع الصندوق: «...»، يقول: a scene, a colon, then his words and the verb)
    end = p.sentence_end(c.end)
    comma = text.find("،", c.end, end)
    region_end = comma if comma > 0 else end
    if comma > 0:
        # '«...»، قال الشريك الإداري في الصندوق، عبد الله القرني.': the name in apposition after the role
        # (or '«...»، يقول السائق، واسمه مفتاح العقوري.': the one described, then the name he has)
        nxt = _NEXT_WORD.match(text, comma + 1, end)
        if nxt is not None and (nxt.group(1) in speakers.NAMING_AFTER_COMMA or (
                PERSON_NAMES.get(nxt.group(1)) in ("m", "f") and nxt.group(1) not in COMMON_WORDS)):
            after = text.find("،", nxt.end(), end)
            region_end = after if after > 0 else end
    a, b = _trim(text, *span.inner)
    cand = Candidate(a, b, "direct", c, region=(c.end, region_end))
    cand.relay = c.kind == "prefix"
    if not span.closed:
        cand.flags.append("unclosed_quote")
    return cand


def _own_clause_after(text, p, cue):
    """Does the rest of the cue's sentence hold a clause of its own (إن/أن, a colon or a
    quotation mark), as a verb of saying has?"""
    rest = text[cue.end:p.sentence_end(cue.end)]
    return _COMP.search(rest) is not None or any(ch in rest for ch in ':«"“')


_SETTING_WORDS = {"في", "داخل", "امام", "عند", "قرب", "وسط", "خلف", "بين", "فوق", "تحت", "علي", "من", "منذ", "خلال"}
_CLAUSE_BEFORE_VERBS = {"قال", "اضاف", "تابع", "اوضح", "اكد", "راي"}  # ...، قال الشمري / ...، تقول فلانة
_LEADS_BACK = ("هكذا", "بهذه الكلمات", "بهذه العبارات", "بهذه العباره", "بهذه الجمله") + cue_finder.WHAT_SAID_LEADS


def _adds_a_thing(after):
    """Does the rest of أضاف's clause hold its object (a count: ثلاثة أهداف، 12 صهريجا; an indefinite
    accusative noun: هدفا)? Then أضاف is 'added', not 'went on to say'."""
    for w in WORD_RE.findall(after):
        if any(ch.isdigit() for ch in w):
            return True
        w = normalize_word(w)
        if w in speakers._NUMBER_WORDS or (w.endswith("ا") and len(w) > 3 and w[:-1] in COMMON_WORDS and w not in PERSON_NAMES):
            return True
    return False


def _clause_before(text, p, c):
    """'الحرب غيرت أدوار النساء، تقول الباحثة فلانة': a present-tense cue after a comma with
    its subject after it closes the sentence's opening clause, which is the quote (features
    write so); None for anything else."""
    if c.kind != "verb" or c.clitic or c.number != "s" or c.lemma not in _CLAUSE_BEFORE_VERBS:
        return None
    before = text[p.sentence_start(c.start):c.start].rstrip()
    if not before.endswith(("،", ",")) or len(before.split()) < 4:
        return None
    after = text[c.end:p.sentence_end(c.end)]
    if _COMP.search(after) or ":" in after or not after.strip(" ،"):
        return None  # the verb introduces its own clause, or has no subject after it
    if c.lemma == "اضاف" and _adds_a_thing(after.split("،")[0]):
        return None  # ...، أضاف الضيوف ثلاثة أهداف: the verb adds something, it says nothing
    first = next(iter(WORD_RE.findall(after)), "")
    if c.lemma in ("راي", "تابع") and first.startswith("ال") and not (
            speakers.is_title(first) or speakers.is_anonymous(first) or first in PERSON_NAMES or speakers.kin_descriptor(first)):
        # فلان، الذي أمضى خمسين عاما، يرى المسألة من زاوية أخرى: sees a thing, its object after it (فلانة،
        # خبيرة الحشرات، تتابع الموجة منذ بدايتها: follows a thing, no "she went on")
        return None
    if c.lemma == "راي" and first == "في":
        return None  # أستاذة الاقتصاد ...، الدكتورة فلانة، ترى في الشكوى عرضا لمشكلة: sees in something, the subject before
    a, b = _trim(text, p.sentence_start(c.start), len(before.rstrip("،, ")) + p.sentence_start(c.start))
    a = _sentence_opening(text, a, b)
    if b - a < 10 or p.span_at(a) is not None:
        return None
    if text[a:b].split()[0] in _SETTING_WORDS:
        return None  # في مكتبها الصغير وسط المدينة، تتابع الباحثة ...: where, not what was said
    typ, a, b, flags = _classify(text, p, a, b)
    comma = text.find("،", c.end, p.sentence_end(c.end))
    return Candidate(a, b, typ, c, region=(c.end, comma if comma > 0 else p.sentence_end(c.end)), flags=flags)


def _prefix(text, p, c, cues, starts):
    """'بحسب X، ...' at a clause start, '...، بحسب X' closing a clause, or 'على لسان X: «...»'."""
    end = p.sentence_end(c.end)
    quoted = _quoted_after_colon(text, p, c)
    if quoted is not None:
        return quoted
    before = text[p.sentence_start(c.start):c.start].strip()
    if not before or before in ("و", "لكن", "ولكن"):  # (لكن وفقا لمصدر في البنك، ...: but, then the source)
        comma = text.find("،", c.end, end)
        fa = _COMMA_FA_INNA.search(text, c.end, end)
        bare_fa = _FA_INNA_AFTER_SOURCE.match(text, c.end, end) if fa is None else None
        if bare_fa is not None and (comma < 0 or bare_fa.start(1) < comma):
            # وبحسب المحافظة فإن خطة التطوير شملت ...: the source, then فإن with no comma before it (not توماس
            # فان هوت، الشريك في الإنتاج، فإن: a name's فان, the فإن after the comma)
            return _relayed_clause(text, p, c, bare_fa.end(), bare_fa.start(1), starts)
        if comma < 0:
            return None
        if fa:
            comma = fa.start()  # ووفقا لما نقلته الوكالة عن رئيس الجامعة، الدكتور X، فإن ...
        else:
            comma = _after_apposed_clause(text, _after_apposed_name(text, c.end, comma, end), end)
        after = comma + 1
        while after < end and text[after] == " ":
            after += 1
        if any(x.start >= after and x.start < after + 12 and x.kind == "verb" and _own_clause_after(text, p, x) for x in cues):
            return None  # 'وفقا لوكالة رويترز، قال X': the agency relays a quote with its own cue (not يبلغ، amounts to)
        m = _COMP.match(text, after)
        if m and m.start() == after:
            after = m.end()
            while after < end and text[after] == " ":
                after += 1
        return _relayed_clause(text, p, c, after, comma, starts)
    if before.endswith(("،", ",")) or _source_closes_sentence(text, c, end, before):
        comma = text.find("،", c.end, end)
        if comma > 0:
            after = comma + 1
            while after < end and text[after] == " ":
                after += 1
            m = _COMP.match(text, after)
            if m is not None and not m.group("prep"):
                # ومن المقرر، بحسب الخطيب، أن يعقد التجمع ...: a frame before the source, the clause after it
                # (however long the frame: وكانت صحيفة محلية قد نشرت، نقلا عن مصدر طبي، أن ...)
                return _relayed_clause(text, p, c, m.end(), comma, starts)
        s = p.sentence_start(c.start)
        a, b = _trim(text, s, c.start)
        a = _covered_from(text, a, b)
        if b <= a:
            return None
        typ, a, b, flags = _classify(text, p, a, b)
        cand = Candidate(a, b, typ, c, region=(c.end, comma if comma > 0 else end), flags=flags)
        cand.relay = True
        return cand
    return None


def _after_apposed_name(text, start, comma, end):
    """وبحسب عمدة المدينة، يحيى ولد الشيخ محمد، تضاعف ...: a person's name in apposition after a
    title, the source before the comma, is the source's too; the relayed clause begins after the
    comma closing it (after a body, بحسب الشرطة، فلان، ..., the name is what the clause is about)."""
    m = _APPOSED_NAME.match(text, comma + 1, end)
    title = WORD_RE.search(text, start, comma)
    if m is None or title is None:
        return comma
    w = title.group()
    w = w[1:] if w[:1] == "ل" and not speakers.is_title(w) else w
    if not (speakers.is_title(w) or speakers.held_title(w)) or speakers.is_org(w):
        return comma  # (على لسان مديرها، فلان: a title held for the body, too)
    words = m.group(1).split()
    if not 2 <= len(words) <= 6 or words[0] not in PERSON_NAMES or words[0] in COMMON_WORDS:
        return comma
    prev = ""
    for k, w in enumerate(words):
        if not (speakers.name_like(w, k == 0, prev) or prev in speakers._NASAB):  # (ولد الشيخ محمد)
            return comma
        prev = w
    return m.end() - 1


def _after_apposed_clause(text, comma, end):
    """وبحسب مرصد الساحل، وهو هيئة بحثية مستقلة، تكاثرت ...، بحسب الخبيرة فلانة، التي زارت الموقع،
    يعد ...: a clause describing the source, between commas right after it, is the source's too;
    the relayed clause begins after the comma closing it."""
    m = _APPOSED_CLAUSE.match(text, comma + 1, end)
    return m.end() - 1 if m else comma


_APPOSED_CLAUSE = regex.compile(r"[ \t]*(?:وهو|وهي|وهم|الذي|التي|الذين)[ \t][^،,.:؛!?؟\n]{3,150}[،,]")
_APPOSED_NAME = regex.compile(r"[ \t]*(\p{L}+(?:[ \t]+\p{L}+){1,5})[ \t]*[،,]")


def _source_closes_sentence(text, c, end, before):
    """'التمويل هو العقدة الأولى بحسب رحمة.': a sourcing phrase with no comma before it whose source,
    a name, a title or a body in a few words, ends the sentence, closes the clause before it (not
    'تتغير الأسعار بحسب الموسم': a measure, no one's words)."""
    words = text[c.end:end].split()
    if not 1 <= len(words) <= 4 or len(before.split()) < 3:
        return False
    w = words[0]
    if speakers.is_title(w) or speakers.is_org(w) or speakers.is_anonymous(w):
        return True
    given = PERSON_NAMES.get(w) in ("m", "f")
    # (a given name that is also a word, رحمة، أمل: only one the article gave someone before)
    return (given and w not in COMMON_WORDS) or ((given or w in AMBIGUOUS_WORLD_NAMES) and f" {w} " in text[:c.start])


def _quoted_after_colon(text, p, c):
    """والحكاية مختلفة على لسان عمدتها فلان: «...»، وبحسب المتحدث: «...»: the source a sourcing
    phrase names, then a colon and a quotation; else None."""
    colon = text.find(":", c.end, min(p.end, c.end + 120))
    if colon < 0 or len(text[c.end:colon].split()) > 10 or any(ch in text[c.end:colon] for ch in ".؟!" + _OPEN):
        return None
    q = colon + 1
    while q < p.end and text[q] == " ":
        q += 1
    span = p.span_at(q) if q < p.end and text[q] in _OPEN else None
    if span is None or span.start != q:
        return None
    a, b = _trim(text, *span.inner)
    if b <= a:
        return None
    cand = Candidate(a, b, "direct", c, region=(c.end, colon), flags=[] if span.closed else ["unclosed_quote"])
    cand.relay = True
    return cand


def _relayed_clause(text, p, c, start, comma, starts):
    """The clause a sourcing phrase (c, its region closed by the comma at `comma`) relays, from `start`."""
    a, b = _content_end(text, p, start, [s for s in starts if s > start])
    typ, a, b, flags = _classify(text, p, a, b)
    cand = Candidate(a, b, typ, c, region=(c.end, comma), flags=flags)
    cand.relay = True
    return cand


# a wire dateline opening a paragraph: توكرة (ليبيا)، 19 نوفمبر (نبأ المتوسط) - ، الرباط - ، عمان (رويترز) -
_DATELINE_OPENING = regex.compile(r"[\p{L} ]{2,25}(?:\s*\([^()\n]{1,25}\))?(?:\s*[،,]\s*[^-–—()\n]{1,30}?)?"
                                  r"(?:\s*\([^()\n]{1,25}\))?\s+[-–—]\s+")


_DASH_AGAIN = regex.compile(r"\s[-–—]\s")


def _sentence_opening(text, start, end):
    """The start of a sentence's content without the conjunction glued to its first word
    (وسيبدأ، ومن المقرر، والمواطن، فالمرصد): that و/ف links the sentence to the article, it
    is not part of what was reported; nor is a wire dateline opening the paragraph."""
    if (start == 0 or text[start - 1] == "\n") and end - start > 40:
        d = _DATELINE_OPENING.match(text, start, end)
        # (an agency in brackets or a date, and no second dash: not الحكومة الجديدة - التي تشكلت أمس -)
        if d is not None and end - d.end() >= 20 and ("(" in d.group() or any(ch.isdigit() for ch in d.group())) \
                and not _DASH_AGAIN.search(text, d.end(), end):
            start = d.end()
    if end - start < 4 or text[start] not in "وف" or text[start:start + 2] in ("و ", "ف "):
        return _past_frame(text, start, end)
    k = start + 1
    e = k
    while e < end and text[e].isalpha():
        e += 1
    rest = text[k:e]
    if rest.startswith("ال") or rest in STOPWORDS or (rest[:1] in "يتسن" and len(rest) >= 3 and rest[:2] not in ("يد", "تر")):
        return _past_frame(text, k, end)
    return start


# how a sentence links itself to the article before its content: على صعيد آخر، في سياق متصل،
# من جهة أخرى، إلى ذلك، غير أن، إلا أن، لكن، كما
_FRAME = regex.compile(r"(?:عل[يى]\s+صعيد\s+(?:[آا]خر|متصل|ذي\s+صل[ةه])|في\s+سياق\s+(?:متصل|[آا]خر)"
                       r"|من\s+(?:جه[ةه]|ناحي[ةه])\s+[أا]خر[يى]|من\s+جانب\s+[آا]خر|في\s+غضون\s+ذلك|[إا]ل[يى]\s+ذلك"
                       r"|في\s+المقابل|بالمقابل)\s*[،,]\s*|(?:غير|[إا]لا|كما)\s+[أا]ن\s+|لكن\s+"
                       r"|كما\s+(?=قد\s|[سيتن]\w\w)")  # (كما سيزور الوالي: also, before a verb)


def _past_frame(text, start, end):
    """A clause a closing attribution covers begins after the frame that links its sentence to the
    article (وعلى صعيد آخر، تعقد اللجنة ...، حسب ما أفاد به الأمين العام): the source said what
    follows, the frame is the writer's."""
    m = _FRAME.match(text, start, end)
    return m.end() if m is not None and end - m.end() >= 10 else start


# the place or occasion a sentence opens on before its comma: the writer setting the scene
_SCENE = regex.compile(r"في\s+[^\s،,.:؛\n«»\"“”]+(?:\s+[^\s،,.:؛\n«»\"“”]+){0,4}\s*[،,]\s*")


def _after_scene(text, a, b):
    """Where a clause a source after it (بحسب، على حد قوله) covers starts: after the place or
    occasion its sentence opens on, linking it to the article with و/ف or opening a paragraph
    (وفي حي كوسار الشعبي، غمرت المياه ...), the writer's scene; mid-paragraph with no link it may be
    the source's own (... . في البيت الأول، كان الإيجار يلتهم نصف دخله، على حد قولها)."""
    linked = a == 0 or text[a - 1] == "\n" or (text[a - 1] in "وف" and (a == 1 or not text[a - 2].isalpha()))
    scene = _SCENE.match(text, a, b) if linked else None
    return scene.end() if scene is not None and b - scene.end() >= 10 else a


def _covered_from(text, a, b):
    """Where the clause a source after it covers starts, in the sentence text[a:b] before that source
    (بحسب …، على حد قوله): past the sentence's link to the article, its scene and any clause with a
    source of its own."""
    return _last_clause(text, _after_scene(text, _sentence_opening(text, a, b), b), b)


def _final(text, p, c):
    """'...، على حد قوله': the clause before is the quote; the source is the last speaker."""
    s = p.sentence_start(c.start)
    a, b = _trim(text, s, c.start)
    a = _covered_from(text, a, b)
    if b <= a:
        return None
    typ, a, b, flags = _classify(text, p, a, b)
    return Candidate(a, b, typ, c, implicit=True, flags=flags)


_WHILE_CLAUSE = regex.compile(r"[،,؛]\s*(?:فيما|بينما|في\s+حين|اذ(?:\s+ان)?)\s+")


def _last_clause(text, a, b):
    """Where the clause a closing attribution covers starts: after the last '، فيما / بينما / في
    حين' of the sentence ('فاز فلان، فيما لم تتجاوز المشاركة 23%، حسب ما أعلنته السلطات'), or its
    '، إذ' (the writer's point, then the fact the source gave for it: 'وبقيت أحياء دون كهرباء، إذ
    تضررت 14 محطة، نقلا عن مصدر')."""
    last = None
    for last in _WHILE_CLAUSE.finditer(text, a, b):
        pass
    if last is not None:
        return last.end()
    # ('وتشير الإحصاءات إلى ارتفاع الأحكام، إلا أن وتيرة تطبيقها بطيئة، بحسب التقرير': what the
    # sentence opens on has a source of its own; the closing one covers what comes after the but)
    for last in _BUT_THAT.finditer(text, a, b):
        pass
    w = a
    while w > 0 and text[w - 1].isalpha():
        w -= 1  # (from the whole word: وتشير, its و cut off before)
    if last is not None and cue_finder.reports_between(text, w, last.start()):
        return last.end()
    return a


_BUT_THAT = regex.compile(r"[،,]\s*(?:الا|غير)\s+ان\s+")


def questions_paragraphs(text, paras):
    """Paragraphs that are interview questions (س:, or the interviewer's turns in an
    interview layout). Answer paragraphs of a layout get `answer` set for `build`."""
    qs = set(cue_finder.questions(text))
    out = {id(p) for p in paras if p.start in qs or any(p.start <= q < p.start + 3 for q in qs)}
    if not out:
        asking = [n for n, p in enumerate(paras) if _asks(text, p) or _bulleted_turn(text, paras, n)]
        if len(asking) >= 2:  # cheap gate: most articles have no question paragraphs at all
            out = _labelled_interview(text, paras) or _unlabelled_interview(text, paras, asking)
    return out


# 'أفق: كيف ...؟' / 'الطيب: كنت ...': a short label (one to three words) and a colon
_LABEL = regex.compile(r"[ \t]*(?P<label>[«\"“]?(?:\p{L}{1,2}\.[ \t]*)?\p{L}+(?:[ \t]+\p{L}+){0,2}[»\"”]?)"
                       r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*:[ \t]*")  # (and a stage direction: 'السبيعي (تضحك):')
# (with an abbreviated title before the name: 'د. فادي الخوري:')
QUESTIONS = r"(?:اسئله|سؤالان|سؤالين)"  # questions, two questions, put to someone in a Q&A's heading
_QUESTIONS_TO = QUESTIONS + r"\s+(?:الي|مع)"
_INTERVIEW_INTRO = regex.compile(
    r"\b(?:(?:في|خلال|وفي)\s+(?:حوار|مقابله|لقاء|مداخله)|(?:^|(?<=\n))[ \t]*(?:حوار|مقابله|لقاء)(?=\s+[^\n]{0,40}مع\s)|[وف]?(?:التقت|التقي|التقينا|حاورت|حاورنا)"
    r"|نص\s+(?:الحوار|المقابله|اللقاء|المداخله)|(?:اجرت|اجري|اجرينا)\s+(?:\S+\s+){0,3}?(?:حوارا|مقابله|لقاء)"
    r"|(?:وفيما|فيما)\s+يلي|(?:ومما|مما)\s+جاء\s+في|هذا\s+الحديث|هذا\s+الحوار"
    r"|(?<![\p{L}])" + _QUESTIONS_TO + r"\s|(?<![\p{L}])" + QUESTIONS + r"\s+ل[ \t]*\p{L}+"  # ثلاثة أسئلة إلى فلانة، لرئيس البلدية، لـ فلان (its tatweel folded away): a short Q&A's heading
    r"|(?<![\p{L}])(?:دردشه|حوار\s+قصير|حوار\s+سريع)\s+مع\s"
    r"|(?:طرحت|طرحنا|طرح)\s+(?:\S+\s+){1,5}?(?:بعض\s+)?(?:الاسئله|اسئله|اسئلتنا|سؤالا|اسئلتها)"
    r"|سالنا(?:ه|ها|هم)?\s+(?:(?![وف]?قال)[^.:\n]){1,60}\b(?=\s*:)"  # سألنا الطاهر:، سألناها عن ...: then the questions and answers
    # (not وحين سألنا في الجمعية قالوا:, a reply reported before its colon)
    r"|(?:اجاب|اجابت|ورد|وردت)\s+(?:[^\s.؟!:]+\s+){0,12}?عن\s+(?:اسئلتنا|اسئله|اسئلتها))"  # أجاب الزواري (، مدرب ...،) عن أسئلتنا:
    r"\b"
)
# the interviewee: 'حوار مع X' / 'التقت «الصحيفة» بـX' / 'التقت «الصحيفة» الكاتبة' (a name in
# quotation marks is the outlet) / 'تحدث X، ...، عن'
_INTERVIEWEE = regex.compile(
    r"(?:(?<![\p{L}])مع\s+|(?<![\p{L}])[وف]?(?:التقت|التقي|التقينا)\s+(?:\S+\s+){0,3}?ب(?:ـ)?"
    r"|(?<![\p{L}])[وف]?(?:التقت|التقي|التقينا)\s+[«\"“][^»\"”]{1,40}[»\"”]\s+"
    r"|(?<![\p{L}])(?:تحدث|تحدثت|تحدثا)\s+|(?<![\p{L}])(?:طرحت|طرحنا|طرح)\s+علي\s+|(?<![\p{L}])سالنا\s+"
    r"|(?<![\p{L}])" + _QUESTIONS_TO + r"\s+|(?<![\p{L}])" + QUESTIONS + r"\s+ل[ \t]*)(?=[^\s«\"“])"
)
_OUTLET_WORDS = ("برنامج", "قناه", "صحيفه", "جريده", "موقع", "اذاعه", "تلفزيون", "وكاله", "مجله", "شبكه")
# مع names the guest only after the conversation it is with (حوار مع، أجرته معه), not in
# any phrase of the intro (مع اقتراب الموسم)
_WITH_WHOM = regex.compile(r"(?:حوار|مقابله|لقاء|مداخله|حديث|دردشه|اتصال|اجرت|اجري|اجرينا|اجراه|اجرته)\S*\s+(?:\S+\s+){0,3}$")
_SPOKE_END = regex.compile(r"\s(?:عن|حول|في|ل)\s|[.:؛؟(]")
_GENERIC_LABELS = {"جواب", "الجواب", "اجابه", "الاجابه", "رد", "الرد", "ج"}
_REGION_END = regex.compile(r"[،.:؛؟(]")


_MAX_ANSWER_PARAS = 6  # a longer stretch without a question is the writer's again


def _asks(text, p):
    return text[max(p.start, p.end - 8):p.end].rstrip(" .»\"”")[-1:] in "؟?"


def _bulleted_turn(text, paras, n):
    """'■ لكن الفيلم يخلو من السياسة.' then '— السياسة موجودة ...': an interviewer's turn marked by a
    bullet, answered by a dash, whether or not it ends in a question mark."""
    return text[paras[n].start] in "■●◆▪" and n + 1 < len(paras) and text[paras[n + 1].start] in "—–-"


def _labelled_interview(text, paras):
    """Alternating 'INTERVIEWER: question؟' and 'INTERVIEWEE: answer' paragraphs: answers
    are the interviewee's quotes (the label is the cue and names the source)."""
    labels = []
    for p in paras:
        m = _LABEL.match(text, p.start, p.end)
        lab = None
        if m and m.end() < p.end and not cue_finder._VERB.search(text, m.start(), m.end()):
            lab = m.group("label").strip("«»\"“” \t")
        labels.append((lab, m))
    count, asked = {}, {}
    for (lab, _), p in zip(labels, paras):
        if lab:
            count[lab] = count.get(lab, 0) + 1
            asked[lab] = asked.get(lab, 0) + _asks(text, p)
    # an interviewer asks most of the time; one who also comments, thanks and introduces callers
    # still asks a third of the time while the guest never does
    never = any(n >= 2 and not asked[lab] for lab, n in count.items())
    askers = {lab for lab, n in count.items() if n >= 2 and lab not in ("س", "ج")
              and (asked[lab] >= 0.6 * n or (never and asked[lab] >= 0.35 * n))}
    if not askers:
        return set()
    replies = {}
    for n in range(1, len(paras)):
        lab = labels[n][0]
        if lab and lab not in askers and labels[n - 1][0] in askers and not _asks(text, paras[n]):
            replies[lab] = replies.get(lab, 0) + 1
    # 'آمنة الطيب:' once, then 'الطيب:': every label that replies to a question answers
    answerers = set(replies) if sum(replies.values()) >= 2 else set()
    for lab in count:
        # 'رنا الخطيب:' and 'د. فراس الزعبي:' once, then 'الخطيب:' and 'الزعبي:': the full label is the same person's
        if lab not in askers and lab not in answerers and " " in lab:
            last = lab.split()[-1]
            (askers if last in askers else answerers if last in answerers else set()).add(lab)
    first = next(n for n, (lab, _) in enumerate(labels) if lab in askers)
    intro = next((p for p in reversed(paras[:first]) if _INTERVIEW_INTRO.search(text, p.start, p.end)), None)
    if not answerers:
        # 'المذيع: سؤال؟' then the answer unlabelled: the interviewee the intro names answers
        return _asked_by_label(text, paras, labels, askers, intro) if intro is not None else set()
    questions = set()
    current = region = None
    for n, (p, (lab, m)) in enumerate(zip(paras, labels)):
        if lab in askers:
            questions.add(id(p))
            current = None
        elif lab in answerers:
            a, b = m.start("label"), m.end("label")
            current = cue_finder.Cue(a, b, "interview", lab)
            # 'جواب:' names nobody: the interviewee is the one the intro names
            region = (_interviewee(text, intro) if intro else None) if lab in _GENERIC_LABELS else (a, b)
            p.answer = (current, m.end(), region)
        elif lab is None and current is not None and any(l in askers for l, _ in labels[n + 1:]):
            # an answer over several paragraphs, before the next question
            p.answer = (current, p.start, region)
        else:
            current = None
    return questions


# a turn labelled with a description and who it is (المتصل (عادل من إيتاي البارود):)
_OWN_LABEL = regex.compile(r"\p{L}+(?:[ \t]+\p{L}+){0,2}[ \t]*\([^()\n]{1,50}\)[ \t]*:")


_REPLY_WORDS = {"نعم", "لا", "طبعا", "بالتاكيد", "ابدا", "اطلاقا", "بالطبع", "صحيح", "بلي", "كلا"}


def _reports(text, p):
    """Does the paragraph report someone's question in quotation marks (وأضاف فلان: "...؟")?
    Then its question mark is the quoted speaker's, not an interviewer's question."""
    if not p.spans:
        return False
    last = p.spans[-1]
    q = text.rfind("؟", p.start, p.end)
    return last.start < q < last.end and cue_finder._VERB.search(text, p.start, p.spans[0].start) is not None


def _opens_with_cue(text, p):
    """Does the paragraph open with a reporting verb (the writer's narrative resuming: وقال
    ...)? An answer that opens with نعم، وكتب ذلك does not."""
    m = cue_finder._VERB.search(text, p.start, min(p.end, p.start + 20))
    if m is None:
        return False
    first = WORD_RE.match(text, p.start)
    return first is None or first.group() not in _REPLY_WORDS


def _asked_by_label(text, paras, labels, askers, intro):
    """Labelled questions (المذيعة: ...؟) each followed by unlabelled answer paragraphs, up
    to the next question or the writer's own cue: the answers are the interviewee's."""
    region = _interviewee(text, intro)
    qs = [n for n, (lab, _) in enumerate(labels) if lab in askers]
    answered = 0
    for k, q in enumerate(qs):
        stop = qs[k + 1] if k + 1 < len(qs) else min(len(paras), q + 2)
        for n in range(q + 1, min(stop, q + 1 + _MAX_ANSWER_PARAS)):
            a = paras[n]
            if labels[n][0] is not None or _opens_with_cue(text, a):
                break  # another speaker's turn, or the writer's narrative with its own cue
            a.answer = (cue_finder.Cue(a.start, a.start, "interview", ""), a.start, region)
            answered += 1
    return {id(paras[q]) for q in qs} if answered >= 2 else set()


def _interviewee(text, p):
    """The interviewee named in an intro paragraph ('حوار مع X'، 'التقت ... بـX'), as a region."""
    found = [m for m in _INTERVIEWEE.finditer(text, p.start, p.end)
             if not text.startswith(_OUTLET_WORDS, m.end() + 2 * text.startswith("ال", m.end()))  # مع برنامج "...": the outlet
             and (not m.group().startswith("مع") or _WITH_WHOM.search(text, max(p.start, m.start() - 40), m.start()))]
    # (في حديث مع الصحيفة ...، سألنا فلانا: the one asked)
    m = next((m for m in found if m.group().startswith("سالنا")), found[0] if found else None)
    if m is None:
        return None
    if text[m.start():m.start() + 4] in ("تحدث", "وتحد"):
        end = _SPOKE_END.search(text, m.end(), p.end)  # تحدث محامي الأسر، الدكتور X، عن الحكم
    else:
        end = _REGION_END.search(text, m.end(), p.end)
    return m.end(), end.start() if end else p.end


def _unlabelled_interview(text, paras, asking):
    """After an interview intro (في حوار مع، التقت ... بـ، نص الحوار), question paragraphs
    ending in ؟ alternate with answer paragraphs: the answers are the interviewee's."""
    m = _INTERVIEW_INTRO.search(text, 0, paras[asking[-1]].start)
    if m is None:
        return set()
    # the intro may sit in the headline or a deck line (-1: before the body)
    # (or in a heading line the body leaves out, a boilerplate-looking "حوار قصير | ثلاثة أسئلة إلى فلان":
    # the paragraph before the first one after it)
    intro = next((n for n, p in enumerate(paras) if p.end > m.start()), 0)
    intro -= paras[intro].start > m.start()
    qs = [n for n in asking if n > intro and not paras[n].starts_quote
          and len(WORD.findall(text, paras[n].start, paras[n].end)) <= 60
          and not _reports(text, paras[n])]
    qs = [n for n in qs if n + 1 < len(paras) and n + 1 not in qs]
    if len(qs) < 2:
        return set()
    region = _interviewee(text, paras[intro]) if intro >= 0 else None
    for k, q in enumerate(qs):
        last = qs[k + 1] if k + 1 < len(qs) and qs[k + 1] - q <= _MAX_ANSWER_PARAS + 1 else q + 2
        for n in range(q + 1, last):
            a = paras[n]
            if n > q + 1 and _opens_with_cue(text, a):
                break  # the writer's narrative resumes with its own cue
            a.answer = (cue_finder.Cue(a.start, a.start, "interview", ""), a.start, region)
    return {id(paras[q]) for q in qs}
