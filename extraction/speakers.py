"""Speakers: parse the noun phrase that names a source (titles, names, organisations,
anonymous sources), find every person and organisation mentioned in the body, and resolve
each quote's source to the fullest name the article gives.

Coreference is rule-based: a short mention (surname, first name, kunya, title, bare
organisation head) is matched against the longer mentions of the article, filtered by the
gender of the reporting verb and by the title, and the most recent candidate wins.
"""
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import takewhile
from operator import itemgetter
import re
import threading

from .lexicon import (AMBIGUOUS_GIVEN, AMBIGUOUS_WORLD_NAMES, FREQUENT_WORDS, INANIMATE_SOURCES, ROLE_FAMILIES, VERB_FORMS, ADDRESS_FORMS, ANONYMOUS, COMMON_WORDS, GENERIC_ROLE_WORDS, HONORIFICS, MASDARS, NON_SOURCE_HEADS, ORGANISATIONS,
                      PERSON_NAMES, PLACES,
                      STOPWORDS, TITLES, VERBS)

# words (letters, digits, _ and inner dots) and single punctuation marks; the standard re
# (\w is Unicode letters and digits) tokenizes about 1.5× faster than regex's \p{L}\p{N}
# (جان-لوك: a hyphenated name is one token; د. م. أ. before a word: an abbreviated title, one token)
TOKEN = re.compile(r"(?<![\w.])[^\W\d_]\.(?=\s+[^\W\d_])|[\w.]+(?<!\.)(?:-\w+)*|[^\s\w]")
# Every character but whitespace begins a token (a word character or a mark), so what lies
# between two tokens is whitespace: each token with the whitespace before it, read by findall,
# gives the offsets by counting, without a match object per token (the same tokens, faster).
_SPACED_TOKEN = re.compile(r"(\s*)(" + TOKEN.pattern + ")")
_CONNECTORS = {"عبد", "بن", "بنت", "ولد", "منت", "ود", "ابو", "ام", "ال", "ايت", "ابن", "با", "دي", "دو", "فان", "فون", "اولاد", "سيدي", "مولاي",
               "بني"}  # (بني عامر: a tribal family name)
_ROMANCE_ARTICLES = {"لا", "لاس", "لوس"}  # de la, de las, de los inside a Spanish or Filipino name
_NICKNAMED_AS = {"يكني", "ويكني", "تكني", "وتكني"}  # (is called by a kunya: عامل يكنى أبو وضاح)
_NAMING = {"ويدعي", "يدعي", "واسمه", "واسمها", "اسمه", "اسمها", "ويدعونه", "تدعي", "وتدعي",
           "نسميه", "نسميها", "سنسميه", "سنسميها"} | _NICKNAMED_AS  # (وطلب أن نسميه «أيمن»: the name he asked for)
_ONLY_WORDS = {"فقط", "فحسب"}
_UNNAMED_HOW = {"عدم", "ان", "الا", "ذكر", "الكشف", "الاكتفاء", "التحدث", "نشر", "حجب", "اخفاء"}  # (فضل عدم ...)
_UNNAMED_BY_CHOICE = {"طلب", "طلبت", "فضل", "فضلت", "رفض", "رفضت", "مفضلا", "مفضله", "رافضا", "رافضه", "شريطه", "بشرط"}
_NAMING_WORD = "يدعي"  # (what عرف نفسه باسم stands for, once the description is cut from the name)
_JOINT = ("كل من",)
# after these a name goes on whatever the next word looks like: عبد الأمير، أبو الفضل، بن الشيخ
_HONORIFIC_SURNAMES = ("الحاج", "الشيخ", "السيد")  # honorifics that are also family names (ديما الحاج يوسف)
_NAME_JOINERS = {"عبد", "ابو", "ام", "بن", "ابن", "بنت", "ولد", "منت", "ود", "ال", "ايت", "اولاد", "سيدي", "مولاي",
                 "العبد"}  # (فهد ناصر العبد الجليل، العبد الله: a Gulf family name in two words)
_RELATIVES = {"الذي", "التي", "الذين", "اللذين", "اللذان", "اللتين", "اللتان", "اللواتي", "اللاتي"}


def relative_before(text, pos):
    """The singular relative pronoun written right before `pos` (…، التي قالت): الذي or التي, else ""."""
    last = text[max(0, pos - 8):pos].split()[-1:]
    return last[0] if last in (["الذي"], ["التي"]) else ""


# the words after which عن goes on with who a source is (مسؤول عن الملف، نيابة عن الوزير), not with what
# the verb before it was about (تحدث مصدر في المطار عن تعليق الرحلات)
_ANSWERING_FOR = {"مسؤول", "مسؤوله", "مسؤولين", "مسؤولون", "نيابه", "ممثل", "ممثله", "ممثلين", "ممثلون", "نقلا"}
_ANON_END = {"طلب", "فضل", "رفض", "وهو", "وهي", "وهم", "قوله", "قولها", "قولهم", "تحدث", "تحدثت", "تحدثوا", "تحدثا",
             "بينما", "فيما", "حين", "حينما", "عندما", "ريثما", "اثناء", "بعدما", "قبلما", "ان", "بان"} | _RELATIVES
# (أحد السكان بينما كان ينتظر: when; مزارعون في الولاية أن: the reported clause)
# anonymous heads that start a source in running text (not أحد/بعض, which start anything)
_GROUP_HEADS = {"مصدر", "مصادر", "مسؤول", "مسؤوله", "مسؤولون", "دبلوماسي", "دبلوماسيون", "شهود", "مراقبون", "ناشطون", "خبراء", "سكان",
                "نازحون", "لاجئون", "معلمون", "ناخبون", "مزارعون", "متظاهرون", "محتجون", "مهاجرون", "مواطنون"}
_QUOTE_MARKS = {'"', "«", "»", "“", "”"}
_PHRASE_ENDS = frozenset(("،", ".", ":", "؛", "(", ")", "\x00")) | _QUOTE_MARKS  # a body phrase stops here
_QUOTE_VERB_SUFFIXES = ("قوله", "قولها", "قولهم", "تاكيده", "تاكيدها")


@dataclass(slots=True)
class Mention:
    """A named or described source at normalized offsets [start, end)."""

    start: int
    end: int
    kind: str  # person | organisation | anonymous
    name: tuple = ()  # name tokens (person), or the whole phrase (organisation/anonymous)
    role: tuple = ()  # title/role tokens
    gender: str = ""
    text: str = ""  # the mention as written (normalized)
    parts: list = field(default_factory=list)  # joint sources: one Mention each
    name_span: tuple = None  # (start, end) of the name tokens
    document: tuple = None  # (start, end) of the words naming a document the body issued (تقرير أصدرته)


@lru_cache(maxsize=65536)
def bare(tok: str) -> str:
    """Strip a leading conjunction and article: والوزير -> وزير."""
    if tok.startswith("و") and len(tok) > 4 and (tok[1:] in TITLES or tok[1:].startswith("ال")):
        tok = tok[1:]
    elif tok.startswith("ف") and ((tok.startswith("فال") and len(tok) > 5) or (len(tok) > 4 and tok[1:] in TITLES)):
        tok = tok[1:]  # فالقائد السابق للفريق، فرئيسة نقابة العاملين: a sentence opening with ف
    if tok.startswith("ال") and len(tok) > 3:
        tok = tok[2:]
    return tok


@lru_cache(maxsize=65536)
def _definite(tok):
    # (an abbreviated title, د. م., stands for a definite one: الدكتور، المهندس)
    # (اله is آلة with its hamza dropped, الي is إلى: ال and a single letter is no definite word)
    return (tok.startswith("ال") and len(tok) > 3) or (tok.startswith(("وال", "فال")) and len(tok) > 4) or tok.endswith(".")


@lru_cache(maxsize=65536)
def is_title(tok):
    if tok in TITLES:
        return True
    if tok.startswith(("ال", "وال", "فال")):
        b = bare(tok)
        return b in TITLES or ("ال" + b) in TITLES
    return tok[:1] in ("و", "ف") and tok[1:] in TITLES  # (فرئيسة نقابة ...، فلانة، أكدت: ف + a title)


@lru_cache(maxsize=65536)
def title_gender(tok):
    b = bare(tok)
    for t in (tok, b, "ال" + b):
        if t in TITLES:
            return TITLES[t]
    return ""


@lru_cache(maxsize=65536)
def is_org(tok):
    # (الهلال الأحمر is a body, هلال a given name: a head listed only definite is no name's body)
    # (nor is an indefinite nisba: مذكرة داخلية is internal, not the ministry الداخلية; رئاسة الوزراء is a body)
    return tok in ORGANISATIONS or bare(tok) in ORGANISATIONS \
        or (("ال" + bare(tok)) in ORGANISATIONS and tok not in PERSON_NAMES and (tok != bare(tok) or not tok.endswith("يه"))
            and tok not in _ALONE)


_ALONE = {"وحده"}  # وحده (alone, وحدَه) is folded like وحدة, a unit: only الوحدة is a body's head


_DOCUMENT_HEADS = {"بيان", "تقرير", "رد", "جواب", "رساله", "مذكره", "بلاغ", "وثيقه", "دراسه", "مرسوم", "قرار", "حكم", "اعلان", "تعميم",
                   "نداء", "منشور", "نشريه", "نشره", "لائحه", "محضر", "عريضه", "مسوده", "امر",
                   "استطلاع", "كتيب", "احصاء", "احصائيه", "مسح", "ورقه"}
# (نشرية خاصة أصدرها الديوان: a bulletin; ورقة موقف: a position paper; استطلاع أجرته الرابطة: a poll;
# إحصاء أعدته الرابطة، مسح أجراه المعهد: figures a body made; كتيب المهرجان)


# what a document an issuer stands behind may be called (رد is a reply, not a document anyone issues)
_DOCUMENT_STEMS = (_DOCUMENT_HEADS - {"رد"}) | {"حيثيات", "كتاب"}
_COURT_DOCUMENTS = {"حكم", "حيثيات", "قرار"}
_WITHOUT_MANNER = {"استثناء", "مواربه", "تردد", "هواده", "توقف", "انقطاع", "جدوي", "شك", "قيد", "شرط", "مقابل", "تحفظ"}  # بلا استثناء
_QUESTIONS_OF = {"اسئله", "سؤال", "استفسار", "استفسارات"}  # (جواب على أسئلة الجريدة: whose questions)
_COURTS = {"محكمه", "المحكمه", "دائره", "هيئه"}


@lru_cache(maxsize=65536)
def _document_stem(tok):
    """بيانا، تقريره، حكمها، والحيثيات -> the document noun, else ""."""
    w = bare(tok)
    if w.startswith("و") and bare(w[1:]) in _DOCUMENT_STEMS:
        w = bare(w[1:])
    for suffix in ("", "ا", "ه", "ها", "هم"):
        if suffix and not w.endswith(suffix):
            continue
        stem = w[:-len(suffix)] if suffix else w
        if stem in _DOCUMENT_STEMS:
            return stem
        if stem.endswith("ت") and stem[:-1] + "ه" in _DOCUMENT_STEMS:
            return stem[:-1] + "ه"  # رسالته
    return ""


@lru_cache(maxsize=65536)
def is_document(tok):
    """A document rather than a body: البيان، التقرير."""
    return bare(tok) in _DOCUMENT_HEADS


@lru_cache(maxsize=65536)
def is_anonymous(tok):
    """An anonymous or group head: listed (مصدر، سكان)، or a plural nisba (سودانيون، يمنيون)."""
    if tok in ANONYMOUS or bare(tok) in ANONYMOUS:
        return True
    if tok.endswith("ا") and len(tok) > 4 and tok[:-1] in ANONYMOUS and tok not in PERSON_NAMES:
        return True  # in the accusative: غير أن مصدرا دبلوماسيا قال
    b = bare(tok)
    if b.endswith("و") and len(b) >= 5 and tok not in PERSON_NAMES and (b + "ن" in ANONYMOUS or b[:-1] in TITLES):
        return True  # a plural in construct: محامو الدفاع، ممثلو النقابة، مديرو المدارس
    return b.endswith("يون") and len(b) > 5 and tok not in PERSON_NAMES and not is_title(tok)


@lru_cache(maxsize=65536)
def _verbal_noun_of_purpose(w, nxt):
    """لنقل المشتقات (شركة الواحة لنقل المشتقات النفطية): ل and a verbal noun written as the verb's
    perfect, before its definite object, is the body's field; ل never comes before a perfect verb."""
    form = VERBS.get(w[1:]) if w[:1] == "ل" else None
    return form is not None and form[0] == w[1:] and form[3] == "verb" and nxt.startswith("ال")


def is_reporting_word(tok):
    """A reporting verb, also with an object pronoun (أعلنته، نقلتها، أوردها)."""
    if tok in PERSON_NAMES:
        return False  # فادي is no ف + أدى
    if tok in VERBS:
        return True
    if tok in PLACES:
        return False  # مصراتة is no مصرات (insisting) + ه
    for suffix in ("ه", "ها", "هم"):
        if tok.endswith(suffix) and len(tok) > len(suffix) + 2 and tok[:-len(suffix)] in VERBS:
            return True
    return False


@lru_cache(maxsize=65536)
def is_stop(tok):
    """A particle, punctuation or reporting verb (not a given name that is also a verb: روي)."""
    return tok in STOPWORDS or not tok[0].isalpha() or (tok in VERBS and PERSON_NAMES.get(tok) not in ("m", "f")) \
        or (tok[:1] in "وفل" and tok[1:] in VERBS) \
        or (tok[:2] in ("ول", "فل") and tok[2:] in VERBS)


# elatives no list gives as a name (أكثر، أشد قلقا): what a source was, never who
_ELATIVES = {"اكثر", "اقل", "اشد", "ابرز", "افضل", "اسوا", "اقرب", "ابعد", "ادني", "اسرع", "ابطا", "اوسع",
             "اطول", "اقصر", "اهم", "اعمق", "اخطر", "احسن", "اجمل", "اصعب", "اسهل", "اغلي", "ارخص", "اقوي", "اضعف"}
_SPECIFIED_ELATIVES = _ELATIVES | {"اكبر", "اصغر", "اقدم", "احدث"}  # الأكبر سنا، الأقدم خبرة، الأكثر حذرا
_OUTGOING = {"منتهيه", "منتهي"}  # الرئيس المنتهية ولايته: outgoing
_NAME_OPENERS = {"عبد", "ابو", "ام", "سيدي", "مولاي"}  # connectors that begin a name (الموسيقي عبد الكريم)
_EPITHETS = {"اسطوره", "ايقونه", "نجم", "نجمه"}  # titles of praise, never of an office (أسطورة النادي)
_TITLED_GIVEN_NAMES = {"امين", "امينه", "حاكم", "طالب", "نجم"}  # titles that are also given names


# the second word of a compound given name, a divine name or the faith (نور الدين، دفع الله، عوض
# الكريم، فضل المولى، حسب الرسول): a given name, never a family name that closes the name
_COMPOUND_SECONDS = {"الله", "الدين", "الرحمن", "الاسلام", "الكريم", "المولي", "الرسول", "الدائم"}


def _before_allah(words, j):
    """دفع الله، جاب الله، عوض الله: a three-letter word before الله is a compound name's first word,
    a verb or noun as it may be (نصر الله، فتح الله)."""
    return j + 1 < len(words) and words[j + 1] == "الله" and len(words[j]) == 3 and words[j].isalpha() \
        and not is_stop(words[j]) and words[j] not in _SAYINGS


def _compound_given_name(prev, tok):
    """Is `tok` the second word of a compound given name after the given name `prev` (محمد أمين
    الوزاني، علي طالب), a word the lists read as a title?"""
    return tok in _TITLED_GIVEN_NAMES and PERSON_NAMES.get(prev) in ("m", "f")
_TITLE_COMPLEMENTS = {"عام", "عامه", "سر", "صندوق", "مال", "خزينه", "خزانه"}  # أمين عام، أمينة سر، أمينة خزينة: the office, not a name


# nouns for what people said (plurals the frequency list lacks: a singular such as شهادة is there) and
# for what one tells, which open no name after the one who tells it (يروي رئيس الجمعية حكاية المرسى)
_SAYINGS = {"اقوال", "اعترافات", "افادات", "شهادات", "تصريحات", "روايات", "مزاعم", "ادعاءات", "اتهامات",
            "حكايه", "حكايات", "قصه", "ذكريات", "روايه", "تفاصيل"}
# what a thing stirs in someone (يثير سخرية فلانة، أثار حيرة الأهالي), in construct before who feels it
_REACTIONS = {"سخريه", "حيره", "دهشه", "ضحك", "ضحكات", "شكوك", "تساؤلات", "ريبه", "حنق", "سخط", "فضول", "حفيظه"}


def _surname_before_apposition(name, w, text, end):
    """يقول عمر ورسمي، تاجر أقمشة: one word after a lone given name, ending the phrase right before a
    comma and an indefinite office in apposition, is his family name, though it reads as a word
    (رسمي): one person is described, so it is no second person joined with و. So is a definite word
    that also names a body (سمر النادي، طبيبة الطوارئ)."""
    if not (len(name) == 1 and PERSON_NAMES.get(name[0]) in ("m", "f")):
        return False
    if w.startswith("ال") and len(w) > 4 and w.isalpha() and not is_title(w) and not is_stop(w) and not is_anonymous(w) \
            and w not in _TIME_WORDS and not kin_descriptor(w) and not w.endswith(("ون", "ين", "ات", "ان")):
        # الدكتورة سمر النادي، طبيبة الطوارئ: a definite word that also names a body (النادي) closes
        # her name when her office follows in apposition
        return _indefinite_office_after(text, end)
    if w not in PERSON_NAMES and (w in COMMON_WORDS or w.endswith("ا") or w[:1] == "ب"):
        return False  # how or when he speaks: يقول مراد ممازحا، يوسف شخصيا، فاطمة بحسرة، أحمد بالأمس
    if len(w) < 3 or not w.isalpha() or w.startswith(("ال", "وال")) or is_stop(w) or is_title(w) or is_org(w) \
            or is_anonymous(w) or is_reporting_word(w) or possessive(w) or w in _TIME_WORDS or w in _NUMBER_WORDS \
            or w.endswith(("ون", "ين", "ات", "ان")) or PERSON_NAMES.get(w[1:]) in ("m", "f") or kin(w) or kin(w[1:]):
        return False
    return _indefinite_office_after(text, end)


def _indefinite_office_after(text, end):
    """Do a comma and an indefinite singular office follow `end` (، طبيبة الطوارئ)?"""
    nxt = tokens(text, end, end + 40)
    if len(nxt) < 2 or nxt[0][0] != "،":
        return False
    office = nxt[1][0]
    return is_title(office) and not office.startswith("ال") and not office.endswith(("ان", "ون", "ين", "ات"))


_TERM_OF_OFFICE = {"ولايته", "ولايتها", "عهدته", "عهدتها", "مهامه", "مهامها", "مدته", "مدتها", "مهمته", "مهمتها"}
_SITE_SUFFIXES = {"نت", "كوم", "انفو", "اونلاين", "نيوز", "ميديا"}


def _object_follows_word(toks, m):
    """Is the one word of `m`'s name followed by a verbal noun it governs (فتح تحقيق)?"""
    k = bisect_left(toks, m.end, key=TOKEN_START)
    return k < len(toks) and _word_and_verbal_noun(m.name[0], toks[k][0])


def _word_and_verbal_noun(prev, tok):
    """Are `prev`, a frequent word no list gives as a given name, and `tok`, a common verbal noun,
    two words rather than a name (فتح تحقيق)?"""
    return prev in FREQUENT_WORDS and PERSON_NAMES.get(prev) not in ("m", "f") and tok in COMMON_WORDS \
        and _verbal_noun(tok)


@lru_cache(maxsize=65536)
def name_like(tok, first, prev=""):
    """Can `tok` be part of a person's name? `first`: would it start the name; `prev`: the
    name token before it."""
    if tok == "علي" and prev in _CONNECTORS | {"ابو", "ام"}:
        return True  # the name علي folds together with the preposition على
    if _initialled(tok):
        return True  # ب.كمال: a name and its initial, made one token out of quotation marks
    if not first and len(tok) == 1 and tok.isalpha() and _initial(prev):
        return True  # ف. ع. ح.، before a comma: the last initial, its dot cut off as the sentence's
    if prev in _CHILD and tok in _UNCLE | _SIBLINGS:
        return False  # وجبار ابن عم المدير: his cousin, a relation, never the father's name
    if tok in _CONNECTORS or (tok in _ROMANCE_ARTICLES and prev == "دي"):
        return True
    if tok in _SITE_SUFFIXES:
        return False  # موقع المنارة نت، وكالة الأخبار أونلاين: the end of a site's name, no person's
    if tok in _ELATIVES:
        return False  # كانت رئيسة الجمعية أكثر حذرا: a comparison, the predicate, never a name
    if not first and _compound_given_name(prev, tok):
        return True  # a compound given name: محمد أمين الوزاني، علي طالب
    if len(tok) < 2 or is_stop(tok) or is_title(tok) or is_org(tok) or is_reporting_word(tok) or tok in _NUMBER_WORDS \
            or (tok in _TIME_WORDS and tok not in _DAY_PARTS) or tok in _PLACE_PREPOSITIONS:
        return False  # (الشهر الماضي، وسط هتافات، خلف القضبان: when and where, not who)
    if tok in PERSON_NAMES and PERSON_NAMES[tok] != "-":
        return True
    if not first and _word_and_verbal_noun(prev, tok):
        return False  # أعلنت الوزارة فتح تحقيق: a verbal noun and its object, both words, no given name and surname
    if _adverb_with_pronoun(tok):
        return False  # كتب تحته على صفحته، وقف أمامها: where, with whom it points to, never who
    if first and tok in _ORDINAL_WORDS:
        return False  # تعد صفاقس، ثاني كبرى مدن البلاد: a rank, not a name
    if (first or prev.startswith("ال")) and tok[:1] == "ل" and len(tok) >= 4 and tok not in PERSON_NAMES \
            and PERSON_NAMES.get(tok[1:]) in ("m", "f"):
        # قال لشمس الجنوب إن، قال منير الحشيشة لشمس الجنوب: the preposition glued to whom it was said
        # to (لحسن، لمين are listed; a Maghrebi family name in ل follows the given name: السالكة لحبيب)
        return False
    if first and tok in COMMON_WORDS:
        return False
    if tok in _SAYINGS:
        return False  # وبحسب أقوال المتهم الثاني: what someone said, then who said it
    if first and tok in _REACTIONS:
        return False  # يثير سخرية عيشة منت محمد سالم: what she feels, then who
    if tok in _CALLED or tok in _NICKNAMED_AS:
        return False  # مهندس برمجيات يعرفه أصدقاؤه باسم «أبو وسيم»: who calls him so, then the name
    if tok not in PERSON_NAMES and len(tok) >= 6 and tok.endswith(("تين", "يين")) \
            and not (tok.endswith("يين") and tok.startswith("ال") and PERSON_NAMES.get(prev) in ("m", "f")):
        return False  # مدرستين ابتدائيتين، ساعتين: a dual or a plural nisba, never a name (بوتين is short; but
        # a clan's plural nisba after a listed given name is its family name: حمدان السعيديين)
    if first and tok[:1] in "يت" and len(tok) <= 4 and tok not in PERSON_NAMES:
        return False  # كان الصياد الستيني يعد شباكه، كانت المعلمة تحجز مقعدها: an imperfect verb (يحيى، تامر are listed)
    if first and tok[:1] in "يت" and tok.endswith(("ه", "ها", "هم")) and 5 <= len(tok) <= 7 and tok not in PERSON_NAMES \
            and tok not in COMMON_WORDS and tok[-3:] not in ("يته", "ييه") and tok[1:2] not in "اوي":
        return False  # وهو تفسير يرفضه مدي: an imperfect verb and its object pronoun, then its subject
    if first and len(tok) == 5 and tok[:1] == "م" and tok[-1] in "ها" and tok not in PERSON_NAMES \
            and not any(ch in "اوي" for ch in tok[1:4]):
        return False  # كتبت المهندسة ...، مرفقة صورا: a participle of a sound root, the verb's manner (not مريمة)
    if first and len(tok) == 6 and tok[:1] == "م" and "ت" in (tok[1], tok[2]) and tok[-1] == "ه" \
            and tok not in PERSON_NAMES and not any(ch in "اوي" for ch in tok[3:5]) and tok not in COMMON_WORDS \
            and not is_anonymous(tok):
        # لا تبدو مقتنعة تماما، متقدمة بـ41 صوتا: the feminine participle of a verb in افتعل or تفعّل, how she is
        return False
    if any(ch.isdigit() for ch in tok):
        return False  # (متقدمة بـ41 صوتا: a number glued to its preposition)
    if tok in VERB_FORMS:
        return False  # a verb the lexicon knows (افترش، يستورد، اعتلت), never part of a name
    if _doubled_verb(tok):
        return False  # a perfect verb of a doubled root (رئيس الاتحاد شكك في ذلك، ردد), never a name
    if tok.endswith("ا") and tok[:-1] in COMMON_WORDS and tok not in PERSON_NAMES and len(tok) > 3:
        return False  # an adverb or object in the accusative: يفكر الرجل قليلا
    if tok[:1] == "م" and tok.endswith("ا") and len(tok) >= 5 and tok[1] not in "اوي" and tok not in PERSON_NAMES \
            and not (tok.endswith("ايا") and tok not in COMMON_WORDS) and not _alif_past_the_root(tok[:-1]):
        return False  # a participle in the accusative (مرفقا بصورة، مستغربا): how, not who (ماريا، مونيكا, مبايا are names)
    if first and len(tok) == 5 and tok[1] == "ا" and tok.endswith("ا") and tok not in PERSON_NAMES:
        return False  # the active participle in the accusative (رافضا الكشف عن اسمه، قائلا): how, not who
    if tok[:1] == "ب" and len(tok) >= 5 and tok not in PERSON_NAMES and not tok.startswith(("بو", "بن", "بل", "با")) \
            and (tok[1] in "بت" or tok[1:] in COMMON_WORDS or _verbal_noun(tok[1:])
                 or (len(tok) >= 7 and tok.endswith(("ين", "ات")) and tok[1:-2] in COMMON_WORDS | PLACES)):
        # a preposition glued to a verbal noun: ببطلان، بتخصيص (or to a plural or a dual:
        # يعود عبد الرحيم بصندوقين صغيرين)
        return False
    if not first and tok.startswith("بال") and (tok[3:] in ("حاج", "شيخ", "خير") or "ال" + tok[3:] in PERSON_NAMES
                                                 or (tok.endswith("ي") and len(tok) >= 7 and prev in PERSON_NAMES
                                                     and tok[3:] not in COMMON_WORDS and "ال" + tok[3:] not in COMMON_WORDS)):
        return True  # a Maghrebi family name: نزار بالحاج عمر، سعيد بالقاسم، يوسف بالعماري
    if tok[:1] == "ب" and tok[1:] in _MANNER_NOUNS:
        return False  # يقول فلان بحزم: how, not who
    if tok[:1] == "ب" and len(tok) >= 6 and tok.endswith(("ته", "تها", "تهم")) and tok not in PERSON_NAMES:
        return False  # يقول رمضان بلهجته الصعيدية، بنبرته: with his own manner, not who
    if tok[:1] in "يت" and len(tok) >= 6 and tok.endswith(("ه", "ها", "هم")) and tok not in PERSON_NAMES:
        return False  # an imperfect verb with its object (المنزل الذي تستأجره أم محمد): never a name
    if clitic_noun(tok) or (not first and tok[:1] == "ب" and tok[1:] in COMMON_WORDS and tok not in PERSON_NAMES
                            and not _bu_name(tok) and tok[1:] not in _NEVER_AFTER_BA):
        return False  # بنبرة، للصحفيين، بصوت: a preposition glued to a noun
    if tok[:1] in "وف" and (tok[1:] in STOPWORDS or tok[1:] in COMMON_WORDS) \
            and not (tok[:1] == "ف" and tok in PERSON_NAMES and tok[1:] not in PERSON_NAMES and tok[1:] not in STOPWORDS):
        return False  # وعما، وفي: a conjunction glued to a particle or noun (not فيشر, a listed name)
    if first and tok[:1] == "و" and (tok[1:] in _CHILD or tok[1:] in _KIN_STEMS) and tok not in PERSON_NAMES:
        return False  # عضو المجلس عن الولاية وابن عم المزارع: and a relation of someone, no name
    if not first and tok[:1] == "و" and len(tok) > 4 and tok not in PERSON_NAMES and (held_title(tok[1:]) or kin(tok[1:])):
        return False  # حداد ونائبته منى، سالم وزوجته: و with a title or a relation of his starts a second source
    if not first and tok.startswith("وال") and len(tok) > 5 and tok not in PERSON_NAMES:
        return False  # أبو هلالة والعمري: و with a definite word starts a second name, it never goes on the first
    if tok[:1] in "وفل" and tok[1:2] in "يت" and 3 <= len(tok) - 1 <= 5 and tok not in PERSON_NAMES \
            and not (tok[:1] == "ف" and not first and PERSON_NAMES.get(prev) in ("m", "f") and prev not in COMMON_WORDS) and tok[1:] not in PERSON_NAMES:
        return False  # ويدير، فتقول، ليشكر: a conjunction or ل glued to an imperfect verb
    if first and tok.endswith("نا") and len(tok) >= 6 and tok[-3] not in "اوي" and tok not in PERSON_NAMES:
        return False  # استقبلنا معاون المحافظ: a verb with us, the reporters, never opens a name
    if tok[:2] in ("فا", "وا") and tok.endswith("ت") and len(tok) >= 5 and tok not in PERSON_NAMES and tok[1:] not in PERSON_NAMES:
        return False  # فاكتفت، واعترفت: a conjunction glued to a verb's feminine perfect
    if not first and tok.endswith("يا") and len(tok) >= 5 and prev.endswith("ا") and tok not in PERSON_NAMES \
            and not tok.startswith("ال") and PERSON_NAMES.get(prev) not in ("m", "f"):
        return False  # an accusative noun and its adjective (نزلا تراثيا): an object after the name (not رنا حنانيا)
    if not first and tok[:1] == "ي" and 3 <= len(tok) <= 6 and tok[1:2] not in "اوي" and not tok.endswith("ي") \
            and tok not in PERSON_NAMES and not _no_imperfect_pattern(tok):
        return False  # an imperfect verb after the name: المعلم إدريس يبتسم
    if not first and tok[:1] == "ت" and tok not in PERSON_NAMES and not tok.endswith(("ه", "ا")) and (
            len(tok) == 4 or (len(tok) == 3 and tok in COMMON_WORDS and "ي" + tok[1:] in COMMON_WORDS)):
        return False  # hers: نادين الأسمر تبدي رأيها، سلمى تقف (a three-letter one whose ي form is a word too: not تام)
    if tok[:1] in "يت" and tok.endswith("ان") and len(tok) >= 6 and tok[1] not in "اوي" and tok not in PERSON_NAMES \
            and not (tok[:1] == "ت" and "و" in tok[2:-2]):
        return False  # an imperfect verb of two (ورجلا دين يحاولان، تطالبان): never part of a name (ترومان is)
    if not first and tok.startswith(("مت", "من", "مست")) and tok.endswith("ه") and not tok.endswith("يه") and len(tok) >= 6 \
            and tok not in PERSON_NAMES:
        return False  # a feminine participle after the name: ولا تبدو الطبيبة حداد متفائلة، مستاءة (not مناصرية)
    if not first and tok.endswith("ا") and tok[:-1] in COMMON_WORDS:
        return False  # an indefinite object after the name: كتب فلان منشورا
    if tok.endswith("يا") and len(tok) >= 5 and tok not in PERSON_NAMES and (tok[:-2] in COMMON_WORDS or tok[:-2] + "ه" in COMMON_WORDS):
        return False  # an adverb from a nisba: أسبوعيا، يوميا، رسميا
    if possessive(tok) and not (not first and tok.endswith("ه") and not tok.endswith(("ته", "وه")) and len(tok) >= 5
                                and PERSON_NAMES.get(prev) in ("m", "f") and prev not in COMMON_WORDS
                                and not _verbal_noun(tok[:-1]) and not tok.startswith(("ا", "ت", "م"))):
        return False  # a noun with a possessive pronoun: أعمالها (but سمير كبارة: a family name in ة after a given name)
    if not first and len(tok) == 4 and tok.endswith("ه") and tok[-2] != "ت" and tok[:3] in COMMON_WORDS \
            and tok not in PERSON_NAMES and tok[:3] not in PERSON_NAMES and PERSON_NAMES.get(prev) not in ("m", "f") \
            and prev.startswith("ال") and not is_title(prev) and tok not in PLACES:
        return False  # لم يخف وليد الخطيب قلقه: a short noun with his pronoun after a definite family name, the verb's object
    if tok.endswith("ا") and len(tok) >= 4 and tok not in PERSON_NAMES and is_document(tok[:-1]):
        return False  # أصدرت الأكاديمية بلاغا: a document in the accusative, the verb's object
    return True


def _dual_and_adjective(w, nxt):
    """خطين جديدين، مركزين صحيين: a dual (or plural) noun in ين the common words list, then its
    adjective in ين: never a name."""
    return len(w) >= 4 and w.endswith("ين") and nxt.endswith("ين") and w not in PERSON_NAMES and w[:-2] in COMMON_WORDS \
        and (nxt[:-2] in COMMON_WORDS or nxt[:-3] in COMMON_WORDS)


def _given_name_before_nasab(role):
    """The role's last word, before ولد/منت, is a given name: a definite word after a definite title
    (الداه، الشيخاني، المختار) that is no common word, title, body or adjective of a common noun or a
    place (not الخبير الاقتصادي ولد أعمر، المدون الموريتاني ولد بيه; nor the genitive of an indefinite
    title: والي الترارزة ولد الطالب); a title only when it is a name too (رجل الأعمال الناجي ولد المختار)."""
    w = role[-1]
    stem = w[2:]
    return len(role) >= 2 and is_title(role[0]) and _definite(role[-2]) and w.startswith("ال") and len(w) >= 5 \
        and w not in COMMON_WORDS \
        and stem not in COMMON_WORDS and (not is_title(w) or stem in PERSON_NAMES) and not is_org(w) and not is_stop(w) \
        and not _common_nisba(w) and not (w.endswith("ي") and (stem[:-1] in PLACES or stem[:-1] + "ا" in PLACES or stem[:-1] + "يا" in PLACES
                                      or stem[:-1] + "ه" in PLACES or stem[:-1] in COMMON_WORDS)) \
        and not w.endswith(("ين", "ون", "ات", "يه")) \
        and (PERSON_NAMES.get(w) in ("m", "f") or not w.startswith("الم"))  # (الصحفي المستقل: a participle)


@lru_cache(maxsize=65536)
def _common_nisba(w):
    """الجماعي، الجامعي، البلدي: a definite adjective in ي made from a common noun (not a place's:
    الحلبي may be a family name), which no list gives as a name."""
    stem = w[2:-1]
    return w.startswith("ال") and w.endswith("ي") and len(w) >= 6 and w not in PERSON_NAMES and not is_title(w) \
        and ((stem in COMMON_WORDS and stem not in PLACES) or (stem + "ه" in COMMON_WORDS and stem + "ه" not in PLACES))


def _doubled_verb(w):
    """شكك، ردد: three letters, the last two the same, that no list gives as a name: a perfect verb of
    a doubled root (written without its shadda), never part of a name."""
    return len(w) == 3 and w[1] == w[2] and w not in PERSON_NAMES


def _verb_and_pronoun_only(w):
    """Is `w` read as a reporting verb only as its stem and the pronoun ه (لفته: لفت + ه), no other
    list knowing it? Spelled with ة (لفتة) it is a name after a given name (جاسم لفتة الحلفي)."""
    return w.endswith("ه") and w not in VERBS and w[:-1] in VERBS and not is_stop(w) and not is_title(w) \
        and not is_org(w) and w not in COMMON_WORDS


def _spelled_ta(end):
    """Does the word ending at `end` end in ة as the article wrote it (لفتة, folded to لفته)?"""
    return ARTICLE.letter is not None and ARTICLE.letter(end - 1) == "ة"


def _ta_surname(w):
    """تاور، تكلي before the comma closing a name: a four-letter family name in ت, where
    name_like reads an imperfect verb (نادين الأسمر تبدي رأيها) that has its object after it."""
    return w[:1] == "ت" and len(w) == 4 and w not in PERSON_NAMES and w not in COMMON_WORDS and not is_stop(w) \
        and not w.endswith(("ه", "ا"))


@lru_cache(maxsize=65536)
def _dual_title(w):
    """الوزيران، الرئيسان، الشقيقان: a definite dual of a title."""
    return w.startswith("ال") and w.endswith("ان") and len(w) > 6 and (is_title(w[:-2]) or is_title(w[:-2] + "ه"))


def dual_of_people(w):
    """الطرفان، الشقيقان، النائبان، الاثنان، الزعيمان، الشركتان: a definite dual that names two
    people or bodies (not البرلمان، الميدان, whose ان is no dual)."""
    if not w.startswith("ال") or not w.endswith("ان") or len(w) < 6:
        return False
    head = bare(w)[:-2]
    return _dual_title(w) or head in _SIDES or head in _COUPLES or head in _LEADERS or head == "اثن" \
        or is_org(head) or (head.endswith("ت") and (is_org(head[:-1] + "ه") or is_title(head[:-1] + "ه")))


def _dual_head(w, nxt):
    """نائبا رئيس النادي، مديري الشركتين: an indefinite title in the dual's construct state (its ن
    dropped), followed by its complement; the singular title, else ""."""
    # (عضوا مجلس الطلبة; but مؤسسي رابطة ... may be a plural in construct)
    return _dual_title_word(w) if _definite(nxt) or is_title(nxt) or (is_org(nxt) and w.endswith("ا")) else ""


@lru_cache(maxsize=65536)
def _dual_title_word(w):
    """The singular title of a word that can be a dual title in construct (نائبا، مديري), else ""."""
    if len(w) < 4 or (len(w) == 4 and w[-1] != "ا") or w[-1] not in "اي" or _definite(w) or w in PERSON_NAMES:
        return ""  # (عضوا مجلس الطلبة: a four-letter dual only in ا; عضوي is organic)
    return w[:-1] if is_title(w[:-1]) and not _definite(w[:-1]) else ""


_WHERE_FROM = {"داخل", "خارج", "علي", "امام", "فوق", "وراء", "خلف"}  # رد المتهم من داخل القفص: where from, not who


def _describes(w):
    """A plural, a nisba or a common noun standing for people (نواب، المشاركون، مصرفي):
    never a given name."""
    b = bare(w)
    return w in COMMON_WORDS or b in COMMON_WORDS or b.endswith(("ون", "ين")) \
        or (b.endswith("ي") and not w.startswith("ال") and w not in PERSON_NAMES) or b in _PLURAL_PEOPLE
    # (a definite nisba is a family name: الشناوي من داخل القفص)


def _nationality(w):
    """Is `w` a nisba of a country or a city (الإيطالية، المغربي، السوري)?"""
    b = bare(w)
    stem = b[:-2] if b.endswith("يه") else b[:-1] if b.endswith("ي") else ""
    return len(stem) >= 2 and (stem in PLACES or stem + "يا" in PLACES or stem + "ا" in PLACES or "ال" + stem in PLACES)


def _how_old(w):
    """Does `w` say how old someone is (الشاب، العجوز، الخمسيني)?"""
    return bare(w) in _YOUNG_OR_OLD or bare(w) in _DECADES


_GATHERINGS = {"المؤتمر", "الاجتماع", "الجلسه", "اللقاء", "الندوه", "الحفل", "الاحتفال", "الملتقي", "المنتدي", "الورشه"}
_YOUNG_OR_OLD = {"شاب", "شابه", "عجوز", "مسن", "مسنه", "كهل", "صغير", "صغيره"}
_PLURAL_PEOPLE = {"نواب", "وزراء", "سكان", "خبراء", "شهود", "اهالي", "عمال", "طلاب", "نشطاء", "مندوبون", "اطباء", "تجار",
                  "مسؤولون", "مسؤولين", "زعماء", "قاده", "ضباط", "جنود", "علماء", "رواد", "نقاد", "ركاب", "مزارعون"}


@lru_cache(maxsize=65536)
def _manner_adverb(w):
    """An indefinite active participle in the accusative (ساخرا، ضاحكا، مبتسما، متسائلا): how
    someone spoke, never part of a name."""
    if not w.endswith("ا") or w in PERSON_NAMES or len(w) < 5:
        return False
    stem = w[:-1]
    return (len(stem) == 4 and stem[1] == "ا") or (stem[0] == "م" and 5 <= len(stem) <= 7 and stem[1] not in "اوي"
                                                    and not _alif_past_the_root(stem)) or w in _HOW_LONG


def _year_at(words, j):
    """A document's year at words[j] (القرار رقم 14 لسنة 2025، تقرير ديوان المحاسبة لعام 2022)."""
    return j + 1 < len(words) and words[j] in ("لسنه", "لعام") and words[j + 1].isdigit()


def _bare_indefinite(w):
    """An indefinite singular with no case ending of its own (جامع، رسول): as the verb's object it
    would take ا (جامعا), so after a name it is the family name. Not a word in ة or a plural or a
    dual, nor a مفاعل plural that takes no ا (مدارس)."""
    return not w.startswith("ال") and not w.endswith(("ه", "ا", "ي", "ات", "ين", "ان", "ون")) and len(w) >= 3 \
        and not (w[:1] == "م" and len(w) == 5 and w[2] == "ا") and not is_stop(w) and w not in _TIME_WORDS


def _unknown_word_in_alif(w, nxt):
    """A word in ا that no list knows, with or without its ا (بوانا، كيتا، مبابا): a foreign family
    name that ends so, never an accusative object (بيانا، حكما) or how someone spoke (ساخرا), nor
    a noun whose indefinite adjective agrees with it (يفتح فلان درجا خشبيا)."""
    stem = w[:-1]
    return len(w) >= 4 and w not in FREQUENT_WORDS and stem not in FREQUENT_WORDS and not _manner_adverb(w) \
        and not _verbal_noun(stem) and stem not in VERB_FORMS and not is_title(stem) and not is_org(stem) \
        and (not nxt or (is_stop(nxt) and nxt not in ("من", "في", "علي")) or nxt.startswith("لل"))


def _alif_past_the_root(stem):
    """An alif after a م-participle's fourth letter (مشنغام، مشانغام; مستشار has its own): no participle
    has one (مبتسم، متسائل، مختار), so the word in ا is a name that ends so, not how someone spoke."""
    return "ا" in stem[4:] and not stem.startswith("مست")


_DAY_PARTS = {"صباح", "مساء", "فجر", "ظهر"}  # also given names (صباح كاظم): a time only before a day or a time


def _time_at(words, i):
    """Does a time expression (الأسبوع الماضي، اليوم، صباح الأحد) start at words[i]?"""
    w = words[i]
    if w not in _TIME_WORDS:
        return False
    return w not in _DAY_PARTS or (i + 1 < len(words) and (words[i + 1] in _TIME_WORDS or words[i + 1] in ("امس", "يوم") or (
        # صباح الجلسة، مساء الانتخابات: the morning of an event the text knows as a common word
        words[i + 1].startswith("ال") and words[i + 1] in COMMON_WORDS)))


def _feminine_manner(w):
    """وقالت ساخرة، وأضافت مبتسمة: a feminine participle of manner, not a source (ناشطة and
    عاملة are people, known as titles or unnamed sources)."""
    return w.endswith("ه") and _manner_adverb(w[:-1] + "ا") and w not in PERSON_NAMES and w not in COMMON_WORDS \
        and not is_title(w) and not is_anonymous(w) and not is_org(w)


_HOW_LONG = {"طويلا", "قليلا", "كثيرا", "مليا", "سريعا", "بطيئا", "قريبا", "بعيدا", "مجددا", "لاحقا", "سابقا", "ايضا",
             "مرارا", "حينها", "يومها"}  # (صمت طويلا، وقال المدرب لاحقا)


_AT_THE_TIME = {"حاليا", "سابقا", "انذاك", "انذك", "وقتها", "حينها", "يومها"}  # (وزير الزراعة آنذاك خالد)
_DEFINITE_NEXT = re.compile(r"\s+(?:ال|وال)\w")


def _ali_and_family_alone(words, j, text, end):
    """قال علي سوفو إن: is the whole phrase علي and one family name no list knows (nor a common
    word, nor a definite one, a platform, a place or a body), the given name علي, never the
    preposition على? Not before a definite word that goes on the construct (ورد الوزير على منتقدي
    الخطة), which `end`, the phrase's end in `text`, shows."""
    if words[j] != "علي" or j + 2 != len(words):
        return False
    family = words[j + 1]
    return family[:1].isalpha() and not is_stop(family) and not family.startswith("ال") and family not in COMMON_WORDS \
        and family not in PLATFORMS and family not in PLACES and not is_org(family) \
        and name_like(family, False, "علي") and not _DEFINITE_NEXT.match(text, end)  # (كتبت على إنستغرام)


def _body_after_lam(w):
    """اتحاد for للاتحاد and لاتحاد: the body a role's complement names under its ل, with or
    without the article, else ""."""
    rest = w[2:] if w.startswith("لل") else w[1:] if w[:1] == "ل" else ""
    return rest if len(rest) >= 3 and is_org(rest) else ""


def _ali_before_name(nxt, n):
    """Is علي the given name before `nxt` in a phrase of n words (علي يحيى، علي بن سالم،
    علي الزواري), not the preposition على?"""
    if PERSON_NAMES.get(nxt) == "f":
        return False  # صعبة على كارمن روخاس: a woman's name after على is its object, never علي's father
    return (nxt in PERSON_NAMES and nxt not in COMMON_WORDS and not is_stop(nxt)) or nxt in _NAME_JOINERS or (
        n <= 4 and nxt.startswith("ال") and nxt.endswith("ي") and nxt not in COMMON_WORDS and not is_title(nxt)
        and not is_org(nxt) and not is_stop(nxt))  # a nisba surname: علي الزواري (not على الحكومة)


def _starts_name(toks, k):
    """Can the token at k start a person's name (also علي, which folds with the preposition
    على, when a name follows it: علي يحيى الحمزي)?"""
    w = toks[k][0]
    if w == "علي":
        return k + 1 < len(toks) and _ali_before_name(toks[k + 1][0], 3)
    if k + 1 < len(toks) and (toks[k + 1][0] == "عدم" or chose_how_named((w, toks[k + 1][0]))):
        return False  # فضل عدم نشر اسمه، فضل التعريف بكنيته: how he chose to be named (فضل is also a name)
    if w in AMBIGUOUS_GIVEN and k + 1 < len(toks) and _family_after_ambiguous(toks[k + 1][0]):
        return True  # مديرة المدرسة، ختام المعايطة،: a given name that is also a word, then a family name
    return name_like(w, True)


_DECADE_ADJECTIVES = ("عشريني", "ثلاثيني", "اربعيني", "خمسيني", "ستيني", "سبعيني", "ثمانيني", "تسعيني")  # 20s … 90s
_DECADES = {d + e for d in _DECADE_ADJECTIVES for e in ("", "ه")}  # الستيني، الخمسينية (ال stripped by bare)
# في الخمسينات / في منتصف الأربعينيات من عمره: an age said by its decade
_DECADE_NOUNS = {"ال" + d[:-1] + e: k + 2 for k, d in enumerate(_DECADE_ADJECTIVES) for e in ("ات", "يات", "")}
_DECADE_PARTS = {"منتصف", "اواخر", "اوائل", "بدايه", "نهايه", "مطلع"}
# a plain noun for a person that a feature uses to name again the one it just named (الرجل، السيدة)
_PLAIN_PERSONS = {"رجل", "سيده", "امراه", "مراه", "عجوز", "كهل", "فتي", "فتاه", "شاب", "شابه", "رب", "ربه", "شيخ", "حاج", "حاجه",
                  "مسن", "مسنه"}
_PLACE_PREPOSITIONS = {"وسط", "خلف", "امام", "داخل", "خارج", "قرب", "عند", "حول", "بعيدا", "قبيل", "عقب"}
_ORDINAL_DAYS = {"عشر", "عشرين", "ثلاثين"}  # (الحادي عشر، الخامس والعشرين: their last word before من)
_ORDINAL_WORDS = {"ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "اول", "اكبر", "كبري", "اصغر",
                  "ثانيه", "ثالثه", "رابعه", "اولي", "اخر"}
_CHILD = {"ابن", "ابنه", "بنت", "ابنت", "بن"}
_UNCLE = {"عم", "خال", "عمه", "خاله"}  # ابن عم، بنت خال: a cousin, never part of a name
_SIBLINGS = {"اخ", "اخت", "اخيه", "اخته", "اخيها", "اختها"}  # ابن أخيه منير: a nephew, never part of a name
_PLACE_ADVERBS = _PLACE_PREPOSITIONS | {"تحت", "فوق", "جانب", "بجانب", "وراء", "ورا", "لدي", "مع", "دون", "بين", "قبال", "تجاه"}


def _object_after_age(role, w):
    """After a description by age (تسلم الرجل الستيني ربطة واحدة، أما السيدة الستينية فلم ...), a word
    no list names is the verb's object or the sentence going on, not the person's name."""
    return bare(role[-1]) in _DECADES and w not in PERSON_NAMES


def _adverb_with_pronoun(tok):
    """تحته، أمامها، بجانبهم، معه: a place adverb or preposition with its pronoun."""
    for suffix in ("هما", "هم", "ها", "ه", "كم", "نا"):
        if tok.endswith(suffix) and len(tok) > len(suffix) + 1:
            stem = tok[:-len(suffix)]
            return stem in _PLACE_ADVERBS or (stem[:1] in "وف" and stem[1:] in _PLACE_ADVERBS)
    return False


_NUMBER_WORDS = {"عشر", "عشره", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني", "ثمانيه",
                 "تسع", "تسعه", "عشرين", "عشرون", "ثلاثين", "اربعين", "خمسين", "مئه", "مائه", "الف", "الاف", "مليون", "سنوات",
                 "اعوام", "اشهر", "ايام", "عاما", "سنه", "يوما", "مره", "مرتين", "مرات", "عشرات", "مئات", "الوف"}


# nouns that على governs in the phrases news writes every day (على منصة إكس، على هامش، على خلفية،
# على مدار): after them علي is the preposition, never the given name
_AFTER_ALA = {"منصه", "منصات", "صفحه", "صفحته", "صفحتها", "حساب", "حسابه", "حسابها", "موقع", "موقعه", "قناه", "هامش",
              "راس", "لسان", "خلفيه", "اثر", "ضوء", "مدار", "طول", "حد", "سبيل", "صعيد", "مستوي", "وقع",
              "الرغم", "اساس", "وجه", "نحو", "عكس", "غرار", "مقربه", "بعد", "امتداد",
              # where: على باب شقته، على عتبة البيت، على رصيف الميناء (باب، عتبة are names too)
              "باب", "عتبه", "طاوله", "كرسي", "مقعد", "رصيف", "حافه", "سطح", "شاطئ", "ضفه", "مشارف", "امل", "قيد"}


def _name_after_honorific(words, k):
    """Does the word at k, after an honorific that is also a family name (ديما الحاج يوسف), go on
    with the name? علي too, unless على governs what follows it (زهرة الحاج علي، but not الحاج على باب)."""
    w = words[k]
    if w == "علي":
        return k + 1 == len(words) or not _ala_governs(words[k + 1])
    return not w.startswith("ال") and w[:1].isalpha() and name_like(w, False) and not is_title(w)


def _definite_surname_after_honorific(name, w):
    """محمود السيد الشناوي: after a lone listed given name, السيد is the father's name when a
    definite word follows that reads as a family name (no common word, title, body or nisba of one)."""
    return len(name) == 1 and PERSON_NAMES.get(name[0]) in ("m", "f") and w.startswith("ال") and len(w) > 4 \
        and w not in COMMON_WORDS and w[2:] not in COMMON_WORDS and not is_title(w) and not is_org(w) \
        and not is_stop(w) and not _common_nisba(w) and name_like(w, False)


def _ala_governs(nxt):
    """Is علي before `nxt` the preposition على: before where (على باب محله، على هامش) or whom (سهلة
    على كارمن: a woman's name is its object, never علي's father)?"""
    return nxt in _AFTER_ALA or PERSON_NAMES.get(nxt) == "f"


def _ali_is_name(prev, nxt):
    """علي after a given name is a name when what follows is a surname, not a noun."""
    if prev in _CONNECTORS:
        return True
    if nxt == "قد" and PERSON_NAMES.get(prev) in ("m", "f"):
        return True  # كانت سعاد علي قد قطعت: the subject's name before قد and its verb
    return prev in PERSON_NAMES and bool(nxt) and nxt[:1].isalpha() and not is_stop(nxt) and nxt not in _AFTER_ALA \
        and nxt not in PLATFORMS and not (possessive(nxt) and nxt not in PERSON_NAMES) \
        and not (nxt.startswith("ال") and nxt.endswith(("ين", "ون")) and nxt not in PERSON_NAMES) \
        and not (prev.startswith("ال") and prev not in _COMPOUND_SECONDS and nxt.startswith("ال")
                 and PERSON_NAMES.get(nxt) not in ("m", "f")) \
        and (nxt not in COMMON_WORDS or (nxt.startswith("ال") and nxt.endswith("ي")))
    # (أثنى عبد الباقي على الشبان: after a family name, على and a definite word is the preposition and its object;
    # كتبت ريم حداد على إنستغرام: a platform is where she wrote)


def _ali_before_no_noun(nxt):
    """Can علي spelled with ya be the name before `nxt`? Not before a common noun or a verbal noun,
    where a slip of the pen spells the preposition so (وشدد الوزير علي الالتزام، حصل فلان علي جائزة)."""
    b = nxt[2:] if nxt.startswith("ال") else nxt
    return not (nxt in COMMON_WORDS or b in COMMON_WORDS or _verbal_noun(b) or nxt in _AFTER_ALA)


def _ali_before_surname(nxt, spelled_apart=False):
    """An indefinite word no list calls common (or any, `spelled_apart`: where the article spells
    the preposition على apart), closing a name after علي (… علي حرسي،، … علي جامع،)."""
    return nxt[:1].isalpha() and not _definite(nxt) and (spelled_apart or nxt not in COMMON_WORDS) and not possessive(nxt) \
        and not is_stop(nxt) and nxt not in _AFTER_ALA and not is_title(nxt) and not is_org(nxt) and not _verbal_noun(nxt)


def _fa_verb(w):
    """فاكتفى، فاعتبر، فاستنكر: ف glued to a perfect verb with a prefixed alif (the answer of أما
    فلان فـ...), never a name; the given names in فا are listed (فاطمة، فارس، فادي)."""
    return (w[:2] == "فا" and len(w) >= 5 and w not in PERSON_NAMES and w[1:] not in PERSON_NAMES) or (
        # فطلب، فقال: ف glued to a word the lists know as no name
        w[:1] == "ف" and len(w) > 3 and w not in PERSON_NAMES and (w[1:] in COMMON_WORDS or w[1:] in VERB_FORMS))


@lru_cache(maxsize=65536)
def _verbal_noun(w):
    """A derived verbal noun that no lexicon gives as a name (إنزال، تشكيل، انتظار، استخدام):
    what a role's holder asked for or did (طلب ممثل النيابة إنزال أشد العقوبات), never a name."""
    if w in PERSON_NAMES or w.startswith("ال"):
        return False  # (العام، الثاني: the definite article, not a verbal noun's prefix)
    n = len(w)
    return (n == 5 and w[0] == "ا" and w[3] == "ا") or (n == 5 and w[0] == "ت" and w[3] == "ي") \
        or (n == 6 and w[0] == "ا" and w[2] == "ت" and w[4] == "ا") or (n == 7 and w.startswith("است") and w[5] == "ا") \
        or (n == 6 and w.startswith("ان") and w[4] == "ا")  # (انزعاج، انسحاب: the انفعال form)


def _definite_verbal_noun(w):
    """ال and a verbal noun (التعليق، الانسحاب، الاستثمار), not a word of the same shape: a
    plural of أفعال (الأحرار) or a feminine nisba (التقنية، التركية)."""
    b = w[2:]
    return w.startswith("ال") and _verbal_noun(b) and not b.endswith("ه") and not (len(b) == 5 and b[0] == "ا")


def _after_the_body(w, prev, after_definite_head):
    """Does `w`, after `prev` in a body's name, begin what the verb goes on with instead: a definite
    verbal noun, which agrees with nothing (رفضت الشركة التعليق), or, right after a definite head,
    those the body did something for (نظمتها الشركة للصحفيين)?"""
    return (prev.startswith("ال") and _definite_verbal_noun(w) and not is_org(w)) \
        or (after_definite_head and w.startswith("لل") and w.endswith(("ين", "ون")) and is_title("ال" + w[2:-2]))


# adjectives of a body of neither nisba nor participle form (الهيئة العامة، المحكمة العليا، الهلال الأحمر)
_BODY_ADJECTIVES = {"العام", "العامه", "العليا", "الاعلي", "الكبري", "الكبير", "الكبيره", "الاولي", "الاول", "الجديد",
                    "الجديده", "السابق", "السابقه", "الحر", "الحره", "الاحمر", "الحمراء", "البيضاء", "الاخضر", "الخضراء",
                    "الاكثر", "الاسبق", "الشقيق", "الشقيقه", "الصغري", "الصغير", "الصغيره", "العريق", "العريقه", "العظمي",
                    "الثاني", "الثانيه", "الثالث", "الثالثه", "الجنوبي", "الشمالي", "الوحيد", "الوحيده"}


def _noun_not_adjective(w):
    """Is the definite `w` a common noun no body's adjective looks like: no nisba (الوطنية), no
    participle (المستقلة، القابضة), none of the few other adjectives of bodies, no body, place or person?"""
    return (w in COMMON_WORDS or w[2:] in COMMON_WORDS) and not w.endswith(("ي", "يه")) and not w.startswith("الم") \
        and w[3:4] != "ا" and w not in _BODY_ADJECTIVES and not is_org(w) and not is_title(w) and w not in PLACES \
        and w not in _TIME_WORDS and w[2:] not in _NUMBER_WORDS and w[2:] not in _ORDINAL_WORDS and len(w) > 4


@lru_cache(maxsize=65536)
def possessive(tok):
    """A noun carrying a possessive pronoun (صفحتها، تشككها، أعمالهم): never a name."""
    if tok in PERSON_NAMES or tok.startswith("ال") or tok in _NUMBER_WORDS:
        return False  # (a definite noun never takes a possessive: العواملة is a name, its ة no pronoun; nor
        # does a number: ثمانية، ثلاثة are ة after ثماني، ثلاث)
    if len(tok) < 5:
        return len(tok) == 4 and not kin(tok) and (
            (tok.endswith("ته") and tok[:2] + "ه" in COMMON_WORDS and tok[:2] != "جد")
            or (tok.endswith(("ها", "هم")) and tok[:2] in COMMON_WORDS and tok not in PLACES))
        # (قصته، ثقته: a short noun's ة before his pronoun; not جدته، his grandmother, a source by kinship;
        # ردها، حقهم: a noun of two letters with her or their pronoun)
    if tok.endswith("اياه") and len(tok) >= 6:
        return True  # خلاياه، قضاياه، هداياه: a plural in ايا with his pronoun (not اشترياه, a dual verb)
    if tok.endswith("تنا") and len(tok) >= 6 and tok[-4] not in "اوي":
        return True  # جولتنا، صحيفتنا: a noun's ة before our pronoun, the writer's (not كوستنا، أنطونيتا)
    return tok.endswith(("ها", "هم", "هما", "كم", "هن")) or (tok.endswith("ه") and (  # مؤتمره، كلمته (إحداهن، أجورهن)
        tok[:-1] in COMMON_WORDS or (tok[-2] == "ت" and tok[:-2] + "ه" in COMMON_WORDS)
        or _verbal_noun(tok[:-1])  # (إعجابه، إصراره: a verbal noun with its pronoun)
        or (tok[-2] == "ت" and len(tok) >= 6 and tok[-3:-2] not in "اوي"  # (حمولته، شاحنته: a feminine noun's ة before it,
            and not is_title(tok[:-2] + "ه") and not is_title(tok[:-2]) and not kin(tok))))  # not نائبته، شريكته: a role)


_PRONOUNS = {"انا", "نحن", "هو", "هي", "هم", "هن", "انت", "انتم"}  # (بوانا: ب + و + أنا cannot be)


def _bu_name(tok):
    """A family name in بو whose rest reads as و + a word (بوشمال، بوانا): the conjunction و
    never follows the preposition ب, so it is no preposition on a noun (unlike بوزارة، بوقت)."""
    rest = tok[1:]
    return tok[:2] == "بو" and len(tok) > 4 and (_common_noun(rest[1:]) or rest[1:] in TITLES or rest[1:] in _PRONOUNS) \
        and not is_org(rest) and rest not in TITLES and rest not in _PLACE_HEADS  # (بوطالب a name; بوزير ب + وزير)


# after an unnamed source's comma: who asked not to be named, or a clause describing an indefinite
# (متطوعة سابقة في الجمعية، استمعت إليها المحكمة)
_UNNAMED_AFTER = re.compile(r"\s*[،,]\s*(?:(?:الذي|التي|طلب|طلبت|فضل|فضلت|رفض|رفضت)\s"
                            r"|استمع|استمعت|تحدث|تحدثت|التقت|التقته|التقاها|قابلته|قابلتها)")
_NEVER_AFTER_BA = {"ابان", "اثناء", "عقب", "قبيل", "بعيد", "خلال", "طوال"}  # adverbs of time no preposition precedes


@lru_cache(maxsize=65536)
def clitic_noun(tok):
    """A noun with a glued preposition (لحزب، لإدارة، باسم), never a name."""
    if tok.startswith(("لل", "بال")) or tok in ("باسم", "لدي"):
        return True
    if tok[:1] not in "لب" or len(tok) < 4 or tok in PERSON_NAMES:
        return False
    rest = tok[1:]
    if _bu_name(tok):
        return False  # (the conjunction و never follows ب or ل: بوشمال is a name, not ب + و + شمال)
    if len(tok) == 4:
        return rest in COMMON_WORDS or is_org(rest) or is_title(rest)  # برفض، لبنك
    if tok[0] == "ل" and len(rest) == 4 and rest[2] in "او" and rest[0] not in "اوي" and rest not in PERSON_NAMES:
        return True  # لسماع، لحضور: ل + a verbal noun of the فعال/فعول forms (not لوكاس)
    if tok[0] == "ل" and len(rest) >= 5 and (rest[0] == "ت" or (rest[0] == "ا" and (rest[-2] == "ا" or rest[-3:-1] == "ا" + rest[-2]
                                                                                   and rest[-1] == "ه"))):
        return True  # لترشيد، لاستخلاص، لإعادة: ل + a verbal noun (not the foreign surname لاندفالد)
    if rest[:1] == "ا" and len(rest) >= 6 and rest[2:3] == "ت" and rest[4:5] == "ا":
        return True  # بابتسامة، باهتمام: ب + a verbal noun of the افتعال form (not باوزير، باحميش، بارتوليني)
    if rest in _NEVER_AFTER_BA:
        return False  # بابان: إبان takes no preposition, so this is a name
    if rest in COMMON_WORDS:
        return True  # برفض، بقرار: ب/ل + a noun
    return rest.startswith(("ال", "است")) or _common_noun(rest) or is_org(rest) or is_title(rest) or is_anonymous(rest)


def _verb_ends_description(words, j):
    """Is words[j] a reporting word that ends an unnamed source's description, not the noun a body's
    indefinite head governs (عارض من دار نشر مصرية: a publishing house)?"""
    return is_reporting_word(words[j]) and not (j > 0 and is_org(words[j - 1]) and not _definite(words[j - 1])
                                                and not is_title(words[j - 1]))


def _no_imperfect_pattern(tok):
    """Is `tok`, in ي, of no imperfect verb's pattern: five letters with alif fourth, where only a hollow
    verb of افتعل (يمتاز، يزداد) or انفعل (ينهار) has it? Then it is a name (مراد يلماز)."""
    return len(tok) == 5 and tok[3] == "ا" and tok[2] not in "تطد" and tok[1] != "ن"


@lru_cache(maxsize=65536)
def name_gender(name):
    """Gender from the first name token: lexicon first, then the feminine ending."""
    if not name:
        return ""
    first = name[1] if name[0] in ("ابو", "ام") and len(name) > 1 else name[0]
    if name[0] == "ام":
        return "f"
    if name[0] == "ابو" and len(name) == 2 and name[1] not in PERSON_NAMES:
        return ""  # أبو شقرا، أبو العزم said alone: a family name, a woman's as often as a man's
    if name[0] == "ابو" or (len(name) > 1 and name[1] in _COMPOUND_SECONDS) \
            or (name[0] == "عبد" and len(name) > 2 and name[1].startswith("ال")):
        return "m"  # (نور الدين، سيف الله، عبد الكريم الحوامدة: a man's compound name; عبد الهادي alone may be a family name)
    g = PERSON_NAMES.get(first, "-")
    if g in ("m", "f"):
        return g
    if first.endswith("ه") and not first.startswith("ال"):
        return "f"
    return ""


_TOKENS_SEEN = threading.local()  # the last article's token lists by span, per thread


def tokens(text, start, end):
    """(token, start, end) for the normalized text[start:end]; a span asked for again in the
    same article (a candidate's region) is tokenized once, and a span inside one already
    tokenized (a region inside its paragraph) is a slice of it when its edges fall between
    tokens. The list is shared: never mutate it."""
    seen = _TOKENS_SEEN
    if getattr(seen, "text", None) is not text:
        seen.text, seen.spans, seen.whole = text, {}, []
    found = seen.spans.get((start, end))
    if found is None:
        found = _slice(seen.whole, start, end)
        if found is None:
            found = _tokenize(text, start, end)
            seen.whole.append((start, end, found))
        seen.spans[(start, end)] = found
    return found


def _tokenize(text, start, end):
    """[(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)], computed faster."""
    found = []
    pos = start
    for space, token in _SPACED_TOKEN.findall(text, start, end):
        pos += len(space)
        found.append((token, pos, pos + len(token)))
        pos += len(token)
    return found


TOKEN_START = itemgetter(1)  # a token's start offset (the key bisection over tokens uses)
TOKEN_WORD = itemgetter(0)


def _slice(whole, start, end):
    for a, b, toks in whole:
        if a <= start and end <= b:
            i, j = bisect_left(toks, start, key=TOKEN_START), bisect_left(toks, end, key=TOKEN_START)
            if (i == 0 or toks[i - 1][2] <= start) and (j == 0 or toks[j - 1][2] <= end):
                return toks[i:j]
    return None


_SELF_NAMING = {("علي", "نفسها", "اسم"), ("علي", "نفسه", "اسم"), ("علي", "نفسها"), ("علي", "نفسه"),
                ("تعرف", "باسم"), ("يعرف", "باسم"), ("المعروفه", "باسم"), ("المعروف", "باسم")}


def self_named(toks):
    """A body or group the text names through its own name (مجموعة تطلق على نفسها اسم
    "الذئب الرمادي"، الحركة المعروفة باسم ...): an organisation Mention of that name, whose
    role is the head noun it was described by (so that المجموعة finds it), else None."""
    words = [t[0] for t in toks]
    for k in range(1, len(words) - 1):
        if words[k] not in ("اسم", "باسم", "نفسها", "نفسه") or (words[k] != "اسم" and words[k + 1] == "اسم"):
            continue
        for n in (3, 2):
            if k - n + 1 >= 0 and tuple(words[k - n + 1:k + 1]) in _SELF_NAMING:
                break
        else:
            continue
        r = k + 1
        if words[r] in _QUOTE_MARKS:
            e = r + 1
            while e < len(words) and words[e] not in _QUOTE_MARKS and e - r <= 6:
                e += 1
            if e >= len(words) or words[e] not in _QUOTE_MARKS or e == r + 1:
                return None
            a, b = r + 1, e
        else:
            b = r
            while b < len(words) and b - r < 3 and words[b][:1].isalpha() and not is_stop(words[b]):
                b += 1
            a = r
            if b == a:
                return None
        head = next((w for w in words[:k] if is_org(w) or w in _GROUP_HEADS), words[0])
        name = tuple(words[a:b])
        return Mention(toks[0][1], toks[b - 1][2], "organisation", name, (head,), "", " ".join(name),
                       name_span=(toks[a][1], toks[b - 1][2]))
    return None


_TITLE_ADJECTIVES = {"العام", "العامه", "الجديد", "الجديده", "السابق", "السابقه", "الاول", "الاولي", "الحالي", "الحاليه",
                     "المساعد", "المساعده", "المكلف", "المكلفه", "المنتدب", "المنتدبه", "الاعلي", "الاسبق", "الاسبقه"}


def _object_after_title(role):
    """Is the role's last word a definite noun standing after a definite title, no adjective of
    it (المدير العام، الوزير السابق) nor a nisba nor another title or body?"""
    w, before = role[-1], role[-2]
    return w.startswith("ال") and before.startswith("ال") and (is_title(before) or before in _TITLE_ADJECTIVES) \
        and w not in _TITLE_ADJECTIVES \
        and not w.endswith(("ي", "يه")) and not is_title(w) and not is_org(w) and w not in PLACES


def _name_after_unlisted_office(toks, text):
    """حارس النجمة الزرقاء حمد سعيد المناعي: an office no list knows, in construct with a definite
    body or place, then a full name whose given name a list knows: that person, the office his
    role; else None."""
    words = [t[0] for t in toks]
    if len(words) < 4 or _definite(words[0]) or not words[0][:1].isalpha() or len(words[0]) < 3 or is_stop(words[0]) \
            or words[0] in VERB_FORMS or words[0] in PERSON_NAMES:
        return None
    k = 1
    while k < len(words) and k <= 3 and words[k].startswith("ال") and not is_stop(words[k]) and PERSON_NAMES.get(words[k]) not in ("m", "f"):
        k += 1
    if k == 1 or k >= len(words) or PERSON_NAMES.get(words[k]) not in ("m", "f") or words[k] in COMMON_WORDS:
        return None
    m = _parse_np(toks[k:], text)
    if m is None or m.kind != "person" or len(m.name) < 2 or m.role or m.parts:
        return None
    m.role = tuple(words[:k])
    m.start = toks[0][1]
    return m


def parse_phrase(toks, text, object_follows=False):
    """Parse the tokens of a subject region (after the cue, before إن/:) into a Mention; a
    second person joined after a comma (X، رئيس ...، وعميد بلدية Y، Z) makes a joint source.
    `object_follows`: the verb takes an object before its clause (وصف X المفاوضات بأنها), so
    the region's last word may be that object rather than the end of a name."""
    named = self_named(toks) if len(toks) > 3 else None
    if named is not None:
        return named
    dual = _dual_construct(toks, text) if len(toks) > 3 else None
    if dual is not None:
        return dual
    m = _parse_phrase(toks, text, object_follows)
    if m is None:
        m = _name_after_unlisted_office(toks, text)
    if m is not None:
        m = _initials_after(m, toks)
    if object_follows and m is not None and m.kind == "person" and not m.name and not m.parts and len(m.role) >= 2 \
            and _object_after_title(m.role):
        # ووصف الوزير المفاوضات بأنها: a definite noun after a definite title is the verb's object
        end = next((e for w, b, e in toks if w == m.role[-2] and e <= m.end), None)
        if end is not None:
            m = Mention(m.start, end, "person", (), m.role[:-1], m.gender, text[m.start:end])
    if m is None or m.kind != "person" or not m.name or m.parts:
        return m
    for k, t in enumerate(toks):
        if t[1] >= m.end and t[0] in ("،", ",") and k + 1 < len(toks):
            w = toks[k + 1][0]
            if len(w) > 3 and w[0] == "و" and (is_title(w[1:]) or held_title(w[1:])) and w not in TITLES \
                    and (not kin(w) or kin(w)[0] in ("نظير", "نظيرت")):  # (ونظيره في المكلا، فلان: his counterpart)
                rest = [(w[1:], toks[k + 1][1] + 1, toks[k + 1][2])] + toks[k + 2:]
                other = _parse_phrase(rest, text)
                if other is not None and other.kind == "person" and other.name and not other.parts:
                    first = Mention(m.start, m.end, "person", m.name, m.role, m.gender, m.text, name_span=m.name_span)
                    m.parts = [first, other]
                    m.end = other.end
                break
    return m


_PLACE_NOUNS = {"ضاحيه", "حي", "شارع", "منطقه", "مدينه", "مستشفي", "مدرسه", "جامعه", "مسجد", "ميدان", "ساحه", "مطار",
                "ميناء", "قاعه", "مركز", "جسر", "طريق", "مخيم", "قريه", "بلده", "محطه", "سوق", "حديقه", "ملعب", "مقهي",
                "فندق", "شاطئ", "دوار", "زقاق", "حاره", "ضيعه", "واحه", "مرفا"}
_PLACE_OPENINGS = {"بن", "بني", "واد", "وادي", "عين", "جبل"}  # a town's or a region's compound name (بن عروس، وادي درعة)
_NAMED_PLACE_HEADS = {"حي", "قريه", "بلده", "مخيم", "حاره", "ضيعه", "واحه", "دوار", "ضاحيه"}  # (a place and its own name)
_CIRCUMSTANCE_NEXT = re.compile(r"\s*[،,]\s*(?:في|من|علي|الي|عن|مع|بعد|قبل|خلال|منذ|حتي|لكن|ثم|فيما|بينما)\s")
_VERDICTS = {"السجن", "الحبس", "الاعدام", "البراءه", "الغرامه", "المؤبد", "الاشغال", "الحكم", "الافراج", "الادانه"}
# the administrative divisions a body's name may end in, as each country names them (عمالة and
# جهة in Morocco, محلية in Sudan, ناحية in Iraq and Syria, معتمدية in Tunisia)
_PLACE_HEADS = {"ولايه", "محافظه", "مدينه", "اقليم", "منطقه", "بلديه", "قضاء", "مديريه", "مقاطعه", "امانه",
                "عماله", "جهه", "محليه", "ناحيه", "معتمديه"}
# where people live, before a place's own name (نجع أبو قرعة، قرية أم الخير)
_SETTLEMENTS = {"قريه", "نجع", "عزبه", "كفر", "حي", "مخيم", "بلده", "دوار", "واحه", "جزيره", "حاره", "ضاحيه",
                "وقريه", "ونجع", "وحي", "ومخيم", "وبلده"}
_CHARGED_WITH = {"المكلفه", "المكلف", "الخاصه", "الخاص", "المعنيه", "المعني", "المختصه", "المختص", "المعنيين"}


def _dual_construct(toks, text):
    """وزيرا المالية البحريني X والكويتي Y: a dual title in construct, then each holder with
    his own qualifier: a joint source of the two, else None."""
    w = toks[0][0]
    if not (w.endswith("ا") and is_title(w[:-1]) and not _definite(w)):
        return None
    k = next((k for k in range(2, len(toks)) if toks[k][0].startswith("وال") and toks[k][0].endswith(("ي", "يه"))), 0)
    if not k:
        return None
    head = (w[:-1], toks[0][1], toks[0][2])
    shared = [t for t in toks[1:k] if t[0].startswith("ال") and not t[0].endswith(("ي", "يه"))][:1]  # المالية
    first = _parse_np([head] + list(toks[1:k]), text, closed=True)
    end = next((e for e in range(k + 1, len(toks)) if toks[e][0] in ("،", ",")), len(toks))
    second = _parse_np([head] + shared + [(toks[k][0][1:], toks[k][1] + 1, toks[k][2])] + list(toks[k + 1:end]), text,
                       closed=True)
    if not (first and second and first.kind == second.kind == "person" and first.name and second.name):
        return None
    m = Mention(toks[0][1], toks[end - 1][2], "person", first.name, (w,), first.gender, text[toks[0][1]:toks[end - 1][2]])
    m.parts = [first, second]
    return m


def _unnamed_by_choice_at(toks, k):
    """Does toks[k] open the clause of a source who chose not to be named (طلب عدم ذكر اسمه، فضل
    عدم الكشف عن هويته)?"""
    return toks[k][0] in _UNNAMED_BY_CHOICE and k + 1 < len(toks) and toks[k + 1][0] in _UNNAMED_HOW


def _names_given_at(toks, k):
    """Where the given name starts when toks[k] opens a naming clause after a description (يدعى
    حميد، عرف نفسه باسم حسان), else 0."""
    w = toks[k][0]
    if w in _NAMING:
        at = k + 1
    elif w in _NAMED_ONESELF and k + 2 < len(toks) and toks[k + 1][0] in ("نفسه", "نفسها") \
            and toks[k + 2][0] in ("باسم", "ب"):
        at = k + 3  # (عرف نفسه بـ"أبو محمد": the preposition apart from the quoted name)
    else:
        return 0
    if at + 1 < len(toks) and toks[at][0] in _QUOTE_MARKS:
        at += 1  # طلب أن نسميه «أيمن»: the name in quotation marks
    if at < len(toks) and (w in _NICKNAMED_AS or w in _NAMED_ONESELF) and toks[at][0] in _KUNYA_HEADS \
            and at + 1 < len(toks) \
            and name_like(toks[at + 1][0], False, "ابو"):
        return at  # عامل تفريغ يكنى أبو وضاح، مساهم عرف نفسه بـ"أبو محمد": the description, then the kunya
    return at if at < len(toks) and PERSON_NAMES.get(toks[at][0]) in ("m", "f") else 0


def _holder_after_pronoun(words):
    """Do the words of a chunk name who holds the office before it, after وهو/وهي or واسمه/واسمها
    and a given name of that gender (وقالت المسؤولة، وهي لطيفة السليطي مديرة إدارة ...، وأضاف الشاب،
    واسمه أحمد نور حسن; وهي الدكتورة ليلى العبرية: her honorific first)?"""
    if len(words) < 3 or words[0] not in _SHE_NAMED + _HE_NAMED + _HIS_NAME_IS:
        return False
    k = 2 if words[1] in HONORIFICS and words[0] in _SHE_NAMED + _HE_NAMED and len(words) >= 4 else 1
    return PERSON_NAMES.get(words[k]) == ("f" if words[0] in _SHE_NAMED or words[0] == "واسمها" else "m")


_HE_CALLED, _SHE_CALLED = ("ويدعي", "يدعي"), ("وتدعي", "تدعي")  # (مريض آخر ...، ويدعى فلان: the name he has)
_CALLED_BY = _HE_CALLED + _SHE_CALLED
_HE_NAMED = ("وهو", "هو") + _HE_CALLED  # (تقول باحثة ...، هي فلانة: who the one described is)
_SHE_NAMED = ("وهي", "هي") + _SHE_CALLED


_AUTHOR_OF = {"صاحب", "صاحبه"}  # (صاحب «ظلال الأطلس»: whose work the quoted title is, said of its author)
_OUTGOING_OFFICE = {"السابق", "السابقه"}  # (رئيس جمعية «...» السابق فلان: who held the office before)
_BODY_LINKS = {"مع", "لدي", "عن"}  # (شركة الرمال، المتعاقدة مع البلدية، فلان: what ties the body to another)
_HIS_NAME_IS = ("واسمه", "واسمها")  # (وأضاف الشاب، واسمه فلان: the name of the one just described)
# the same words after a comma, as a clause of their own (، واسمه فلان، ويدعى فلان): the و-forms of both
NAMING_AFTER_COMMA = frozenset(w for w in _HIS_NAME_IS + _CALLED_BY if w[0] == "و")


def _named_after_description(m, words):
    """Is `m` a description read as a one-word definite name (الشاب) and `words` the chunk after it
    giving the name it has (واسمه أحمد نور حسن)?"""
    if m.kind != "person" or not m.name or m.role or words[0] not in _HIS_NAME_IS + _CALLED_BY \
            or not _holder_after_pronoun(words):
        return False
    # (or مريض آخر، ويدعى فلان: common words read as a name, then the name the one described has)
    return (len(m.name) == 1 and _definite(m.name[0])) or all(PERSON_NAMES.get(w) not in ("m", "f") for w in m.name)


def _parse_phrase(toks, text, object_follows=False):
    """Parse the tokens of a subject region (after the cue, before إن/:) into a Mention.

    The region may hold circumstantial phrases between commas (في بيان، خلال كلمته);
    the source is the first chunk that names someone, and a later chunk that carries the
    name (الرئيسة التنفيذية للشركة، سارة المطيري) completes a role-only first chunk.
    """
    chunks, cur = [], []
    n = 0
    while n < len(toks):
        t = toks[n]
        n += 1
        if t[0] in ("،", ","):
            if cur:
                chunks.append(cur)
            cur = []
            continue
        if len(cur) >= 2 and _unnamed_by_choice_at(toks, n - 1):
            chunks.append(cur)  # وقال مورد لمنتجات الألبان طلب عدم ذكر اسمه: the description ends before it
            cur = [t]
            continue
        named_at = _names_given_at(toks, n - 1) if len(cur) >= 2 or (cur and t[0] in _NICKNAMED_AS) else 0
        if named_at:
            # سائق شاب يدعى حميد، سائق عرف نفسه باسم حسان: the description, then the name it gives
            chunks.append(cur)
            cur = [(_NAMING_WORD, t[1], t[2])]
            n = named_at
            continue
        cur.append(t)
    if cur:
        chunks.append(cur)
    if len(chunks) >= 2 and 2 <= len(chunks[0]) <= 8 and _unnamed_by_choice_at(chunks[1], 0):
        words = [t[0] for t in chunks[0]]
        if not _definite(words[0]) and words[0][:1].isalpha() and not is_stop(words[0]) and not is_org(words[0]) \
                and PERSON_NAMES.get(words[0]) not in ("m", "f") and all(PERSON_NAMES.get(w) not in ("m", "f") for w in words[1:]) \
                and not any(w in _QUOTE_MARKS for w in words):
            # وقال مورد لمنتجات الألبان، طلب عدم ذكر اسمه: all of the description before the anonymity clause
            return Mention(chunks[0][0][1], chunks[0][-1][2], "anonymous", tuple(words), (), "", " ".join(words))
    for k, chunk in enumerate(chunks):
        while len(chunk) > 1 and chunk[0][0] in _OBJECT_PRONOUNS:
            chunk = chunk[1:]  # ورد عليه النائب X: the one replied to is a pronoun, the source follows
        while len(chunk) > 1 and _time_at((chunk[0][0], chunk[1][0]), 0):
            chunk = chunk[2:] if chunk[0][0] in _DAY_PARTS and chunk[1][0] not in _TIME_WORDS and len(chunk) > 2 else chunk[1:]  # وقال اليوم الوزير X: when, then who
        chunks[k] = chunk
    best = None
    for idx, chunk in enumerate(chunks):
        words = [t[0] for t in chunk]
        if best is not None and best.kind in ("person", "anonymous") and _holder_after_pronoun(words) \
                and not (best.kind == "person" and best.name and not _named_after_description(best, words)):
            # (وأضاف الشاب، واسمه فلان: a description read as a name, then the name it has)
            # وقالت المسؤولة، وهي لطيفة السليطي مديرة إدارة ...: the office, then who holds it
            m = _parse_np(chunk[1:], text, closed=True)
            if m is not None and m.kind == "person" and len(m.name) >= 2 and not m.parts and m.start == chunk[1][1]:
                m.role = best.role or tuple(best.text.split())
                return m
        if words[0] in _NAMING and len(chunk) > 1:
            m = _parse_np(chunk[1:], text)
            if m and m.kind == "person" and len(m.name) >= 2 and m.name_span:
                keep = 1  # (يدعى حميد رفض ذكر اسمه، باسم حسان فقط: the name ends before the verb or the adverb)
                while keep < len(m.name) and m.name[keep] not in COMMON_WORDS and m.name[keep] not in VERB_FORMS \
                        and not is_stop(m.name[keep]) and m.name[keep] not in _ONLY_WORDS:
                    keep += 1
                if keep < len(m.name):
                    cut = next(t[2] for t in chunk if t[0] == m.name[keep - 1] and t[1] >= m.name_span[0])
                    m = Mention(m.start, cut, m.kind, m.name[:keep], m.role, m.gender, text[m.start:cut],
                                name_span=(m.name_span[0], cut))
            if m and m.kind == "person" and m.name:
                if best and best.kind in ("person", "anonymous"):
                    m.role = best.role or tuple(best.text.split())
                return m
            continue
        if idx > 0 and (best is None or best.kind == "anonymous") and _names_oneself(words):
            # امرأة من الحي، عرفت نفسها بأم حسين،: the kunya she gave
            name = (_KUNYA_HEADS[words[2][1:]],) + tuple(words[3:])
            described = best.name if best is not None else tuple(t[0] for t in chunks[0])
            return Mention(chunks[0][0][1], chunk[-1][2], "person", name, described,
                           "f" if words[1] == "نفسها" else "m", " ".join(name), name_span=(chunk[2][1] + 1, chunk[-1][2]))
        if best is not None and best.name and (words[0] == "(" or words[0] in STOPWORDS or words[0] in _NAMING):
            break  # only the very next chunk may put a name in apposition
        if best is not None and _manner_adverb(words[0]):
            break  # وأضاف النائب فلان، رافعا صورا ...: what he did as he spoke, not more of the source
        if best is None and ((_manner_adverb(words[0]) and words[0] not in PERSON_NAMES
                              and not (len(words) > 1 and _dual_head(words[0], words[1])))  # (نائبا رئيس النادي)
                             or (words[0][:1] == "ب" and words[0][1:] in _MANNER_NOUNS)
                             or (len(words) == 1 and _feminine_manner(words[0]))):
            continue  # وقال مخاطبا الموظفين، ثم أضاف بنبرة جدية: how and to whom, the subject is elsewhere
        if words[0] == "(" or (len(words) <= 3 and words[0][:1] == "ب" and words[0] not in PERSON_NAMES and not is_org(words[0])
                               and not is_title(words[0])  # (قال بائع خضار: a noun, not ب + a manner)
                               and not _bu_name(words[0])  # (قالت بوشمال: a family name, not ب + a manner)
                               # (بابا عبد الله: a name's first word before a connector or a given name)
                               and not (len(words) > 1 and (words[1] in _CONNECTORS or PERSON_NAMES.get(words[1]) in ("m", "f")))
                               and (words[0][1:] in COMMON_WORDS or len(words[0]) == 4 or clitic_noun(words[0]))):
            continue  # بغضب، بهدوء: how it was said
        apposed_ali = words[0] == "علي" and len(words) in (2, 3) and best is not None and best.kind == "person" \
            and best.role and not best.name and all(w[:1].isalpha() and not is_stop(w) and not is_title(w) and not is_org(w)
                                                     and not possessive(w) for w in words[1:])  # عاقل الحارة، علي السقاف،
        # (not رئيسة الرابطة، على صفحتها: the preposition and a noun with its pronoun)
        # (قال علي العرادي: the article spells the name علي apart from the preposition على)
        named_ali = words[0] == "علي" and len(words) > 1 and chunk[0][1] in ARTICLE.ali and name_like(words[1], False, "علي")
        if (words[0] in STOPWORDS and words[0] not in _CONNECTORS and " ".join(words[:2]) not in _JOINT
                and not _opens_source(words) and not apposed_ali and not named_ali) \
                or words[0] in ("وهو", "وهي", "طلب", "فضل", "رفض", "مفضلا", "طالبا") or chose_how_named(words):
            continue
        if words[0] in ("ونحن", "نحن", "وانا", "وهم"):
            continue  # وتابع المدرب، ونحن نغادر القاعة، أن: the writer's circumstance, no source
        if apposed_ali:
            name = tuple(words)
            m = Mention(chunk[0][1], chunk[-1][2], "person", name, best.role, best.gender or "m", " ".join(name),
                        name_span=(chunk[0][1], chunk[-1][2]))
            return m
        if best is not None and best.kind == "person" and best.role and not best.name and chunk is not chunks[-1] \
                and (len(words) == 2 and words[1].startswith("لل") or (
                    3 <= len(words) <= 4 and words[1] in _BODY_LINKS and not is_title(words[0]) and not is_org(words[0]))) \
                and words[0].startswith("ال") and PERSON_NAMES.get(words[0]) not in ("m", "f"):
            continue  # الرئيس التنفيذي لشركة ...، المنفذة للمشروع (المتعاقدة مع البلدية)، المهندس فلان: what the body does, then the holder
        m = _parse_np(chunk, text, closed=chunk is not chunks[-1], final=chunk is chunks[-1] and not object_follows,
                      opening=chunk is chunks[0], object_last=chunk is chunks[-1] and object_follows)
        if not m and best is not None and best.kind == "person" and best.role and not best.name:
            m = _apposed_name(chunk)  # مديرة الجودة بالمجمع، سليمة حداد،: the name after a role, whatever its words
        if not m:
            if best is not None:
                break
            continue
        if best is None:
            best = m
            if m.parts and len(m.parts) > 1:
                break  # التوأمان سارة وريم البنعلي، لاعبتا خط الوسط: a joint source, then who they are
            if m.kind == "anonymous" and m.name[0] in ("احد", "احدي"):
                continue  # أحد منسقي الاحتجاج، فلان الفلاني،: the name in apposition may follow
            if m.kind == "person" and m.name and not m.role and _unknown_office(m.name) and idx + 1 < len(chunks) \
                    and PERSON_NAMES.get(chunks[idx + 1][0][0]) in ("m", "f"):
                continue  # المفتشة العامة للتعليم، خديجة منت محمد،: definite words no list knows, then a name
            if m.kind == "organisation" and is_title(m.name[0]) and not _definite(m.name[0]) and idx + 1 < len(chunks) \
                    and PERSON_NAMES.get(chunks[idx + 1][0][0]) in ("m", "f") and chunks[idx + 1][0][0] not in COMMON_WORDS \
                    and (idx + 2 < len(chunks) or len(chunks[idx + 1]) <= 4):
                # أوضحت محافظة الغابات لولاية الطارف، فريدة حمادي، أن: a word both an office and a body
                # (محافظة) before a name in apposition is the office that person holds
                best = Mention(m.start, m.end, "person", (), m.name, m.gender, m.text)
                continue
            if m.kind == "person" and m.role and dual_of_kin_or_title(m.role[0]) and len(m.name) >= 2 and not m.parts:
                # قال النائبان فلان، عضو لجنة ...، وفلان، عضو ...: the second of the two after the first's apposition
                k = next((k for k in range(idx + 1, min(idx + 3, len(chunks))) if chunks[k][0][0][:1] == "و"
                          and PERSON_NAMES.get(chunks[k][0][0][1:]) in ("m", "f") and len(chunks[k]) >= 2), None)
                if k is not None:
                    rest = [(chunks[k][0][0][1:], chunks[k][0][1] + 1, chunks[k][0][2])] + list(chunks[k][1:])
                    other = _parse_np(rest, text, closed=True)
                    if other is not None and other.kind == "person" and len(other.name) >= 2 and not other.parts:
                        first = Mention(m.start, m.end, "person", m.name, m.role, m.gender, m.text, name_span=m.name_span)
                        return Mention(m.start, other.end, "person", m.name, m.role, "", text[m.start:other.end],
                                       parts=[first, other], name_span=m.name_span)
            unlisted = m.kind == "person" and m.role and m.name and not m.parts and m.name[0] not in PERSON_NAMES \
                and not m.name[0].startswith("ال")
            if (_names_a_body(m) or unlisted) and idx + 1 < len(chunks) and 2 <= len(chunks[idx + 1]) <= 3 \
                    and text[chunks[idx + 1][-1][2]:].lstrip()[:1] in ("،", ",") and (
                        (_starts_name(chunks[idx + 1], 0) and not chunks[idx + 1][0][0].startswith("ال")) if not unlisted
                        else PERSON_NAMES.get(chunks[idx + 1][0][0]) in ("m", "f") and chunks[idx + 1][0][0] not in COMMON_WORDS):
                # نائب رئيس مجموعة ساكورا باي، تاكيرو إيشيدا،: the body's holder; رئيس جمعية منتجي دقلة نور
                # بطولقة، لخضر حمادي،: words no list gives as a name end the office, the name in apposition holds it
                holder = _parse_np(chunks[idx + 1], text, closed=True)
                if holder is not None and holder.kind == "person" and len(holder.name) >= 2 and not holder.role:
                    holder.role = m.role + m.name
                    holder.start = m.start
                    return holder
            if m.kind != "person" or (m.name and not (m.role and (len(m.name) == 1 or _honorific_next(chunks, chunk)))):
                if m.kind == "person" and m.name and not m.role and idx + 1 < len(chunks):
                    m.role = _apposed_office(chunks[idx + 1], text)
                if not (m.kind == "anonymous" and idx + 1 < len(chunks) and (
                        _names_oneself([t[0] for t in chunks[idx + 1]]) or _holder_after_pronoun([t[0] for t in chunks[idx + 1]])
                        or chunks[idx + 1][0][0] == _NAMING_WORD  # (شاب ... طلب أن نسميه «أيمن»: the name follows)
                        or (idx == 0 and any(_definite(w) for w in m.name[1:]) and _holder_named(chunks[idx + 1])))) \
                        and not (idx + 1 < len(chunks) and _named_after_description(m, [t[0] for t in chunks[idx + 1]])):
                    break  # (but امرأة من الحي، عرفت نفسها بأم حسين: the kunya she gave follows; الشاب، واسمه فلان)
        elif best.kind == "anonymous":
            if m.kind == "person" and len(m.name) >= 2 and not m.parts and m.name[0] in _KUNYA_HEADS:
                m.role = best.name  # امرأة من الحي، أم حسين،: an unnamed source, then her kunya in apposition
                m.start = best.start
                return m
            if m.kind == "person" and len(m.name) >= 2 and not m.parts and all(
                    _definite(r) and r.endswith(("ي", "يه")) and not is_title(r) for r in m.role):
                # the one of them the article names (أحد المفرج عنهم، الإيطالي جوفاني روسو)
                m.role = best.name + m.role
                m.start = best.start
                return m
            if m.kind == "person" and len(m.name) >= 2 and not m.parts and idx == 1 \
                    and not is_anonymous(m.name[0]) and any(_definite(w) for w in best.name[1:]):
                # وقالت مسؤولة البيئة في الشركة، المهندسة ليلى بوزيد،: a job described like an unnamed
                # source, then the one who holds it named in apposition
                m.role = best.name + m.role
                m.start = best.start
                return m
            break
        elif m.kind == "person" and m.name and best.kind == "person" and not best.role and _unknown_office(best.name) \
                and PERSON_NAMES.get(m.name[0]) in ("m", "f"):
            m.role = best.name + m.role  # what looked like a name was an office no list knows
            m.gender = m.gender or best.gender
            m.start = best.start
            return m
        elif best.kind == "person" and not best.role and _unknown_office(best.name):
            break
        elif best.kind == "person" and not best.name and best.role and (not m.name or m.name[0] in COMMON_WORDS) and idx + 1 < len(chunks) \
                and PERSON_NAMES.get(chunks[idx + 1][0][0]) in ("m", "f") and chunks[idx + 1][0][0] not in COMMON_WORDS:
            continue  # محامية الرابطة، الطرف المدني في القضية، مريم منت الطالب،: a second apposition, then the name
        elif m.kind == "person" and m.name and (not best.name or (best.role and (
                len(best.name) == 1 or (is_title(words[0]) and words[0].startswith("ال"))))):
            m.role = best.role + best.name + m.role  # what looked like a name completed the role: ... بصفاقس، فلانة
            m.gender = m.gender or best.gender
            return m
        else:
            break
    return best


# plurals of people the anonymous list lacks (it has سكان، عمال، تجار، طلاب، طلبة)
_PEOPLE_PLURALS = {"شبان", "زبائن", "بحاره", "نساء", "رجال", "شباب", "اهال"}


def _described_by_a_clause(words, i):
    """Do words[i:] open with people no list names as a person (an occupation or a plural of
    people: عاملة، خريجون، زبائن) and, right after, a perfect verb describing them (تجمعوا،
    رفضت، التقيناهم)?"""
    w0, w1 = words[i], words[i + 1]
    if PERSON_NAMES.get(w0) in ("m", "f") or _definite(w0) or not w0[:1].isalpha() or w0[:1] in "وف":
        return False
    if not (is_title(w0) or is_anonymous(w0) or w0 in _PEOPLE_PLURALS or (w0.endswith(("ون", "ين")) and len(w0) >= 6)):
        return False
    if PERSON_NAMES.get(w1) in ("m", "f") or (w1.startswith("ال") and not w1.startswith("التق")) or is_title(w1) or is_org(w1) \
            or is_stop(w1) or w1 in PLACES:  # (التقيناهم، التقاهم: met, the verb)
        return False
    return (w1.endswith("وا") and len(w1) >= 4) or (w1.endswith(("ناهم", "اهم", "ناها", "ناه")) and len(w1) >= 6) \
        or (w1.endswith("ت") and not w1.endswith("ات") and len(w1) >= 4 and w0.endswith("ه"))


_AN_MASDARS = {"دفاع", "بحث", "كشف", "افراج", "تعبير"}


def _masdar_of_an(w):
    """الدفاع، للبحث: a verbal noun that takes عن inside a body's name."""
    for pre in ("لل", "ال", "ل"):
        if w.startswith(pre):
            return w[len(pre):] in _AN_MASDARS
    return w in _AN_MASDARS


def _holder_named(chunk):
    """المهندسة ليلى بوزيد، سميرة العلي: a chunk that names someone (an honorific or title, then a
    listed given name and more), in apposition after a job described like an unnamed source."""
    words = [t[0] for t in chunk]
    k = 1 if words and (words[0] in HONORIFICS or is_title(words[0])) and _definite(words[0]) else 0
    return len(words) - k >= 2 and PERSON_NAMES.get(words[k]) in ("m", "f") and words[k] not in COMMON_WORDS


def _unknown_office(name):
    """A "name" of two or more definite words no list knows as names (المفتشة العامة): maybe an
    office the title list lacks, completed by the name in apposition after it."""
    return (len(name) >= 2 or (name and not name[0].endswith(("ي", "يه")))) \
        and all(_definite(w) and w not in PERSON_NAMES for w in name)  # (الشريكة في «بوصلة»، فلانة)


def _apposed_office(chunk, text):
    """The role of a definite title chunk in apposition after a name (أبو رقيبة، المتحدث
    الحكومي،), which tells namesakes apart; else ()."""
    if not (1 <= len(chunk) <= 4 and is_title(chunk[0][0]) and _definite(chunk[0][0])):
        return ()
    m = _parse_np(chunk, text, closed=True)
    return m.role if m is not None and m.kind == "person" and not m.name else ()


_NAMED_ONESELF = {"عرف", "عرفت", "قدم", "قدمت", "سمي", "سمت"}  # عرفت نفسها بـ، قدم نفسه بـ
_NAMING_ONESELF = _NAMED_ONESELF | {"تعرف", "يعرف", "تقدم", "يقدم", "تسمي", "يسمي"}  # (and as a feature writes it, now)


def _described(chunk, words, i, j, start, role, gender="", text=None):
    """The unnamed source described by words[i:j] (مصدر في الشركة، سيدة في الستينيات من عمرها),
    or, when the words from j give the kunya the source gave themselves (تعرف نفسها بـ"أم وليد"),
    the person by that kunya, the description their role."""
    while j > i + 1 and len(words[j - 1]) == 1 and words[j - 1][:1].isalpha():
        j -= 1  # وقال سكان في الحي الشرقي من الرصيفة لـ"الرابية": the preposition of whom they told, cut off
    phrase = tuple(words[i:j])
    own = _self_kunya(words, j)
    k = _naming_oneself(words, j)
    sex = "f" if k and words[k - 1] == "نفسها" else "m"
    if own is not None:
        name, a, b = own
        return Mention(start, chunk[b][2], "person", name, phrase, sex, " ".join(name),
                       name_span=(chunk[a][1] + (words[a] not in _KUNYA_HEADS and words[a][:1] == "ب"), chunk[b][2]))
    if text is not None and k and words[k:] in ([], ["ب"]):
        # تعرف نفسها بـ"أم وليد": the kunya in quotation marks, past the phrase's end
        m = _QUOTED_KUNYA.match(text, chunk[-1][2])
        if m and name_like(m.group(2), False, "ابو"):
            name = (_KUNYA_HEADS[m.group(1)], m.group(2))
            return Mention(start, m.end(2), "person", name, phrase, sex, " ".join(name),
                           name_span=(m.start(1), m.end(2)))
    return Mention(start, chunk[j - 1][2], "anonymous", phrase, role, gender, " ".join(phrase))


_QUOTED_KUNYA = re.compile(r"[^\w«\"“]{0,3}[«\"“]\s*(ام|ابو|ابي|ابا)\s+(\w+)\s*[»\"”]")


def _object_after(words, i, j):
    """Does an indefinite noun at j, right after the definite end of a description's place (يرسم
    موظف في الجمارك خريطة للأرصفة), begin the verb's object rather than go on with the description?"""
    w = words[j]
    return j > i + 2 and ("في" in words[i + 1:j - 1] or "من" in words[i + 1:j - 1]) and _definite(words[j - 1]) \
        and not _definite(w) and w[:1].isalpha() and not is_stop(w) and w[:1] not in "لبوف" \
        and (w in COMMON_WORDS or w.endswith("ا") or possessive(w))


def _naming_oneself(words, j):
    """Where the name follows when words[j:] open the clause in which a source names themselves
    (تعرف نفسها، قدم نفسه، يعرف عن نفسه: j + 2 or j + 3), else 0."""
    if j + 1 >= len(words) or words[j] not in _NAMING_ONESELF:
        return 0
    if words[j + 1] in ("نفسه", "نفسها"):
        return j + 2
    return j + 3 if words[j + 1] == "عن" and j + 2 < len(words) and words[j + 2] in ("نفسه", "نفسها") else 0


def _self_kunya(words, j):
    """(kunya, first, last) word indices when words[j:] give the source's own kunya (تعرف نفسها
    بـ"أم وليد"، قدم نفسه بأبي علي، قدم نفسه باسم أبو سالم), else None."""
    k = _naming_oneself(words, j) or _called_by_others(words, j)
    if not k or k + 1 >= len(words):
        return None
    k += words[k] == "باسم" and k + 2 < len(words)  # (قدم نفسه باسم أبو سالم: by the name)
    if words[k][:1] == "ب" and words[k][1:] in _KUNYA_HEADS:
        head = words[k][1:]
    else:
        k += words[k] == "ب"
        k += k < len(words) and words[k] in _QUOTE_MARKS
        if k + 1 >= len(words) or words[k] not in _KUNYA_HEADS:
            return None
        head = words[k]
    if not name_like(words[k + 1], False, "ابو"):
        return None
    return (_KUNYA_HEADS[head], words[k + 1]), k, k + 1


def _called_by_others(words, j):
    """Where the name follows when words[j:] say who calls the source so (صياد في الخمسين يعرفه
    الجميع باسم أبو ياسر، بائعة يناديها الزبائن «أم سعيد»): after the naming verb and its subject of
    one or two words, at باسم or the word glued to ب; else 0."""
    if j >= len(words) or words[j] not in _CALLED:
        return 0
    for k in range(j + 1, min(len(words), j + 4)):
        w = words[k]
        if w == "باسم" or w == "ب" or (w[:1] == "ب" and w[1:] in _KUNYA_HEADS) or w in _QUOTE_MARKS or w in _KUNYA_HEADS:
            return k if k > j + 1 else 0
        if not w[:1].isalpha() or is_stop(w):
            return 0
    return 0


def _names_oneself(words):
    """عرفت نفسها بأم حسين، قدم نفسه بأبي علي: a source giving their own kunya."""
    return len(words) in (4, 5) and words[0] in _NAMED_ONESELF and words[1] in ("نفسه", "نفسها") \
        and words[2][:1] == "ب" and words[2][1:] in _KUNYA_HEADS
_OBJECT_PRONOUNS = {"عليه", "عليها", "عليهم", "له", "لها", "لهم", "لنا", "لي", "اليه", "اليها", "اليهم", "منه", "منها"}


def after_lam(w):
    """The noun a word glued to ل governs: لديوان → ديوان، للنقابة → النقابة، and للجنة → اللجنة (a
    noun that itself begins with ل, when only that reading is a body or a title)."""
    if not w.startswith("لل"):
        return w[1:]
    article, own = "ال" + w[2:], "ال" + w[1:]
    if not (is_org(article) or is_title(article)) and (is_org(own) or is_title(own)):
        return own
    return article


def _of_body(w):
    """The body or office a ل-word names after a document (لديوان، لوكيل، للنقابة → النقابة), else ""."""
    if w[:1] != "ل" or len(w) < 4:
        return ""
    rest = after_lam(w)
    # (بلاغ لولاية أمن مكناس، بيان لبلدية صيدا: an administration, the body that issued it)
    return rest if (is_org(rest) or is_title(rest) or bare(rest) in _PLACE_HEADS) and not is_document(rest) else ""


_DOCUMENT_ADJECTIVES = {"سابق", "جديد", "حديث", "اخير", "مطول", "مفصل", "مقتضب", "مشترك", "صادم", "داخلي", "رسمي", "سنوي"}


def _document_adjective(w):
    """An indefinite adjective of a document (تقرير سابق، بيان مشترك، دراسة حديثة), before whose it is."""
    return _stem(w) in _DOCUMENT_ADJECTIVES


def _opens_source(words):
    """A chunk opening with a stopword that still names a source: the name علي before a name
    (علي داود ...)، a statement in construct with its body (بيان لجنة التحكيم)، of it (بيان لوكيل
    الجمهورية) or issued by it (بيان صادر عن الرئاسة)."""
    if len(words) < 2:
        return words == ["علي"]  # وقال علي إن: a preposition never ends the subject, the name does
    if words[0] == "علي":
        # (وقال علي فارح، المعروف ...: right after the verb, a bare noun alone before the comma is
        # a name; the preposition would need a circumstance, على هامش الندوة)
        return _ali_before_name(words[1], len(words)) or (len(words) == 2 and _bare_name_after_ali(words[1]))
    return is_document(words[0]) and (is_org(words[1])  # (بيان اللجنة: the body named before, in construct)
                                      or (len(words) > 3 and words[1] in _ISSUED and words[2] == "عن")
                                      or (len(words) > 2 and words[1] in _ISSUED_BY and is_org(words[2]))  # بيان أصدرته النقابة
                                      or (len(words) > 3 and not _definite(words[1]) and words[2] in _ISSUED_BY
                                          and is_org(words[3]))  # بيان مقتضب أصدره الاتحاد
                                      or bool(_of_body(words[1]))  # بيان لوكيل الجمهورية، بيان للنقابة
                                      or (len(words) > 2 and _document_adjective(words[1]) and bool(_of_body(words[2]))))


# a source choosing how the article names them (فضل التعريف بكنيته، آثرت التعريف عن نفسها باسمها الأول)
_CHOSE = {"فضل", "فضلت", "اختار", "اختارت", "اثر", "اثرت", "طلب", "طلبت"}


def chose_how_named(words):
    """Do `words` open the clause of a source choosing how to be named (فضل التعريف بكنيته)? Never
    a name, though فضل is one."""
    return len(words) >= 2 and words[0] in _CHOSE and words[1] in ("التعريف", "تعريف")


def _apposed_name(chunk):
    """A chunk of two to four plain words between commas right after a role-only chunk is the
    role holder's name even when its words are also common words (سليمة حداد، أمل نور)."""
    words = [t[0] for t in chunk]
    if not 2 <= len(words) <= 4 or words[0].startswith("ال") or chose_how_named(words):
        return None
    for w in words:
        if w == "علي" and w is words[0]:
            continue  # علي داود عبد القادر
        if not w[:1].isalpha() or len(w) < 2 or (is_stop(w) and w not in _CONNECTORS) or is_title(w) or is_org(w) \
                or clitic_noun(w) or possessive(w) or is_reporting_word(w):
            return None
    name = tuple(words)
    return Mention(chunk[0][1], chunk[-1][2], "person", name, (), name_gender(name), " ".join(name),
                   name_span=(chunk[0][1], chunk[-1][2]))


def _reporting_verb(w):
    """A reporting verb of the lexicon, also after و or ف (وكتبت، فقال)."""
    form = VERBS.get(w) or (VERBS.get(w[1:]) if w[:1] in "وف" else None)
    return form is not None and form[3] == "verb"


def _opened_by(m, tok, text, gender, role=()):
    """The person mention `m` with the token just before it as its name's first word (وقف الطاهر بن
    عمار، ويقود الصادق إبراهيم كوكو): written from that token to the mention's end."""
    start = tok[1]
    return Mention(start, m.end, "person", (tok[0],) + m.name, role, gender, text[start:m.end], m.parts,
                   (start, m.name_span[1] if m.name_span else m.end))


def _names_a_body(m):
    """A title over a body's indefinite head, and the words after it (نائب رئيس مجموعة ساكورا باي):
    the body's own name, so a name in apposition after it is the holder's."""
    return m.kind == "person" and bool(m.name) and bool(m.role) and is_title(m.role[0]) and is_org(m.role[-1]) \
        and not _definite(m.role[-1])


def _holder_between_commas(toks, k):
    """The role holder's name between commas after a role (المتحدث باسم الهيئة، يزيد الشهري،) when its
    first word is also a verb or a common word: two or three words to the comma, the last a family
    name in ي, as _apposed_name reads them; else None."""
    e = k
    while e < len(toks) and e - k < 4 and toks[e][0] not in ("،", ","):
        e += 1
    if not (e < len(toks) and 2 <= e - k <= 3 and toks[e][0] in ("،", ",")):
        return None
    last = toks[e - 1][0]
    if not (last.startswith("ال") and last.endswith("ي") and len(last) > 4 and not is_title(last) and not is_org(last)):
        return None
    return _apposed_name(toks[k:e])


def _honorific_next(chunks, chunk):
    """Does the chunk after `chunk` open with an honorific or a definite title (، الدكتور فلان)?"""
    k = next(i for i, c in enumerate(chunks) if c is chunk)
    if k + 1 >= len(chunks):
        return False
    w = chunks[k + 1][0][0]
    return w in HONORIFICS or (is_title(w) and w.startswith("ال"))


def _bare_name_after_ali(w):
    """After علي right after the verb, alone before a comma: a bare noun that can only be a
    surname (وقال علي فارح، ...), not the object of على (على هامش، على الفور)."""
    return w[:1].isalpha() and not w.startswith("ال") and w not in COMMON_WORDS and not is_stop(w) \
        and name_like(w, False) and not clitic_noun(w)


def _from_masdar(w):
    """للوقاية، والوقاية: a body's field that takes من (what it guards against)."""
    return (w.startswith("لل") and w[2:] in _FROM_MASDARS) or (w.startswith("وال") and w[3:] in _FROM_MASDARS)


# facilities that a body's head governs before their own proper name (إدارة ميناء حمد), words the
# lexicon lists as common and not as a body
# rights and values a watchdog is named for, then the field: مرصد الشفافية في الصفقات، جمعية المساواة في الأجور
_DEFENDED_VALUES = {"حق", "شفافيه", "نزاهه", "مساواه", "عداله", "حوكمه", "مساءله", "مسائله", "انصاف", "سلامه", "جوده"}


def _defended_value(w):
    w = "ال" + w[2:] if w[:2] == "لل" else w[1:] if w[:1] == "ل" else w  # (جمعية للحق في ...، لحق)
    return bare(w) in _DEFENDED_VALUES


# على الفور، على الأقل، على الإطلاق: how or when, no complement of the word before
_ALA_ADVERBS = {"الفور", "الاقل", "الارجح", "الرغم", "الاطلاق", "الدوام", "التوالي", "السواء", "الهامش", "العموم",
                "الخصوص", "الاخص", "التحديد", "الاغلب", "الاكثر", "الارض", "الاثر", "الملا", "الهواء"}


def _takes_ala(w):
    """A definite verbal noun that a body's or a document's name goes on with through على
    (دراسة التأثير على البيئة)."""
    w = "ال" + w[2:] if w[:2] == "لل" else w
    return _definite(w) and _verbal_noun(bare(w))


def _field_in(prev, nxt):
    """A body's field in لل, then في and a word that is no region, body, title, occasion or
    possession (منظمة جسور للتعليم في الطوارئ): the field's scope, part of the name."""
    return prev.startswith("لل") and bare(nxt) not in _REGIONS and not is_org(nxt) and not is_title(nxt) \
        and bare(nxt) not in _CIRCUMSTANCE_NOUNS and not possessive(nxt)


_FACILITIES = {"ميناء", "مطار", "سوق", "مرفا", "ملعب", "مصفاه", "محطه", "منجم"}


def _named_by_word(words, i, j):
    """مؤسسة غد للطفولة: a common word (here a time) right after the body's head, then its field
    in لل, is the body's proper name."""
    return j == i + 1 and j + 1 < len(words) and (words[j + 1].startswith("لل") or words[j + 1:j + 3] == ["من", "اجل"])


_FROM_MASDARS = {"وقايه", "حمايه", "حد", "تخفيف", "تعافي", "تحرر", "تخلص", "انذار"}  # a field that takes من: للحد من التدخين


@lru_cache(maxsize=65536)
def _dual_kin(w):
    """ابناه، ابنتاها، شقيقاه: a kinship noun in the dual with a possessive pronoun: (stem, gender), else None."""
    for suffix in ("هما", "ها", "ه"):
        if w.endswith(suffix) and w[:-len(suffix)].endswith("ا") and w[:-len(suffix) - 1] in _KIN_STEMS:
            stem = w[:-len(suffix) - 1]
            return stem, _KIN_STEMS[stem]
    return None


def _document_object(w, prev):
    """Is `w` a definite document right after a definite word (الشركة الوطنية للمخابز القرار)? A
    definite noun takes no definite genitive, and a document is no adjective: the verb's object."""
    return w.startswith("ال") and is_document(w) and prev.startswith(("ال", "لل", "وال", "بال")) and not w.endswith(("ي", "يه"))


def _dual_body(w):
    """جمعيتا، منظمتا، نقابتا: two bodies of one kind in construct (جمعيتا الصيادين في المكلا والشحر)."""
    return len(w) >= 5 and w.endswith("تا") and not w.startswith("ال") and is_org(w[:-2] + "ه") and not is_title(w[:-2] + "ه")


def dual_body_head(w):
    """المنظمتان، الوزارتان، النقابتان: the head of the two bodies a definite dual names, else ""."""
    if len(w) >= 8 and w.startswith("ال") and w.endswith("تان") and is_org(w[:-3] + "ه"):
        return bare(w[:-3] + "ه")
    return ""


@lru_cache(maxsize=65536)
def dual_of_kin_or_title(w):
    """ابناه، الشقيقان، بائعتا: a dual that introduces two people (see _pair_by_given_names)."""
    return bool(_dual_kin(w) or _dual_title(w) or _dual_title_word(w))


def _pair_by_given_names(chunk, words, i):
    """ابناه إبراهيم وعلي، الشقيقتان سلمى ونور: a dual of kin or of a title, then two given names and
    nothing more: the two as one joint source (its parts), else None."""
    if i + 3 != len(words) or not dual_of_kin_or_title(words[i]):
        return None
    first, second = words[i + 1], words[i + 2]
    other = second[1:]
    if PERSON_NAMES.get(first) not in ("m", "f") or first in COMMON_WORDS or second[:1] != "و" \
            or (PERSON_NAMES.get(other) not in ("m", "f") and other != "علي"):  # (وعلي: the name, after a given name)
        return None
    role = (words[i],)
    a = Mention(chunk[i + 1][1], chunk[i + 1][2], "person", (first,), (), PERSON_NAMES[first], first,
                name_span=(chunk[i + 1][1], chunk[i + 1][2]))
    b = Mention(chunk[i + 2][1] + 1, chunk[i + 2][2], "person", (other,), (), PERSON_NAMES.get(other, "m"), other,
                name_span=(chunk[i + 2][1] + 1, chunk[i + 2][2]))
    m = Mention(chunk[i][1], chunk[i + 2][2], "person", (first,), role, a.gender, " ".join(words[i:]), name_span=a.name_span)
    m.parts = [a, b]
    return m


# what a teacher teaches: مدرسة الرياضيات is a teacher, not a school
_SCHOOL_SUBJECTS = {"رياضيات", "فيزياء", "كيمياء", "لغه", "تاريخ", "جغرافيا", "علوم", "احياء", "موسيقي", "رسم",
                    "فلسفه", "انجليزيه", "فرنسيه", "عربيه", "تربيه", "اجتماعيات", "حاسوب", "معلوماتيه", "ادب"}


def _second_of_dual(role, name, words, j):
    """After a dual title or kin and a full name (الكاتبان مراد بوعلام), is words[j] و + the second
    person's given name, a family name right after it (وحياة سعيداني)?"""
    w = words[j]
    return len(name) >= 2 and bool(role) and dual_of_kin_or_title(role[0]) and w[:1] == "و" and len(w) > 3 \
        and not w[1:].startswith("ال") and not is_title(w[1:]) and not is_stop(w[1:]) and j + 2 == len(words) \
        and words[j + 1] not in COMMON_WORDS and not is_stop(words[j + 1]) and (not words[j + 1].startswith("ال") or (
            # (الممرضان عادل الفقي وروضة الشعري: a definite nisba, the family name)
            words[j + 1].endswith("ي") and len(words[j + 1]) > 4 and not is_title(words[j + 1]) and not is_org(words[j + 1]))) \
        and name_like(words[j + 1], False, w[1:])


def _kin_with_pronoun(w):
    """عمه، شقيقته: a relative with his or her pronoun, which after a name starts another person (not
    و + a relative, وزميلته: the second of a joint source)."""
    return w[:1] != "و" and kin(w) is not None and w not in PERSON_NAMES


def _named_relative(toks, i):
    """Is toks[i] the given name of a relative named right after the relation and its pronoun,
    a family name in ي and a comma after it (كانت زوجته نعمة الصالحي، أم محمد،): a name even
    when it is also a word (نعمة) or no list knows it?"""
    if not 0 < i or i + 2 >= len(toks) or toks[i + 2][0] not in ("،", ",") or not toks[i + 1][0].startswith("ال") \
            or not _kin_with_pronoun(toks[i - 1][0]):
        return False  # (the cheap tests first: the scan asks at almost every word)
    w, family = toks[i][0], toks[i + 1][0]
    # (جارها الهادي العياري، متقاعد: a listed given name with ال is a name there too)
    return len(w) >= 3 and w[:1].isalpha() and (not _definite(w) or (
        PERSON_NAMES.get(w) in ("m", "f") and w not in COMMON_WORDS)) and not is_stop(w) and not is_title(w) \
        and not is_org(w) and family.endswith("ي") and len(family) > 4 \
        and family not in COMMON_WORDS and not is_title(family) and not is_org(family)


def _ba_given_name(w):
    """بسناء: ب and a listed given name, a preposition before a second person (لا تجمع مصطفى بسناء
    البقالي قرابة), not a Maghrebi family name in بن، بو، بل، بال (سفيان بالطيب)."""
    return w[:1] == "ب" and w not in PERSON_NAMES and PERSON_NAMES.get(w[1:]) in ("m", "f") \
        and w not in COMMON_WORDS and w[1:] not in COMMON_WORDS and not w.startswith(("بن", "بو", "بل", "بال"))


def _khalaf_in_name(prev, words, j):
    """رعد خلف وسلمان عطية، مزاحم خلف العبيدي: after a name, خلف is the next name (a father's or
    a family name), not the preposition, where what follows cannot be its object: و and a given name,
    or a family name in ي that no list gives as a word (the preposition's object: خلف القضبان)."""
    if prev in COMMON_WORDS or is_stop(prev) or is_title(prev) or j + 1 >= len(words):
        return False
    nxt = words[j + 1]
    return (nxt[:1] == "و" and PERSON_NAMES.get(nxt[1:]) in ("m", "f") and nxt[1:] not in COMMON_WORDS) \
        or (nxt.startswith("ال") and nxt.endswith("ي") and len(nxt) > 5 and nxt not in COMMON_WORDS
            and nxt[2:] not in COMMON_WORDS
            and not is_title(nxt) and not is_org(nxt) and nxt[2:] not in PLACES)


def _given_names_only(name):
    """A given name and listed names after it (سامي فتحي، ياسر محجوب), none a family name of the ال
    form: that family name is still to come."""
    return len(name) >= 2 and PERSON_NAMES.get(name[0]) in ("m", "f") \
        and all(x in PERSON_NAMES and not x.startswith("ال") for x in name)


def _issued_document(chunk, i, issuer):
    """A document named with the body that issued it (تقرير التدقيق الذي أعده الصندوق الإنساني، البيان
    الصادر عن الوكالة): the body, carrying the document's words as written before it."""
    if issuer.kind != "organisation":
        return issuer
    j = next((j for j in range(i, len(chunk)) if chunk[j][1] >= issuer.start), None)
    if j is None or j == i:
        return issuer
    issuer.document = (chunk[i][1], chunk[j - 1][2])
    return issuer


_THIS_THAT = frozenset(("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "هؤلاء"))  # (objects: هذين، not pipeline's subject هذان)


def _two_said_alone(chunk, text):
    """كتب كل من العطاس وبارجاء: after كل من, a word, then و and another, each a source said alone
    (the family name of someone named before, which no list need know): one person Mention of the
    two, else None."""
    both = []
    for w, a, b in (chunk[2], (chunk[3][0][1:], chunk[3][1] + 1, chunk[3][2])):
        if len(w) < 3 or not w.isalpha() or is_stop(w) or (w in COMMON_WORDS and w not in PERSON_NAMES) \
                or is_reporting_word(w):
            return None
        m = _parse_np([(w, a, b)], text, closed=True)
        if m is None:
            m = Mention(a, b, "person", (w,), (), "", w, name_span=(a, b))
        if m.kind != "person" or m.parts:
            return None
        both.append(m)
    first, second = both
    m = Mention(first.start, second.end, "person", first.name, first.role, first.gender, text[first.start:second.end],
                name_span=first.name_span)
    m.parts = [first, second]
    return m


def _parse_np(chunk, text, closed=False, final=False, opening=False, object_last=False):
    words = [t[0] for t in chunk]
    if "." in text[chunk[0][1]:chunk[-1][2]] and any(len(w) == 2 and w[1] == "." for w in words):
        chunk = _unquote_initials(chunk, text)
        words = [t[0] for t in chunk]
    if "امر" in words and ARTICLE.letter is not None:
        # آمر فرع الدفاع المدني، آمر الكتيبة: the commander, written with madda; أمر (an order) is no title
        chunk = [("قائد", a, b) if w == "امر" and ARTICLE.letter(a) == "آ" else (w, a, b) for w, a, b in chunk]
        words = [t[0] for t in chunk]
    if not ADDRESS_FORMS.isdisjoint(words[:-1]):
        # معالي الوزير، سعادة المهندس فلان: a form of address is neither the role nor the name
        chunk = [t for k, t in enumerate(chunk) if t[0] not in ADDRESS_FORMS or k + 1 == len(chunk)]
        words = [t[0] for t in chunk]
    k = next((k for k in range(1, len(words) - 2) if words[k] == "من" and words[k + 1] == "اصل"
              and words[k - 1].endswith(("ي", "يه")) and words[k + 2].endswith(("ي", "يه"))), 0) if "اصل" in words else 0
    if k:  # الفرنسي من أصل جزائري كريم بوعلام: an origin qualifies the nationality, no source's description
        chunk = chunk[:k] + chunk[k + 3:]
        words = [t[0] for t in chunk]
    nw = len(words)  # words never change below
    i = 0
    if nw > 2 and " ".join(words[:2]) in _JOINT:
        i = 2
        if nw == 4 and words[3][:1] == "و" and not words[3].startswith("وال"):
            m = _two_said_alone(chunk, text)
            if m is not None:
                return m
    if i < nw and words[i] in ("لي", "له", "لها", "لنا", "لهم"):
        i += 1
    while i < nw and _time_at(words, i):
        # (صباح الجلسة: the day part and its event are one time)
        i += 2 if words[i] in _DAY_PARTS and i + 1 < nw and words[i + 1] not in _TIME_WORDS else 1  # صرح الأسبوع الماضي أمام البرلمان، قال اليوم الوزير فلان: when, not who
    if i < nw and i and words[i - 1] in _TIME_WORDS and words[i] in _PLACE_PREPOSITIONS:
        return None
    if i < nw and words[i] in NON_SOURCE_HEADS:
        # نص البيان، مضمون الرسالة: the document they govern; سر نجاحه، بوشر العمل: nobody
        if i + 1 < nw and is_org(words[i + 1]):
            i += 1
        elif not (words[i] in INANIMATE_SOURCES and any(x in _ISSUED_THEM for x in words[i + 1:i + 4])):
            return None  # (but بيانات أولية أصدرتها دائرة الإحصاءات: the body that issued them, below)
    if i + 1 < nw and words[i] in _DEMANDED and (is_title(words[i + 1]) or is_org(words[i + 1]) or _dual_title(words[i + 1]) or (
            words[i][:1] in "وف" and "ب" in words[i + 2:i + 4]) or (
            words[i][:1] in "وف" and i + 2 < nw and words[i + 2][:1] == "ب" and len(words[i + 2]) >= 4
            and words[i + 2] not in PERSON_NAMES and (words[i + 1].startswith("ال") or words[i + 1] in PERSON_NAMES) and not is_title(words[i + 1]))):
        # (وطالب البنا بعرض الخطة: a surname, then what he demanded glued to its ب)
        i += 1  # وطالب رئيس النقابة بـ، وطالب كرم بـ"...": the verb (demanded), not the noun (a student)
    if i + 1 < nw and words[i] in ("البالغ", "البالغه") and (
            words[i + 1][:1].isdigit() or words[i + 1] == "من" or bare(words[i + 1]) in _NUMBER_WORDS):
        return None  # وتابع قائد الفريق، البالغ 24 عاما،: the age of the one just named, nobody else
    if i + 1 < nw and words[i] in ("بام", "بابي") and words[i + 1][:1].isalpha() and not is_stop(words[i + 1]):
        # يعرفها أهل القرية بأم رائد: the kunya someone goes by, its preposition apart
        w, s0, e0 = chunk[i]
        chunk = chunk[:i] + [(w[1:], s0 + 1, e0)] + chunk[i + 1:]
        words = [t[0] for t in chunk]
    if i + 1 < nw and words[i] == "حسب" and words[i + 1] not in _COMPOUND_SECONDS:
        i += 1  # ...، حسب بوزيان، الذي ذكّر: the preposition (according to), not حسب الله's first word
    if i >= nw:
        return None
    if words[i] in _QUOTE_MARKS:
        # قال "حراك المعلمين الموحد" في بيان: a body known by its name in quotation marks
        k = _closing_mark(words, i)
        if k > i + 1 and all(x[:1].isalpha() for x in words[i + 1:k]):
            phrase = tuple(words[i + 1:k])
            if len(phrase) == 2 and phrase[0] in ("ام", "ابو"):
                # سمر حمدان، «أم لين»، فقالت: a kunya in quotation marks, a person's, no body's name
                return Mention(chunk[i + 1][1], chunk[k - 1][2], "person", phrase, (), "f" if phrase[0] == "ام" else "m",
                               " ".join(phrase), name_span=(chunk[i + 1][1], chunk[k - 1][2]))
            return Mention(chunk[i + 1][1], chunk[k - 1][2], "organisation", phrase, (), "", " ".join(phrase))
        return None
    w0 = words[i]
    if w0 in ("ام", "ابو") and i + 2 < nw and words[i + 1].startswith("ال") and words[i + 2].startswith("ال") \
            and bare(words[i + 2]) in _NUMBER_WORDS | {"اثنين", "اثنتين"}:
        return None  # أم الأولاد الخمسة: the mother of five, a description, no kunya
    pair = _pair_by_given_names(chunk, words, i)
    if pair is not None:
        return pair
    if (closed or final) and 3 <= nw - i <= 10 and (_described_by_a_clause(words, i) or (
            w0 in ("احد", "احدي") and i + 3 < nw and words[i + 2] in _RELATIVES and words[i + 1].startswith("ال"))):
        # خريجون تجمعوا أمام مقر الشركة، عاملة رفضت الكشف عن اسمها، زبائن التقيناهم أمام الفرن: people no
        # one names, described by what they did; the whole description is the source (also one of a
        # group and the clause that says which: أحد المندوبين الذين وقعوا محاضر الاعتراض)
        phrase = tuple(words[i:nw])
        return Mention(chunk[i][1], chunk[nw - 1][2], "anonymous", phrase, (), "f" if w0.endswith("ه") else "", " ".join(phrase))
    plural = w0[-2:] if w0.endswith(("ون", "ين")) and len(w0) >= 5 and not _definite(w0) and w0 not in PERSON_NAMES else ""
    if plural and i + 1 < nw and words[i + 1].endswith(plural) and len(words[i + 1]) >= 5 \
            and not _definite(words[i + 1]) and words[i + 1] not in PERSON_NAMES and not is_stop(words[i + 1]):
        # بحسب مؤرخين محليين، قال خبراء مستقلون: a plural of people and its adjective, a group no one names
        e = i + 2
        while e < nw and words[e].endswith(plural) and not _definite(words[e]) and words[e] not in PERSON_NAMES:
            e += 1
        phrase = tuple(words[i:e])
        return Mention(chunk[i][1], chunk[e - 1][2], "anonymous", phrase, (), "", " ".join(phrase))
    if w0.startswith("وال") and not is_title(w0) and not is_org(w0) and not is_anonymous(w0):
        return None  # والدموع في عينيها: a circumstantial clause, not a source
    if w0 == "والي" and i + 1 < nw and words[i + 1].endswith("ات") and not _definite(words[i + 1]) \
            and words[i + 1] not in PLACES and not is_org(words[i + 1]):
        return None  # وإلى زيارات ميدانية (folded والي): the preposition before a plural, no governor
    if bare(w0) in ("ماده", "بند", "فقره", "فصل") and "من" in words[i + 1:i + 5]:
        k = words.index("من", i + 1)  # المادة الرابعة عشرة من مسودة اللائحة: the text it belongs to
        if k + 1 < nw:
            return _parse_np(chunk[k + 1:], text, closed, final)
    if is_document(w0) and i + 1 < nw and is_org(words[i + 1]) and not is_document(words[i + 1]) \
            and not words[i + 1].startswith("ال"):
        body = _parse_np(chunk[i + 1:], text, closed, final)  # بيان لجنة التحكيم: the body's own statement
        if body is None or body.kind != "organisation":
            return body
        phrase, end = (w0,) + tuple(body.name), body.end
        k = next((k for k in range(i + 1, nw) if chunk[k][2] == end), nw) + 1
        if _year_at(words, k):
            phrase, end = phrase + tuple(words[k:k + 2]), chunk[k + 1][2]  # تقرير ديوان المحاسبة لعام 2022: its year
        return Mention(chunk[i][1], end, "organisation", phrase, (), "f" if w0.endswith("ه") else "m", " ".join(phrase))
    of = _of_body(words[i + 1]) if is_document(w0) and i + 1 < nw else ""
    skip = 0
    if not of and is_document(w0) and i + 2 < nw and _document_adjective(words[i + 1]):
        of, skip = _of_body(words[i + 2]), 1  # تقرير سابق لديوان الرقابة المالية: of its adjective, whose it is
    if of:
        # تقرير لديوان الرقابة المالية، بيان لوكيل الجمهورية، بيان للنقابة: whose report it is
        after = i + 2 + skip
        if of.startswith("ال") and is_org(of[2:]) and of[2:3] == "ل" and after < nw and _definite(words[after]) \
                and not words[after].endswith(("ي", "يه")) and not words[after].startswith("الم"):
            # (not بيان للجنة المنظمة: a participle, the committee's adjective)
            of = of[2:]  # تقرير للجنة التحقيق البرلمانية: لجنة in construct, the ل the preposition's alone
        rest = [(of, chunk[i + 1 + skip][1] + 1, chunk[i + 1 + skip][2])] + list(chunk[i + 2 + skip:])
        found = _parse_np(rest, text, closed, final)
        if found is None and bare(of) in _PLACE_HEADS and len(rest) <= 4 \
                and all(t[0][:1].isalpha() and not is_stop(t[0]) for t in rest):
            # بلاغ لولاية أمن مكناس: an administration named by its seat, the whole name
            phrase = tuple(t[0] for t in rest)
            found = Mention(rest[0][1], rest[-1][2], "organisation", phrase, (), "f", " ".join(phrase))
        return found
    start = chunk[i][1]
    if i + 2 <= nw <= i + 3 and words[i + 1:i + 2] and bare(words[i + 1]) in _DECADES and not _definite(words[i]) \
            and words[i] not in PERSON_NAMES and words[i][:1].isalpha() and not is_stop(words[i]):
        # قالت متفرجة خمسينية، رجل ستيني: an unnamed person by what they are and their age
        k = nw
        if k == i + 3 and ((words[i + 2][:1] == "ب" and words[i + 2][1:] in _MANNER_NOUNS) or _manner_adverb(words[i + 2])):
            k -= 1  # تعمل سيدة خمسينية بصمت: how she works, not more of who she is
        phrase = tuple(words[i:k])
        return Mention(start, chunk[k - 1][2], "anonymous", phrase, (), "f" if words[i].endswith("ه") else "m",
                       " ".join(phrase))
    if is_anonymous(words[i]) and not is_title(words[i]) and not (
            # (وقال المسؤول سامر الحداد: a definite office and a name, not an unnamed source)
            _definite(words[i]) and i + 1 < nw and PERSON_NAMES.get(words[i + 1]) in ("m", "f")
            and words[i + 1] not in COMMON_WORDS):
        j = i + 1
        while j < nw and words[j] not in _ANON_END and (words[j] not in VERBS or (
                j > i + 1 and words[j - 1].endswith("ه") and not _definite(words[j - 1]) and not is_anonymous(words[j - 1])
                and VERBS[words[j]][3] == "verb")) and j - i < 10 \
                and not _circumstance(words, j) and not _naming_oneself(words, j) \
                and not (words[j][:1] == "ل" and words[j][1:] in VERBS and VERBS[words[j][1:]][3] == "verb") \
                and not (j > i + 1 and _definite(words[j - 1]) and _feminine_manner(words[j])) \
                and not (words[j] == "علي" and j == i + 2 and _definite(words[j - 1]) and chunk[j][1] in ARTICLE.ala
                         and words[j + 1:j + 2] != ["حد"]) \
                and not (words[j] == "عن" and j > i + 1 and words[j + 1:j + 2] not in (["قرب"], ["كثب"], ["بعد"])
                         and not any(bare(w) in _ANSWERING_FOR for w in words[i:j])):
            j += 1  # (مصدر في شركة نقل خاصة: a noun in construct after a feminine noun, not the verb نقل;
            # nor what an unnamed source commented on: لم يعلق متحدث الشركة على رواية الموظف;
            # nor a reporting verb of purpose: وعادت مسؤولة البيئة لتؤكد; nor how she spoke, which as
            # indefinite agrees with no definite word: وتضيف مسؤولة التسويق ضاحكة)
        return _described(chunk, words, i, j, start, (), text=text)
    if is_document(words[i]) or words[i] in INANIMATE_SOURCES:  # (بحسب بيانات أولية أصدرتها دائرة الإحصاءات)
        k = next((k for k in range(i + 1, min(nw - 1, i + 6)) if words[k] == "عن" and (words[k - 1] in _ISSUED or (
            # (تقرير صادر أمس عن المؤسسة، صادر الأسبوع الماضي عن الشبكة: when it was issued, between)
            k >= 2 and words[k - 2] in _ISSUED and (words[k - 1] in _TIME_WORDS or words[k - 1] in _DAY_PARTS)) or (
            k >= 3 and words[k - 3] in _ISSUED and all(w in _TIME_WORDS for w in words[k - 2:k])))), 0)
        if k:
            issuer = _parse_np(chunk[k + 1:], text, closed, final)
            if issuer is not None and not (issuer.kind == "person" and not issuer.role and len(issuer.name) == 1
                                           and issuer.name[0] in COMMON_WORDS):
                return _issued_document(chunk, i, issuer)  # البيان الصادر عن الوكالة، التقرير نصف السنوي الصادر عن المنظمة (not عن الاجتماع)
        issued = _ISSUED_BY if is_document(words[i]) else _ISSUED_THEM
        k = next((k for k in range(i + 1, min(nw - 1, i + 5)) if words[k] in issued), 0)
        if k and is_org(words[k + 1]):
            issuer = _parse_np(chunk[k + 1:], text, closed, final)
            if issuer is not None and issuer.kind == "organisation":
                return _issued_document(chunk, i, issuer)  # تقرير أصدرته المنظمة الشهر الماضي
    if _definite(words[i]) and not is_title(words[i]) and not is_org(words[i]) and not is_anonymous(words[i]) \
            and words[i] not in PERSON_NAMES:
        # حسب الجدول الزمني الذي كشفت عنه الوكالة، وفق الأرقام التي نشرتها الوزارة: the body that
        # made the thing known is the source
        k = next((k for k in range(i + 1, min(nw - 2, i + 5)) if words[k] in ("الذي", "التي")), 0)
        if k and _revealing(words[k + 1]):
            o = k + 2 + (words[k + 2] in ("عنه", "عنها", "به", "بها"))
            if o < nw and is_org(words[o]):
                issuer = _parse_np(chunk[o:], text, closed, final)
                if issuer is not None and issuer.kind == "organisation":
                    return issuer
    if words[i][:1] in "يت" and is_org(words[i]) and i + 2 < nw and PERSON_NAMES.get(words[i + 1]) in ("m", "f") \
            and words[i + 1] not in COMMON_WORDS and name_like(words[i + 2], False, words[i + 1]):
        return _parse_np(chunk[i + 1:], text, closed, final, opening, object_last)  # تجمع نور الشيراوي زميلاتها: she gathers
    if bare(words[i]) == "حكم" and i + 2 < nw:
        # الحكم الدولي علي بن سعد الكواري: a referee, not a ruling, when a name follows its adjectives
        k = next((k for k in range(i + 1, min(i + 4, nw - 1)) if not (_definite(words[k]) and words[k].endswith("ي"))), None)
        if k is not None and (PERSON_NAMES.get(words[k]) in ("m", "f") or words[k] == "علي") \
                and name_like(words[k + 1], False, words[k]):
            m = _parse_np(chunk[k:], text, closed, final, opening, object_last)
            if m is not None and m.kind == "person" and len(m.name) >= 2 and not m.role:
                return Mention(start, m.end, "person", m.name, tuple(words[i:k]), m.gender or "m", m.text,
                               name_span=m.name_span)
    if words[i] in _UNCLES and i + 2 < nw and words[i + 1] in ("احد", "احدي") and words[i + 2].startswith("ال"):
        # عم أحد الضحايا، خالة إحدى الطالبات: the relative of one of them (عم alone is an honorific, عم سيد)
        role = tuple(words[i:i + 3])
        return Mention(start, chunk[i + 2][2], "person", (), role, "f" if words[i].endswith("ه") else "m", " ".join(role))
    if _definite(words[i]) and is_org(words[i]) and i + 1 < nw and bare(words[i + 1]) in _DECADES:
        # وتروي المدرسة الأربعينية: a person of that age (a teacher), no school
        role = tuple(words[i:i + 2])
        return Mention(start, chunk[i + 1][2], "person", (), role, "f" if words[i].endswith("ه") else "m", " ".join(role))
    if words[i][:1] in "يت" and is_org(words[i]) and i + 2 < nw and (words[i + 1] in ("ام", "ابو") or (
            PERSON_NAMES.get(words[i + 1]) in ("m", "f") and words[i + 1] not in COMMON_WORDS)):
        return None  # بين الصفوف، تجمع أم خضر الثمار: the verb (she gathers) and its subject, no body (تجمّع)
    if (is_org(words[i]) or _dual_body(words[i]) or (words[i] in ("موقع", "منصه") and i + 2 < nw and words[i + 1] in _QUOTE_MARKS)) \
            and not (bare(words[i]) == "مدرسه" and i + 1 < nw and bare(words[i + 1]) in _SCHOOL_SUBJECTS) \
            and (not is_title(words[i]) or (words[i] in ORGANISATIONS and not _definite(words[i])
                                                         and i + 1 < nw and not words[i + 1].startswith("و")
                                                         and not is_org(words[i + 1]))):
        # (مؤسسة الإمارات is a body; مؤسسة الشركة and المؤسسة والرئيسة التنفيذية are its founder)
        j = i + 1
        while j < nw and j - i < 10:
            w, prev = words[j], words[j - 1]
            if _plural_object(w, prev):
                break  # رفضت الشركة الاتهامات، نفت وزارة الصحة الاتهامات: a plural after a closed name, the verb's object
            if j > i + 1 and w in _FOR_ITS_WORD:
                break  # تواصلت الصحيفة مع شركة الميزان للاستشارات للتعليق: why the body was asked, not its name
            if j == i + 1 and not _definite(words[i]) and (closed or final) and 1 <= nw - j <= 4 \
                    and _indefinite_name_rest(words[j:]):
                j = nw  # بنك استثمار دولي، شركة نجمة للإنتاج، دائرة صحة ذي قار: the whole phrase names the body
                break
            if w == "من" and j + 2 < nw and words[j + 1] == "اجل" and (words[j + 2].startswith("ال") or (
                    not _definite(words[i]) and words[j + 2][:1].isalpha() and not is_stop(words[j + 2]))):
                # (منظمة غابات من أجل الحياة: what an indefinite body stands for, whatever follows أجل)
                j += 2  # حزب الاتحاد من أجل الجمهورية
                continue
            if w == "بلا" and j + 1 < nw and j > i + 1 and not _definite(words[i + 1]) and words[j + 1][:1].isalpha() \
                    and not _definite(words[j - 1]) and words[j + 1] not in _WITHOUT_MANNER \
                    and not _definite(words[j + 1]) and not is_stop(words[j + 1]) and words[j + 1] not in _TIME_WORDS:
                # (not مجلس أمناء الجامعة بلا استثناء: after a definite name, and بلا مواربة, say how)
                j += 2  # منظمة أطباء بلا حدود، جمعية شاطئ بلا نفايات: an indefinite name's "without", its end
                break
            if w == "في" and j + 1 < nw and (_defended_value(prev) or _field_in(prev, words[j + 1])) \
                    and words[j + 1].startswith("ال") \
                    and not is_stop(words[j + 1]) and words[j + 1] not in PLACES and not is_document(words[j + 1]) \
                    and words[j + 1] not in _TIME_WORDS:
                j += 2  # مرصد الحق في الدواء، مرصد الشفافية في الصفقات العمومية، منظمة جسور للتعليم في الطوارئ:
                continue  # the right, value or field the body serves and where in it, not where the body sits
            if w == "في":
                # the body's city or parent body closing the phrase: محكمة الاستئناف في نابلس، (or
                # before the قد of a fronted subject: وكانت رابطة الأطباء في الشمال قد قالت, before a
                # circumstance or the verb's preposition: نقابة عمال الكهرباء في عدن في بيان، ... في كردستان عن)
                e = _seat_end(words, j, closed, final)
                if e:
                    j = e
                    break
                if j >= i + 2 and j + 2 < nw and is_org(words[j + 1]) and not _definite(words[j + 1]) \
                        and not is_document(words[j + 1]) and words[j + 2].startswith("ال"):
                    # لجنة المسابقات في رابطة الأندية المجتمعية تجميد ...: the parent body, named in full,
                    # then the verb's object
                    parent = _parse_np(chunk[j + 1:], text)
                    if parent is not None and parent.kind == "organisation" and len(parent.name) >= 2 \
                            and parent.start == chunk[j + 1][1]:
                        j = next((k for k in range(j + 1, nw) if chunk[k][2] >= parent.end), nw) + 1
                        break
                if j + 2 < nw and prev.startswith("ال") and prev.endswith(("ين", "ون")) and is_org(words[j + 1]) \
                        and not _definite(words[j + 1]) and not is_document(words[j + 1]):
                    # نقابة العاملين في شركة الجون الوطنية للنفط: the body whose staff the union gathers
                    other = _parse_np(chunk[j + 1:], text)
                    if other is not None and other.kind == "organisation" and len(other.name) >= 2:
                        j = next((k for k in range(j + 1, nw) if chunk[k][2] >= other.end), nw) + 1
                        break
            if w == "في" and j + 2 < nw and words[j + 2][:1] == "و" and is_org(words[j + 2][1:]) \
                    and words[j + 1][:1].isalpha() and not is_stop(words[j + 1]) and not is_org(words[j + 1]) \
                    and not _circumstance(words, j):
                j += 2  # a joint subject with the first body's city between: جمعية ... في عمان ونقابة ...
                continue
            if w == "في" and j + 3 < nw and words[j + 3][:1] == "و" and is_org(words[j + 3][1:]) \
                    and words[j + 1][:1].isalpha() and not is_stop(words[j + 1]) and not is_org(words[j + 1]) \
                    and words[j + 2].startswith("ال") and not is_stop(words[j + 2]) and not is_org(words[j + 2]) \
                    and not _circumstance(words, j):
                j += 3  # the first body's place in two words: جمعية ... في القمر الكبرى ونقابة ...
                continue
            if w == "علي" and j > i and j + 1 < nw and _takes_ala(prev) and words[j + 1].startswith("ال") \
                    and not is_stop(words[j + 1]) and bare(words[j + 1]) not in _CIRCUMSTANCE_NOUNS \
                    and not possessive(words[j + 1]) and words[j + 1] not in _TIME_WORDS \
                    and not is_document(words[j + 1]) and not is_title(words[j + 1]) and words[j + 1] not in _ALA_ADVERBS:
                j += 2  # دراسة التأثير على البيئة: what the verbal noun bears on
                continue
            if w == "من" and (_from_masdar(prev) or (j >= i + 3 and prev.startswith("ال") and _from_masdar(words[j - 2]))) \
                    and j + 1 < nw \
                    and words[j + 1].startswith("ال") and not is_stop(words[j + 1]):
                j += 2  # what the body's field guards against: الهيئة الوطنية للوقاية من الأمراض السارية
                # (also after the field's adjective: المركز الوطني للإنذار المبكر من الفيضانات)
                if j < nw and words[j][:1] == "و" and words[j].endswith(("ته", "تها")) and len(words[j]) >= 6:
                    j += 1  # (السلطة العليا للشفافية والوقاية من الفساد ومكافحته: and fighting it, the name's end)
                    break
                continue
            if w == "من" and j > i and not _definite(words[i]) and j + 1 < nw and prev.startswith("ال") \
                    and prev[2:] in _GATHERED_FROM and (_construct_to_definite(words, j + 1) or (
                        words[j + 1].startswith("ال") and not is_stop(words[j + 1]) and not is_org(words[j + 1]))):
                j += 1  # جمعية الناجين من انفجار المرفأ: whom the body gathers, by what they survived
                continue
            if w == "عن" and _masdar_of_an(prev) and j + 1 < nw and (words[j + 1].startswith("ال") or (
                    j + 2 < nw and words[j + 1][:1].isalpha() and not is_stop(words[j + 1])
                    and words[j + 2].startswith("ال"))):
                j += 2  # رابطة الدفاع عن حرية التعبير، لجنة البحث عن المفقودين: what the body defends or seeks
                continue
            if w == "رقم" and (j > i + 1 or (j == i + 1 and is_document(words[i]))) and j + 1 < nw and words[j + 1].isdigit():
                j += 2  # محضر فرز القلم رقم 4، مدرسة الأمل رقم 12: its number closes a name of two words or
                # more, or a document's (القرار رقم 214), with its year (القرار رقم 14 لسنة 2025)
                if _year_at(words, j):
                    j += 2
                break
            if is_document(words[i]) and j > i + 1 and _year_at(words, j):
                j += 2  # تقرير البنك الدولي لعام 2024، قانون المالية لسنة 2025: the year closes a document's name
                break
            if w == "علي" and (prev in _OVERSEEING or (prev.startswith("لل") and "ال" + prev[2:] in _OVERSEEING)) \
                    and j + 1 < nw and (words[j + 1].startswith("ال") or _construct_to_definite(words, j + 1)):
                j += 2  # هيئة الإشراف على الانتخابات، ديوان الرقابة على الصناعات، شبكة عين للرقابة على الانتخابات
                # (or on a construct: الوزارة الوصية على قطاع الثقافة، اللجنة الإشرافية على انتخابات المجلس)
                continue
            if w[:1] == "ب" and prev in _CHARGED_WITH and len(w) > 4 and not w.startswith("بال") \
                    and _construct_to_definite([w[1:]] + words[j + 1:], 0):
                j += 2  # الهيئة المكلفة بتوزيع المياه: the task the body is charged with, in construct
                continue
            if w in ("ام", "ابو") and j + 1 < nw and words[j + 1][:1].isalpha() and not is_stop(words[j + 1]) \
                    and not is_title(words[j + 1]) and not is_org(words[j + 1]):
                j += 2  # مركز أم الربيعين للدراسات، مستشفى أم درمان: a place named with أم/أبو in the body's name
                continue
            if w[:1] == "و" and len(w) > 3 and j > i + 1 and j + 1 < nw and is_org(w[1:]) and not _definite(w[1:]) \
                    and not is_title(w[1:]) and not is_document(w[1:]) and not is_document(words[i]):
                other = _parse_np([(w[1:], chunk[j][1] + 1, chunk[j][2])] + list(chunk[j + 1:]), text, closed, final)
                if other is not None and other.kind == "organisation" and len(other.name) >= 2:
                    # مصلحة الجمارك وهيئة ميناء الإسكندرية (أصدرتا): two bodies speaking together
                    phrase = tuple(words[i:j]) + ("و" + other.name[0],) + other.name[1:]
                    return Mention(start, other.end, "organisation", phrase, (), "f" if words[i].endswith("ه") else "m",
                                   " ".join(phrase))
                break
            if w == "لدي" and j + 1 < nw and is_org(words[j + 1]) and not is_document(words[j + 1]) \
                    and (closed or final or j + 3 >= nw):
                j = nw  # النيابة العامة لدى محكمة وهران: the body and the court it sits at
                break
            if w == "من" and j > i + 1 and j + 1 < nw and (words[j + 1] in _MONTHS or words[j + 1] == "اب") and (
                    words[j - 1].isdigit() or bare(words[j - 1]) in _ORDINAL_WORDS | _ORDINAL_DAYS):
                j += 2  # هيئة ذاكرة الرابع من آب، حركة السادس من أبريل: a date in the body's name
                continue
            if w in STOPWORDS and w != "في" or (w in _TIME_WORDS and not _named_by_word(words, i, j)) or w in _ISSUED \
                    or (j + 1 < nw and _year_when(w, words[j + 1])):
                break  # الي (إلى) looks definite; الصادر عن المنظمة الشهر الماضي; البيان المشترك الصادر في ...
                # (أضافت الهيئة المصرف العام الماضي: when, not المصرف العام; but مكتب النائب العام مساء السبت)
            if _document_object(w, prev):
                break  # وبررت الشركة الوطنية للمخابز القرار: the verb's object, not more of the body's name
            if object_last and j == nw - 1 and w.startswith("ال") and not w.endswith(("ي", "يه")) \
                    and (not is_org(w) or is_document(w)):  # (ووصفت الجمعية القرار بأنه: the decision it described)
                break  # وصف المعهد الكشف بأنه: the verb's object after the body, not more of its name
            if w.startswith("بال") and j + 2 == nw and (closed or final) and words[j + 1].startswith("ال") \
                    and words[j + 1][2:3].isalpha() and not is_stop(words[j + 1]) and not is_org(words[j + 1]):
                j = nw  # a place of two words closing the body's name: الهيئة ... للعون الإنساني بالبحر الأحمر
                # (first: المحكمة الإدارية بالدار البيضاء, though a list gives بالدار as a place)
                break
            if w in PLACES and prev.startswith("ال") and not w.startswith("ال") and j > i + 1:
                j += 1  # the body's city right after its name, closing it: المجلس البلدي بنغازي
                break
            if w == "غير" and j > i + 1 and j + 1 < nw and words[j + 1].startswith("ال") and words[j - 1].startswith("ال") \
                    and not is_stop(words[j + 1]):
                j += 2  # المركز المصري لدراسات الاقتصاد غير الرسمي: a negated adjective of its field
                continue
            if w == "غير" and j + 1 < nw and not _definite(prev) and not words[j + 1].startswith("ال") \
                    and words[j + 1][:1].isalpha() and not is_stop(words[j + 1]) and not is_org(words[j + 1]) \
                    and (words[j + 1].endswith(("ه", "ي")) or words[j + 1][:1] == "م"):
                j += 2  # مذكرة غير موقعة، منظمة غير حكومية: an indefinite body's negated adjective
                continue
            if j == i + 1 and _definite(words[i]) and w.startswith("لل") and is_title("ال" + w[2:]) \
                    and not w.endswith(("ين", "ون", "ات")):
                break  # وسمحت المحكمة للمتهم الأول بالكلام: whom the body let speak, not more of its name
            if w.startswith("بال") and w[1:] in _VERDICTS:
                break  # قضت المحكمة بالسجن: the sentence it passed, not where it sits
            if _after_the_body(w, prev, j == i + 1 and _definite(words[i])):
                break
            if j == i + 1 and _definite(words[i]) and w.startswith("ال") and _noun_not_adjective(w):
                break  # يعد موقع الوزارة البوابة الوحيدة: a definite noun after a bare definite head is no
                # adjective of it (as الوزارة الوصية، الشركة القابضة، الهيئة العامة are), but the predicate
            if j == i + 1 and (_people_after_the_body(w, words[i]) or (
                    _definite(words[i]) and w.startswith("ال") and not is_org(w) and is_title(w)
                    and not w.endswith(("ي", "يه")) and words[i].endswith("ه") != w.endswith("ه"))):
                # عاقبت المحكمة المدير المالي، أبلغت الشركة الحاجزين: an office of the other gender or a
                # plural after a definite body agrees with it as no adjective would (الهيئة المديرة does);
                # the verb's object, not more of its name
                break
            if w[:1] == "ب" and not w.startswith("بال") and len(w) >= 4 and _field_object(words, i, j):
                j += 2  # المركز الوطني للنهوض بزرع الأعضاء: what the body's field works on, in construct
                continue
            if j > i + 1 and prev.startswith("ال") and w.startswith("ال") and is_title(w) and not is_org(w) and any(
                    PERSON_NAMES.get(x) in ("m", "f") and x not in COMMON_WORDS and not x.startswith("ال")
                    for x in words[j + 1:j + 4]):
                break  # ويرأس لجنة التحكيم الناقد المغربي وديع السلطي: an office and its holder's name after the body
            if w.startswith(("ال", "وال", "لل")) or (w.startswith("بال") and (
                    prev in _CHARGED_WITH or j + 1 == nw or not words[j + 1].startswith(("ال", "وال"))
                    or words[j + 1] in _TIME_WORDS  # (الشبكة الإقليمية للإنذار المبكر بالجفاف اليوم: when)
                    or (_field_object(words, i, j) and not is_org(words[j + 1])))):
                # (a place closes the name: مديرية الصحة بالفيوم; بإلزام الشركة governs an object: the verdict)
                if j == i + 1 and _definite(words[i]) and w.startswith("بال") and w[3:] not in PLACES \
                        and j + 1 < nw and words[j + 1] in ("في", "من", "علي", "عن", "الي"):
                    break  # متهمين الشركة بالتسبب في، اتهموا البلدية بالتقصير في: the charge, never the body's name
            elif w == "في" and j - i >= 2 and j + 1 < nw and (
                    (words[j + 1] in PLACES and words[j + 1] not in _PLACE_HEADS)
                    or (words[j + 1] in _PLACE_HEADS and j + 2 < nw and words[j + 2] in PLACES)):
                # رفعت مديرية التموين في حلب سعرها، لجنة الانتخاب في محافظة إربد: where the body sits closes its name
                j += 3 if words[j + 1] in _PLACE_HEADS else 2
                break
            elif w == "في" and j - i >= 2 and j + 1 < nw and _definite(words[j + 1]) and is_org(words[j + 1]) \
                    and not is_document(words[j + 1]) and not _definite(words[i]) and is_org(words[i]):
                # هيئة الاستثمار في المحافظة، مكتب الصناعة في الولاية: the body it belongs to, with its
                # adjectives (في السفارة الهندية), closes its name
                j += 2
                while j < nw and _definite(words[j]) and words[j].endswith(("ي", "يه")) and not is_title(words[j]) \
                        and not is_org(words[j]):
                    j += 1
                break
            elif w[:1] in "بل" and w[1:] in _PLACE_HEADS and j + 1 < nw and words[j + 1][:1].isalpha() and not is_stop(words[j + 1]):
                j += 1  # وزارة التربية بولاية كسلا، مديرية الأشغال العمومية لولاية قسنطينة: the body's province, closing its name
            elif is_org(w) or (w[:1] == "ل" and is_org(w[1:])) or (w[:1] == "ب" and w[1:] in ORGANISATIONS and not is_document(w[1:])):
                pass  # a body inside a body: إدارة نادي ...، تقرير ... لإدارة المرور
            elif w[:1] == "ب" and w[1:] in ("شمال", "جنوب", "شرق", "غرب", "وسط") and j + 1 < nw \
                    and words[j + 1][:1].isalpha() and not is_stop(words[j + 1]) and not is_title(words[j + 1]):
                j += 1  # جمعية رجال الأعمال بشمال الباطنة: the region of the body, closing its name
            elif w in _PLACE_HEADS and j + 1 < nw and words[j + 1][:1].isalpha() and not is_stop(words[j + 1]) \
                    and not is_title(words[j + 1]) and not is_org(words[j + 1]) and not (j == i + 1 and _definite(words[i])):
                # عمالة إقليم أزيلال، بلدية مدينة صفاقس: the place a body governs, in construct (a definite head
                # governs none: الوزارة مدينة للمخزن، the ministry owes)
                j += 1
            elif w[:1] == "ب" and w[1:] in _PLACE_OPENINGS and j + 1 < nw and words[j + 1][:1].isalpha() \
                    and not is_stop(words[j + 1]) and not is_title(words[j + 1]) and not is_org(words[j + 1]):
                j += 2  # مكتب الزراعة والري بوادي حضرموت: a region's compound name, closing the body's name
                break
            elif w[:1] == "ب" and len(w) >= 4 and w[1:] in PLACES:
                # ودعا الاتحاد الجهوي للحرفيين بصفاقس القوائم: the body's city ends its name, the verb's object follows
                # (whatever follows, a city that is also a frequent word: المجلس الجهوي للحسابات بمراكش قد أصدر)
                j += 1
                break
            elif w[:1] == "ب" and len(w) >= 4 and not w.startswith("بال") and PERSON_NAMES.get(w[1:], "-") == "-" \
                    and not _common_noun(w[1:]) \
                    and w not in COMMON_WORDS and not (w.endswith("ا") and _common_noun(w[:-1])) \
                    and not is_stop(w) and not clitic_noun(w) and (j + 1 == nw or words[j + 1] in STOPWORDS) \
                    and not possessive(w[1:]) and not w.endswith(("ها", "هم")):
                pass  # the country or city of the body, closing its name: الاتحاد الوطني للشغل بموريتانيا (not بمطالبها)
            elif w[:1] in "لو" and j + 1 < nw and (len(w) > 3 or (  # (لحق التعليم: ل on a two-letter noun, before ال)
                    w[:1] == "ل" and _common_noun(w[1:]) and not is_stop(w) and w not in VERB_FORMS and _definite(words[j + 1]))) \
                    and (words[j + 1].startswith(("ال", "وال")) or (
                    w[:1] == "ل" and _construct_to_definite(words, j + 1))) \
                    and (not (is_stop(w) or is_reporting_word(w[1:])) or _verbal_noun_of_purpose(w, words[j + 1])) \
                    and not (w[:1] == "و" and is_title(w[1:])):
                # لمراقبة نزاهة الانتخابات، وحماية البنية التحتية
                pass  # a purpose or field complement: الهيئة الوطنية لتنظيم الكهرباء، اللجنة الوطنية لحقوق الإنسان
            elif w in _QUOTE_MARKS or (w == "في" and j + 1 < nw and words[j + 1] in _QUOTE_MARKS and j - i >= 2):
                # a name in quotation marks: شركة "...", لجنة متابعة ... في "..."
                k = j + 1 if w in _QUOTE_MARKS else j + 2
                while k < nw and words[k] not in _QUOTE_MARKS and k - j < 7:
                    k += 1
                if k >= nw or k - j >= 7:
                    break
                j = k + 1
                continue
            elif j == i + 1 and is_title(w) and not _definite(w) and j + 1 < nw and not is_stop(words[j + 1]) and (
                    words[j + 1].startswith("ال") or words[j + 1] in PLACES or (
                        words[j + 1] not in COMMON_WORDS and PERSON_NAMES.get(words[j + 1], "-") == "-"
                        and name_like(words[j + 1], False))):
                pass  # a body of an office: مكتب رئيس الوزراء، ديوان ولي العهد، مكتب حاكم أنجوان
            elif not prev.startswith(("ال", "وال", "بال", "لل")) and _construct_to_definite(words, j):
                pass  # an indefinite construct chain ending in a definite noun: لجنة متابعة حقوق المودعين
            elif j == i + 1 and w in COMMON_WORDS and not is_stop(w) and not is_title(w) and j + 1 < nw \
                    and words[j + 1] in PLACES:
                pass  # the field, then the place: مديرية تربية نينوى، مديرية صحة كركوك
            elif j == i + 1 and w in _FACILITIES and j + 1 < nw and words[j + 1] not in COMMON_WORDS \
                    and not _definite(words[j + 1]) and name_like(words[j + 1], False):
                pass  # the facility a body runs, then its name: إدارة ميناء حمد، إدارة مطار قرطاج
            elif j == i + 1 and is_document(words[i]) and not _definite(words[i]) and not w.startswith("ال") \
                    and w.endswith(("ي", "يه")) and len(w) >= 4 and w[:1].isalpha() and not is_stop(w) \
                    and w not in PERSON_NAMES and j + 1 < nw and words[j + 1][:1] == "ل" and is_org(after_lam(words[j + 1])):
                pass  # تقرير أولي لجهاز الدفاع المدني، مذكرة داخلية للشركة: the document's adjective, then its body
            elif j == i + 1 and is_document(words[i]) and not _definite(words[i]) and j + 1 < nw \
                    and words[j + 1].startswith("ال") and w in VERBS and w not in STOPWORDS and not w.endswith("ا"):
                pass  # a document of a verbal noun that is also a verb of saying: وثيقة شرح الأسباب
            elif is_document(words[i]) and w[:1] == "ب" and len(w) > 3 and prev.startswith("ال") and j + 1 < nw \
                    and prev.endswith("ه") and _construct_to_definite([w[1:]] + words[j + 1:], 0):
                pass  # what a document is attached or related to: الوثيقة المرفقة بمشروع القانون
            elif not prev.startswith(("ال", "وال", "بال", "لل")) and w[:1].isalpha() \
                    and (len(w) > 2 or _named_by_word(words, i, j)) and not is_stop(w) and not is_title(w) \
                    and not (w[:1] == "ب" and w[1:] in COMMON_WORDS and w[1:] not in PLACES and w not in PERSON_NAMES) \
                    and (w not in COMMON_WORDS or _named_by_word(words, i, j)
                         or (w in PLACES and (prev in _PLACE_HEADS or (j == i + 2 and prev in COMMON_WORDS)))
                         # (شركة موريتي تونس: a brand and the country of its branch; also after the
                         # body's own plant or branch: مصنع شركة موريتي تونس)
                         or (w in PLACES and j >= i + 2 and (j == i + 2 or (is_org(words[j - 2]) and not _definite(words[j - 2])))
                             and prev not in COMMON_WORDS and prev not in PLACES)):
                pass  # a proper noun in the construct: شركة أرامكو، مجموعة فاغنر، مؤسسة غد للطفولة (أمانة محافظة جدة)
                # (not ب and a common noun: مكتب خبرة محاسباتية بطلب من المجلس, on whose behalf)
            else:
                break
            j += 1
        phrase = tuple(words[i:j])
        if bare(words[i]) == "منصه" and len(phrase) >= 2 \
                and (phrase[1] in PLATFORMS or _definite(phrase[1]) or is_org(phrase[1])):
            return None  # على حسابها في منصة إكس: the platform written on, no body that speaks (nor منصة
            # الوزارة، منصة وزارة التعليم، منصة التسجيل: a website of a body or for a service; منصة سماء
            # الشمال is one by name)
        return Mention(start, chunk[j - 1][2], "organisation", phrase, (), "f" if words[i].endswith("ه") else "m", " ".join(phrase))
    if i + 2 <= nw and words[i] in ("ابن", "ابنه", "بنت") and kin(words[i + 1]) \
            and words[i + 1].endswith(("ه", "ها", "هم", "هما")):
        # a cousin (ابن العم with a pronoun), who they are, not a name in ابن
        role, gender = tuple(words[i:i + 2]), "f" if words[i] != "ابن" else "m"
        if i + 2 == nw:  # أما ابن عمها، الفلاح فلان: the relation alone
            return Mention(chunk[i][1], chunk[i + 1][2], "person", (), role, gender, " ".join(role))
        if name_like(words[i + 2], True):  # أكد ابن عمه عبد الرحمن: then his name (as شقيقه عبد الرحمن)
            named = _parse_np(chunk[i + 2:], text, closed, final, opening, object_last)
            if named is not None and named.kind == "person" and named.name and not named.role and not named.parts:
                return Mention(chunk[i][1], named.end, "person", named.name, role, gender,
                               text[chunk[i][1]:named.end], name_span=named.name_span)
    role, name, gender = [], [], ""
    parts = []
    j = i
    name_start = None
    name_ends = []
    doubtful = False  # a name right after a role complement may be more of the role
    while j < nw:
        w = words[j]
        prev = name[-1] if name else ""
        if name and j + 1 == nw and _surname_before_apposition(name, w, text, chunk[j][2]):
            name.append(w)
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if (w in ("علي", "الي", "عن", "من", "في") or (w.startswith("لل") and len(w) > 4)) and not role and name \
                and len(name) >= 2 and _group_participle(name[-1]) and _group_participle(name[0]) is not None \
                and (w.startswith("لل") or (j + 1 < nw and words[j + 1].startswith("ال") and not is_stop(words[j + 1]))):
            # النواب الموقعون على الاقتراح، النواب المؤيدون للاقتراح: a group and what its participle
            # governs, kept as written
            k = j + 1 if w.startswith("لل") else j + 2
            name.extend(words[j:k])
            name_ends.append(chunk[k - 1][2])
            j = k
            break
        if name and role and w in HONORIFICS and w not in _HONORIFIC_SURNAMES and j + 1 < nw \
                and PERSON_NAMES.get(words[j + 1]) in ("m", "f") and words[j + 1] not in COMMON_WORDS:
            # أستاذ الإعلام في كلية نجد الأهلية الدكتور فلان: what read as a name was the body's, the
            # name follows the honorific
            role.extend(name)
            role.append(w)
            name, name_start, name_ends = [], None, []
            j += 1
            continue
        if not name and role and is_title(role[-1]) and _definite(role[-1]) and _common_nisba(w):
            role.append(w)  # المستشار الجماعي، الأستاذ الجامعي: an adjective of the title from a common noun, no surname
            j += 1
            continue
        if (name or role) and w in _UNNAMED_BY_CHOICE and j + 1 < nw and words[j + 1] in _UNNAMED_HOW:
            break  # طبيب امتياز فضل عدم ذكر اسمه: the choice not to be named, never the name (فضل is one)
        if name and ((w in _DAY_PARTS and _time_at(words, j)) or (j + 1 < nw and _year_when(w, words[j + 1]))):
            break  # قال الموسوي صباح اليوم، شقيقها عيسى فارح عام 2020: when, after the name
        if role and j + 1 < nw and w in ("عام", "سنه") and _year_when(w, words[j + 1]):
            break  # أسس الشركة مع والده عام 2001: when, after a relation (not المدير العام الحالي: his office)
        if not name and role and bare(role[-1]) in _OUTGOING and j + 1 < nw and w[:1].isalpha() and not is_stop(w):
            role.append(w)  # الرئيس المنتهية ولايته (عهدته) فلان: the participle's own noun, then the name
            j += 1
            continue
        if not name and (w == "امه" or (w == "منه" and _spelled_ta(chunk[j][2]))) and j + 1 < nw \
                and words[j + 1] in ("الله", "الرحمن", "الرحيم", "الكريم") \
                and (j + 2 == nw or name_like(words[j + 2], False, words[j + 1])):
            name_start = chunk[j][1]  # مديرة المدرسة أمة الرحمن عبده الشرعبي: the compound given name أمة الرحمن
            # (شاركت منة الله طارق: منة as written, never منه, from him)
            name.extend(words[j:j + 2])
            name_ends.extend((chunk[j][2], chunk[j + 1][2]))
            gender = gender or "f"
            j += 2
            continue
        if not name and role and dual_of_kin_or_title(role[-1]) and w.startswith("ال") and w.endswith("ان") \
                and len(w) > 5 and w not in PERSON_NAMES and not is_title(w) and not is_org(w):
            role.append(w)  # العضوان الجديدان فلانة وفلان: the dual's adjective, then the two names
            j += 1
            continue
        if not name and w == "باسم" and _given_basim(role, words, j):
            name_start = chunk[j][1]  # الخبير الاقتصادي باسم جميل التميمي: the given name باسم
            name.append(w)
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if len(name) == 1 and w == "باسم" and PERSON_NAMES.get(name[0]) in ("m", "f") and j + 1 < nw \
                and not any(bare(r) in _SPEAKS_FOR for r in role) and not words[j + 1].startswith("ال") \
                and words[j + 1] not in COMMON_WORDS and not is_org(words[j + 1]) and not is_title(words[j + 1]) \
                and not clitic_noun(words[j + 1]) and name_like(words[j + 1], False, w) \
                and not (j + 2 < nw and words[j + 2].startswith("ال")):  # (محمد باسم عائلات الضحايا)
            name.append(w)  # مهند باسم ربابعة: the father's name باسم between a given name and a family name
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if name and w[:1] == "ل" and len(w) > 3 and w not in PERSON_NAMES \
                and any(x in OUTLET_BRANDS for x in words[j + 1:j + 3]):
            break  # وقال الحمداوي لزيري بريس: the outlet he spoke to, not more of his name
        if (name or role) and w in _PLACE_PREPOSITIONS and not _honoured_given_name(role, name, words, j) \
                and not (name and w == "خلف" and _khalaf_in_name(prev, words, j)):
            break  # أضاف المخرج الشاب وسط تصفيق القاعة: where, not who
        if not name and len(role) >= 2 and dual_of_kin_or_title(role[0]) and w[:1] == "و" and len(w) > 3 \
                and w not in PERSON_NAMES \
                and (w[1:] in PLACES or (_definite(w[1:]) and not is_title(w[1:]))
                     or ((role[-1] in PLACES or _definite(role[-1])) and PERSON_NAMES.get(w[1:]) not in ("m", "f")
                         and not is_title(w[1:]) and not is_stop(w[1:]))):
            role.append(w)  # محافظا النجف وكربلاء، وزيرا الخارجية والدفاع: the second office of the two
            j += 1
            continue
        if (role or name) and w in ("البالغ", "البالغه") and words[j + 1:j + 2] != ["من"]:
            break  # ويقول الفتى البالغ سبعة عشر عاما: his age, not more of what he is
        if not name and role and w in _OF_IT and j + 1 < nw and (
                words[j + 1] in HONORIFICS or (is_title(words[j + 1]) and _definite(words[j + 1]))
                or PERSON_NAMES.get(words[j + 1]) in ("m", "f")):
            role.append(w)  # مدير العمليات فيها المهندس فلان: the office in the body just named, then the holder
            j += 1
            continue
        if role and not name and w in _AND_KIN_OF and not (j + 1 < nw and PERSON_NAMES.get(words[j + 1]) in ("m", "f")):
            break  # رئيس نادي الشعلة وابن عم رئيس الاتحاد: a second description of the one person, no name
        if len(name) >= 2 and w.endswith("ت") and w not in PERSON_NAMES and j + 1 < nw \
                and words[j + 1] in ("الي", "علي", "من", "في", "عن", "مع"):
            break  # نادية الشاوي صعدت إلى المنصة: her verb, not more of her name
        if name and _kin_with_pronoun(w) and j + 1 < nw and PERSON_NAMES.get(words[j + 1]) in ("m", "f") \
                and words[j + 1] not in COMMON_WORDS:
            break  # تدريب ياسين عمه كريم بلعيد: his uncle, then the uncle's name, another person
        if w[:1] == "ب" and _ba_given_name(w) and (name or (len(role) >= 2 and not is_title(role[-1]))) and j + 1 < nw \
                and name_like(words[j + 1], False, w[1:]) and not is_stop(words[j + 1]) and prev not in _NASAB:
            # (after ولد، بن the father's name however it reads: عبد الله ولد ببكر خسائره)
            # (but رحب السفير بسارة العبدالله: whom the office holder welcomed, the object, not a new subject)
            break  # لا تجمع مصطفى بسناء البقالي قرابة: ب and a second person's given name, not more of the first
        family = kin_descriptor(w) if name else None
        if family and not (j + 1 < nw and words[j + 1] in _CONNECTORS):
            role.append(w)  # يقول قطان الابن، عمر الحفيد: which of the family, not more of the name
            gender = gender or family[1]
            j += 1
            break
        if len(name) >= 2 and (j + 1 == nw or (words[j + 1][:1] in "يت" and not name_like(words[j + 1], False, w)
                                               and not words[j + 1].endswith(("ون", "ان")))) \
                and w.startswith("و") and len(w) > 3 and w[1:] not in PERSON_NAMES \
                and w not in PERSON_NAMES and not w[1:].startswith("ال") and not kin(w[1:]) and not _manner_adverb(w) \
                and not is_title(w[1:]) and not is_org(w[1:]) and not is_anonymous(w[1:]) \
                and ((w[1:] not in COMMON_WORDS and name_like(w, False, prev))
                     or (w[1:] in COMMON_WORDS and w.endswith("ي") and len(w) >= 5 and w[1:] not in STOPWORDS)):
            # a surname that begins with و (حسن ورسمه، صالح وردي; حليمة عبدي ورسمي, though رسمي is an
            # adjective: none joins a name with و), not a second person, ending the phrase or before
            # the subject's own imperfect verb (كانت حليمة أحمد ورسمه تخرج; not a plural or dual one:
            # كان حسن إبراهيم وزملاؤه يهتفون)
            name.append(w)
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if w[:1] == "و" and (not name or name[-1] not in _CONNECTORS) and (  # (each way a second person joins starts
                # with و; never right after أبو، أم، بن: أم وضاح، أبو وائل)
                name and w.startswith("و") and len(w) > 3 and w not in _CONNECTORS and not w[1:].startswith("ال")
                and (name_like(w[1:], True) or is_title(w[1:])) and (w not in PERSON_NAMES or PERSON_NAMES.get(w[1:]) in ("m", "f")
                                                                     # (نورة عبد الرحمن الفضلي وسالم الهاجري: a name
                                                                     # the lists leave genderless, then its surname)
                                                                     or (len(name) >= 2 and w[1:] in PERSON_NAMES and j + 1 < nw
                                                                         and w[1:] not in _CONNECTORS
                                                                         and name_like(words[j + 1], False, w[1:])))
                and not (w in COMMON_WORDS and w not in PERSON_NAMES and w[1:] not in PERSON_NAMES)  # (ربطة واحدة: no و)
                # (فرج ونيس العبيدي: after a lone given name, a word no list gives as a name is the next
                # part of the same name, ونيس, not a second person نيس)
                and not (len(name) == 1 and PERSON_NAMES.get(w[1:]) not in ("m", "f") and w != "وعلي" and not is_title(w[1:])
                         and j + 1 < nw and name_like(words[j + 1], False))
                # (مدير فرعها، إدريس وابري، الذي: after a given name alone, a last word no list knows (or,
                # after a title, gives no gender: الدكتور محمد وعيس), with or without its و, is the family
                # name, not a second person)
                and not (len(name) == 1 and j + 1 == nw and PERSON_NAMES.get(name[0]) in ("m", "f") and name[0][-1] != "ي"
                         and w not in PERSON_NAMES and (w[1:] not in PERSON_NAMES or (role and PERSON_NAMES[w[1:]] == "-"))
                         and w[1:] not in AMBIGUOUS_WORLD_NAMES
                         and w[1:] not in COMMON_WORDS and not w[1:].startswith("ال")
                         and not is_title(w[1:]) and not is_org(w[1:]) and not is_anonymous(w[1:]) and kin(w) is None)
                or (name and w.startswith("وال") and is_title(w[1:]))
                or (len(name) == 1 and role and bare(role[0]).endswith("ان") and w.startswith("وال") and not is_stop(w[1:]))
                or (name and i == 2 and " ".join(words[:2]) in _JOINT and w.startswith("وال") and not is_stop(w[1:])
                    and not is_title(w[1:]))
                or (name and w.startswith("و") and kin(w) and (kin(w)[0] in ("نظير", "نظيرت") or (
                    j + 1 < nw and PERSON_NAMES.get(words[j + 1]) in ("m", "f")) or (  # (وزميلته سارة بوزيان)
                    # (وجارها علي قاسم: the name علي, before a name of its own, not the preposition)
                    j + 2 < nw and words[j + 1] == "علي" and chunk[j + 1][1] not in ARTICLE.ala
                    and PERSON_NAMES.get(words[j + 2]) in ("m", "f") and not is_stop(words[j + 2])) or (
                    # (وزميلها أستاذ الفيزياء أنيس الطرابلسي: the relation, the office, then the name)
                    j + 2 < nw and is_title(words[j + 1]) and not _definite(words[j + 1])
                    and any(PERSON_NAMES.get(x) in ("m", "f") for x in words[j + 2:j + 6]))))
                # أكد الشلوي والترهوني: two family names said alone, the whole subject
                or (len(name) == 1 and not role and (name[0].startswith("ال") or (name[0].endswith("ي") and len(name[0]) > 4
                                                                                    and name[0] not in PERSON_NAMES))
                    and w.startswith("وال") and j + 1 == nw
                    and w.endswith("ي") and len(w) > 5 and w[1:] not in COMMON_WORDS and not is_title(w[1:])
                    and not is_org(w[1:]))
                or (len(name) >= 2 and w == "وعلي" and j + 1 < nw and not is_stop(words[j + 1]) and words[j + 1][:1].isalpha())
                # الكاتبان مراد بوعلام وحياة سعيداني: after a dual, و and a word that reads as a noun (حياة)
                # before a family name is the second person's given name
                or _second_of_dual(role, name, words, j)
                # قال المحافظ ويوسف عيسى جامع: an office said alone by its definite title, then و and a
                # listed given name opening a name, the office's holder and a second source
                or (not name and len(role) == 1 and j == i + 1 and _definite(role[0]) and is_title(role[0])
                    and role[0] not in HONORIFICS and w not in PERSON_NAMES and PERSON_NAMES.get(w[1:]) in ("m", "f")
                    and w[1:] not in COMMON_WORDS and j + 1 < nw and name_like(words[j + 1], False, w[1:]))):
            # (X ونظيره الليبي Y: the counterpart is a second source)
            # A joint source: "البذالي والنائب ناصر الكندري"
            rest = [(w[1:], chunk[j][1] + 1, chunk[j][2])] + chunk[j + 1:]
            other = _parse_np(rest, text, closed, final)
            if (w == "وعلي" or _second_of_dual(role, name, words, j)) and (other is None or not other.name) and len(rest) > 1:
                # مفتاح القبائلي وعلي بوشناف: the given name علي (no preposition after a name), then the rest
                after = _parse_np(rest[1:], text, closed, final)
                if after is not None and after.kind == "person" and after.name and not after.role and not after.parts \
                        and after.name_span and after.name_span[0] == rest[1][1]:
                    other = Mention(rest[0][1], after.end, "person", (w[1:],) + after.name, (), "m" if w == "وعلي" else "",
                                    text[rest[0][1]:after.end], name_span=(rest[0][1], after.name_span[1]))
            if other and other.kind == "person" and other.name:
                parts.append(other)
                j = nw
            break
        if w == "علي" and not name and j == i + 1 and len(role) == 1 and not _definite(role[0]) \
                and PERSON_NAMES.get(role[0]) in ("m", "f"):
            name_start = chunk[i][1]  # an indefinite title alone that is also a given name opens the name (وأمينة علي فارح)
            name.append(role.pop())
            name_ends.append(chunk[i][2])
            prev = name[-1]
        if w == "علي" and not name and (role or j == i) and j + 1 < nw and PERSON_NAMES.get(words[j + 1]) != "f" \
                and words[j + 1] != "الله" and chunk[j][1] not in ARTICLE.ala and (  # (الرزق على الله: upon God)
                # (علي spelled as the name: after a title, or before a family name; not before a word no
                # list knows, where a slip of the pen spells the preposition so: حسابها الرسمي علي إنستغرام)
                (chunk[j][1] in ARTICLE.ali and words[j + 1][:1].isalpha() and not is_stop(words[j + 1])
                 and _ali_before_no_noun(words[j + 1])
                 and ((role and is_title(role[0])) or words[j + 1].startswith("ال") or words[j + 1] in PERSON_NAMES
                      # (ينحني علي مقبل الريمي: a second name no list knows, then a definite family name)
                      or (j == i and j + 2 < nw and name_like(words[j + 1], False, w) and words[j + 2].startswith("ال")
                          and name_like(words[j + 2], False, words[j + 1]) and not _common_nisba(words[j + 2])
                          and words[j + 2] not in COMMON_WORDS and not possessive(words[j + 1])
                          and not words[j + 1].endswith("ات") and words[j + 1][2:3] != "ا")))  # (not علي شواطئ البحر)
                or (opening and closed and j == i and nw - j == 2 and _bare_name_after_ali(words[j + 1]))
                or words[j + 1] in _NAME_JOINERS or (
                words[j + 1] in PERSON_NAMES and words[j + 1] not in COMMON_WORDS and not is_stop(words[j + 1])) \
                or _ali_before_name(words[j + 1], nw - j) or (
                # (رئيس النقابة بمصراتة علي الزروق: after the city that closed the role, a definite family name
                # that no list gives as a word ends the phrase: the name علي, not the preposition)
                role and role[-1][:1] == "ب" and role[-1][1:] in PLACES and j + 2 == nw and words[j + 1].startswith("ال")
                and final  # (right before the reported clause: وشدد ... بطرابلس على الوفاق، is the preposition)
                and words[j + 1] not in COMMON_WORDS and not is_org(words[j + 1]) and not is_title(words[j + 1])
                and words[j + 1][2:] not in PLACES and words[j + 1][2:] not in COMMON_WORDS) or (
                role and _definite(role[-1]) and not is_stop(words[j + 1]) and words[j + 1] not in COMMON_WORDS
                and not is_title(words[j + 1]) and not is_org(words[j + 1]) and words[j + 1][:1].isalpha()
                and not words[j + 1].startswith("ال") and not possessive(words[j + 1])
                and not words[j + 1].endswith(("ته", "تها", "هم"))
                and not (words[j + 1].endswith("ي") and len(words[j + 1]) >= 5 and words[j + 1] not in PERSON_NAMES
                         and text.startswith(" ال", chunk[j + 1][2])))):
            # (المرشح علي بوشناف: after a title, علي starts the name; but ورد الوزير على منتقدي الخطة:
            # the preposition before a plural in construct)
            name_start = chunk[j][1]  # the name علي right after a role: شيخ القبيلة علي بن حمد
            name.append(w)
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if w == "علي" and not name and role and role[-1] in HONORIFICS and j + 1 == nw and (closed or final):
            name_start = chunk[j][1]  # يقول الحاج علي، الذي ...: an honorific and the name علي alone
            name.append(w)
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if w == "علي" and len(name) == 1 and not _definite(name[0]) and chunk[j][1] not in ARTICLE.ala and j + 2 < nw \
                and words[j + 2] in _RELATIVES and _ali_before_surname(words[j + 1], chunk[j][1] in ARTICLE.ali):
            # الطبيبة سهرا علي جامع التي أشرفت عليها: no relative pronoun follows an indefinite noun, so
            # the word after علي is the family name closing the name علي is part of
            name.extend(words[j:j + 2])
            name_ends.extend((chunk[j][2], chunk[j + 1][2]))
            j += 2
            break
        if w == "علي" and name and chunk[j][1] not in ARTICLE.ala and (  # (تعمل زينب عثمان على ماكينة: spelled as the preposition)
                _ali_is_name(prev, words[j + 1] if j + 1 < nw else "") or (
                chunk[j][1] in ARTICLE.ali and _ali_before_no_noun(words[j + 1] if j + 1 < nw else "")) or (
                # فادومو علي حرسي، between commas: a given name no list knows, علي, a surname (a word too,
                # فادومو علي جامع، where the article spells the preposition apart)
                (closed or final) and j + 2 == nw and len(name) == 1 and not _definite(name[0])
                and _ali_before_surname(words[j + 1], chunk[j][1] in ARTICLE.ali)) or (
                (closed or final) and j + 1 == nw and (len(name) >= 2 or role) and prev in PERSON_NAMES) or (
                len(name) >= 2 and prev in _HONORIFIC_SURNAMES and _name_after_honorific(words, j))):
            # (or the last word before a comma: سعاد محمود علي، الممرضة ...: a preposition needs its object;
            # or after an honorific that is also a family name: زهرة الحاج علي)
            name.append(w)  # the name علي, not the preposition على: أحمد علي المصري
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if name and j + 1 < nw and words[j + 1] == "الله" and w[:1].isalpha() and not is_stop(w) and not is_title(w):
            name.extend((w, "الله"))  # دفع الله، فضل الله، جاد الله: one name
            name_ends.extend((chunk[j][2], chunk[j + 1][2]))
            j += 2
            continue
        if name and prev in _NAME_JOINERS and w[:1].isalpha() and w not in STOPWORDS and w not in VERBS:
            name.append(w)  # عبد الأمير، أبو الفضل
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if w in _QUOTE_MARKS and not name and role and not _definite(role[-1]) and (
                is_org(role[-1]) or is_title(role[-1]) or (role[-1][:1] == "ل" and is_org(role[-1][1:]))
                or role[-1] == "باسم"):  # (المتحدث باسم "حركة تحرير السهل" فلان)
            # منسقة منظمة "إغاثة بلا حدود" في شرق السودان فلانة، مدير «ملتقى الشارقة» فلان: a
            # body's quoted name in the role
            k = j + 1
            while k < nw and words[k] not in _QUOTE_MARKS and k - j < 7:
                k += 1
            if k < nw and k - j < 7 and k > j + 1:
                role.extend(words[j:k + 1])
                j = k + 1
                continue
        if w == "لدي" and not name and role and j + 1 < nw and is_org(words[j + 1]):
            if closed or final or j + 3 >= nw:
                role.extend(words[j:])  # وكيل الجمهورية لدى محكمة السانية: the office and where it sits
                j = nw
                break
            k = j + 2
            while k < nw and k - j <= 4 and (words[k] in _PLACE_HEADS or words[k] in PLACES):
                k += 1
            if is_title(role[0]) and k > j + 2 and k < nw and is_stop(words[k]):
                # وكيل الجمهورية لدى محكمة ولاية آدرار أن: the court and its province, then the clause
                role.extend(words[j:k])
                j = k
                break
        if w in ("في", "عن", "لدي") and not name and role and (_definite(role[-1]) or role[-1] in _QUOTE_MARKS
                                                             or role[-1] in _AT_THE_TIME or (
                # (المكلف بالإعلام في الوزارة هشام الجندوبي: a title's complement under a glued preposition)
                len(role) >= 2 and role[-1].startswith(("بال", "لل")) and len(role[-1]) > 5 and is_title(role[0]))):
            k = _field_then_name(words, j)
            if k:
                role.extend(words[j:k])  # الباحث في علم الاجتماع نزار القدسي: the field is part of the role
                j = k
                if name_like(words[j], True) or _given_basim(role, words, j):
                    name_start = chunk[j][1]  # and the name starts where the field ends (في لبنان كارين ...)
                    name.append(words[j])
                    name_ends.append(chunk[j][2])
                    j += 1
                continue
        if w == "في" and not name and role and closed and not _definite(role[0]) and is_title(role[0]) \
                and 2 <= nw - j <= 5 and (is_org(words[j + 1])  # (مشرف في الشركة المشغلة للمجمع، طلب ...)
                                          or (nw - j == 2 and _definite(words[j + 1]) and not is_title(words[j + 1]))) \
                and all(x[:1].isalpha() and not is_stop(x) and not is_title(x) for x in words[j + 1:]) \
                and _UNNAMED_AFTER.match(text, chunk[-1][2]):
            # أستاذ القانون الجنائي في جامعة الكويت، الذي طلب ...: an unnamed source and where they work
            # (متطوعة سابقة في الجمعية، استمعت إليها المحكمة: described by a clause, no name to come;
            # فمتطوعة في المهرجان: the conjunction glued to it is no part of the description)
            phrase = tuple(words[i:nw])
            if phrase[0][:1] in "وف" and not phrase[0].startswith(("وال", "فال")) and is_title(phrase[0][1:]):
                phrase, start = (phrase[0][1:],) + phrase[1:], start + 1
            return Mention(start, chunk[nw - 1][2], "anonymous", phrase, (), gender or title_gender(phrase[0]),
                           " ".join(phrase))
        if w == "عن" and not name and len(role) == 1 and _indefinite_role(role) and (closed or final) \
                and 2 <= nw - j <= 4 and all(x[:1].isalpha() and not is_stop(x) and not (
                    is_title(x) and bare(x) not in _PLACE_HEADS and not is_org(x)) for x in words[j + 1:]):
            # نائب عن محافظة إربد، ممثل عن وزارة الصحة: an unnamed member for a constituency or a body
            phrase = tuple(words[i:nw])
            return Mention(start, chunk[nw - 1][2], "anonymous", phrase, (), gender or title_gender(role[0]), " ".join(phrase))
        if w == "علي" and not name and role and role[-1] in _OVERSEEING and j + 1 < nw and words[j + 1].startswith("ال") \
                and not is_stop(words[j + 1]):
            role.extend((w, words[j + 1]))  # المشرف على المشروع سالم حداد: what the holder oversees, then the name
            j += 2
            continue
        if not name and role and w in _AT_THE_TIME and _definite(role[-1]) and any(
                k < nw and words[k] in PERSON_NAMES and words[k] not in COMMON_WORDS
                for k in ((j + 3,) if j + 1 < nw and words[j + 1] == "في" else (j + 1,))):
            role.append(w)  # مديرة المدرسة حاليا في المخيم حواء عبد الكريم: when the office was held, then the holder
            j += 1
            continue
        if w == "خلفا" and role and not name and j + 1 < nw and words[j + 1][:1] == "ل":
            break  # فلانة نقيبة جديدة خلفا للنقيب جورج صفير: the office she took, then whom she succeeds
        if w in _ELATIVES:
            break  # كانت رئيسة الجمعية أكثر حذرا: the comparison is the predicate, no more of the source
        if not name and role and w.endswith("ا") and role[-1].startswith("ال") and role[-1][2:] in _SPECIFIED_ELATIVES:
            break  # الطبيب الأكبر سنا: the elative's specification, no name (سنا is one)
        if is_stop(w) and w not in _CONNECTORS and not (w == "علي" and prev in _CONNECTORS) \
                and not (w in _ROMANCE_ARTICLES and prev == "دي" and name) \
                and not (j == i and _ali_and_family_alone(words, j, text, chunk[-1][2])):  # (ماريبيل دي لا كروز سانتوس)
            break
        if name and w not in PERSON_NAMES and not _definite(w) and prev not in _NAME_JOINERS and j + 1 < nw \
                and possessive(words[j + 1]) and not kin(words[j + 1]) \
                and not (len(name) >= 2 and w not in COMMON_WORDS and not _verbal_noun(w) and not w.endswith(("ات", "ين", "ون"))
                         and not (len(w) >= 5 and w[2] == "ا") and not (len(w) == 4 and w[2] == "و") and len(w) > 2
                         and not w.endswith("ه") and name_like(w, False, prev)):
            break  # يغلق الشيخ عوض صناديق خلاياه: a noun in construct with a possessive one is the verb's object
            # (not يقضي إسحاق آدم أبكر أيامه: a word no list knows after two names is the third, unless a
            # plural by its pattern, صناديق، فصول, or a noun in ة: سالم بامطرف صناديق خلاياه، يفرغ خالد محمود حمولة شاحنته)
        lead = int(len(name) > 1 and _descriptor_word(name[0]))  # الليبي سالم ...
        if 1 <= len(name) - lead <= 3 and is_title(w) and w.startswith("ال") and not role[-1:] == [w] \
                and (j + 1 == nw or (w in _HONORIFIC_SURNAMES and is_stop(words[j + 1]) and words[j + 1] not in _CONNECTORS)
                     # (or before the complementizer that ends the subject, or a preposition: وجد الحاج عثمان
                     # محمد الأمين أن، تتنقل فاطمة منت محمد الأمين بينهن)
                     or ((words[j + 1] in ("ان", "بان") or (is_stop(words[j + 1]) and words[j + 1] not in _CONNECTORS))
                         and len(name) - lead >= 2 and PERSON_NAMES.get(w[2:]) in ("m", "f")
                         and all(PERSON_NAMES.get(x) in ("m", "f") or x in _NASAB for x in name[lead:])
                         and name[lead] not in _NASAB)
                     # (or before the verb's object, once a title came first: أعلن وزير الصحة عبد الرحيم محجوب
                     # الأمين افتتاح المستشفى)
                     or (role and len(name) - lead >= 2 and _verbal_noun(words[j + 1]))
                     # (or before a demonstrative, the verb's object: ويتابع الباحث فراس النجم هذا القطاع)
                     or (role and words[j + 1] in _THIS_THAT)) \
                and name[lead] in PERSON_NAMES and name[-1] not in _CONNECTORS:
            name.append(w)  # a surname that is also a title, closing the phrase: محمود السيد، سامي الوزير
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if (2 <= len(name) - lead <= 3 or (len(name) - lead == 1 and closed and w not in COMMON_WORDS
                                            and PERSON_NAMES.get(name[lead]) in ("m", "f"))) and is_title(w) and not _definite(w) \
                and (w in PERSON_NAMES or (closed and w not in COMMON_WORDS)
                     or (j + 1 < nw and (words[j + 1] == "فقد" or _fa_verb(words[j + 1])) and w not in COMMON_WORDS)) \
                and ((j + 1 == nw and (closed or final)) or (j + 1 < nw and (words[j + 1] == "فقد" or _fa_verb(words[j + 1])))) \
                and name[lead] in PERSON_NAMES and name[-1] not in _CONNECTORS and not role[-1:] == [w]:
            # (أما قائد الفريق محمد عمر كاهن فقد كتب: before the ف of أما's answer too)
            name.append(w)  # an indefinite one closing a name before its comma: حليمة عبدي شيخ،
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if name and is_title(w) and not _definite(w) and w in PERSON_NAMES and j + 1 < nw \
                and not is_title(words[j + 1]) and (name_like(words[j + 1], False, w) or (  # (ياسين شيخ علي نور)
                    words[j + 1] == "علي" and j + 2 < nw and name_like(words[j + 2], False, "علي"))) \
                and not (len(name) > 1 and _definite(name[-1]) and name[-2] not in _NAME_JOINERS):  # (سعيد الكعبي وزير خارجية ...: his title)
            name.append(w)  # a given name that is also a title, inside a name: محمد أمين الكتاني
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if name and len(name) == 1 and PERSON_NAMES.get(name[0]) in ("m", "f") and is_title(w) and not _definite(w) \
                and w[:1].isalpha() and not is_stop(w) and j + 1 < nw and _nisba_family_name(words[j + 1]) \
                and not _common_nisba(words[j + 1]) and (j + 2 == nw or not name_like(words[j + 2], False)):
            # الطبيب خالد مرشد اليافعي، سالم قائد الحميري: a title-like word between a given name and a
            # family name in ي that closes the name is the father's name
            name.append(w)
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if name and w in _HONORIFIC_SURNAMES and j + 1 < nw and (
                _name_after_honorific(words, j + 1) or _definite_surname_after_honorific(name, words[j + 1])) \
                and (j + 2 == nw or not name_like(words[j + 2], False)):
            name.append(w)  # ديما الحاج يوسف، محمود السيد الشناوي: a family name that is also an honorific
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if name and w.startswith("ال") and j + 2 < nw and words[j + 1] in ("ود", "ولد", "بن", "ابن") \
                and w[2:3].isalpha() and not is_stop(w) and words[j + 2][:1].isalpha() and not is_stop(words[j + 2]):
            # a definite part of a long name before its nasab: عبد الرحيم حمد النيل ود الأمين
            name.append(w)
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if name and is_title(w) and w.startswith("ال") and j + 1 < nw and (words[j + 1] in _CONNECTORS or (
                len(name) == 1 and PERSON_NAMES.get(name[0]) in ("m", "f") and w[2:] in PERSON_NAMES
                and not words[j + 1].startswith("ال") and name_like(words[j + 1], False, w) and not is_title(words[j + 1]))):
            # a title-like word inside a name: محمد الأمين ولد أحمدو، محمد الأمين زروقي
            name.append(w)
            name_ends.append(chunk[j][2])
            j += 1
            continue
        if doubtful and name and is_title(w) and w.startswith("ال") and len(name) <= 3 and j + 1 < nw and name_like(words[j + 1], True):
            # what looked like a name was the role's complement: المدير السابق لإدارة صيانة الطرق المهندس يوسف ...
            role.extend(name)
            name, name_ends, name_start, doubtful = [], [], None, False
            role.append(w)
            gender = title_gender(w) or gender
        elif not name and role and kin(role[-1]) and w in ("عم", "خال", "عمه", "خاله"):
            role.append(w)  # ابنة عم رئيس البلدية: a cousin, the relation goes on
        elif not name and not role and kin(w):
            role.append(w)  # نجله عمر، أرملته فاطمة: the relation is a role, the name follows
            gender = kin(w)[1]
        elif not name and role and kin(role[-1]) and w in ("ام", "ابو", "عبد") and j + 1 < nw and words[j + 1][:1].isalpha():
            name_start = chunk[j][1]  # جارته أم علي، شقيقه عبد الرحمن: a kunya or عبد after a relation opens the name
            name.append(w)
            name_ends.append(chunk[j][2])
        elif not name and role and kin(role[0]) and w[:1] == "و" and (kin(w) or w[1:] in _KIN_STEMS) and j + 1 < nw:
            role.append(w)  # زميله ورفيق دربه الدكتور X: a second relation
            if not kin(w):
                role.append(words[j + 1])  # its complement: دربه
                j += 1
        elif not name and role and w == "ال" and j + 1 < nw and not _definite(role[-1]) and words[j + 1][:1].isalpha():
            role.extend(words[j:j + 2])  # a family in the construct: شيخ قبيلة آل مرة، ديوان آل ثاني
            j += 2
            continue
        elif not name and role and is_title(w) and not _definite(w) and PERSON_NAMES.get(w) in ("m", "f") \
                and (_definite(role[-1]) or kin(role[-1])) and j + 1 < nw and name_like(words[j + 1], False, w) \
                and words[j + 1] not in _TITLE_COMPLEMENTS:
            # a given name that is also a title, after a closed role: الناشطة أمينة بوعياش
            name_start = chunk[j][1]
            name.append(w)
            name_ends.append(chunk[j][2])
        elif not name and not role and is_title(w) and not _definite(w) and PERSON_NAMES.get(w) in ("m", "f") \
                and j + 1 < nw and not is_title(words[j + 1]) and name_like(words[j + 1], False, w) \
                and not words[j + 1].startswith("ال") and words[j + 1] not in _TITLE_COMPLEMENTS:
            name_start = chunk[j][1]  # أمينة فارح موسى: a given name that is also a title
            name.append(w)
            name_ends.append(chunk[j][2])
        elif not name and not role and j + 1 < nw and held_title(w) and w not in PERSON_NAMES \
                and (PERSON_NAMES.get(words[j + 1]) in ("m", "f") or (
                    words[j + 1] == "علي" and j + 2 < nw and _ali_before_name(words[j + 2], nw - j - 1))):
            role.append(w)  # ونائبته سلمى الدريدي، ومدربها فلان: a title held for the one named before, then the name
            gender = gender or ("f" if held_title(w).endswith("ه") else "")
        elif not name and w in _HEADMAN and j + 1 < nw and (
                bare(words[j + 1]) in _MUKHTAR_OF or (words[j + 1].startswith("ال") and words[j + 1] not in PERSON_NAMES)):
            role.append(w)  # مختار المحلة فلان، مختار محلة الميناء فلان: the village or quarter's headman, a title
            gender = gender or ("f" if w.endswith("ه") else "m")
            if not _definite(words[j + 1]) and j + 2 < nw and words[j + 2][:1].isalpha():
                role.extend(words[j + 1:j + 3])  # (محلة الميناء: the quarter and its name)
                j += 2
        elif not name and bare(w) in ("مالك", "مالكه") and j + 1 < nw and (is_org(words[j + 1]) or words[j + 1] in COMMON_WORDS):
            role.append(w)  # مالك مؤسسة نجم البحر: the owner, not the given name مالك
            gender = gender or ("f" if w.endswith("ه") else "m")
        elif not name and len(role) >= 2 and is_title(role[0]) and not _definite(role[0]) and _definite(role[1]) \
                and not is_title(role[-1]) and _definite(w) and is_title(w) and j + 1 < nw and words[j + 1].startswith("ال") \
                and title_gender(role[0]) and title_gender(w) and title_gender(role[0]) != title_gender(w) \
                and not (role[-1].endswith("ه") and w.endswith("يه") and _definite(role[-1])):
            break  # ونعت وزيرة الثقافة الروائي الراحل: another person, the verb's object (no adjective of hers)
            # (but رئيس الغرفة النقابية الوطنية: the adjective of the feminine genitive)
        elif not name and (is_title(w) or (not role and _dual_title(w))):
            role.append(w)  # (الوزيران الكندري والحارثي: a dual title, the names follow)
            gender = gender or title_gender(w)
        elif not name and not role and bare(w) == "مدرسه" and j + 1 < nw and bare(words[j + 1]) in _SCHOOL_SUBJECTS:
            role.append(w)  # مدرسة الرياضيات: a teacher, the title of a person
            gender = gender or "f"
        elif not name and not role and j + 1 < nw and _dual_head(w, words[j + 1]):
            role.append(w)  # نائبا رئيس النادي، فلان وفلان: two deputies, not the president
        elif not name and role and bare(role[-1]) in ("منتهيه", "منتهي") and w in _TERM_OF_OFFICE:
            role.append(w)  # الرئيس المنتهية عهدته، ولايته: the outgoing one, his term no name
        elif not name and not role and w in ("الفريق", "والفريق") and j + 1 < nw and words[j + 1] in _RANK_WORDS:
            role.append(w)  # الفريق أول فلان: the rank, not the team, before أول or ركن
            gender = gender or "m"
        elif not name and role and w in _RANK_WORDS and (is_title(role[-1]) or bare(role[-1]) == "فريق"):
            role.append(w)  # a military rank in two words: الفريق أول، لواء ركن
        elif not name and len(role) == 1 and held_title(role[0]) and PERSON_NAMES.get(w) in ("m", "f") \
                and w not in COMMON_WORDS and not is_org(w) and j + 1 < nw and (
                    name_like(words[j + 1], False, w)
                    or _titled_given_name_inside(words[j + 1], words[j + 2] if j + 2 < nw else "")):
            # وقال رئيسه سامي الحداد، مديرها خالد: a title held for the body just named, then the
            # holder's name (a given name is no title's complement)
            name_start = chunk[j][1]
            name.append(w)
            name_ends.append(chunk[j][2])
        elif not name and role and w[:1] == "ب" and w[1:] in _PLACE_OPENINGS and j + 1 < nw and words[j + 1][:1].isalpha() \
                and not is_stop(words[j + 1]) and not is_title(words[j + 1]) and PERSON_NAMES.get(words[j + 1]) not in ("m", "f"):
            role.extend(words[j:j + 2])  # صاحب مطحنة بالمنطقة الصناعية ببن عروس، جمعية مربي الإبل بواد نون: a town's
            j += 1  # compound name after ب closes the role, no person's name
        elif not name and len(role) >= 2 and is_title(role[0]) and w[:1] == "ب" and w[1:] in PLACES and j + 1 < nw \
                and PERSON_NAMES.get(w[1:]) not in ("m", "f") and (role[-1][:1] not in "لب" or role[-1].startswith("لل")) \
                and not is_title(role[-1]) and role[-1] not in PLACES \
                and (PERSON_NAMES.get(words[j + 1]) in ("m", "f") or (words[j + 1] == "علي" and final)):
            role.append(w)  # رئيس نقابة سائقي الشاحنات بمصراتة علي الزروق: the body's city closes the role, the name follows
            # (so after the body under لل: الكاتب الجهوي للنقابة بسوس حميد القادري)
        elif not name and len(role) >= 2 and role[-1] in _NAMED_PLACE_HEADS and w[:1].isalpha() and not _definite(w) \
                and not is_stop(w) and not is_title(w) and not is_org(w) and w not in _CONNECTORS:
            role.append(w)  # رئيس لجنة حي خلة الزيتون، جمال القيسي: the quarter's own name, not the holder's
        elif not name and role and (is_title(role[-1]) and not _definite(role[-1])
                                    or role[-1][:1] in "لب" and not role[-1].startswith(("لل", "بال"))
                                    and not possessive(role[-1]) and role[-1] not in _ON_BEHALF_OF_ONE  # (الناطق باسمها أحمد: her pronoun closes it)
                                    and bare(role[-1]) not in _RANK_WORDS  # (اللواء بحري مدحت: a rank, then the name)
                                    and role[-1][1:] not in PLACES  # (للفلاحة بصفاقس الهادي: the city closes the role)
                                    or _open_construct(role, w) or _place_complement(role, w)) and w[:1].isalpha() \
                and not is_stop(w) and not _initialled(w) and w not in _CALLED and w not in _NICKNAMED_AS \
                and not (w in ("عبد", "ابو") and j + 1 < nw and (
                    len(role) >= 2 and bare(role[-1]) not in _PLACE_NOUNS or held_title(role[-1]))
                    and name_like(words[j + 1], False, w)) \
                and not (w in ("سيدي", "مولاي") and j + 1 < nw and (held_title(role[-1]) or kin(role[-1]))
                         and PERSON_NAMES.get(words[j + 1]) in ("m", "f")):  # (شقيقه سيدي محمد ولد ...: his brother's name)
            # a title in construct takes a complement, not a name: رئيسة قسم ...، مدير مستشفى عدن
            # (والي بجاية عبد الحكيم X: عبد after the complement starts the name; so after a title with a
            # possessive pronoun, whose construct is full: لاعبه عبد الله X)
            role.append(w)
        elif not name and role and w.startswith("ال") and j + 1 < nw and (PERSON_NAMES.get(w) in ("m", "f") or (
                # (a listed given name beginning with ال, then a name: وزير الخارجية أليساندرو مارتينيلي)
                w in PERSON_NAMES and not _descriptor_word(w) and not words[j + 1].startswith("ال"))) \
                and name_like(words[j + 1], False, w) and (not words[j + 1].startswith("ال") or (
                    role[-1].startswith("ال") and words[j + 1] not in COMMON_WORDS and PERSON_NAMES.get(words[j + 1], "-") == "-"
                    and (j + 2 == nw or not words[j + 2][:1].isalpha() or (
                        PERSON_NAMES.get(w) in ("m", "f") and words[j + 1].endswith("ي")
                        and (is_org(words[j + 2]) or words[j + 2] in COMMON_WORDS))))):
                # (المخرجة التونسية ألفة الزواري جائزة ...: a listed given name and a nisba, then the object)
            # a definite given name after the role: المزارع الطيب حامد، الأمير الحسن بن طلال، and
            # before a definite surname that ends the phrase (الحارس الهادي الفرجاني)
            name_start = chunk[j][1]
            name.append(w)
            name_ends.append(chunk[j][2])
        elif not name and role and (role[-1] in HONORIFICS or _dual_title(role[-1])) and w.startswith("ال") \
                and w not in COMMON_WORDS and not is_org(w) and not is_title(w) and not is_stop(w) \
                and bare(w) not in _ORDINAL_WORDS \
                and not (bare(w) in COMMON_WORDS and j + 1 < nw and words[j + 1].startswith("ال")) \
                and not (w.endswith(("ي", "يه")) and j + 1 < nw and words[j + 1] in GENERIC_ROLE_WORDS) \
                and not (w.startswith("المست") and w not in PERSON_NAMES) and bare(w) not in _DECADES \
                and not (w.startswith("المت") and len(w) == 8 and w[5] == "ا" and w not in PERSON_NAMES):
            # (السيدة الخمسينية: her age, not a surname; القاضي المتقاعد: a participle of form VI, his state)
            # (المستشار الجماعي الجديد: the office's adjectives, not a surname; النائب المستجوب: a
            # participle of the derived form X, what the holder does)
            # an honorific before a surname: النائب الكندري
            name_start = chunk[j][1]
            name.append(w)
            name_ends.append(chunk[j][2])
        elif not name and role and not w.startswith(("ال", "وال", "لل", "بال")) and (role[-1].startswith(("ال", "وال")) or kin(role[-1])
                                                                                    or role[-1] in _QUOTE_MARKS) \
                and (w[:1] not in "لب" or _initialled(w) or (len(w) > 3 and not clitic_noun(w) and (w in PERSON_NAMES or (
                    j + 1 < nw and name_like(words[j + 1], False, w) and not words[j + 1].startswith("ال")
                    and not (w[:1] == "ل" and len(role) >= 2 and PERSON_NAMES.get(words[j + 1]) not in ("m", "f")
                             and _construct_to_definite(words, j + 1))
                    and not (w[:1] == "ل" and _body_then_place(role, words, j)))))) \
                and not (w == "غير" and j + 1 < nw and words[j + 1].startswith("ال")) \
                and not (w[:1] == "و" and w not in PERSON_NAMES and w[1:] not in PERSON_NAMES and j + 1 < nw
                         and words[j + 1].startswith("ال")) \
                and not is_org(w) and not is_title(w) and w[:1].isalpha() and not possessive(w) and not _verbal_noun(w) \
                and w not in _NUMBER_WORDS and w not in _TIME_WORDS and w not in _PLACE_PREPOSITIONS and w not in _SAYINGS \
                and w not in _SITE_SUFFIXES \
                and not (w.endswith("ا") and (w[:-1] in COMMON_WORDS or _manner_adverb(w)) and w not in PERSON_NAMES) \
                and not (w[:1] == "و" and is_anonymous(w[1:])) and not _fa_verb(w) and w not in VERB_FORMS \
                and not (w in _PLURAL_PEOPLE and w not in PERSON_NAMES) \
                and not (w[:1] in "يت" and len(w) <= 4 and w not in PERSON_NAMES) \
                and not (w.endswith("ه") and w not in PERSON_NAMES and j + 1 < nw and words[j + 1].endswith("ه")
                         and words[j + 1] not in PERSON_NAMES and not words[j + 1].startswith("ال")) \
                and not (w in COMMON_WORDS and j + 1 < nw and words[j + 1] in PERSON_NAMES and words[j + 1] not in COMMON_WORDS
                         and words[j + 1] not in _CONNECTORS) \
                and not (w in COMMON_WORDS and w not in PERSON_NAMES and j + 1 < nw and words[j + 1].startswith("ال")
                         and (words[j + 1] in COMMON_WORDS or is_title(words[j + 1]) or _common_noun(words[j + 1][2:])
                              or (_definite(role[-1]) and not words[j + 1].endswith("ي")))
                         and words[j + 1] not in PERSON_NAMES and not kin(role[-1])) \
                and not (w in COMMON_WORDS and w not in PERSON_NAMES and w not in AMBIGUOUS_GIVEN and j + 1 < nw
                         and words[j + 1] not in PERSON_NAMES
                         and not words[j + 1].startswith("ال") and words[j + 1][:1].isalpha() and not is_stop(words[j + 1])) \
                and not _object_after_age(role, w) and not _doubled_verb(w) \
                and not _dual_and_adjective(w, words[j + 1] if j + 1 < nw else ""):
            # (وأضافت المحافظة خطين جديدين: a dual and its adjective, the verb's object; ودعا الوالي أهالي
            # المتلوي: a group, the verb's object)
            # (وزار محافظ المنيا موقع الحادث, نقلنا إلى مدير المشروع شهادة العامل: two common nouns in
            # construct, the verb's object)
            # a name after a definite role word: المتحدث باسم الكرملين دميتري بيسكوف (not a verb the
            # lexicon knows: وزير الخارجية العماني يستقبل نظيره; nor a short imperfect: الصياد الستيني يعد شباكه)
            name_start = name_start if name_start is not None else chunk[j][1]
            name.append(w)
            name_ends.append(chunk[j][2])
        elif not name and role and is_org(role[-1]) and not _definite(role[-1]) and closed and 1 <= nw - j <= 4 \
                and not w.startswith("ال") and all(x[:1].isalpha() and not is_stop(x) and not is_title(x) and x not in PERSON_NAMES
                                                   for x in words[j:]):
            role.extend(words[j:])  # رئيس مجلس إدارة شركة رواسي الشمال، فلان: the company's own name closes the role
            j = nw
            break
        elif not name and role and bare(role[-1]) in _PLACE_HEADS and not _definite(role[-1]) and (closed or final) \
                and 1 <= nw - j <= 3 and all(x[:1].isalpha() and not is_stop(x) and not is_title(x) and not is_org(x)
                                             for x in words[j:]):
            role.extend(words[j:])  # عضو المجلس المحلي في مديرية خور مكسر، فلانة: the place's name closes the role
            j = nw
            break
        elif not name and len(role) >= 2 and bare(role[-2]) in _PLACE_HEADS and not _definite(role[-1]) \
                and role[-1] not in _PLACE_PREFIXES and w.startswith("ال") and not w.endswith(("ي", "يه")) and not is_title(w) \
                and not (bare(w) in _NEIGHBOURING and j + 1 < nw and words[j + 1] in PERSON_NAMES) \
                and not (j + 2 < nw and PERSON_NAMES.get(words[j + 1]) in ("m", "f") and words[j + 1] not in COMMON_WORDS
                         and not is_title(words[j + 1]) and name_like(words[j + 2], False, words[j + 1])):
            # (رئيس بلدية عندقت المجاورة سليم نخول: the place's adjective, then the holder's name; الناطق
            # باسم بلدية ساقية الزيت كمال الشعري: the place's second word, then the holder's name)
            break  # عميد بلدية سبها الحكومة: the place's name closes the role; what follows is an object
        elif not name and role and (closed or final) and w[:1] == "ب" and len(w) >= 4 and not w.startswith(("بو", "بن", "بال")) \
                and w not in PERSON_NAMES and w[1:] not in PERSON_NAMES and not is_stop(w) and not clitic_noun(w) \
                and nw - j <= 3 and all(name_like(x, False) for x in words[j + 1:]):
            role.extend(words[j:])  # المندوب الإقليمي للصحة بإنزكان أيت ملول، فلان: the office's town closes the role
            j = nw
            break
        elif role and w[:1] == "ب" and w[1:] in _MANNER_NOUNS:
            break  # يقول الأب بصوت خفيض: how it was said ends the source
        elif role and not name and _definite(role[-1]) and w in _HOW_LONG:
            break  # وقال المدرب لاحقا: when, not more of the title
        elif not name and role and _definite(role[-1]) and _verbal_noun(w):
            break  # طلب ممثل النيابة العامة إنزال العقوبة: what the holder asked for follows the role
        elif not name and len(role) >= 2 and _definite(role[-1]) and w in _GATHERINGS:
            break  # وختم رئيس النقابة المؤتمر الصحفي: the gathering the holder closed, never an adjective
        elif not name and len(role) >= 2 and role[-1].startswith("ال") and w.startswith("ال") and w.endswith(("ين", "ون")) \
                and not role[-1].endswith(("ين", "ون", "ات", "ان")) and bare(role[-1]) not in _PLURAL_PEOPLE \
                and not is_title(w) and not is_org(w) \
                and not (w.endswith(("يين", "يون")) and any(not _definite(r) for r in role[1:-1])) \
                and not (j + 1 < nw and PERSON_NAMES.get(words[j + 1]) in ("m", "f") and words[j + 1] not in COMMON_WORDS
                         and any(not _definite(r) and r.endswith("ي") and len(r) >= 4 for r in role[1:-1])):
            break  # خاطب رئيس المحكمة المتهمين: a plural after a closed construct agrees with nothing: the object
            # (but رئيس جمعية أدلاء البتراء السياحيين: a plural nisba agrees with the plural in the construct;
            # so does any plural adjective before the holder's name: رئيس جمعية سائقي الأجرة المستقلين خالد)
        elif not name and len(role) == 1 and _definite(role[0]) and is_title(role[0]) and title_gender(role[0]) != "f" \
                and not role[0].endswith("ه") and w.startswith("ال") and w.endswith("ه") and not w.endswith("يه") \
                and w[2:] in COMMON_WORDS and not is_org(w) and not is_title(w) and w not in PERSON_NAMES:
            break  # ورث الصياد المهنة عن والده: a feminine noun agrees with no masculine title, the verb's object
        elif not name and role and w in COMMON_WORDS and w not in PERSON_NAMES and w not in AMBIGUOUS_GIVEN and role[-1].startswith("ال") \
                and is_title(role[-1]) and w[:1].isalpha() and not w.startswith(("ال", "وال", "لل", "بال")) and not clitic_noun(w) \
                and not is_stop(w) and not is_org(w) and not is_title(w) and not possessive(w) and w not in _PLACE_PREPOSITIONS:
            break  # لكن العمدة انتقد بطء التدخل: after a definite title an indefinite word is no construct, the predicate
        elif not name and role and not (w in ("ام", "ابو") and _definite(role[-1]) and j + 1 < nw
                                        and PERSON_NAMES.get(words[j + 1]) in ("m", "f")) \
                and not (w in AMBIGUOUS_GIVEN and _definite(role[-1]) and j + 1 < nw
                         and _family_after_ambiguous(words[j + 1])) \
                and (w.startswith(("ال", "وال", "لل", "بال")) or clitic_noun(w) or w in COMMON_WORDS or is_org(w)
                                    # (not بائعة الشاي أم سامي: a kunya after the closed role)
                                    or (w == "غير" and j + 1 < nw and words[j + 1].startswith("ال"))  # غير النظامية
                                    or (w.startswith("ال") and bare(w) in _DECADES)  # السيدة الخمسينية: her age
                                    or (w[:1] == "و" and w not in PERSON_NAMES and w[1:] not in PERSON_NAMES and j + 1 < nw
                                        and words[j + 1].startswith("ال") and not is_stop(w)  # وطالبي اللجوء
                                        and not (len(role) == 1 and _definite(role[0]) and _verbal_noun(w[1:])))
                                    # (not لدى التاجر وتأكيد العملية: what comes next; but وزير التهذيب الوطني وإصلاح ...)
                                    or (w[:1] in "لب" and w not in PERSON_NAMES and j + 1 < nw and words[j + 1].startswith("ال"))
                                    # (لمصدري زيت الزيتون: a field in construct down to its definite end)
                                    or (w[:1] == "ل" and len(w) > 3 and w not in PERSON_NAMES and len(role) >= 2
                                        and _definite(role[-1]) and j + 1 < nw and PERSON_NAMES.get(words[j + 1]) not in ("m", "f")
                                        and _construct_to_definite(words, j + 1))
                                    # (للشركة الوطنية لمترو نواكشوط: a body's field then the place it serves)
                                    or (w[:1] == "ل" and len(w) > 3 and _body_then_place(role, words, j))
                                    # الرئيس التنفيذي لسُرى: the body a title's adjective leads to, closing the phrase
                                    # (not الوزير لعمامرة, a surname right after the title)
                                    or (w[:1] == "ل" and j + 1 == nw and w not in PERSON_NAMES and len(role) >= 2
                                        and _definite(role[-1]) and not is_title(role[-1])
                                        and not is_reporting_word(w[1:]))):  # (وعادت مسؤولة البيئة لتؤكد: the verb)
            role.append(w)
        elif name_like(w, not name, prev) or (not name and not role and w.startswith("ال")) or _before_allah(words, j) or (
                not name and not role and j == i and _ali_and_family_alone(words, j, text, chunk[-1][2])) or (
                _honoured_given_name(role, name, words, j)) or (
                not name and w in AMBIGUOUS_GIVEN and j + 2 < nw and words[j + 1] in _NASAB) or (
                not name and w in AMBIGUOUS_GIVEN and j + 1 < nw and _family_after_ambiguous(words[j + 1])) or (
                closed and j + 1 == nw and len(name) >= 2 and _ta_surname(w)) or (
                name and _verb_and_pronoun_only(w) and _spelled_ta(chunk[j][2])) or (
                name and w == "شيخ" and j + 1 < nw and words[j + 1].startswith("ال") and len(words[j + 1]) > 3
                and not is_stop(words[j + 1]) and not is_title(words[j + 1]) and not is_org(words[j + 1])) or (
                name and w == "خلف" and _khalaf_in_name(prev, words, j)) or (
                len(name) >= 2 and w[:1] == "ل" and not w.startswith("لل") and len(w) > 3 and not is_org(w[1:])
                and not (w.endswith("ه") and w[1:-1] in COMMON_WORDS) and w[1:2] != "ا" and w[1:] not in COMMON_WORDS  # لأنصاره، لثلاث
                and not is_title(w[1:]) and not is_anonymous(w[1:]) and (j + 1 == nw or is_stop(words[j + 1])) and not is_stop(w)
                and w[1:] not in STOPWORDS) or (  # a Maghrebi surname with ل: عبد الحق لعمارة
                name and w.endswith("ا") and w[:1].isalpha() and not is_stop(w) and j + 1 < nw and not possessive(w)
                and not words[j + 1].endswith("ا") and name_like(words[j + 1], False, w)):
            # (a middle name ending in ا that is also a word, نقولا، is no object when a name follows)
            # a leading unlisted descriptor (الغينية مريم ...) is no name token yet
            held = len(name) - (len(name) > 1 and _descriptor_word(name[0]) and not name[1].startswith("ال")) \
                - (len(name) == 2 and (name[0] == "عبد" or name[1] in _COMPOUND_SECONDS))  # (عوض الكريم، عبد الكريم: one given name)
            if (len(name) >= 6 and len(name) >= 6 + 2 * sum(x in _CONNECTORS for x in name)) or (held >= 2 and w in COMMON_WORDS and w not in _CONNECTORS and prev not in _CONNECTORS
                                  and not (prev == "شيخ" and name[-1] == "شيخ")  # (عماد شيخ الأرض: a family name)
                                  and not (w in _COMPOUND_SECONDS and prev in PERSON_NAMES)  # (محمد نور الدائم، الطيب حسب الرسول: a compound name)
                                  and not (w.startswith("ال") and w.endswith("ي"))
                                  # (آمنة عبد الله النور، سلافة عبد الرحيم النور: after a compound name, a definite word is the family name)
                                  and not (w.startswith("ال") and (prev in _COMPOUND_SECONDS or name[-2:-1] == ["عبد"]) and len(name) >= 3
                                           and w not in _TIME_WORDS and not is_title(w) and not is_org(w)
                                           and not is_document(w) and not _verbal_noun(w[2:])
                                           # (not وقع محمد عبد الله الاتفاقية، سجل ... الهدف الثاني: the object)
                                           and (((closed or final) and j + 1 == nw)  # (هاشم عبد الرحمن النور، in apposition; before أن)
                                                or (j + 1 < nw and words[j + 1][:1] == "ف" and words[j + 1][1:2] in "يت")
                                                or (j + 2 == nw and words[j + 1] == "ل")))  # (... النور لـ(واف): to whom he spoke)
                                  and not (j + 1 < nw and words[j + 1] == "قد" and not w.endswith("ا"))  # (يكون علي محمد جامع قد أمضى)
                                  and not (j + 1 < nw and words[j + 1] in ("علي", "في", "عن") and _bare_indefinite(w))
                                  # (كتب محمد طاهر جامع على صفحته: an object so bare would take its ا, جامعا)
                                  # (عبدي فارح جامع لـ(قرن): a name that is also a word, then the outlet spoken to)
                                  and not (w in AMBIGUOUS_GIVEN and j + 1 < nw and words[j + 1] in ("ل", "لـ"))
                                  and not (closed and j + 1 == nw and (
                                      # (but not a definite word before a circumstance: يدرك سالم الورفلي التعادل،
                                      # في مواجهة; an indefinite one is the surname: دلشاد عمر رسول، في كلمة)
                                      (w.startswith("ال") and (not _CIRCUMSTANCE_NEXT.match(text, chunk[-1][2])
                                                               # (سامي فتحي الجمال، في حديث: after two given
                                                               # names, the family name)
                                                               or _given_names_only(name))) or (
                                      not w.startswith("ال") and not w.endswith("ا") and w not in _TIME_WORDS
                                      and not _verbal_noun(w))))
                                  and not (final and j + 1 == nw and w not in _TIME_WORDS and not w.endswith("ا")
                                           and not _verbal_noun(w[2:] if w.startswith("ال") else w))):
                # a common word ends the name, but a nisba surname (المصري) does not, nor a
                # definite word closing the phrase before its comma (أحمد عبد الباقي الجمال، محافظ ...)
                # or the subject before its complementizer (لينا سليمان القضاة أن), unless it is a
                # time or a verbal noun (وصفت رنا العبادي الاتفاق بأنه: the object)
                break
            if (name or role) and prev not in _NAME_JOINERS and (_manner_adverb(w) or (name and j + 1 == nw and _feminine_manner(w))):
                break  # ورد الفيتوري ساخرا، وقال المدرب لاحقا، وأضافت أوكريم ساخرة
            if not name and _dual_and_adjective(w, words[j + 1] if j + 1 < nw else ""):
                break  # وأضافت المحافظة خطين جديدين: a dual noun and its adjective, the verb's object
            if len(name) >= 2 and not w.startswith("ال") and w not in PERSON_NAMES and w not in _CONNECTORS \
                    and name[-1] not in _CONNECTORS and j + 1 < nw and words[j + 1].startswith("ال") \
                    and words[j + 1] not in PERSON_NAMES and not words[j + 1].endswith(("ي", "يه")) \
                    and words[j + 1] not in _COMPOUND_SECONDS:
                break  # يفتح الحاج عبد الرحيم سليمان صمام الخزان: an object in construct after the name
            if len(name) == 1 and PERSON_NAMES.get(name[0]) in ("m", "f") and w in _PLACE_PREFIXES \
                    and w not in ("ابو", "ام", "بني", "سيدي") and j + 1 < nw and words[j + 1].startswith("ال"):
                break  # تغلق منية باب الورشة: the verb's object, a place noun in construct, after a given name
            if len(name) >= 3 and name[-1].startswith("ال") and name[-1] not in PERSON_NAMES and name[-2] not in _CONNECTORS \
                    and name[-1] not in _COMPOUND_SECONDS and w not in PERSON_NAMES and w not in _CONNECTORS \
                    and not w.startswith(("ال", "بو", "او", "اي", "بن", "با", "ولد")):
                break  # يفك محمد عبد القادر الدهيبي حبال مركبه: a family name in ال closes a full name
            if len(name) >= 2 and w[:1] == "ي" and w in PERSON_NAMES and j + 1 < nw and not words[j + 1].startswith("ال") \
                    and words[j + 1] not in PERSON_NAMES and _common_noun(words[j + 1]) and j + 2 < nw \
                    and words[j + 2].startswith("ال"):
                break  # خابيير مونتيرو يحيي جماهير البدع: the verb (يحيي) and its object, not the name يحيى
            if len(name) == 2 and name[0] == "ابو" and name[1] not in PERSON_NAMES and w.startswith("ال") \
                    and not w.endswith(("ي", "يه")) and w not in PERSON_NAMES and not is_title(w):
                # درست أبو شقرا الفنون: أبو and no given name is a family name, and a definite word
                # after it that is no nisba is the verb's object (أبو عماد الدقاق: a kunya, then his family name)
                break
            if len(name) == 2 and name[0] in ("ابو", "ام") and not w.startswith("ال") and w not in PERSON_NAMES \
                    and w not in _CONNECTORS and name[1] in PERSON_NAMES:
                break  # ليست حكاية أبو جمال استثناء: a kunya ends where a word no list knows follows it
            if len(name) == 1 and (_definite(name[0]) or name[0] not in PERSON_NAMES) \
                    and PERSON_NAMES.get(name[0]) not in ("m", "f") and not is_title(name[0]) \
                    and bare(w) not in _RANK_WORDS and w.startswith("ال") and (w in COMMON_WORDS or w[2:] in COMMON_WORDS) \
                    and not w.endswith(("ي", "يه")) and w not in PERSON_NAMES \
                    and j + 1 < nw and (words[j + 1][:1] == "ب" or words[j + 1] in ("عن", "علي", "الي")):
                break  # واختتم السيوفي المؤتمر بتأكيده، ورفع الساعدي الجلسة بعد أن، ورفض الرشيدي الكشف عن: a surname alone, the verb's object
                # (so after a family name no list gives: ووصف سوفو الإعادة بأنها)
            if held >= 2 and w.endswith("ا") and w not in PERSON_NAMES and prev not in _CONNECTORS \
                    and not _unknown_word_in_alif(w, words[j + 1] if j + 1 < nw else "") \
                    and (name[-2] not in _NAME_JOINERS or _manner_adverb(w) or (
                        # (يجمع الحاج بن سالم أغصانا متفحمة: an indefinite noun and its adjective, the object)
                        j + 1 < nw and words[j + 1].endswith("ه") and not words[j + 1].startswith("ال")
                        and words[j + 1] not in PERSON_NAMES and not is_title(words[j + 1]))) and not (closed and j + 1 == nw) \
                    and not (w.startswith("ال") and w not in COMMON_WORDS):
                # an accusative object after the name: أصدر فلان بيانا; a manner: بن عاشور ساخرا (a
                # definite word is no accusative: جواو بيدرو ألميدا، محمد خير السقا)
                break
            if not name and role and _definite(role[-1]) and len(w) >= 4 and _ba_noun(w) \
                    and (j + 1 == nw or not name_like(words[j + 1], False, w) or words[j + 1].startswith("ال")):
                # الكاتبة الجهوية للنقابة المستقلة لأطر التعليم بسايس: where the body sits, no name;
                # الطالبة في السنة الثانية بقسم الفنون البصرية: where she studies
                role.append(w)
                j += 1
                continue
            if not name and role and not _definite(role[-1]) and not is_title(role[-1]) and w.endswith("ي") and len(w) >= 4 \
                    and w not in PERSON_NAMES and not w.startswith(("ال", "و")):
                role.append(w)  # صاحب مركب شراعي: the adjective of the thing the person owns, no name
                j += 1
                continue
            if not name and role and not (role[-1] in TITLES or bare(role[-1]) in TITLES):
                if not _definite(role[-1]) and not kin(role[-1]) and w not in PERSON_NAMES and not name_like(w, True):
                    break  # موظف عمومي صفته: an indefinite description is not followed by a name
                if not _definite(role[-1]) and not kin(role[-1]) and w not in PERSON_NAMES and is_title(role[0]) \
                        and role[-1][:1] not in "بل" \
                        and _construct_to_definite(words, j):
                    role.append(w)  # نقيب ملاك صهاريج المياه: the construct chain goes on to its definite end
                    j += 1
                    continue
                if _object_after_age(role, w):
                    break
                doubtful = True
            name_start = name_start if name_start is not None else chunk[j][1]
            name.append(w)
            name_ends.append(chunk[j][2])
        elif len(name) == 1 and len(role) >= 2 and is_title(role[0]) and is_org(role[-1]) and not _definite(role[-1]) \
                and w.startswith("لل") and len(w) > 4 and not is_stop(w) and j + 1 < nw:
            # مدير جمعية غيث للإغاثة والتنمية مروان الأحمد: the word after the body's head was its
            # proper noun (also a given name), and its field goes on before the holder's name
            role.extend((name.pop(), w))
            name_ends.pop()
            name_start = None
        else:
            break
        j += 1
    while name and name[-1] in _CONNECTORS and not (len(name) >= 2 and name[-2] in _NAME_JOINERS) \
            and not (name[-1] == "سيدي" and len(name) >= 2 and name[-2] not in _CONNECTORS):
        name.pop()  # a dangling connector, but not a name that is one (ولد سيدي، محمد علي سيدي)
        name_ends.pop()
        j -= 1
    while len(name) >= 2 and _descriptor_word(name[0]) and (name[1] not in _CONNECTORS or name[1] in _NAME_OPENERS) \
            and not (role and role[-1] in HONORIFICS and not name[0].endswith(("ي", "يه")) and not is_title(name[0])
                     and not is_org(name[0]) and name[0] not in COMMON_WORDS and bare(name[0]) not in _RANK_WORDS | _LEAVING
                     and name[0] not in GENERIC_ROLE_WORDS and bare(name[0]) not in GENERIC_ROLE_WORDS) \
            and (not name[1].startswith("ال") or (  # (الدكتورة العنود خليفة: a given name right after an honorific)  # (and its adjective: المرشدة السياحية مريم ...)
                len(name) >= 3 and (name[1] in COMMON_WORDS or name[1].endswith(("ي", "يه"))) and not name[2].startswith("ال")
                and name[2] not in _CONNECTORS and PERSON_NAMES.get(name[1], "-") == "-")):
        # an unlisted descriptor before a given name (الطبيبة ليلى ...) is a role, not the name
        role.append(name.pop(0))
        gender = gender or ("f" if role[-1].endswith("ه") else "")
        k = next(idx for idx, t in enumerate(chunk) if t[2] > name_start)
        name_start = chunk[k + 1][1]
    if len(name) == 1 and not role and not parts and j < nw and words[j] in _DESCRIPTION_PREPOSITIONS | {"عن"} \
            and PERSON_NAMES.get(name[0]) not in ("m", "f") \
            and (_describes(name[0]) or (name[0] not in PERSON_NAMES and not name[0].startswith("ال"))) \
            and not (j + 1 < nw and words[j + 1] in _WHERE_FROM) and not _circumstance(words, j):
        # نواب عن محافظة البصرة، المشاركون في الجلسة، مصرفي في بنك عمومي: a description, kept as written
        while j < nw and words[j] not in _ANON_END and not _verb_ends_description(words, j) and j - i < 12 \
                and not _circumstance(words, j) and not _object_after(words, i, j):
            j += 1
        phrase = tuple(words[i:j])
        return Mention(start, chunk[j - 1][2], "anonymous", phrase, (), "", " ".join(phrase))
    if len(name) == 1 and role and not parts and not _definite(role[-1]) and not is_title(role[-1]) and not kin(role[-1]) \
            and role[-1] not in HONORIFICS:
        role.append(name.pop())  # رئيس جامعة حلب: the place that closes the construct, not a name
        name_ends.clear()
    if len(name) == 1 and role and not parts and j < nw and words[j] in _THIS_THAT and _definite(role[-1]) \
            and is_title(role[-1]) and name[0] in COMMON_WORDS and name[0] not in PERSON_NAMES:
        # لكن المنسق رفض هذه الرواية: a word no list gives as a name after a definite office, then a
        # demonstrative, is the verb and its object; the office is the subject
        j = next(idx for idx, t in enumerate(chunk) if t[1] == name_start)
        name = []
        name_ends.clear()
    if not name and not role:
        return None
    if not name and not parts and j < nw and words[j] == "في" and len(role) >= 2 and is_title(role[0]):
        # وزير التربية والتعليم في ولاية البحر الأحمر: an office named by its holder's seat, the
        # holder unnamed; the seat is part of what tells the office apart (a place by its name, not
        # في الخارج or في المدينة, which may belong to the office's own name; not a body, a source
        # of its own: منسقة البرامج في منظمة جسور) (المؤسسة المحلية للمياه في عدن: a body whose head
        # is also a title, founder, alike)
        seated = (not _definite(role[0]) or is_org(role[0])) \
            and (_definite(role[-1]) or role[-1].startswith("لل") or is_org(role[-1]))
        # المكلف بالإعلام في مديرية الحماية المدنية: an office by its field, then the body it serves
        serving = not seated and j + 2 < nw and len(role) == 2 and _definite(role[0]) \
            and role[1].startswith(("بال", "لل")) and is_org(words[j + 1]) and not _definite(words[j + 1]) \
            and not is_document(words[j + 1])
        e = _seat_end(words, j, closed, final) if seated or serving else 0
        if e and (serving or (e - j >= 3 or not _definite(words[j + 1]))
                  and (not is_org(words[j + 1]) or bare(words[j + 1]) in _REGIONS | _PLACE_HEADS)):
            role.extend(words[j:e])
            j = e
    if not name and not parts and _indefinite_role(role, described=j < nw and words[j] in _DESCRIPTION_PREPOSITIONS) and (
            words[j] in _DESCRIPTION_PREPOSITIONS if j < nw else not closed):
        # عامل إغاثة في المعسكر، عضو في المجلس: an anonymous description, kept as written to
        # the end of the phrase
        while j < nw and words[j] not in _ANON_END and not _verb_ends_description(words, j) and j - i < 12 \
                and not _circumstance(words, j) and not _naming_oneself(words, j) and not _object_after(words, i, j):
            j += 1
        return _described(chunk, words, i, j, start, tuple(role), gender, text)
    if not name and len(role) == 2 and role[0] in PERSON_NAMES and is_title(role[0]) and not _definite(role[0]) \
            and role[1].startswith("ال") and role[1].endswith("ي") and len(role[1]) > 5 and role[1] not in COMMON_WORDS \
            and not is_title(role[1]) and not is_org(role[1]) and role[1][2:-1] not in PLACES and not is_stop(role[1]) \
            and words[i:i + 2] == role:
        # وأبدى طالب الشكيلي، صاحب محل: an indefinite title takes no family name as its genitive; a
        # given name that is also a title (طالب) opens the name
        name, role = role, []
        name_start = chunk[i][1]
        name_ends = [chunk[i][2], chunk[i + 1][2]]
    if name and role and ((name[0] in ("ولد", "منت") and (role[-1] == "الشيخ" or _given_name_before_nasab(role)))
                          or (len(name) == 1 and len(role) >= 3 and _given_name_before_l_surname(role[-1], name[0]))
                          or (not parts and role[-1] == "الامين")):
        # الشيخ ولد المختار، الخبير الاقتصادي الداه ولد أعمر: a nasab needs the given name before it;
        # رئيسة التعاونية السالكة لحبيب: so does a Maghrebi family name in ل; رئيس اللجنة المنظمة الأمين
        # بابكر الطاهر، الشيخ الأمين ود العباس: الأمين right before a name opens it, a nasab too (the
        # secretary is الأمين العام, أمين الصندوق);
        # the word the role ended on, right before the name, is that given name
        k = next(idx for idx, t in enumerate(chunk) if t[1] == name_start)
        if k and chunk[k - 1][0] == role[-1]:
            name.insert(0, role.pop())
            name_start = chunk[k - 1][1]
    if name and role and not parts:
        # عضو المجلس عن ولاية صحار هلال بن ناصر المعمري، سعادة ناصر بن حمد المعمري: بن never closes
        # an office nor opens a name after a given name; the given name before it opens the name
        k = next((idx for idx, t in enumerate(chunk) if t[1] == name_start), 0)
        opener = k - 2 if k >= 2 and chunk[k - 1][0] in ("بن", "بنت") and name[0] not in _CONNECTORS else \
            k - 1 if k and name[0] in ("بن", "بنت") and len(name) >= 2 else -1
        w = chunk[opener][0] if opener >= 0 else ""
        if w and w in role and w in PERSON_NAMES and not w.startswith("ال") and not is_title(w) and not is_org(w) \
                and w not in COMMON_WORDS and not is_stop(w) and (opener == k - 1 or role[-1] == chunk[k - 1][0]):
            p = len(role) - 1 - role[::-1].index(w)
            name[:0] = [t[0] for t in chunk[opener:k]]
            del role[p:p + k - opener]
            name_start = chunk[opener][1]
    if len(name) >= 2 and role and not parts and is_org(role[-1]) and not _definite(role[-1]) and name[1].startswith("ال") \
            and ARTICLE.maqsura and name_ends[1] - len(name[1]) in ARTICLE.maqsura:
        # رئيسة جمعية سلامة المرضى: a definite word in alif maqsura is no family name; the given name
        # after a body's head is the body's own name
        role, name = role + name, []
    if len(name) == 2 and name[1] == "الجنسيه" and not parts:
        role, name = role + name, []  # سائق صهريج، هندي الجنسية: a nationality, who the unnamed man is
    end_tok = chunk[min(j, len(chunk)) - 1]
    if parts:
        end_tok = chunk[-1]
    m = Mention(start, end_tok[2], "person", tuple(name), tuple(role), "", text[start:end_tok[2]])
    if name:
        m.name_span = (name_start, name_ends[-1])
    m.gender = name_gender(m.name) or gender
    if parts:
        # (an office alone, المحافظ ويوسف ...: it ends before the space and the و that open the second)
        end = name_ends[-1] if name_ends else len(text[:parts[0].start - 1].rstrip())
        first = Mention(start, end, "person", m.name, m.role, m.gender, " ".join(m.role + m.name), name_span=m.name_span)
        m.parts = [first] + parts
    return m


_REGIONS = {"منطقه", "جنوب", "شمال", "شرق", "غرب", "وسط", "ضفه", "قطاع", "اقليم", "محافظه", "ولايه", "مدينه", "عاصمه",
            "خارج", "داخل", "مهجر", "ريف", "جهه", "اماره", "اقاليم", "مناطق", "محافظات", "ولايات", "جبل",
            "مشرق", "مغرب", "خليج", "ساحل", "قرن", "قاره", "حوض", "ميناء", "مرفا", "مطار", "معبر",
            "وادي", "جزيره", "قريه", "بلده", "سهل", "واحه", "مخيم"}
# (الهيئة الإقليمية لمكافحة الجراد في المشرق، مرصد الدواء في القرن الإفريقي: a wide region; إدارة
# الجمارك في ميناء جدة، شرطة المطار: a port, an airport or a border crossing)


# what may follow the seat closing a body's name: the verb's preposition (قالت ... في عدن عن) or
# when and before whom it spoke (اللجنة المالية في المجلس خلال الجلسة، أمام النواب)
_AFTER_SEAT = {"عن", "علي", "الي", "من", "خلال", "اثناء", "امام", "عقب", "ان", "بان"}  # (and the reported clause)


def _group_participle(w):
    """A definite sound masculine plural of a participle (الموقعون، المؤيدين، المتضررون): True;
    another definite word: False (a group it may qualify: النواب); else None."""
    if not w.startswith("ال") or is_stop(w):
        return None
    return len(w) >= 7 and w.endswith(("ون", "ين")) and (w[2:3] == "م" or (len(w) == 8 and w[3] == "ا")) \
        and w not in PERSON_NAMES  # (المؤيدون، المعترضين; of the plain verb: الرافضين، الداعمون)


def _indefinite_name_rest(rest):
    """The words after an indefinite body's head, to the end of the phrase, that go on naming it:
    indefinite nouns and adjectives, a field with لل, a place with ذي/ذات (استثمار دولي، نجمة
    للإنتاج، صحة ذي قار); not an object in the accusative, a time, a verb or a title."""
    return all(x[:1].isalpha() and not is_stop(x) and not is_title(x) and x not in _TIME_WORDS
               and not (x.endswith("ا") and len(x) > 3 and x[:-1] in COMMON_WORDS) and x not in VERB_FORMS
               and (not x.startswith("ال") or (k and rest[k - 1] in ("ذي", "ذات")))
               and not possessive(x) and not is_reporting_word(x)
               and not (x in _WITHOUT_MANNER and k and rest[k - 1] == "بلا")  # (رابطة صيادين بلا مواربة: how it spoke)
               for k, x in enumerate(rest) if x not in ("ذي", "ذات"))


_UNCLES = {"عم", "عمه", "خال", "خاله"}  # an uncle or aunt in construct with أحد/إحدى
_OF_IT = {"فيها", "فيه", "فيهما", "فيهم", "بها", "به", "لديها", "لديه"}  # (the office in a body just named)


def _seat_end(words, j, closed, final=False):
    """Where the seat opened by في at j ends (مديرية الصحة في جنين قد قالت، اللجنة المالية في
    المجلس خلال الجلسة): before قد, a circumstance or the verb's preposition, else at the end of
    the phrase when it is `closed` or `final`; 0 when the words are no seat."""
    nw = len(words)
    e = next((k for k in range(j + 2, min(nw, j + 6))
              if words[k] == "قد" or _circumstance(words, k) or words[k] in _AFTER_SEAT
              or (words[k] in _TIME_WORDS and k + 1 < nw and not words[k].startswith("ال"))  # (مساء السبت: when)
              or (words[k] == "في" and k + 1 < nw and (possessive(words[k + 1]) or is_document(words[k + 1])))
              or (not words[k].startswith("ال") and is_reporting_word(words[k]))),  # (مصلحة المياه في أنجوان أوضحت)
             nw if closed or final else 0)
    verb_next = e < nw and not words[e].startswith("ال") and is_reporting_word(words[e])
    # (a city no list knows: before a comma, or a single word no list knows as frequent before a fronted
    # subject's verb; not before the reported clause, where a statement's noun stands as often: قالت
    # الشركة في إفصاح منفصل، في برقية، في نبأ; nor two words: لكن الوزارة في مداخلة تلفزيونية أوضحت)
    known = False if closed or words[e:e + 1] == ["قد"] else "one" if verb_next else True
    return e if e and _seat(words[:e], j, known_place=known) else 0


def _seat(words, j, known_place=False):
    """Do the words from في at j to the end of the phrase name where a body sits: a city (مديرية
    الصحة في جنين), a region (لجنة المتابعة في المنطقة الشرقية، رابطة الأطباء في الشمال) or the
    body it belongs to (وزارة الخارجية في حكومة الإنقاذ، المكتب الإعلامي في رئاسة الحكومة)?
    Not a statement, a time or a circumstance (في بيان، في وقت سابق، في ظل). A city no list
    knows is taken only before a comma, unless `known_place` is False."""
    rest = words[j + 1:]
    if not 1 <= len(rest) <= 4 or _circumstance(words, j) or not all(x[:1].isalpha() and not is_stop(x) for x in rest):
        return False
    head = rest[0]
    if is_document(head) or bare(head) in _CIRCUMSTANCE_NOUNS or head == "حيثيات" or possessive(head) \
            or (is_title(head) and bare(head) not in _REGIONS):  # (في المحافظة: the governorate, not a governor)
        return False
    if bare(head) in _REGIONS and (_definite(head) or len(rest) >= 2):
        # في المنطقة الشرقية، في الجنوب، في ولاية الخرطوم, then adjectives or the place's name
        # (the place's own name may be a word that names a body elsewhere: في محافظة الداخلية)
        return all((not is_org(x) or (k == 1 and len(rest) == 2 and _definite(x))) and not is_title(x)
                   and not possessive(x) and x not in _TIME_WORDS for k, x in enumerate(rest[1:], 1))
    if words[j - 1].startswith("ال") and words[j - 1].endswith("ين") and len(rest) <= 3 and (_definite(head) or (
            is_org(head) or _common_noun(head)) and len(rest) >= 2 and _definite(rest[-1])) \
            and all(not is_title(x) and not possessive(x) and x not in _TIME_WORDS for x in rest):
        # the sector of the people a body gathers: نقابة العاملين في الموانئ، في قطاع النفط
        return True
    if is_org(head) and _definite(head) and len(rest) == 1 and not is_document(head):
        return True  # the parent body by its definite head: اللجنة المالية في المجلس
    if is_org(head) and _definite(head) and not is_document(head) and all(
            x.startswith(("ال", "لل")) or (x[:1] == "ل" and len(x) > 3 and k and rest[k - 1].startswith("ال"))
            for k, x in enumerate(rest[1:], 1)) \
            and all(not is_title(x) and not possessive(x) and x not in _TIME_WORDS for x in rest[1:]):
        return True  # the parent body by its full name: لجنة الكرة النسائية في الاتحاد البحريني لكرة القدم
    if is_org(head) and not _definite(head) and len(rest) >= 2:
        # a parent body in construct: في حكومة الوحدة الوطنية، في شرطة دبي
        return all(not is_title(x) and not possessive(x) and x not in _TIME_WORDS for x in rest[1:])
    # a city or country of one or two words: a known place, or a word no list knows as common (في
    # نابلس، في بير زيت; not في وقت سابق)
    if " ".join(rest) in PLACES:
        return True  # a place the list names in two or three words: في رأس الخيمة، في ذي قار
    if known_place == "one" and len(rest) == 1 and head not in PLACES:
        # (no frequent word, even one a name is spelled with: في خطاب، في رمضان؛ no platform: في تويتر; no
        # verbal noun in مفاعلة or إفالة: في مداخلة، في إحاطة)
        return not head.startswith("ال") and head not in FREQUENT_WORDS and head not in PLATFORMS and not _verbal_noun(head) \
            and not (head.endswith("ه") and head[2:3] == "ا" and (len(head), head[:1]) in ((6, "م"), (5, "ا"))) \
            and not head.endswith(("ات", "ون", "اته")) and not is_org(head) and not is_title(head) \
            and not possessive(head) and name_like(head, True)
    if known_place:
        return all(x in PLACES for x in rest) and len(rest) <= 2
    return len(rest) <= 2 and (not head.startswith("ال") or len(rest) == 1) \
        and all((x in PLACES or x not in COMMON_WORDS) and not is_org(x) and not is_title(x) and not possessive(x)
                and not (x.endswith("اته") and len(x) >= 6)  # (المرصد في توصياته: a plural with his pronoun)
                for x in rest)


@lru_cache(maxsize=65536)
def _descriptor_word(w):
    """A definite word before a name that describes the person (الليبي، الغينية، المزارع), not
    a listed given name that merely begins with ال (أليساندرو، ألبرتو، أليكس)."""
    if not w.startswith("ال") or PERSON_NAMES.get(w) in ("m", "f"):
        return False
    if w.endswith("ا") and w not in COMMON_WORDS and not is_title(w) and not is_org(w):
        return False  # إلسا برانت، إلينا: a foreign given name in إل, no definite word ends so
    return w not in PERSON_NAMES or w.endswith(("ي", "يه")) or is_title(w) or is_org(w) or bare(w) in _RANK_WORDS


# what a body was contacted for (للتعليق على الدراسة، للرد على الأسئلة): never part of its name
_FOR_ITS_WORD = {"للتعليق", "للرد", "للاستفسار", "للسؤال", "للاستيضاح", "للتعقيب", "للاطلاع", "للحصول"}


def _given_basim(role, words, j):
    """Is باسم at j the given name (الخبير في الشأن المالي باسم جميل التميمي), not "on behalf
    of"? A given name and a family name follow it, and no one in the role speaks for a body
    (المتحدث باسم، ممثل ... باسم). A kunya past its nominative after it is the name a source goes
    by (يعرفه الجميع باسم أبي حسين): a family name أبو زيد keeps its nominative."""
    return words[j] == "باسم" and j + 2 < len(words) and words[j + 1] in PERSON_NAMES \
        and words[j + 1] not in COMMON_WORDS and not is_title(words[j + 1]) \
        and words[j + 1] not in ("ابي", "ابا") \
        and not any(bare(r) in _SPEAKS_FOR for r in role) and name_like(words[j + 2], False, words[j + 1])


def _ba_noun(w):
    """ب glued to a noun (بقسم، بسايس), never a name's first word: no list gives it as a name, and
    it is none of the Maghrebi family names in بل، بو، بن، با (بلقاسم، بوشمال، بنعيسى، باوزير)."""
    return w[:1] == "ب" and w not in PERSON_NAMES and not w.startswith(("بل", "بو", "بن", "با"))


def _closing_mark(words, k):
    """The index of the quotation mark that closes the one at k within the next six words, else 0."""
    return next((e for e in range(k + 1, min(len(words), k + 7)) if words[e] in _QUOTE_MARKS), 0)


def _field_then_name(words, j):
    """After a definite role, does في/عن at j open a field, place or constituency (في علم
    الاجتماع، عن دائرة صفاقس) that a given name follows? The index of that name, else 0."""
    if words[j] == "في" and j + 3 <= len(words) - 1:
        # في جامعة بغداد إيناس عبد الهادي الربيعي / في لبنان كارين ليندبرغ: a place of one or two
        # words, then a name of two to four words closing the phrase
        for k in (j + 2, j + 3, j + 4):
            rest = words[k:]
            if k == len(words) or (k == j + 4 and words[k - 1] not in PLACES
                                   and not (is_org(words[j + 1]) and _definite(words[k - 1]))):
                continue  # (a field of three words ends with a known place: في حكومة إقليم كردستان, or is a
                # body: في معهد البحوث الزراعية)
            if bare(words[k - 1]) in _PLACE_HEADS and not _definite(words[k - 1]):
                continue  # في مديرية خور مكسر: the place's own name, not a person's
            if PERSON_NAMES.get(words[k - 1]) in ("m", "f") and _definite(words[k - 1]) and is_title(words[k - 2]):
                continue  # في المحافظة المقدم الهادي عبد الكريم: the rank's definite given name opens the name
            if 2 <= len(rest) <= 4 and (not rest[0].startswith("ال") or (
                    # (a definite given name before its nasab: في الشركة المختار ولد سيدي)
                    len(rest) >= 3 and PERSON_NAMES.get(rest[0]) in ("m", "f") and rest[1] in _NASAB) or (
                    # or before a family name no list gives as a name, after a field that ends definite
                    # (في التاريخ المحلي الحسين أيت الطالب)
                    PERSON_NAMES.get(rest[0]) in ("m", "f") and _definite(words[k - 1]) and not is_title(rest[0])
                    and rest[0] not in COMMON_WORDS and PERSON_NAMES.get(rest[1], "-") == "-")) and all(
                    (x in _CONNECTORS or (x == "علي" and n and PERSON_NAMES.get(rest[n - 1]) in ("m", "f"))  # نعيمة علي
                     or (x[:1].isalpha() and not is_stop(x) and not is_org(x)
                                          and not x.startswith(("لل", "بال"))  # (في مؤسسة إرث للتراث: the body's field)
                                          and (not is_title(x) or (n and (name_like(x, False, rest[n - 1]) or rest[n - 1] in _NAME_JOINERS)))  # محمد أمين, أيت الطالب
                                          and (x not in COMMON_WORDS or x in PERSON_NAMES) and not possessive(x)))
                    for n, x in enumerate(rest)) and (rest[-1] not in _CONNECTORS or (rest[-1] == "سيدي" and rest[-2] in _NASAB)) \
                    and name_like(rest[0], True) \
                    and not _ba_noun(rest[0]):
                return k  # (في السنة الثانية بقسم الفنون البصرية: ب and where, more of the field, no name)
    k = j + 1
    quoted = 0  # (a body's name in quotation marks counts as one word of the field)
    while k < len(words) and k - j - quoted <= 7:
        w = words[k]
        if w in ("في", "من") and k > j + 1 and k + 2 < len(words) and not is_stop(words[k + 1]):
            k += 2  # النائبة عن الدائرة الثانية في الزرقاء فلانة: the constituency's city, then the name
            continue
        if w in _QUOTE_MARKS and (k == j + 1 or is_org(words[k - 1]) or (words[k - 1][:1] in "بل" and is_org(words[k - 1][1:]))):
            # (مدير الموارد البشرية في "ساحل نت" فلان: the body by its quoted name alone)
            e = _closing_mark(words, k)
            if e > k + 1:
                quoted += e - k
                k = e + 1  # الشريك الإداري في صندوق "زيتونة فنتشرز" فلان: the body's quoted name, then his
                if k + 1 < len(words) and name_like(words[k], True) and name_like(words[k + 1], False, words[k]):
                    return k
                continue
        if is_stop(w) and not (k == j + 1 and bare(w) in _PLACE_HEADS):
            return 0  # (عن مقاطعة الميناء: a district, though مقاطعة is a participle too)
        if bare(words[k - 1]) in _PLACE_HEADS and not _definite(words[k - 1]) and w not in PERSON_NAMES:
            k += 1  # في ولاية بجاية: the place's own name follows its head noun
            continue
        if is_title(w):
            k += 1  # في جامعة الكويت الدكتورة منيرة ...
            continue
        if k > j + 1 and w in ("عبد", "ابو", "ام") and k + 1 < len(words) and words[k + 1][:1].isalpha() \
                and not is_stop(words[k + 1]):
            return k  # الخبير في الطاقة عبد الحق X
        if k > j + 1 and w in ("سيد", "سيدي") and k + 1 < len(words) and PERSON_NAMES.get(words[k + 1]) == "m":
            return k  # النائب عن مقاطعة كيفة سيد أحمد ولد X: سيد opens a compound given name
        known = PERSON_NAMES.get(w) in ("m", "f") or (w in PERSON_NAMES and _common_noun(words[k - 1]) or words[k - 1].startswith("ال"))
        if _ba_noun(w):
            known = False  # (في السنة الثانية بقسم الفنون البصرية: ب and where, more of the field)
        if k > j + 1 and known and not w.startswith("ال") and w not in COMMON_WORDS and w not in _CONNECTORS and k + 1 < len(words) \
                and (name_like(words[k + 1], False, w) or (PERSON_NAMES.get(w) in ("m", "f") and words[k + 1].startswith("ال"))
                     or (words[k + 1] == "علي" and k + 2 < len(words) and _ali_is_name(w, words[k + 2]))):
            return k  # (النائبة في برلمان الإقليم شيرين علي كاكائي: علي the father's name)
        if k > j + 1 and w.startswith("ال") and PERSON_NAMES.get(w) in ("m", "f") and k + 2 == len(words) \
                and not words[k + 1].startswith("ال") and name_like(words[k + 1], False, w):
            return k  # الخبير في الشؤون المغاربية الهادي X: a definite given name, then the surname ends the phrase
        if k > j + 1 and w.startswith("ال") and PERSON_NAMES.get(w) in ("m", "f") and k + 3 == len(words) \
                and words[k + 1] == "عبد" and words[k + 2].startswith("ال"):
            return k  # مدير الدفاع المدني في الولاية العقيد الطيب عبد الرحيم: the given name, then a compound one
        k += 1
    return 0


# مختار is a given name, and the title of a village's or quarter's headman before where he serves
_HEADMAN = {"مختار", "مختاره"}
_MUKHTAR_OF = {"محله", "حي", "قريه", "بلده", "ضيعه", "منطقه", "مخيم"}  # (bare: المحلة, محلة)
_OBJECT_PREPOSITIONS = {"عن", "من", "الي", "علي", "ضد", "امام", "لدي", "مع"}
_RANK_WORDS = {"اول", "ركن", "متقاعد", "بحري", "طيار"}
# the months, as the Gulf and Egypt, the Levant and the Maghreb write them (شمس أكتوبر: no شمس); آب folds
# with أب (father) and is a month only after a day (الرابع من آب)
_MONTHS = {"يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر",
           "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "حزيران", "تموز", "ايلول", "تشرين", "جانفي", "فيفري",
           "افريل", "جوان", "جويليه", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر"}
def _year_when(w, nxt):
    """العام الماضي، الموسم المقبل، عام 2020: when, not the adjective العام of a body's name (but مكتب النائب العام
    مساء السبت، الادعاء العام الخميس)."""
    return (w in ("العام", "الموسم") and nxt in ("الماضي", "الجاري", "المقبل", "الحالي", "القادم", "المنصرم")) \
        or (w in ("عام", "سنه", "العام") and len(nxt) == 4 and nxt.isdigit())


_TIME_WORDS = {"الشهر", "الاسبوع", "اليوم", "امس", "مساء", "صباح", "الليله", "الماضي", "الجاري", "المقبل", "الاحد",
               "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "فجر", "ظهر"} | _MONTHS
# the first word of a place name of two (وادي الشاطئ، عين الدفلى، سيدي بوزيد)
_PLACE_PREFIXES = {"وادي", "جبل", "عين", "راس", "سيدي", "بني", "بئر", "حاسي", "ام", "ابو", "تل", "دير", "كفر", "جسر", "سوق",
                   "بيت", "مرج", "سد", "برج", "خان", "باب", "قصر", "حمام", "بحر", "شرم", "جزيره", "مدينه", "حي", "ذي", "ذات"}
_OVERSEEING = {"الاشراف", "الرقابه", "التفتيش", "المحافظه", "الحفاظ", "القضاء", "التصديق", "الاعتماد",
               "المشرف", "المشرفه", "القائم", "القائمه", "المسؤول", "المسؤوله", "الاشرافي", "الاشرافيه",
               "الوصي", "الوصيه"}  # (اللجنة المشرفة على الانتخابات، الوزارة الوصية على القطاع)
_MANNER_NOUNS = {"صوت", "نبره", "لهجه", "هدوء", "حزن", "غضب", "مراره", "حسره", "ابتسامه", "حماس", "فخر", "ثقه", "اسف",
                 "حزم", "حده", "صرامه", "انفعال", "تاثر", "اسي", "امتعاض", "استياء", "حسم", "وضوح", "صراحه", "سخريه",
                 "لطف", "حنان", "فرح", "دهشه", "ارتياح", "تهكم", "عصبيه", "هدوئه", "صوته", "صوتها",
                 "خجل", "حياء", "تردد", "حرقه", "مرح", "اقتضاب", "ثبات", "يقين", "قلق", "خوف", "حذر", "تحفظ", "انكسار", "صمت", "تان", "بطء", "عجل", "سرعه"}
_DEMANDED = {"طالب", "طالبت", "وطالب", "فطالب", "وطالبت", "فطالبت"}
_NICKNAMED = {"ملقب", "ملقبه", "معروف", "معروفه", "مكني", "مكنيه", "شهير", "شهيره"}  # (bare: الملقب بأبي فلان)
_NICKNAMED_RE = re.compile(r"و?ال(?:" + "|".join(sorted(_NICKNAMED, key=len, reverse=True)) + r")\b")
_REVEALING = {"كشف", "اعلن", "نشر", "عرض", "قدم", "اصدر", "اعد", "وزع", "اورد", "ذكر", "نقل"}


def _revealing(w):
    """A verb by which a body makes something known, with its object pronoun (كشفت، أعلنتها، نشرته)."""
    for stem in (w, w[:-1] if w.endswith("ه") else "", w[:-2] if w.endswith("ها") else ""):
        if stem and (stem in _REVEALING or (stem.endswith("ت") and stem[:-1] in _REVEALING)):
            return True
    return False


_ISSUED = {"الصادر", "الصادره", "صادر", "صادره", "الموقع", "الموقعه"}
_ISSUED_BY = {"اصدره", "اصدرته", "اصدرها", "نشره", "نشرته", "نشرها", "اعده", "اعدته", "اعدها", "وزعته", "وزعه",
              "اجراه", "اجرته", "اجرتها", "اجراها"}  # تقرير أصدرته المنظمة، استطلاع أجرته الرابطة
# figures in the plural a body issued (بيانات أصدرتها الدائرة، أرقام نشرتها الوزارة)
_ISSUED_THEM = _ISSUED_BY | {"اصدرتها", "نشرتها", "اعدتها", "وزعتها"}
# after في/خلال/عبر these open the writer's circumstance, not more of a description
_CIRCUMSTANCE_NOUNS = {"بيان", "تصريح", "تصريحات", "مؤتمر", "حديث", "كلمه", "مقابله", "اتصال", "لقاء", "حوار", "ندوه",
                       "رساله", "منشور", "تغريده", "تدوينه", "تسجيل", "فيديو"}


# the words a news brand ends with (زيري بريس، الساحل نيوز، المنار أونلاين)
OUTLET_BRANDS = {"بريس", "نيوز", "انفو", "اونلاين", "بوست", "تايمز", "ميديا", "تي", "تيفي", "24"}
# the platforms a post is written on (كتبت على حسابها في إكس): where, never who
PLATFORMS = {"اكس", "فيسبوك", "فيس", "تويتر", "انستغرام", "انستجرام", "انستقرام", "تيك", "توك", "تيكتوك", "يوتيوب", "تلغرام",
             "تليغرام", "تيليجرام", "واتساب", "سناب", "شات", "لينكدان", "ثريدز", "بوك"}
_OUTLETS = {"وكاله", "صحيفه", "جريده", "قناه", "موقع", "اذاعه", "تلفزيون", "مجله", "شبكه", "الصحفيين", "الصحيفه", "الصحافه"}


# ب + a noun that opens a circumstance or a partner, not the object of a body's field
_BA_CIRCUMSTANCE = {"قياده", "رئاسه", "حضور", "مشاركه", "مناسبه", "شان", "خصوص", "صدد", "سبب", "فضل", "دعم",
                    "تمويل", "اشراف", "تنظيم", "تعاون", "تنسيق", "شراكه", "مقر", "مدينه", "ولايه", "محافظه",
                    "منطقه", "اسم", "حسب", "موجب", "تاريخ", "عد", "عنوان", "نسبه", "قيمه", "اعتبار", "صفته", "صفتها"}


# fields that take their object with ب (النهوض بـ، الإنذار بـ، التوعية بـ), and the people a body gathers by
# what befell them (الناجين من، المتضررين من)
_BA_MASDARS = {"نهوض", "انذار", "توعيه", "تعريف", "عنايه", "اهتمام", "تكفل", "ارتقاء", "تحسيس", "احتفاء",
               "اعتناء", "تنبؤ", "تبصير", "تثقيف"}
_GATHERED_FROM = {"ناجين", "ناجيات", "متضررين", "متضررات", "مصابين", "مهجرين", "نازحين", "مفرج", "معتقلين",
                  "عائدين", "ناجون", "متضررون", "مصابون", "مهجرون", "نازحون"}


def _field_object(words, i, j):
    """Is the ب-phrase at j what the field of the body words[i:j] works on (المركز الوطني للنهوض
    بزرع الأعضاء، الشبكة الإقليمية للإنذار المبكر بالجفاف)? Its field (لل + a verbal noun that takes
    ب, _BA_MASDARS) is one of the last two words, and a definite noun follows or it is one itself
    (not وأشاد المرصد الوطني للحقوق بموقف الوزارة: the verb's object)."""
    w = words[j]
    if not any(x.startswith("لل") and x[2:] in _BA_MASDARS for x in words[max(i + 1, j - 2):j]):
        return False
    if w.startswith("بال"):
        return len(w) > 5 and w[3:] not in _BA_CIRCUMSTANCE
    return j + 1 < len(words) and words[j + 1].startswith("ال") and not is_stop(words[j + 1]) \
        and w[1:] not in _BA_CIRCUMSTANCE and w[1:] not in PLACES and w[1:] not in _PLACE_HEADS \
        and w not in PERSON_NAMES and not is_org(w[1:]) and not possessive(w[1:])


def _circumstance(words, j):
    """Does words[j] open a circumstantial phrase (في بيان، خلال مؤتمر صحفي، عبر تسجيل) or name
    the outlet spoken to (لوكالة الأنباء، للصحفيين)?"""
    w = words[j]
    if (w.endswith("وا") and len(w) >= 4 and w not in COMMON_WORDS and not (j and words[j - 1] in ("من", "في", "الي"))) or (
            w[:1] in "يت" and w.endswith("ون") and not w.endswith("يون") and len(w) >= 5):
        return True  # a verb describing the group: نقاد حضروا العروض، سكان يعيشون ... (no verb after من: من نيومشوا)
    if w[:1] == "ل" and (w[1:] in _OUTLETS or w[1:] in ("نا", "ه", "ها") or (w[:2] == "لل" and "ال" + w[2:] in _OUTLETS)):
        return True
    if w in ("في", "خلال", "عبر") and j + 1 < len(words):
        nxt = bare(words[j + 1])
        if nxt in _FRAME_NOUNS and j + 2 < len(words):
            nxt = bare(words[j + 2])  # (في ختام بيانه، في معرض رده: the part of the speech act)
        # (في ردها على أسئلة الصحافيين، في كلمته: the speech act itself, possessed)
        return nxt in _CIRCUMSTANCE_NOUNS or any(nxt.endswith(p) and nxt[:-len(p)] in _SPEECH_ACTS for p in ("ه", "ها", "هم"))
    return False


_FRAME_NOUNS = {"ختام", "نهايه", "مستهل", "بدايه", "معرض", "سياق", "اطار", "ثنايا", "متن"}


_SPEECH_ACTS = _CIRCUMSTANCE_NOUNS | {"رد", "رده", "ردت", "كلمت", "جواب", "اجابت", "مداخلت", "تعليق"}


def _open_construct(role, w):
    """After an indefinite title (or باسم) and an indefinite noun (مدير مستشفى، والي ولاية، وزير
    خارجية، المتحدث باسم مديرية), the construct is still open: `w` completes it (عدن، نواكشوط، قطر) rather than starting a name."""
    if len(role) < 2 or is_title(role[-1]) or _definite(role[-1]) \
            or role[-1][:1] in "لب" or not (is_org(role[-1]) or _common_noun(role[-1])):
        return False
    k = len(role) - 2  # (رئيس مجلس إدارة مجموعة: a longer chain of indefinite nouns after the title is as open)
    while k > 0 and not is_title(role[k]) and not _definite(role[k]) and role[k][:1] not in "لب" \
            and (is_org(role[k]) or _common_noun(role[k])) and not possessive(role[k]) \
            and role[k] not in VERB_FORMS:
        k -= 1
    if not ((is_title(role[k]) and not _definite(role[k])) or role[k] == "باسم"):
        return False
    return w[:1].isalpha() and not w.startswith(("ال", "وال")) and PERSON_NAMES.get(w) not in ("m", "f") and not is_title(w)


def _place_complement(role, w):
    """A known place right after an indefinite role word completes the construct (مدير عام آثار
    أسوان، رئيس بلدية طبرق), never starts the holder's name."""
    return bool(role) and not _definite(role[-1]) and w in PLACES and PERSON_NAMES.get(w) not in ("m", "f") \
        and not is_title(w) and not is_org(w)


_ON_BEHALF_OF_ONE = {"باسمه", "باسمها", "باسمهم", "باسمهما", "باسمهن"}  # (المتحدث باسمه: for the one just named)
_SPEAKS_FOR = {"متحدث", "متحدثه", "ناطق", "ناطقه", "مفوض", "ممثل", "ممثله", "نائب"}  # ... باسم a body
_DESCRIPTION_PREPOSITIONS = {"في", "من", "لدي", "داخل", "ضمن", "بين", "مع"}


def _indefinite_role(role, described=False):
    """A role with no definite word and no proper noun (عامل إغاثة، عضو، طبيب): someone
    described, not someone named. `described`: a preposition follows (صاحب مولدة في حي
    الشعب), so any indefinite word that is no given name may be part of it."""
    head = role[0]
    if not is_title(head) or _definite(head) or head in HONORIFICS or kin(head):
        return False
    return all(not _definite(r) and not r.startswith(("لل", "بال")) and (is_title(r) or is_org(r) or _common_noun(r)
                                                                           or (described and r[:1].isalpha() and r not in PERSON_NAMES))
               and not possessive(r) and not (r.endswith("ه") and _common_noun(r[:-1]))  # مدير أعماله: his manager
               for r in role[1:])


def _common_noun(w):
    """A common noun, also when only its definite form is frequent (إغاثة: الإغاثة); not a place."""
    return w in COMMON_WORDS or ("ال" + w) in COMMON_WORDS


def _construct_to_definite(words, j):
    """Does the indefinite noun at j start a construct chain (إضافة) that ends in a definite noun?"""
    k = j
    while k < len(words) and k - j < 4:
        w = words[k]
        if not w[:1].isalpha() or w in STOPWORDS or VERBS.get(w, "xxxx")[3] == "verb" \
                or (is_title(w) and not (k > j and w == "المراه")) \
                or (w.endswith("ا") and not w.startswith("ال")) \
                or (possessive(w) and not (k + 1 < len(words) and words[k + 1].startswith("ال"))):
            return False  # (a participle such as متابعة is also a noun; مالية الأندية: a noun with a
            # pronoun takes no genitive, so before a definite word its ه is a ta marbuta; an accusative
            # ا is never definite: جامعة شرق الدلتا ends in a definite noun; woman, a title alone, may
            # close the chain: وزارة شؤون المرأة)
        if w.startswith("ال"):
            return k > j
        k += 1
    return False


def relay_source(toks):
    """For 'نقلت الوكالة عن X قوله' / 'ما نقلته الوكالة عن X' / 'نقل الموقع على لسان X': the
    tokens after عن (على لسان)."""
    for k, t in enumerate(toks):
        if t[0] == "لسان" and k and toks[k - 1][0] == "علي" and k + 1 < len(toks):
            return list(toks[k + 1:])
        if t[0] == "عن" and k + 1 < len(toks):
            if any(k >= j and _unnamed_by_choice_at(toks, k - j) for j in (2, 3)):
                continue  # بحسب موظف طلب عدم الكشف عن اسمه: the clause of one who chose not to be named
            rest = []
            for x in toks[k + 1:]:
                if x[0] in _QUOTE_VERB_SUFFIXES:
                    break
                rest.append(x)
            return rest
    return None


# ---------------------------------------------------------------- body mentions

def _verbs_object(w):
    """A definite noun that is no nisba, title or name (المداخلات، الجلسة), or a noun with its
    pronoun (كلمته): the object a verb takes before its verbal noun (افتتح فلان الجلسة بالقول)."""
    return w not in PERSON_NAMES and not is_title(w) and (
        (w.startswith("ال") and not w.endswith(("ي", "يه")) and w[2:3].isalpha()) or possessive(w))


@lru_cache(maxsize=65536)
def _masdar_cue(w):
    """بالتأكيد، وبالقول: a verbal noun that reports, after ب."""
    return w.startswith(("بال", "وبال")) and w[w.index("ب") + 1:] in MASDARS


def _particle_or_mark(w):
    """A particle or a mark never starts a phrase (عدد، أم، أبو are listed as particles, yet do)."""
    return (w in STOPWORDS or not w[0].isalpha()) and w not in PERSON_NAMES and w not in _STOP_STARTS


_SHE_IS, _HE_IS = {"هي", "انها", "وهي"}, {"هو", "انه", "وهو"}  # opening a sentence: who the one described is
_TO_OR_FROM = {"الي", "في", "من", "نحو", "حتي", "قرب"}  # before a place: where to, where from, where at
_SEAT_OF = {"مقر", "مقره", "مقرها", "مقرهم", "ومقره", "ومقرها", "ومقرهم", "بين"}  # (شركة ... ومقرها: where it sits)
_NASAB = ("بن", "بنت", "ولد", "منت")  # the words that join a given name to the father's (or the tribe's)
_PARTICLE, _NOTHING, _ANYTHING, _LISTED_NAME, _UNLISTED_NAME, _DEFINITE_NAME = (  # what can start at a word
    "particle", "nothing", "anything", "listed name", "unlisted name", "definite name")
_OPENS = {}  # word -> what can start at it (the lists are fixed at import): see _what_opens


def _what_opens(w):
    """What can start at the word `w` in find_mentions' scan, whatever its neighbours: _PARTICLE
    for a particle or a mark (nothing, whatever comes before it either), _NOTHING for a word
    that fails the word's own half of every test the scan makes there (most verbs and common
    nouns); _LISTED_NAME when it can only be a given name a
    list knows and _UNLISTED_NAME when it can only be one no list knows, and _DEFINITE_NAME for a
    definite word no list knows that only its nasab after it opens, each of which needs its
    neighbours (_listed_name_opens, _unlisted_name_opens, _definite_name_opens); else _ANYTHING.
    Each line below mirrors one test of the scan: a new test there needs its word condition here
    (test_fast_paths checks the scan finds what it finds trying every word)."""
    if _particle_or_mark(w):
        return _PARTICLE
    if w.lstrip("و") in _CALLED \
            or (w[:1] in "وفلب" and PERSON_NAMES.get(w[1:]) in ("m", "f")) or (w[:1] in "بل" and w[1:] in AMBIGUOUS_GIVEN) \
            or w in ("وعبد", "فعبد", "بعبد", "لعبد") \
            or w in _CLITIC_KUNYAS \
            or _np_head(w) or w in _STOP_STARTS or _initial(w) \
            or (w[:1] in "بل" and _clitic_title(w)) \
            or (w.endswith("ا") and is_anonymous(w)) or _dual_title_word(w) or _dual_kin(w) or _dual_title(w) \
            or (w.startswith("ال") and (PERSON_NAMES.get(w) in ("m", "f")
                                        or (w.endswith(("ي", "يه")) and w not in COMMON_WORDS))):
        # يعرفه أهل القرية بـ"أبو جمال"، فمريم راشد المهيري، لجاسم محمد، بعمر أزناك، a title or a body, عدد من، أحد السكان، غير
        # أن مصدرا دبلوماسيا، المتهم "ب. كمال"، للخبير القحطاني، بمدير المستشفى، الطاهر عويسي، الدنماركي لارس
        return _ANYTHING
    if not w.startswith("ال") and w in PERSON_NAMES and w not in COMMON_WORDS:
        return _LISTED_NAME  # a given name: محمد العلي، سعاد، معلمة (and أن، من، على, listed as names too)
    if not w.startswith("ال") and w not in PERSON_NAMES and w[:1].isalpha() and len(w) > 2 \
            and (name_like(w, True) and not _verbal_noun(w) or w in AMBIGUOUS_GIVEN):
        return _UNLISTED_NAME  # منية بن حميدة، ليندة حمادي، رئيسة ... (سليمة بن عاشور: a name that is a common word)
    if w.startswith("ال") and len(w) > 4 and w not in COMMON_WORDS and not is_title(w) and not is_org(w):
        return _DEFINITE_NAME  # (السالكة بنت محمد: a definite given name no list knows, before its nasab)
    return _NOTHING


def _titled_given_name_inside(w, nxt, after=""):
    """Is `w` a title-like given name inside a name, before its nasab `nxt` (محمد الأمين ولد الطالب،
    محمد الأمين بن عودة) or a compound family name in الله (عمر الأمين دفع الله)?"""
    return w.startswith("ال") and w[2:] in PERSON_NAMES and is_title(w) and (
        nxt in _CONNECTORS or (after == "الله" and _before_allah([nxt, after], 0)) or (
            # (محمد الأمين طه: الأمين before a man's given name, his father's; the secretary is الأمين العام)
            w == "الامين" and PERSON_NAMES.get(nxt) == "m" and nxt not in COMMON_WORDS and not is_title(nxt)))


def _name_goes_on(toks, i):
    """Is the word after the listed given name at i more of the name where name_like alone says no: a
    clan's plural nisba (حمدان السعيديين) or شيخ/حاج between two listed names (إبراهيم شيخ نور)?"""
    nxt = toks[i + 1][0]
    return (nxt.endswith("يين") and name_like(nxt, False, toks[i][0])) or (
        nxt in ("شيخ", "حاج") and i + 2 < len(toks) and PERSON_NAMES.get(toks[i + 2][0]) in ("m", "f")
        and toks[i + 2][0] not in COMMON_WORDS)


def _listed_name_opens(toks, i):
    """The neighbours a listed given name needs to open anything at i: a comma next (تقف
    سعاد، معلمة ...; تروي سعاد، التي يناديها الجيران "أم رامي") or a word next that goes on with
    a name (محمد العلي، عبد الرحمن، فاطمة السيد عبده، محمد علي بن حميدة)."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1][0]
    if toks[i][0] == "علي" and _ala_governs(nxt) and toks[i][1] not in ARTICLE.ali:
        return False  # المعلقة على باب محله، سهلة على كارمن: the preposition before where or whom
    return nxt in ("،", ",") or (name_like(nxt, False) and not _word_and_verbal_noun(toks[i][0], nxt)) \
        or _pseudonym_next(toks, i) \
        or _compound_given_name(toks[i][0], nxt) or nxt in _HONORIFIC_SURNAMES \
        or _name_goes_on(toks, i) \
        or nxt == "علي" \
        or (toks[i][0] == "عبد" and nxt.startswith("ال")) \
        or _titled_given_name_inside(nxt, toks[i + 2][0] if i + 2 < len(toks) else "",
                                     toks[i + 3][0] if i + 3 < len(toks) else "")


_PSEUDONYM = {"مستعار", "مستعارا", "مستعاره"}  # (the text is normalized: ة -> ه)


def _pseudonym_next(toks, i):
    """سلوى (اسم مستعار): does a bracket right after toks[i] say the name is not the person's own?"""
    return i + 1 < len(toks) and toks[i + 1][0] == "(" and any(t[0] in _PSEUDONYM for t in toks[i + 2:i + 6])


def _definite_name_opens(toks, i):
    """The neighbours a definite word no list knows needs to open a name at i: its nasab next
    (تجلس السالكة بنت محمد), or commas around it and its family name (الرجل، السعيد مزياني،)."""
    return (i + 1 < len(toks) and toks[i + 1][0] in _NASAB) or _adjective_given_name_apposed(toks, i)


def _adjective_given_name_apposed(toks, i):
    """Is toks[i] a given name with ال that is also an adjective no list gives as a name (السعيد),
    between commas with one word after it, not a conjunction's (الرجل، السعيد مزياني،)?"""
    w = toks[i][0]
    return 0 < i and i + 2 < len(toks) and toks[i - 1][0] in ("،", ",") and toks[i + 2][0] in ("،", ",") \
        and w.startswith("ال") and len(w) > 4 and PERSON_NAMES.get(w[2:]) in ("m", "f") and w not in COMMON_WORDS \
        and not is_title(w) and not is_org(w) and toks[i + 1][0][:1].isalpha() and toks[i + 1][0][:1] != "و" \
        and not toks[i + 1][0].startswith("ال")


def _nothing_of_a_name_before(toks, i):
    """Does the name at i open its phrase: first, or after a stopword, punctuation or a word no name
    has (not the middle of a longer name)?"""
    return i == 0 or is_stop(toks[i - 1][0]) or toks[i - 1][0] in _PHRASE_ENDS or not name_like(toks[i - 1][0], False)


def _unlisted_name_opens(toks, i):
    """The neighbours a given name no list knows needs to open a phrase at i: its nasab next
    (تقف منية بن حميدة) or a comma after its second or third word (تقود ليندة حمادي، رئيسة جمعية ...)."""
    return (i + 2 < len(toks) and toks[i + 1][0] in _NASAB) \
        or (i + 4 < len(toks) and toks[i + 2][0] in ("،", ",")) \
        or (i + 5 < len(toks) and toks[i + 3][0] in ("،", ",")) \
        or (0 < i and toks[i - 1][0] in _CALLED_BY) \
        or (0 < i and i + 2 < len(toks) and _feature_verb(toks[i - 1][0]) and toks[i + 1][0] in PERSON_NAMES
            and toks[i + 1][0] not in COMMON_WORDS and not toks[i + 1][0].startswith("ال")) \
        or (0 < i and i + 1 < len(toks) and toks[i][0] in AMBIGUOUS_GIVEN
            and _feature_verb(toks[i - 1][0]))  # تستقبل حياة البقالي زبائنها: a given name that is a word


class _Article(threading.local):
    """What the pipeline learns of the article being read, per thread, where it spells final ya
    apart (في, not فى): `ala`, the starts of the words علي it spells as the preposition على, and
    `ali`, of those it spells علي, the name (set by pipeline.extract for each article; empty
    otherwise); `maqsura`, the starts of the definite words it ends in alif maqsura (المرضى، الكبرى),
    which no family name in ي is; and, in any article, `letter`, the letter the article wrote at an
    offset of the folded text (None between articles)."""
    ala = frozenset()
    ali = frozenset()
    maqsura = frozenset()
    letter = None


ARTICLE = _Article()


def find_mentions(text, paragraphs, excluded, para_tokens=None):
    """Person and organisation mentions in the body, outside quoted content.

    `excluded` is a sorted list of (start, end) quote-content spans to skip;
    `para_tokens` the tokens of each paragraph when already computed.
    """
    ala, ali = ARTICLE.ala, ARTICLE.ali  # (read once: the scan asks at every علي)
    out = []
    for n_p, p in enumerate(paragraphs):
        toks = shared = para_tokens[n_p] if para_tokens is not None else tokens(text, p.start, p.end)
        naming = _may_give_kunya(text[p.start:p.end])  # (else no word here gives a kunya by naming it)
        n = len(toks)
        i = 0
        while i < n:
            w = toks[i][0]
            if w == "\x00":
                # quoted content (masked tokens: those that start in a span of `excluded`): go on
                # at the first token after that span
                k = bisect_right(excluded, (toks[i][1], float("inf"))) - 1
                i = bisect_left(toks, excluded[k][1], i + 1, key=TOKEN_START) if k >= 0 else i + 1
                continue
            if w == "(" and i + 2 < n and toks[i + 1][0] in ("ام", "ابو"):
                # a kunya in brackets after a name: "سميرة العتوم (أم يزن)"
                k = i
                while k > 0 and i - k < 4 and toks[k - 1][0][:1].isalpha() and name_like(toks[k - 1][0], False):
                    k -= 1
                e = i + 2
                while e < n and toks[e][0] != ")" and e - i < 5:
                    e += 1
                if k < i - 1 and e < n:
                    full = tuple(t[0] for t in toks[k:i])
                    base = Mention(toks[k][1], toks[i - 1][2], "person", full, (), name_gender(full), " ".join(full),
                                   name_span=(toks[k][1], toks[i - 1][2]))
                    alias = tuple(t[0] for t in toks[i + 1:e])
                    out.append(_alias_of(base, alias, toks[i + 1][1], toks[e - 1][2]))
                i += 1
                continue
            if w == "علي" and toks[i][1] in ala:
                i += 1  # عرضت الصحيفة الرواية على القرني: the preposition, as the article spells it, opens nothing
                continue
            if w in PLACES and i and (toks[i - 1][0] in _TO_OR_FROM or toks[i - 1][0] in _SEAT_OF) \
                    and not w.startswith("ال") and i + 1 < n and toks[i + 1][0] == "الله":
                i += 2  # إلى رام الله، ومقرها رام الله: a city, whatever رام is besides
                continue
            if w in _UNNAMED_BY_CHOICE and _unnamed_by_choice_at(toks, i):
                i += 2  # مهندس في الخزان، فضل حجب اسمه، أوضح: the choice not to be named (فضل is a given name too)
                continue
            if w in _SETTLEMENTS and i + 2 < n and toks[i + 1][0] in ("ابو", "ام") and toks[i + 2][0][:1].isalpha():
                i += 3  # عند مدخل نجع أبو قرعة، مخيم أم الفحم: a place named with أبو/أم, no one's kunya
                continue
            opens = _OPENS.get(w)
            if opens is None:
                if len(_OPENS) > 65536:
                    _OPENS.clear()  # bounded, as the lru caches are: memory stays flat over any vocabulary
                opens = _OPENS[w] = _what_opens(w)
            if w == "علي" and toks[i][1] in ali:
                opens = _LISTED_NAME  # (واسمه علي مفتاح الفيتوري: the name, as the article spells it apart)
            if opens == _PARTICLE:
                i += 1  # (the commonest case: no need to look at the word before, as below)
                continue
            if (opens == _NOTHING or (opens == _LISTED_NAME and not _listed_name_opens(toks, i))
                    or (opens == _UNLISTED_NAME and not _unlisted_name_opens(toks, i))
                    or (opens == _DEFINITE_NAME and not _definite_name_opens(toks, i))) \
                    and not (i and toks[i - 1][0].lstrip("و") in _MET_BY_US and not _particle_or_mark(w)) \
                    and not (i + 2 < n and toks[i + 2][0] in ("،", ",") and _named_relative(toks, i)):
                i += 1  # nothing starts here (the common case, checked first; التقينا حداد: whatever its word)
                continue
            if w.lstrip("و") in _CALLED and (i == 0 or toks[i - 1][0] in (".", "؟", "!") or (
                    # أصدقاؤه ينادونه «أبو سالم»: the ones who call him so, opening the sentence
                    (i == 1 or toks[i - 2][0] in (".", "؟", "!")) and toks[i - 1][0].endswith(("ه", "ها", "هم"))
                    and len(toks[i - 1][0]) >= 5 and toks[i - 1][0] not in PERSON_NAMES) or (
                    # المعلمة التي يعرفها جيرانها بأم فيصل: a description of the one just named, then her kunya
                    toks[i - 1][0] in ("التي", "الذي") and i >= 2 and toks[i - 2][0].startswith("ال")
                    and (i == 2 or toks[i - 3][0] in (".", "؟", "!")))):
                # يعرفه أهل القرية بـ"أبو جمال": a sentence giving the person just named a kunya
                named = next((m for m in reversed(out) if m.kind == "person" and len(m.name) >= 2 and not m.parts
                              and PERSON_NAMES.get(m.name[0]) in ("m", "f")), None)
                if named is not None and toks[i - 1][0] not in ("التي", "الذي") and _described_since(out, named):
                    named = None  # يجلس رجل نحيل ... . يناديه العمال "أبو علي": the man described since
                alias = _kunya_given(toks, i) if named is not None else None
                if alias is not None and i and toks[i - 1][0] in ("التي", "الذي"):
                    # (after a description, the kunya's sex says whom: the last person named of that sex)
                    sex = "f" if alias[0][0] == "ام" else "m"
                    named = next((m for m in reversed(out) if m.kind == "person" and len(m.name) >= 2 and not m.parts
                                  and PERSON_NAMES.get(m.name[0]) == sex), None)
                if alias is not None and named is not None and alias[0][0] in ("ام", "ابو") \
                        and name_gender(named.name) not in ("", "f" if alias[0][0] == "ام" else "m"):
                    named = None  # ونفى الخطيب ... . ويناديه أنصاره "أبو زياد": a father's kunya is no woman's
                if alias is not None and named is not None:
                    out.append(_alias_of(named, *alias))
            elif w[:1] == "و" and w[1:] in _CALLED and i and out and out[-1].kind == "person" and len(out[-1].name) >= 2 \
                    and not out[-1].parts and out[-1].end == toks[i - 1][2] and out[-1].name[0] not in _KUNYA_HEADS:
                # واسمه رجب عبد التواب ويناديه الجيران أبو حمدي: the kunya of the name it follows
                alias = _kunya_given(toks, i)
                if alias is not None and alias[0][0] in ("ام", "ابو"):
                    out.append(_alias_of(out[-1], *alias))
            if w in ("ام", "ابو", "بو") and i + 4 < n and toks[i + 2][0] in ("،", ",") and toks[i + 3][0] == "كما" \
                    and toks[i + 4][0] in _CALLED and name_like(toks[i + 1][0], False, w):
                # تقول أم محمد، كما يناديها الجيران: the kunya of the last person of that sex named in full
                # (وكتب بو خالد، كما يناديه أعضاء الجمعية: a Gulf kunya in بو)
                sex = "f" if w == "ام" else "m"
                named = next((m for m in reversed(out) if m.kind == "person" and len(m.name) >= 2 and not m.parts
                              and m.name[0] not in _KUNYA_HEADS and name_gender(m.name) == sex), None)
                if named is not None and not _unnamed_since(out, named, toks[i][1], p.start):
                    out.append(_alias_of(named, (w, toks[i + 1][0]), toks[i][1], toks[i + 1][2]))
            if w.startswith(("بال", "لل")) and _clitic_title(w) and i + 1 < n \
                    and not (i and (is_title(toks[i - 1][0]) or bare(toks[i - 1][0]) in _ORDINAL_WORDS)) and (any(
                    PERSON_NAMES.get(t[0]) in ("m", "f") for t in toks[i + 1:i + 4]) or (
                    toks[i + 1][0].startswith("ال") and toks[i + 1][0].endswith("ي") and toks[i + 1][0] not in COMMON_WORDS
                    and not is_title(toks[i + 1][0]) and i + 2 < n and toks[i + 2][0] in ("،", ","))):
                # مناقشة مطولة للخبير القحطاني، الذي قال: a title under a glued preposition, then a name
                # (not النائب الأول للرئيس، فلان: the complement of another title, whose holder is named)
                if toks is shared:
                    toks = list(toks)
                cut = 1  # (بالوزير -> الوزير; للخبير -> لخبير is ل + الخبير with its alif dropped)
                toks[i] = ("ال" + w[3:] if w.startswith("بال") else "ال" + w[2:], toks[i][1] + cut, toks[i][2])
                w = toks[i][0]
            elif w[:1] in "بل" and _glued_office(toks, i):
                # ولا تربطها قرابة بمدير المستشفى الدكتور فلان، في تصريح لرئيس البلدية فلان: an office in
                # construct under a glued preposition, then its holder's name
                if toks is shared:
                    toks = list(toks)
                toks[i] = (w[1:], toks[i][1] + 1, toks[i][2])
                w = w[1:]
            if w[:1] in "وفلب" and _clitic_given_name(toks, i):
                # فمريم راشد المهيري، صاحبة متجر ...: a conjunction glued to a full name's given name
                if toks is shared:
                    toks = list(toks)  # (the token lists are shared: change a copy)
                toks[i] = (w[1:], toks[i][1] + 1, toks[i][2])
                w = w[1:]
            elif w in _CLITIC_KUNYAS and i + 1 < n and toks[i + 1][0][:1].isalpha() and name_like(toks[i + 1][0], False, w[1:]) \
                    and (i == 0 or toks[i - 1][0] in _PHRASE_ENDS or is_stop(toks[i - 1][0])):
                # فأم سمير، وهي أرملة ...، تقول: a conjunction glued to a kunya opening its clause
                if toks is shared:
                    toks = list(toks)
                toks[i] = (w[1:], toks[i][1] + 1, toks[i][2])
                w = w[1:]
            start_np = False
            if _inside_name(toks, i):
                pass  # (خديجة منت الشيخ سيدي محمد: a title or name after بن/منت/ولد is inside a name)
            elif _np_head(w) or (i + 1 < n and _dual_head(w, toks[i + 1][0])) or _dual_title(w):
                start_np = True  # (نائبا رئيس النادي: a dual title in construct; المرشحان فلان وفلان)
            elif i + 2 < n and _dual_kin(w) and PERSON_NAMES.get(toks[i + 1][0]) in ("m", "f"):
                start_np = True  # ابناه إبراهيم وعلي، اللذان ...: two children by their given names
            elif i > 0 and i + 2 < n and (toks[i + 2][0] in ("،", ",", "(") or (toks[i + 1][0] in ("بن", "ولد") and any(
                    toks[k][0] in ("،", ",") for k in range(i + 3, min(n, i + 6))))) \
                    and w.startswith("ال") and _definite_given_name(toks, i) \
                    and ((toks[i - 1][0] in ("،", ",") and not toks[i + 1][0].startswith("ال"))
                         or (is_stop(toks[i - 1][0]) and (toks[i + 1][0].startswith("ال") or toks[i + 1][0] not in COMMON_WORDS))
                         or (toks[i + 2][0] in ("،", ",") and not toks[i + 1][0].startswith("ال")  # حين حضر الحسين أوبلا، مدرب
                             and toks[i + 1][0] not in COMMON_WORDS and PERSON_NAMES.get(toks[i + 1][0], "-") == "-")
                         or (toks[i + 1][0] in ("بن", "ولد") and toks[i - 1][0][:1] in "يت" and toks[i - 1][0] not in PERSON_NAMES)
                         # جلس المختار الزياني، سائق سيارة أجرة: who the person is, in apposition
                         or (toks[i + 1][0].startswith("ال") and toks[i + 2][0] in ("،", ",") and i + 3 < n
                             and not _definite(toks[i + 3][0]) and is_title(toks[i + 3][0]))):
                # (or after a feature's present verb, with its nasab: يقف الهادي بن علي الشعري، الذي ...)
                # a name in apposition to what is no mention: سلفه على رأس المديرية، الطاهر عويسي،
                start_np = True  # or after a particle or كان, closed by its surname: كان الطاهر العياري/بلقايد، ...
            elif (i == 0 or toks[i - 1][0] in (".", "؟", "!")) and i + 3 < n and toks[i + 2][0] in ("،", ",") \
                    and w.startswith("ال") and PERSON_NAMES.get(w) in ("m", "f") and w not in COMMON_WORDS \
                    and not is_title(w) and _definite_given_name(toks, i):
                start_np = True  # الهادي العياري، متقاعد من شركة النقل، قال: a definite given name and its nisba open the sentence
            elif (i == 0 or toks[i - 1][0] in (".", "؟", "!")) and i + 3 < n and toks[i + 1][0] in _NASAB \
                    and w.startswith("ال") and len(w) > 4 and w not in COMMON_WORDS and not is_title(w) and not is_org(w) \
                    and _definite_given_name(toks, i) and any(toks[k][0] in ("،", ",") for k in range(i + 3, min(n, i + 6))):
                start_np = True  # السالكة منت بلال، التي ...: a definite given name no list knows, its nasab, opening the sentence
            elif i > 0 and i + 2 < n and w.startswith("ال") and PERSON_NAMES.get(w) in ("m", "f") and _feature_verb(toks[i - 1][0]) \
                    and toks[i + 1][0][:1].isalpha() and not toks[i + 1][0].startswith("ال") \
                    and PERSON_NAMES.get(toks[i + 1][0], "-") == "-" and toks[i + 1][0] not in COMMON_WORDS \
                    and name_like(toks[i + 1][0], False, w) \
                    and _family_name_ends(toks, i + 2):
                start_np = True  # يقف الحسين أوبلا وسط ضيعته: a feature's subject, a definite given name and a family name
            elif i > 0 and i + 2 < n and w.startswith("ال") and _definite_name_opens(toks, i) \
                    and _feature_verb(toks[i - 1][0]) and name_like(toks[i + 2][0], False) and not is_title(w) \
                    and not is_org(w) and w not in COMMON_WORDS:
                start_np = True  # تجلس السالكة بنت محمد خلف طاولة: a definite given name no list knows, and its nasab
            elif _named_relative(toks, i):
                start_np = True  # كانت زوجته نعمة الصالحي، أم محمد،: a relative by a name that is also a word
            elif _initial(w) and _quoted_initial(text, toks, i):
                start_np = True  # أنكر "ب. كمال" التهم: a defendant named by his initial
            elif i and toks[i - 1][0].lstrip("و") in _MET_BY_US and name_like(w, False) and not w.startswith("ال") \
                    and not is_title(w):
                start_np = True  # وحين التقينا حداد، ...، أكد: the one the reporter met, by the surname the article gave
            elif w in ("احد", "احدي") and i + 1 < n and (toks[i + 1][0].startswith("ال") or toks[i + 1][0] in _GROUP_HEADS
                                                      or is_anonymous(toks[i + 1][0])) \
                    and is_anonymous(w) \
                    and (i == 0 or toks[i - 1][0] in ("لكن", "و", "،", ",", ".") or toks[i - 1][0].startswith(("ف", "و"))):
                start_np = True  # لكن أحد السكان، وهو ...، اعتبر، أحد سكان الحي، أحد أعضاء اللجنة: one of a group, the subject
            elif PERSON_NAMES.get(w) in ("m", "f") and w not in COMMON_WORDS and i + 2 < n and toks[i + 1][0] in ("،", ",") \
                    and (toks[i + 2][0] in ("وهي", "وهو") or i == 0 or toks[i - 1][0] in (".", "؟", "!", "اما", "واما")
                         or is_reporting_word(toks[i - 1][0])):  # (تقول فاطمة، المعروفة بأم فلان)
                # كانت فتيحة، وهي أم لمترشح / رهف، الابنة الكبرى لأم خالد، تدرس: a person the feature
                # names by a given name alone, described in apposition or opening the sentence
                start_np = True
            elif PERSON_NAMES.get(w) in ("m", "f") and w not in COMMON_WORDS and i + 4 < n \
                    and (i == 0 or toks[i - 1][0] in (".", "؟", "!")) \
                    and _pseudonym_next(toks, i) and ")" in (t[0] for t in toks[i + 2:i + 7]):
                # سلوى (اسم مستعار)، أم لثلاثة أطفال، قالت: a given name the article says is not her own
                out.append(Mention(toks[i][1], toks[i][2], "person", (w,), (), PERSON_NAMES[w], w,
                                   name_span=(toks[i][1], toks[i][2])))
                i += 1
                continue
            elif w == "عدد" and i + 1 < n and toks[i + 1][0] == "من":
                start_np = True  # an anonymous or collective source: مصدر حكومي، عدد من المعلمين
            elif w.endswith("ا") and i > 0 and toks[i - 1][0] in ("ان", "لكن") and is_anonymous(w):
                start_np = True  # the subject of أن in the accusative: غير أن مصدرا دبلوماسيا، ...، قال
            elif w.startswith("ال") and w.endswith(("ي", "يه")) and w not in COMMON_WORDS and i + 2 < n \
                    and not toks[i + 1][0].startswith("ال") and name_like(toks[i + 1][0], True) and toks[i + 1][0] not in COMMON_WORDS \
                    and (PERSON_NAMES.get(toks[i + 1][0]) in ("m", "f")  # (أضاف القدسي كيس محلول: a surname named
                         or not any(m.kind == "person" and len(m.name) > 1 and m.name[-1] == w for m in out)) \
                    and not (toks[i + 1][0][:1] in "يت" and toks[i + 1][0] not in PERSON_NAMES) \
                    and toks[i + 2][0][:1].isalpha() and name_like(toks[i + 2][0], False):
                # (not a noun in ي before an imperfect verb: كانت رائحة الشاي تملأ الخيمة; before, then its object)
                start_np = True  # a nationality before a name: الدنماركي لارس أندرسن
            elif w.startswith("ال") and PERSON_NAMES.get(w) in ("m", "f") and w not in COMMON_WORDS and not is_title(w) \
                    and w[2:] not in _HEADMAN \
                    and i + 2 < n and (PERSON_NAMES.get(toks[i + 1][0]) in ("m", "f") or toks[i + 1][0] == "عبد") \
                    and toks[i + 1][0] not in COMMON_WORDS and toks[i + 2][0][:1].isalpha() \
                    and (i == 0 or not toks[i - 1][0].startswith(("ال", "وال")) or toks[i - 1][0] in _PHRASE_ENDS):
                start_np = True  # a definite given name opening a name (كان الطاهر عبد الله، الذي ...), not an adjective
            elif w.startswith("ال") and PERSON_NAMES.get(w) in ("m", "f") and w not in COMMON_WORDS and not is_title(w) \
                    and (i == 0 or toks[i - 1][0] in (".", "؟", "!")) and i + 2 < n \
                    and (w[2:] not in _HEADMAN or toks[i + 1][0] in _NASAB) \
                    and toks[i + 1][0][:1].isalpha() and not toks[i + 1][0].startswith("ال") \
                    and (toks[i + 1][0] in _NASAB or (toks[i + 1][0] not in COMMON_WORDS and not is_title(toks[i + 1][0])
                                                      and name_like(toks[i + 1][0], False, w))) \
                    and toks[i + 2][0] not in ("ال", "من", "في"):
                start_np = True  # الطاهر قريشي، الذي ...، صلى: a definite given name opening the sentence, its subject
            elif not w.startswith("ال") and w in PERSON_NAMES and w not in COMMON_WORDS and w not in _PLACE_NOUNS \
                    and i + 1 < n and not (w == "علي" and _ala_governs(toks[i + 1][0])) \
                    and (name_like(toks[i + 1][0], False) or _name_goes_on(toks, i) or (
                        # محمد أمين الزياني: a compound given name whose second word is also a title
                        _compound_given_name(w, toks[i + 1][0])) or (w == "عبد" and toks[i + 1][0].startswith("ال")) or (
                        # فاطمة السيد عبده: a family name that is also an honorific, inside the name
                        toks[i + 1][0] in _HONORIFIC_SURNAMES and (i + 2 == n or toks[i + 2][0] in ("،", ",") or (
                            # (ليلى الحاج، منسقة المركز: the family name closing the name before its apposition)
                            _name_after_honorific([t[0] for t in toks[i + 2:i + 4]], 0)))) or (
                        # (عبد الأمير، عبد الملك: عبد joins a definite word that may look like a title)
                        # محمد علي بن حميدة
                        toks[i + 1][0] == "علي" and i + 2 < n and w not in _CONNECTORS and _ali_is_name(w, toks[i + 2][0])) or (
                        toks[i + 1][0] == "علي" and toks[i + 1][1] in ali and w not in _CONNECTORS) or (
                        # محمد الأمين بن عودة: a title-like given name inside the name
                        i + 2 < n and _titled_given_name_inside(toks[i + 1][0], toks[i + 2][0],
                                                                toks[i + 3][0] if i + 3 < n else ""))) \
                    and toks[i + 1][0] != "عدم" \
                    and toks[i + 1][0][0].isalpha() and w not in ("ولد", "بنت", "منت") \
                    and not (i > 0 and (bare(toks[i - 1][0].lstrip("بلف")) in _PLACE_NOUNS or toks[i - 1][0] == "في")) \
                    and not (i > 0 and PERSON_NAMES[w] == "-" and toks[i - 1][0].lstrip("وف") in _GOVERNING
                             and not (w == "عبد" and toks[i + 1][0].startswith("ال"))) \
                    and not (i > 0 and toks[i - 1][0] in _RELATIVES):  # (الذي يحيي الحفلات: the relative clause's verb)
                # (بضاحية عبد الله السالم، في إربد سمر ...: a place, or a place named after someone; ما تبقى من
                # نخيل بستانه: a word the lists hold with no gender, after a preposition, is a noun, but never
                # عبد before a definite word: استمعت المحكمة إلى عبد التواب محمود)
                start_np = True  # (ولد فلان عام 1939 is "was born": ولد joins a name, never starts one)
            elif w == "علي" and toks[i][1] in ali and i + 1 < n and toks[i + 1][0][:1].isalpha() \
                    and name_like(toks[i + 1][0], False, "علي") and not is_stop(toks[i + 1][0]):
                start_np = True  # واسمه علي مفتاح الفيتوري، ابتسم علي: the name, spelled apart from the preposition على
            elif i + 2 < n and toks[i + 1][0] in _NASAB and w not in PERSON_NAMES and len(w) > 2 \
                    and not w.startswith("ال") and w[:1].isalpha() and (w in AMBIGUOUS_GIVEN or (
                        w not in COMMON_WORDS and name_like(w, True)
                        and not (w[:1] in "يت" and len(w) <= 5) and w[:1] not in "وفل" and not _verbal_noun(w))) \
                    and toks[i + 2][0][:1].isalpha() and name_like(toks[i + 2][0], False, "بن") \
                    and (i == 0 or not name_like(toks[i - 1][0], False) or toks[i - 1][0] in _PHRASE_ENDS
                         or (toks[i - 1][0][:1] in "يت" and toks[i - 1][0] not in PERSON_NAMES)):
                start_np = True  # a given name no list knows before its nasab: تقف منية بن حميدة
            elif i > 0 and i + 2 < n and _feature_verb(toks[i - 1][0]) and w not in PERSON_NAMES and not w.startswith("ال") \
                    and w[:1].isalpha() and len(w) > 2 and w not in COMMON_WORDS and name_like(w, True) and not _verbal_noun(w) \
                    and toks[i + 1][0] in PERSON_NAMES and toks[i + 1][0] not in COMMON_WORDS \
                    and not toks[i + 1][0].startswith("ال") and (name_like(toks[i + 1][0], False, w)
                                                                or toks[i + 1][1] in ali):
                # (يركن مفتاح علي الزروق سيارته: علي spelled as the name, not the preposition)
                start_np = True  # تلف ماريانا شديد باقة: a feature's subject, a given name no list knows and a family name
            elif i + 4 < n and not w.startswith("ال") and w not in PERSON_NAMES and toks[i + 2][0] in ("،", ",") \
                    and ((is_title(toks[i + 3][0]) and not kin(toks[i + 3][0])) or (
                        toks[i + 3][0] in ("الذي", "التي") and w[:1] not in "وفل" and (i == 0 or toks[i - 1][0] in _PHRASE_ENDS))) \
                    and w[:1].isalpha() and len(w) > 2 \
                    and name_like(w, True) and not _verbal_noun(w) and name_like(toks[i + 1][0], False, w) \
                    and not toks[i + 1][0].startswith("ال") and toks[i + 1][0] not in COMMON_WORDS \
                    and _nothing_of_a_name_before(toks, i):
                start_np = True  # a name no list gives, then who the person is: تقود ليندة حمادي، رئيسة جمعية ...; or,
                # opening its sentence, a relative clause on the person: كيلفين ماكاي، الذي قاد الفريق
            elif i > 0 and toks[i - 1][0] in _CALLED_BY and PERSON_NAMES.get(w, "-") == "-" and w not in COMMON_WORDS \
                    and (w not in PERSON_NAMES or _listed_name_opens(toks, i)) \
                    and w[:1].isalpha() and len(w) > 2 and not w.startswith("ال") and name_like(w, True) \
                    and not _verbal_noun(w) and not is_title(w) and not is_org(w):
                start_np = True  # سائق صهريج، يدعى راجو، قال: the name given, whatever the lists know of it
            elif i + 5 < n and not w.startswith("ال") and w not in PERSON_NAMES and w not in COMMON_WORDS \
                    and toks[i + 3][0] in ("،", ",") and is_title(toks[i + 4][0]) and not kin(toks[i + 4][0]) \
                    and w[:1].isalpha() and w[:1] not in "وفل" and len(w) > 2 and name_like(w, True) and not _verbal_noun(w) \
                    and PERSON_NAMES.get(toks[i + 1][0]) == "m" and toks[i + 1][0] not in COMMON_WORDS \
                    and not toks[i + 1][0].startswith("ال") and toks[i + 2][0][:1].isalpha() and not is_stop(toks[i + 2][0]) \
                    and not _definite(toks[i + 2][0]) \
                    and not is_title(toks[i + 2][0]) and not is_org(toks[i + 2][0]) \
                    and _nothing_of_a_name_before(toks, i):
                start_np = True  # ودعا هيرسي أحمد جامع، رئيس جمعية: a given name no list knows, his father's, his
                # family's, then who he is
            elif w in AMBIGUOUS_GIVEN and 0 < i and i + 1 < n and _feature_verb(toks[i - 1][0]) \
                    and toks[i - 1][0][0] == {"f": "ت", "m": "ي"}.get(AMBIGUOUS_GIVEN[w]) and _nisba_family_name(toks[i + 1][0]):
                start_np = True  # تستقبل حياة البقالي زبائنها: a feature's subject, a given name that is a word, her family name
            elif w in AMBIGUOUS_GIVEN and _family_then_who(toks, i + 1):
                start_np = True  # دخلت حصة المطيري، المحررة في ...: a given name that is a word, its family name and who she is
            elif i > 0 and i + 2 < n and toks[i + 2][0] in ("،", ",") and toks[i - 1][0].startswith("ال") \
                    and toks[i - 1][0].endswith(("ي", "يه")) and not w.startswith("ال") and w not in PERSON_NAMES \
                    and w not in COMMON_WORDS and len(w) > 2 and name_like(w, True) and not _verbal_noun(w) \
                    and not toks[i + 1][0].startswith("ال") and toks[i + 1][0] not in COMMON_WORDS \
                    and name_like(toks[i + 1][0], False, w):
                start_np = True  # a name no list gives after a nationality: معلمتها الألمانية كلاوديا برينر،
            elif i + 3 < n and not w.startswith("ال") and w not in COMMON_WORDS and toks[i + 1][0] in ("،", ",") \
                    and PERSON_NAMES.get(w) in ("m", "f") and (is_title(toks[i + 2][0]) or is_anonymous(toks[i + 2][0])
                                                               or toks[i + 2][0] in ("ام", "ابو", "وهو", "وهي", "ذات", "ذو")
                                                               or _age_at(toks, i + 2)):  # تقف فاطمة، 52 عاما، ...
                # a feature's person by the given name alone, then who they are: تقف سعاد، معلمة في ...،
                # (ابنته ريم، أستاذة ...: whose relative she is, too)
                relation = (toks[i - 1][0],) if i > 0 and kin(toks[i - 1][0]) else ()
                out.append(Mention(toks[i][1], toks[i][2], "person", (w,), relation, PERSON_NAMES[w], w,
                                   name_span=(toks[i][1], toks[i][2])))
                i += 1
                continue
            elif w in ("ام", "ابو") and i + 2 < n and name_like(toks[i + 1][0], False, w) and toks[i + 1][0][:1].isalpha() and (
                    (toks[i + 2][0] in ("،", ",") and (i == 0 or toks[i - 1][0] in _PHRASE_ENDS or (
                        (toks[i - 1][0] in ("اما", "واما") or _kin_with_pronoun(toks[i - 1][0]))
                        and (i == 1 or toks[i - 2][0] in _PHRASE_ENDS))))
                    # (جارته أم راشد، وهي أم لأربعة أطفال، نشرت: a relative opening the sentence, her kunya)
                    # (أما أم هاني، التي تبيع الخبز ...، فكانت: the topic أما sets apart)
                    # (أم ربيع كانت تسكن الطبقة الثانية: a kunya opening the sentence, its كان or particle after it)
                    or ((i == 0 or toks[i - 1][0] in _PHRASE_ENDS or (_kin_with_pronoun(toks[i - 1][0]) and (
                            i == 1 or toks[i - 2][0] in _PHRASE_ENDS)))
                        and (toks[i + 2][0] in ("كانت", "كان", "قد", "لم", "لا", "لن") or is_reporting_word(toks[i + 2][0]))
                        and toks[i + 1][0] in PERSON_NAMES)
                    # (زوجته أم رامي تقول إن: the sentence's subject before its saying verb)
                    # (لكن أم فيصل لا تعول على الحوار: the topic of a sentence after its "but")
                    or (i > 0 and toks[i - 1][0] in _BUT_WORDS and (i == 1 or toks[i - 2][0] in _PHRASE_ENDS)
                        and PERSON_NAMES.get(toks[i + 1][0]) in ("m", "f"))
                    # (جلست امرأة ... . هي أم يزن، زوجة أحد السائقين: the one just described, named by her kunya)
                    or (i > 0 and toks[i - 1][0] in (_SHE_IS if w == "ام" else _HE_IS) and (i == 1 or toks[i - 2][0] in _PHRASE_ENDS)
                        and toks[i + 2][0] in ("،", ",") and (PERSON_NAMES.get(toks[i + 1][0]) in ("m", "f") or (
                            toks[i + 1][0] not in COMMON_WORDS and toks[i + 1][0][:1] not in "لب")))  # (not هي أم لمترشح)
                    or (i > 0 and (_verb_before_kunya(toks[i - 1][0], w) or (
                        toks[i - 1][0][:1] in "وف" and len(toks[i - 1][0]) > 4 and _verb_before_kunya(toks[i - 1][0][1:], w)) or (
                        # (تخلط زوجته أم حسنين النخالة: the verb, the relative, then her kunya)
                        i > 1 and _kin_with_pronoun(toks[i - 1][0]) and _verb_before_kunya(toks[i - 2][0], w)))
                        and toks[i - 1][0] not in PERSON_NAMES
                        and (toks[i + 1][0] in PERSON_NAMES or (
                            toks[i + 2][0] in ("،", ",") and toks[i + 1][0] not in COMMON_WORDS and not toks[i + 1][0].endswith("ه"))))):
                # (or a kunya right after a feature's verb: تبيع أم محمد أكياس الكسكس، ملأت أم خالد عبواتها;
                # وتقول أم وضاح، زوجة أحد العمال: a name no list knows, with who she is in apposition)
                # a kunya opening a sentence, then who they are: أم فلان، أم لثلاثة أطفال، جاءت ...
                e = i + 2 if toks[i + 1][0] == "عبد" and i + 2 < n and toks[i + 2][0].startswith("ال") else i + 1
                name = (w,) + tuple(t[0] for t in toks[i + 1:e + 1])  # (أم عبد الرحمن)
                out.append(Mention(toks[i][1], toks[e][2], "person", name, (), "f" if w == "ام" else "m", " ".join(name),
                                   name_span=(toks[i][1], toks[e][2])))
                i = e + 1
                continue
            if start_np and i > 0 and w.startswith("ال") and is_title(w) and toks[i - 1][0].startswith(("ال", "وال")) \
                    and bare(toks[i - 1][0]) in _CIRCUMSTANCE_NOUNS:
                start_np = False  # وفي ختام المؤتمر الصحافي، عاد المدير: the occasion's adjective, no journalist
            if start_np and i > 0 and w.startswith("ال") and is_title(w) and (
                    toks[i - 1][0] in _NAMED_PLACE_HEADS or (toks[i - 1][0][:1] in "وبفل" and toks[i - 1][0][1:] in _NAMED_PLACE_HEADS)):
                start_np = False  # بين حي العارض ومدرسة، قرية الأمير: a place's own name that is also a title
            if start_np and i > 0 and (toks[i - 1][0] in ("في", "وفي", "عند") or toks[i - 1][0] in _PLACE_PREPOSITIONS
                                       or toks[i - 1][0][:1] == "و" and toks[i - 1][0][1:] in _PLACE_PREPOSITIONS) \
                    and not _np_head(w):
                start_np = False  # وفي بن قردان، قال ...، عند باب مكة، وعند باب المصلى: a place, not a person
            if start_np:
                j = i
                while j < n and j - i < 14 and toks[j][0] not in _PHRASE_ENDS and not _masdar_cue(toks[j][0]):
                    j += 1  # (وختم المسؤول الأول عن الوكالة بالتأكيد على أن: the verbal noun ends the subject)
                if j < n and j - i >= 3 and _masdar_cue(toks[j][0]) and _verbs_object(toks[j - 1][0]):
                    j -= 1  # واستهل النائب فلان المداخلات بالقول: the verb's object stands before the verbal noun
                if j + 2 < n and toks[j][0] in _QUOTE_MARKS and (is_org(toks[j - 1][0]) or (
                        j == i + 1 and toks[j - 1][0] in _AUTHOR_OF)) \
                        and (j == i + 1 or (j == i + 2 and (is_title(w) or is_document(w)) and not _definite(toks[j - 1][0])
                                            and w[:1] != "و")):
                    # a body's name in quotation marks: شركة «...» (the body of an office: رئيسة تعاونية "...";
                    # of a document: تقرير جمعية «عمال بلا خوذة»; the author of a work: صاحب «ظلال الأطلس»)
                    k = j + 1
                    while k < n and k - j < 8 and toks[k][0] not in _QUOTE_MARKS and toks[k][0] != "\x00":
                        k += 1
                    if k < n and k - j < 8 and toks[k][0] in _QUOTE_MARKS and k > j + 1:
                        j = k + 1
                        if j < n and ((toks[j][0][:1] == "ل" and len(toks[j][0]) > 3) or (
                                j - i >= 4 and is_title(w) and (PERSON_NAMES.get(toks[j][0]) in ("m", "f") or (
                                    toks[j][0] in _OUTGOING_OFFICE and j + 1 < n
                                    and PERSON_NAMES.get(toks[j + 1][0]) in ("m", "f"))))):
                            # (جمعية «حقي» لحماية المستهلك: a field after its quoted part goes on with the name;
                            # رئيس جمعية "دفء الشتاء" السابق منصور الزعبي: the office's holder after it)
                            while j < n and j - i < 14 and toks[j][0] not in _PHRASE_ENDS and not _masdar_cue(toks[j][0]):
                                j += 1
                if j - i >= 3 and toks[j - 2][0] not in _PHRASE_ENDS and toks[j - 1][0] in ("ان", "بان") \
                        and toks[j - 2][0] in _QUOTE_VERB_SUFFIXES:
                    j -= 2  # نقلت الوكالة عن فلان القاضي قوله إن: the subject ends before "his saying"
                    closed = True
                else:
                    closed = j < n and (toks[j][0] == "،" or (
                        # (حمزة عمر دليتا (34 عاما): the name ends where its age opens)
                        toks[j][0] == "(" and j + 1 < n and toks[j + 1][0][:1].isdigit()))
                described = ()
                if toks[i][0] == "باسم" and i > 0 and toks[i - 1][0] in ("نفسه", "نفسها") and j > i + 1:
                    described = _described_before_naming(toks, i - 2)
                    i += 1  # عرف نفسه باسم حسان: "by the name", then the name
                elif i >= 4 and toks[i - 1][0] in _QUOTE_MARKS and toks[i - 2][0] == "باسم" \
                        and toks[i - 3][0] in ("نفسه", "نفسها"):
                    described = _described_before_naming(toks, i - 4)  # قدم نفسه باسم «أبو ريان»: the name quoted
                m = None
                if j - i >= 3 and j < n and toks[j][0] in _QUOTE_MARKS and toks[i - 1][0] in _QUOTE_MARKS and i > 0 \
                        and is_org(w) and not _definite(w):
                    m = _parse_np(toks[i - 1:j + 1], text)  # وكان "مرصد الحق في الدواء" قد أفاد: the quoted name whole
                    if m is not None and m.kind != "organisation":
                        m = None
                    elif m is not None and not m.gender:
                        m.gender = "f" if w.endswith("ه") else "m"  # (its head's: منتدى، not رئيسته's)
                if m is None:
                    m = _parse_np(toks[i:j], text, closed=closed) if j > i else None
                if m is None and j == i + 2 and _named_relative(toks, i):
                    # (زوجته نعمة الصالحي،: her name though a word, the relation her role)
                    m = Mention(toks[i][1], toks[i + 1][2], "person", (w, toks[i + 1][0]), (toks[i - 1][0],),
                                kin(toks[i - 1][0])[1], text[toks[i][1]:toks[i + 1][2]], name_span=(toks[i][1], toks[i + 1][2]))
                if m is not None and _dual_title(w) and not (m.parts and len(m.parts) > 1):
                    m = None  # (a dual title opens here only the pair it names: المرشحان الشرايري والبطاينة)
                if m is not None and j < n and toks[j][0] == "(":
                    m = _initials_after(m, toks)
                if m and m.kind == "person" and len(m.name) >= 2 and not m.role and m.name[0] in _CHILD \
                        and m.name[1] in _UNCLE | _SIBLINGS and not (len(m.name) == 2 and m.parts):
                    # وهو ابن عم محمد الشامي: the cousin is the one apposed to, the name after is the other;
                    # وهو ابن عم المدير العام: a relation of the one after, who is found on his own
                    k = next((k for k in range(i + 1, j - 1) if toks[k][0] == m.name[1] and toks[k - 1][0] == m.name[0]), None) \
                        if len(m.name) > 2 else None
                    if len(m.name) == 2:
                        m = None
                    elif k is not None:
                        end = m.name_span[1] if m.name_span else m.end
                        m = Mention(toks[k + 1][1], m.end, "person", m.name[2:], (), m.gender, text[toks[k + 1][1]:m.end], m.parts,
                                    (toks[k + 1][1], end))
                if m and m.kind == "person" and len(m.name) == 1 and not m.parts and _object_follows_word(toks, m):
                    m = None  # أعلنت السلطات فتح تحقيق: a verbal noun's word and its object, no one
                if described and m and m.kind == "person" and m.name and not m.role and not m.parts:
                    m.role = described  # يعمل خباز شاب عرف نفسه باسم عادل: who he is, said again later (الخباز الشاب)
                if m and m.kind == "person" and m.name and not m.role and i > 0 and m.name[0] in ("بن", "ولد", "بنت", "منت") \
                        and PERSON_NAMES.get(toks[i - 1][0]) in ("m", "f") and toks[i - 1][0].startswith("ال"):
                    # وقف الطاهر بن عمار: a definite given name before the nasab is the name's first word
                    m = _opened_by(m, toks[i - 1], text, PERSON_NAMES[toks[i - 1][0]])
                elif m and m.kind == "person" and m.name and not m.role and i > 0 and toks[i - 1][0].startswith("ال") \
                        and PERSON_NAMES.get(toks[i - 1][0]) in ("m", "f") and PERSON_NAMES.get(m.name[0]) in ("m", "f") \
                        and not m.name[0].startswith("ال") and not is_title(toks[i - 1][0]) \
                        and not (i > 1 and (toks[i - 2][0].startswith("ال") or is_title(toks[i - 2][0]))):
                    # ويقود الصادق إبراهيم كوكو الفرقة: a definite given name before another is the name's first word
                    m = _opened_by(m, toks[i - 1], text, PERSON_NAMES[toks[i - 1][0]])
                elif m and m.kind == "person" and m.name and not m.role and not m.parts and i > 1 \
                        and toks[i - 1][0] in AMBIGUOUS_GIVEN and PERSON_NAMES.get(m.name[0]) in ("m", "f") \
                        and (_reporting_verb(toks[i - 2][0]) or _feature_verb(toks[i - 2][0])):
                    # وكتبت حصة يوسف الجودر: after the verb, a given name that is also a common word, then a
                    # listed one: the name's first word
                    m = _opened_by(m, toks[i - 1], text, AMBIGUOUS_GIVEN[toks[i - 1][0]])
                elif m and m.kind == "person" and m.name and not m.role and i > 0 and toks[i - 1][0].startswith("ال") \
                        and toks[i - 1][0][2:3].isalpha() and not is_stop(toks[i - 1][0]) and toks[i - 1][0] not in _MET_BY_US:
                    m.role = (toks[i - 1][0],)  # a descriptor right before the name: نظيره الإسباني خافيير ...
                elif m and m.kind == "person" and m.name and not m.role and i > 0 and kin(toks[i - 1][0]):
                    m.role = (toks[i - 1][0],)  # يقف إلى جانب ابنته ريم: whose relative the named person is
                elif m and m.kind == "person" and len(m.name) >= 2 and not m.role and i > 0 and held_title(toks[i - 1][0]):
                    m.role = (held_title(toks[i - 1][0]),)  # إنهاء عقد مديرها سامي الحداد: the title he holds
                elif m and m.kind == "person" and len(m.name) >= 2 and not m.role and not m.parts and i > 1 \
                        and held_title(toks[i - 2][0]) and toks[i - 2][0].endswith(("ها", "هم", "هما", "ته")) \
                        and toks[i - 1][0] not in PERSON_NAMES \
                        and toks[i - 1][0] not in COMMON_WORDS and name_like(toks[i - 1][0], True) \
                        and toks[i - 1][2] + 2 >= toks[i][1]:
                    # وقالت رئيستها أسلي محمد نور: a given name no list knows between the held title and a
                    # listed one opens the name (not after a bare ه, which may be ة: النائب عن محافظة ميسان علي ...)
                    m = _opened_by(m, toks[i - 1], text, m.gender, role=(held_title(toks[i - 2][0]),))
                if m and j < n and toks[j][0] in _QUOTE_MARKS and toks[j - 1][0] in ("اسم", "باسم"):
                    m = self_named(toks[i:j + 8]) or m  # مجموعة تطلق على نفسها اسم "X": X
                    if m.kind == "organisation" and m.name_span:
                        out.append(m)
                        i = j + 1
                        continue
                if m and m.kind == "anonymous":
                    out.append(m)
                    i = j
                    continue
                if m and (m.name or m.kind == "organisation" or m.role):
                    apposed_end = 0
                    # المتحدث باسم الهيئة، يزيد الشهري،: the holder's name between commas, whatever its first word
                    holder = _holder_between_commas(toks, j + 1) \
                        if m.kind == "person" and not m.name and j + 1 < n and toks[j][0] == "،" else None
                    # نائب رئيس مجموعة ساكورا باي، تاكيرو إيشيدا،: the body's own name, then its holder's
                    bodys_name = _names_a_body(m) and j + 2 < n and toks[j][0] == "،" and _starts_name(toks, j + 1) and not toks[j + 1][0].startswith("ال")
                    # Apposition: "X، المدير الإقليمي ..." adds a role; "رئيسة القسم، المهندسة Y" names the role
                    if m.kind == "person" and j + 1 < n and toks[j][0] == "،" and (toks[j + 1][0] in HONORIFICS
                                                                                  or (m.name and kin_descriptor(toks[j + 1][0])) or (
                            (m.end == toks[j - 1][2] or (toks[j + 1][0] in PERSON_NAMES and toks[j + 1][0] not in COMMON_WORDS)) and (
                                is_title(toks[j + 1][0]) or (toks[j + 1][0] in _HEADMAN and m.name) or (
                                not m.name and _starts_name(toks, j + 1) and (not toks[j + 1][0].startswith("ال")
                                                                            or _definite_given_name(toks, j + 1))))
                            or holder is not None or bodys_name)):
                        k = j + 1
                        while k < n and toks[k][0] not in ("،", ".", ":", "؛", "(", ")") and k - j < 12:
                            k += 1
                        # (الصياد، واسمه سعد القحطاني: the name after the word that gives it)
                        named = j + 1 + (toks[j + 1][0] in _HIS_NAME_IS and k > j + 2)
                        m2 = _parse_np(toks[named:k], text, closed=k < n and toks[k][0] == "،")
                        if m2 is None:
                            m2 = holder
                        if m.name and kin_descriptor(toks[j + 1][0]):
                            m.role = m.role + (toks[j + 1][0],)  # صبحي قطان، الابن الأكبر لـ...: the son
                            m2 = None
                        if m2 and m2.kind == "person" and m.name and len(m2.name) == 1 and bare(m2.name[0]) in _DECADES:
                            m.role = m.role + m2.role + m2.name  # وداد الحلبي، السيدة الستينية: who she is
                            m2 = None
                        if m2 and m2.kind == "person":
                            if m2.name and bodys_name and not m2.role and len(m2.name) >= 2:
                                m2.role = m.role + m.name
                                m2.start = m.start
                                m = m2
                            elif m2.name and (not m.name or (toks[j + 1][0].startswith("ال") and (
                                    len(m.name) == 1 or toks[j + 1][0] in HONORIFICS))):
                                m2.role = m.role + m2.role
                                m2.gender = m2.gender or m.gender
                                m2.start = m.start
                                m = m2
                            elif m.name and not m2.name:
                                m.role = m.role + m2.role
                                m.gender = m.gender or m2.gender
                                if m2.kind == "person" and not _definite(toks[j + 1][0]):
                                    apposed_end = m2.end  # فلانة، رئيسة تعاونية «...»: no second, unnamed source
                    # A kunya after the name: in apposition ("سليمان الرفاعي، أبو خالد،") or given by a
                    # naming word before the clause ends ("الملقب بأبي محمد"، "يناديه أهل القرية «أبو سالم»")
                    if m.kind == "person" and (len(m.name) >= 2 or (m.name and PERSON_NAMES.get(m.name[0]) in ("m", "f"))) \
                            and j + 2 < n and toks[j][0] in ("،", ","):  # (تقول فاطمة، المعروفة بأم فلان: a given name said again)
                        alias = _kunya_given(toks, j + 1, naming)
                        if alias is not None:
                            out.append(_alias_of(m, *alias))
                    after = next((k for k in range(i, min(n, j + 2)) if toks[k][1] >= m.end), n) \
                        if m.kind == "person" and not {"باسم", "بلقب"}.isdisjoint(map(TOKEN_WORD, toks[j - 1:j + 1])) else n
                    if m.kind == "person" and len(m.name) >= 2 and after + 3 < n and toks[after][0] in ("باسم", "بلقب") \
                            and toks[after + 1][0] in _QUOTE_MARKS:
                        # يعرف الجميع عبد الله ولد بوبكر باسم "بابا عبد الله": the name the village uses
                        e = after + 2
                        while e < n and e - after <= 5 and toks[e][0] not in _QUOTE_MARKS and toks[e][0][:1].isalpha():
                            e += 1
                        if 2 <= e - after - 2 <= 3 and e < n and toks[e][0] in _QUOTE_MARKS:
                            out.append(_alias_of(m, tuple(t[0] for t in toks[after + 2:e]), toks[after + 2][1], toks[e - 1][2]))
                    # a kunya given to the person an age epithet names (يقول الرجل الستيني الذي يعرفه
                    # أهل المنطقة بـ«أبو سالم»)
                    if m.kind == "person" and _epithet(m):
                        after = next((k for k in range(i, n) if toks[k][1] >= m.end), n)
                        alias = _kunya_given(toks, after, naming) if after < n else None
                        if alias is not None:
                            out.append(_alias_of(m, *alias))
                    # A kunya in brackets: "سميرة العتوم (أم يزن)"
                    if m.kind == "person" and m.name and j < n and toks[j][0] == "(":
                        k = j + 1
                        while k < n and toks[k][0] != ")" and k - j < 5:
                            k += 1
                        alias = tuple(t[0] for t in toks[j + 1:k])
                        if alias and alias[0] in ("ام", "ابو"):
                            out.append(_alias_of(m, alias, toks[j + 1][1], toks[k - 1][2]))
                    if m.kind == "organisation" and not m.parts and m.name and m.name[0].startswith("وال") \
                            and is_org(m.name[0][1:]) and m.text.startswith(m.name[0]):
                        # والخدمات، والشركة المشغلة تحذر: the conjunction before the body is none of its name
                        w = m.name[0][1:]
                        m = Mention(m.start + 1, m.end, m.kind, (w,) + m.name[1:], m.role, m.gender, m.text[1:],
                                    name_span=m.name_span and (m.name_span[0] + 1, m.name_span[1]))
                    out.append(m)
                    if m.kind == "person" and len(m.parts) > 1:
                        out.extend(p for p in m.parts[1:] if p.name)  # وزير الري X ووزير الزراعة Y: Y is a person too
                    if m.kind == "organisation" and "في" in m.name[1:-2]:
                        # نقابة العاملين في شركة الجون ...: the company is a body of the article too
                        k = next((k for k in range(i, j) if toks[k][0] == "في" and toks[k][1] > m.start), None)
                        inner = _parse_np(toks[k + 1:j], text) if k is not None and is_org(toks[k + 1][0]) else None
                        if inner is not None and inner.kind == "organisation" and len(inner.name) >= 2:
                            out.append(inner)
                    # continue after the parsed phrase
                    consumed = i + 1
                    while consumed < n and toks[consumed][2] <= max(m.end, apposed_end):
                        consumed += 1
                    i = max(consumed, i + 1)
                    continue
            i += 1
        if naming:
            _kunyas_given_again(text, p, toks, out)
    _names_given_after_kunya(text, out)
    _names_given_to_description(text, out)
    _offices_by_relative_verb(text, out)
    _names_apposed_to_kunya(text, out)
    _known_as(text, out)
    _named_oneself_by_kunya(text, out)
    _known_by_pronoun(text, out)
    _short_names_in_brackets(text, out)
    _names_in_quotes_apposed(text, out)
    _another_surname_after_a_name(text, out)
    _quoted_name_closing(text, out)
    _kin_in_apposition(text, out)
    _cousins_of_an_office(text, out)
    out = _kin_of_someone_named(text, out)
    out = [m for m in out if not _object_of_a_glued_noun(text, m) and not _described_as(text, m) and not _after_an_amount(text, m)
           and not (m.kind == "person" and m.name and _named_after(text, m))
           and not (m.kind == "person" and len(m.name) >= 2 and m.name[0] in _TO_A_KUNYA)]
    # (منير الحياري، الشقيق الأصغر لأبي يزن،: whose brother he is, no one named لأبي يزن)
    aliases = [(m.start, m.end) for m in out if len(m.parts) == 1 and m.name and m.name[0] in _KUNYA_HEADS]
    if aliases:  # (المعروفة بأم عبد الرحمن: عبد الرحمن inside the kunya is nobody of its own)
        out = [m for m in out if m.parts or not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end)
                                                    for a, b in aliases)]
    return out


_KIN_BEFORE = re.compile(r"(?:^|[\s.،,])(\S+)[ \t]*[،,][ \t]*$")


_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")


def _object_of_a_glued_noun(text, m):
    """رحب فلان بإعادة فتح المعبر: a "name" with no role, opening on no listed given name, right
    after ب or ل glued to a noun, is that noun's object in construct, nobody."""
    if m.kind != "person" or m.role or m.parts or len(m.name) != 2 or PERSON_NAMES.get(m.name[0]) in ("m", "f") \
            or not m.name[1].startswith("ال"):
        return False
    before = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
    return before is not None and before.group(1)[:1] in "بل" and clitic_noun(before.group(1))


_WHICH_IS = re.compile(r"[،,][ \t]*و(?:هي|هو)[ \t]+$")


def _described_as(text, m):
    """ودعت جمعية مستخدمي النقل العام، وهي جمعية أهلية،: an indefinite body after وهي is what
    the body named before is, no body of its own."""
    return m.kind == "organisation" and m.name and not _definite(m.name[0]) \
        and _WHICH_IS.search(text, max(0, m.start - 8), m.start) is not None


def _kin_in_apposition(text, out):
    """والدها، فهد بن عبد الله آل شافي،: the kinship noun before the name in apposition is what
    the person is to someone, so الأب and والدها later name him."""
    for m in out:
        if m.kind == "person" and m.name and not any(kin(r) for r in m.role):
            before = _KIN_BEFORE.search(text, max(0, m.start - 24), m.start)
            if before is not None and kin(before.group(1)):
                m.role = (before.group(1),) + tuple(m.role)


# a kinship noun in construct with someone else (والد التلميذة سلمى: the name is the pupil's)
_KIN_OF = {"والد": "والد", "والده": "والدت", "اب": "والد", "ام": "والدت", "ابن": "ابن", "ابنه": "ابنت", "شقيق": "شقيق",
           "شقيقه": "شقيقت", "زوج": "زوج", "زوجه": "زوجت", "جد": "جد", "جده": "جدت", "ارمله": "ارملت"}


def _kin_of_someone_named(text, out):
    """محمد أوبلا، والد التلميذة سلمى: the name after a kinship noun and a definite noun is that
    noun's (the pupil's), not the relative's (an adjective is not such a noun: شقيقه الأصغر محمد).
    Such a mention gives its kinship noun to the person named just before in apposition, or else
    becomes a role-only mention of the unnamed relative; the list is returned without the misread names."""
    keep = []
    for k, m in enumerate(out):
        relative = relative_of_named(m)
        if relative is not None:
            named = keep[-1] if keep and _apposed(text, keep[-1], m) else None
            if named is None and len(m.role) == 1 and k + 1 < len(out) and _apposed(text, m, out[k + 1]):
                named = out[k + 1]  # (والدة ريما، هيفاء الغامدي،: the mother is named after)
            if named is not None:
                named.role = tuple(named.role) + (m.role[0],)  # (الأب later is he)
                continue
            keep.append(relative)
            continue
        keep.append(m)
    return keep


_COUSIN_BEFORE = re.compile(r"(?:^|(?<=\s))(?:ابن|ابنه|بنت)\s+(?:عم|خال)\s+$")


def _cousins_of_an_office(text, out):
    """ابن عم المدير العام، إبراهيم فلان: the name apposed to an office after ابن عم or بنت خال is the
    cousin's, so the relation leads the role (as شقيق المدير العام does) and the office stays its holder's."""
    for k, m in enumerate(out):
        if m.kind != "person" or not m.name or not m.role or m.parts or not (m.role[0].startswith("ال") or is_title(m.role[0])):
            continue
        before = _COUSIN_BEFORE.search(text[max(0, m.start - 16):m.start])
        if before is None:
            continue
        start = m.start - len(before.group())
        if any(x.kind == "person" and x.name and x.start < start and (x.end > start or text[x.end:start].strip() in ("", "،", ","))
               for x in out[max(0, k - 2):k]):
            continue  # حليمة ابنة عم المدير العام، فلان; سعد، ابن عم رئيسة الجمعية فلانة: the cousin is named
            # before, the name after is the office's
        out[k] = Mention(start, m.end, "person", m.name, tuple(before.group().split()) + tuple(m.role), m.gender,
                         text[start:m.end], name_span=m.name_span)


_NAMED_AFTER_BEFORE = re.compile(r"(?:^|(?<=\s))(?:شارع|ساحه|ميدان|جاده|نهج|مسجد|جامع|مطار)\s+((?:[^\s،,.:؛«»\"“”()]+\s+){0,2})$")


def _named_after(text, m):
    """Is the person mention `m` the name of a street, square or mosque named after someone (شارع جمال
    عبد الناصر، ساحة محمد الخامس): right after the place's noun, or inside a name that starts after it?"""
    before = _NAMED_AFTER_BEFORE.search(text, max(0, m.start - 30), m.start)
    return before is not None and all(PERSON_NAMES.get(w) in ("m", "f") for w in before.group(1).split())


def _apposed(text, first, then):
    """Is `then` a full name set in apposition right after `first` (X، Y)?"""
    named = first if len(first.name) >= 2 else then
    return named.kind == "person" and len(named.name) >= 2 and not named.parts and first.end <= then.start \
        and text[first.end:then.start].strip() in ("،", ",")


# kinship nouns whose construct with a given name is that person's relative (والدة ريما)، unlike
# the name-forming ابن/بنت and the kunya-forming أبو/أم (ابن رشد، أم فيصل)
_KIN_OF_NAME = {"والد", "والده", "شقيق", "شقيقه", "زوج", "زوجه", "ارمله"}
KIN_OF_NAME_BEFORE = re.compile(r"(?<!\S)و?(?:" + "|".join(sorted(_KIN_OF_NAME)) + r")\s+$")  # (searched from a pos)


def _kin_of_the_name(noun, given, named):
    """Is the kinship noun in construct with the given name (والدة ريما: Rima's mother), not the noun
    with its pronoun before the relative's own name (والده محمد: his father Muhammad)? Normalized, والدة
    and والده are one word: a woman's name settles it (no father or brother bears one), and so does a
    name someone in the article already bears; where the article's names are not known yet (`named`
    None: the mention scan), the construct, the commoner reading in news copy."""
    return not noun.endswith("ه") or noun == "ارمله" or PERSON_NAMES.get(given) == "f" or named is None \
        or named(given)


def relative_of_named(m, named=None):
    """والد التلميذة سلمى or والدة ريما read as a name: the unnamed relative, a role-only Mention of
    the relative's gender; else None (a full name is the relative's own: ابنة الراحل سلمى الحوراني)."""
    if m.kind == "person" and len(m.name) == 1 and not m.parts and m.role and m.role[0] in _KIN_OF \
            and (len(m.role) == 1 and m.role[0] in _KIN_OF_NAME and _kin_of_the_name(m.role[0], m.name[0], named)
                 or len(m.role) == 2 and m.role[1].startswith("ال") and not kin(m.role[1]) and not is_title(m.role[1])
                 and bare(m.role[1]) not in _LATE and not (len(m.role[1]) == 6 and m.role[1][2] == "ا")
                 and not m.role[1].endswith(("ي", "يه"))) \
            and PERSON_NAMES.get(m.name[0]) in ("m", "f") and m.text == " ".join(m.role + m.name):
        gender = "f" if _KIN_OF[m.role[0]].endswith("ت") else "m"  # (the relative's, not the named child's)
        return Mention(m.start, m.end, "person", (), tuple(m.role) + tuple(m.name), gender, m.text)
    return None


_QUOTED_CLOSE = re.compile(r"[ \t]*([«\"“])([^»\"”«\n]{2,40})([»\"”])")


def _quoted_name_closing(text, out):
    """مصدر في أحد الأحزاب الداعمة للائحة «بحمدون تجمعنا»: an unnamed source's description whose last
    word is a body (or ل + one), then the body's name in quotation marks: the name ends it."""
    for k, m in enumerate(out):
        if m.kind != "anonymous" or not m.name or len(m.name) < 3:
            continue
        last = m.name[-1]
        if not (is_org(last) or (last[:1] == "ل" and (is_org(last[1:]) or is_org("ال" + last[2:])))):
            continue
        q = _QUOTED_CLOSE.match(text, m.end)
        if q is None or len(q.group(2).split()) > 5:
            continue
        name = m.name + tuple(q.group(2).split())
        out[k] = Mention(m.start, q.end(), m.kind, name, m.role, m.gender, text[m.start:q.end()], m.parts, m.name_span)


def _another_surname_after_a_name(text, out):
    """شاركت المغربية سلمى الرايس بوزيان أداء أغنية: a full name, then the surname alone of someone
    named in full before (the verb's object or partner): the name ends before it."""
    surnames, split = {}, []
    for k, m in enumerate(out):
        if m.kind != "person" or m.parts or not m.name_span:
            continue
        if len(m.name) >= 3 and surnames.get(m.name[-1], m.name) != m.name and m.name[1].startswith("ال") \
                and PERSON_NAMES.get(m.name[0]) in ("m", "f") and not m.name[-1].startswith("ال") \
                and m.name[-2] not in _NAME_JOINERS:
            toks = tokens(text, m.name_span[0], m.name_span[1])
            if len(toks) == len(m.name) and toks[-1][0] == m.name[-1]:
                cut, (surname, a, end) = toks[-2][2], toks[-1]
                m = Mention(m.start, cut, m.kind, m.name[:-1], m.role, m.gender, text[m.start:cut],
                            name_span=(m.name_span[0], cut))
                out[k] = m
                split.append(Mention(a, end, "person", (surname,), (), "", surname, name_span=(a, end)))
                # (the other one, named again here)
        if len(m.name) >= 2:
            surnames.setdefault(m.name[-1], m.name)
    if split:
        out.extend(split)
        out.sort(key=lambda m: m.start)


_SHORT_NAME = re.compile(r"\s*\(\s*([^()\s\d]{2,15}(?: [^()\s\d]{2,15})?)\s*\)")


def _short_names_in_brackets(text, out):
    """الجمعية اللبنانية لمراقبة نزاهة الاقتراع (لانا): the short name in brackets after a body's
    full name is that body's (an alias Mention appended to `out`)."""
    for m in list(out):
        if m.kind != "organisation" or len(m.name) < 2 or m.parts:
            continue
        b = _SHORT_NAME.match(text, m.end)
        if b is not None and not is_org(b.group(1).split()[0]) and not is_title(b.group(1).split()[0]):
            name = tuple(b.group(1).split())
            out.append(Mention(b.start(1), b.end(1), "organisation", name, (), m.gender, b.group(1), parts=[m]))


_QUOTED_APPOSITION = re.compile(r"\s*[،,]\s*[«\"“]([^»\"”\n]{3,60})[»\"”]\s*[،,]")


def _names_in_quotes_apposed(text, out):
    """أما الشركة الموردة لأجهزة التنقية، «مياه الصفا للتجهيزات الطبية»، فنفت: the name in quotation
    marks apposed to a body's description is that body's name (an alias Mention appended to `out`)."""
    for m in list(out):
        if m.kind != "organisation" or m.parts or not m.name or not m.name[0].startswith("ال"):
            continue
        b = _QUOTED_APPOSITION.match(text, m.end)
        if b is not None and 1 <= len(b.group(1).split()) <= 6:
            name = tuple(b.group(1).split())
            named = Mention(b.start(1), b.end(1), "organisation", name, (), m.gender, b.group(1), name_span=(b.start(1), b.end(1)))
            out.append(named)
            out.append(Mention(m.start, m.end, "organisation", m.name, (), m.gender, m.text, parts=[named]))


_HIS_NAME = re.compile(r"(?:^|\s)و?(?:اسمه|اسمها)(?:\s+(?:الكامل|الحقيقي))?\s*$")


def _names_given_after_kunya(text, out):
    """يقف أبو حسين، كما يناديه أهل القرية، ... . واسمه كاظم جبر الفرطوسي: the full name the text
    gives right after a kunya is its holder's; the kunya becomes an alias (appended to `out`)."""
    for m in list(out):
        if m.kind != "person" or len(m.name) < 2 or m.parts or m.name[0] in _KUNYA_HEADS \
                or not _HIS_NAME.search(text, max(0, m.start - 20), m.start):
            continue
        sex = "f" if text[max(0, m.start - 20):m.start].rstrip().endswith(("ها", "ها الكامل", "ها الحقيقي")) else "m"
        kunya = next((k for k in reversed(out) if k.start < m.start - 1 and m.start - k.start <= 600 and k.kind == "person"
                      and len(k.name) == 2 and not k.parts and k.name[0] == ("ام" if sex == "f" else "ابو")), None)
        if kunya is not None and "\n\n" not in text[kunya.end:m.start]:
            out.append(_alias_of(m, kunya.name, kunya.start, kunya.end))
    for k in [k for k in out if k.kind == "person" and len(k.name) == 2 and not k.parts and k.name[0] in ("ام", "ابو")]:
        # عادت أم يزن، واسمها ختام سمارة، لتؤكد: the name given right after the kunya is a name, whatever
        # else its words are (ختام is also "end", جهاد no list holds), so the scan found no one there
        given = _NAME_AFTER_KUNYA.match(text, k.end)
        if given is None or (given.group(1) == "اسمها") != (k.name[0] == "ام") \
                or any(m.start == given.start(2) and m.kind == "person" for m in out):
            continue
        name = tuple(given.group(2).split())
        if any(is_stop(w) or is_title(w) or is_org(w) or w in VERB_FORMS for w in name):
            continue
        base = Mention(given.start(2), given.end(2), "person", name, (), "f" if k.name[0] == "ام" else "m",
                       " ".join(name), name_span=given.span(2))
        out.append(_alias_of(base, k.name, k.start, k.end))


# فلان، الذي يدير المحطة منذ افتتاحها: the office a relative clause says he holds (يدير → مدير)
_HOLDS_BY_VERB = re.compile(r"[ \t]*[،,][ \t]*(?:الذي|التي)[ \t]+(يدير|تدير|يراس|تراس)[ \t]+([^\W\d_]{3,})")
_OFFICE_OF_VERB = {"يدير": "مدير", "تدير": "مديره", "يراس": "رئيس", "تراس": "رئيسه"}


def _offices_by_relative_verb(text, out):
    """فلان، الذي يدير المحطة: the office (مدير المحطة) joins the roles of the person named just
    before the relative clause, so that the office said alone later finds him."""
    if "الذي" not in text and "التي" not in text:
        return
    for m in out:
        if m.kind != "person" or len(m.name) < 2 or m.parts:
            continue
        held = _HOLDS_BY_VERB.match(text, m.end)
        if held is not None and (held.group(1)[:1] == "ت") == (name_gender(m.name) == "f" or m.gender == "f") \
                and (is_org(held.group(2)) or (held.group(2).startswith("ال") and bare(held.group(2)) in _PLACE_NOUNS)):
            # (a body or a place one runs: not يدير الحوار، يقود الفريق, whose "office" names no one; a
            # body by its own name, التي ترأس جمعية ذاكرة المدينة: رئيسة الجمعية said later is she)
            m.role = m.role + (_OFFICE_OF_VERB[held.group(1)], held.group(2))


def _given_after_naming(m):
    """A one-word name the naming pass gave a definite description (العامل، واسمه بيشال): its role
    the description, its name after it."""
    return len(m.name) == 1 and len(m.role) == 1 and _definite(m.role[0]) and m.name_span is not None \
        and m.name_span[0] > m.start + len(m.role[0]) + 2 and not m.parts


def _names_given_to_description(text, out):
    """العامل، واسمه بيشال، أوضح / الشاب، واسمه أيمن، يعمل: a definite description then the name
    it has between commas is that named person, the description their role, where the scan found no
    one there (a one-word name, most often)."""
    for idx, m in enumerate(out):
        if m.kind != "person" or m.name or len(m.role) != 1 or m.parts or not _definite(m.role[0]):
            continue
        given = _NAME_AFTER_DESCRIPTION.match(text, m.end)
        if given is None or any(x.kind == "person" and x.start <= given.start(2) < x.end for x in out):
            continue  # (الرجل، واسمه كاظم جبار الزيادي: a name the scan found, perhaps a kunya's holder)
        name, sex = tuple(given.group(2).split()), "f" if given.group(1) == "اسمها" else "m"
        if not _a_name_given(name, sex) or m.gender not in (sex, ""):
            continue
        out[idx] = Mention(m.start, given.end(2), "person", name, m.role, sex, " ".join(name), name_span=given.span(2))
    for given in _NAMING_CLAUSE.finditer(text) if "واسم" in text else ():
        # (وقف شاب نحيل ... . الشاب، واسمه أيمن، يعمل: a description the scan took for no one)
        described = _DESCRIPTION_BEFORE.search(text, max(0, given.start() - 40), given.start())
        if described is None:
            continue
        w, (a, b) = described.group(1), given.span(2)
        if any(x.start < b and a < x.end for x in out) or is_org(w) or is_document(w) or bare(w) in PLACES:
            continue
        name, sex = tuple(given.group(2).split()), "f" if given.group(1) == "اسمها" else "m"
        if _a_name_given(name, sex):
            out.append(Mention(described.start(1), b, "person", name, (w,), sex, " ".join(name), name_span=(a, b)))
    out.sort(key=lambda x: x.start)


def _a_name_given(name, sex):
    """Can the words after واسمه/واسمها be the name given, of that sex?"""
    listed = PERSON_NAMES.get(name[0])
    if listed not in (sex, "x", None) or (listed is None and (name[0] in COMMON_WORDS or name[0].startswith("ال")
                                                              or not name_like(name[0], False))):
        return False
    return not any(is_stop(w) or is_title(w) or is_org(w) or w in VERB_FORMS or (w in COMMON_WORDS and w not in PERSON_NAMES)
                   for w in name)


# a definite description, then the name it has: الشاب، واسمه أيمن، (one to three words before the comma)
_NAME_GIVEN = r"[،,][ \t]*و(اسمه|اسمها)[ \t]+([^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2})[ \t]*"  # (، واسمه أيمن)
_NAMING_CLAUSE = re.compile(_NAME_GIVEN + r"[،,]")
# the definite word the clause follows, alone since the sentence or the comma before it (searched up to the clause)
_DESCRIPTION_BEFORE = re.compile(r"(?:^|(?<=[.!؟\n،,])|(?<=[.!؟،,][ \t]))[ \t]*(?:و|ف)?(ال[^\W\d_]{2,})[ \t]*$", re.M)
_NAME_AFTER_DESCRIPTION = re.compile(r"[ \t]*" + _NAME_GIVEN + r"[،,.]")  # (right after the description, or before the stop)


# a kunya, then the name it stands for: أم يزن، واسمها ختام سمارة، (two or three words before the comma)
_NAME_AFTER_KUNYA = re.compile(r"[ \t]*[،,][ \t]*و?(اسمه|اسمها)(?:[ \t]+(?:الكامل|الحقيقي))?[ \t]+"
                               r"([^\W\d_]+(?:[ \t]+[^\W\d_]+){1,2})[ \t]*[،,.]")


def _names_apposed_to_kunya(text, out):
    """تجلس أم خليل، فاطمة حسن الصالح، أمام فرن صغير: a full name in apposition right after a kunya
    is its holder's (so after «أو»: لكن أبو جميل، أو سامر دياب كما يرد اسمه على بطاقته); the kunya
    becomes an alias (appended to `out`)."""
    kunyas = [k for k in out if k.kind == "person" and len(k.name) == 2 and not k.parts and k.name[0] in ("ام", "ابو")]
    for k in kunyas:
        m = next((m for m in out if m.start > k.end and m.kind == "person" and len(m.name) >= 2 and not m.parts
                  and not m.role and m.name[0] not in _KUNYA_HEADS
                  and " ".join(text[k.end:m.start].split()) in ("،", ",", "، او", ", او")), None)
        if m is not None and (text[m.end:m.end + 2].strip()[:1] in ("،", ",") or (
                " او" in text[k.end:m.start] and text[m.end:m.end + 5].split()[:1] == ["كما"])) \
                and name_gender(m.name) in ("f" if k.name[0] == "ام" else "m", ""):
            out.append(_alias_of(m, k.name, k.start, k.end))


_AMOUNT_BEFORE = re.compile(r"(?:(?<![0-9٠-٩:.])[0-9٠-٩]+|(?<!\w)(?:الف|الاف|الفا|الفي|مليون|ملايين|مليونا|مليار|مليارات|مئه|مائه|مئات))\s+$")


def _after_an_amount(text, m):
    """11 مليون فرنك جيبوتي، 500 مارك: a name right after a number or an amount's word is a
    currency or a unit (a listed given name spelled like one), no person (not after a time of
    day: 15:45 حمزة الرواشدة)."""
    return m.kind == "person" and not m.role and not m.parts \
        and _AMOUNT_BEFORE.search(text, max(0, m.start - 12), m.start) is not None


# وتعرف فاطمة في الحي باسم "أم عمار"، ويعرف الجميع في السوق أوهاج باسم «ود حامد»
_KNOWN_AS = re.compile(r"(?<!\w)و?(?:تعرف|يعرف|تلقب|يلقب)\s+((?:[^\s.،,:؛«»\"“”]+\s+){1,5}?)(?:باسم|بلقب)\s*"
                       r"[«\"“]([^»\"”\n.،]{2,25})[»\"”]")


def _known_as(text, out):
    """A person said by one name, then the name people know them by (وتعرف فاطمة في الحي باسم "أم
    عمار"): that name is an alias of the person (appended to `out`)."""
    if ("باسم" not in text and "بلقب" not in text) or not ("عرف" in text or "لقب" in text):
        return  # (the cheap tests first: most articles name no one so)
    for k in _KNOWN_AS.finditer(text):
        a, b = k.span(1)
        named = next((m for m in reversed(out) if m.kind == "person" and m.name and not m.parts and not m.role
                      and a <= m.start and m.end <= b and m.name[0] not in _KUNYA_HEADS), None)
        if named is None:
            # (a given name or family name alone, of someone named in full before)
            said = [t[0] for t in tokens(text, a, b) if t[0][:1].isalpha() and not is_stop(t[0])]
            named = next((m for m in reversed(out) if m.kind == "person" and len(m.name) >= 2 and not m.parts
                          and m.end <= a and m.name[0] not in _KUNYA_HEADS
                          and any(w in (m.name[0], m.name[-1]) for w in said)), None)
        alias = tuple(t[0] for t in tokens(text, k.start(2), k.end(2)))
        if named is not None and 1 <= len(alias) <= 3 and all(w[:1].isalpha() for w in alias) \
                and not any(m.parts and m.name == alias for m in out):
            out.append(_alias_of(named, alias, k.start(2), k.end(2)))


# فاطمة العريض، التي ...، تعرف نفسها في مجموعات الأهالي على واتساب بـ«أم يوسف»: the kunya a person
# named before gives themselves, a place or two between
_NAMED_ONESELF_AS = re.compile(r"(?<!\w)[وف]?(?:تعرف|يعرف|تقدم|يقدم|عرفت|عرف|قدمت|قدم)\s+(نفسها|نفسه)\s+"
                               r"(?:[^\s.،,:؛«»\"“”]+\s+){0,7}?(?:ب|باسم\s*)\s*[«\"“]?\s*((?:ام|ابو)\s+\w+)")


def _named_oneself_by_kunya(text, out):
    """The kunya a person named in full in the same paragraph gives themselves (تعرف نفسها ... بـ«أم
    يوسف»): an alias of that person (appended to `out`), when the reflexive's sex is theirs."""
    if "نفس" not in text:
        return  # (the cheap test first: most articles have no one name themselves)
    for k in _NAMED_ONESELF_AS.finditer(text):
        sex = "f" if k.group(1) == "نفسها" else "m"
        if (k.group(2).startswith("ام")) != (sex == "f"):
            continue
        named = next((m for m in reversed(out) if m.kind == "person" and len(m.name) >= 2 and not m.parts
                      and m.end <= k.start() and m.name[0] not in _KUNYA_HEADS
                      and "\n\n" not in text[m.end:k.start()] and name_gender(m.name) in (sex, "")), None)
        alias = tuple(k.group(2).split())
        described = next((m for m in reversed(out) if m.kind == "person" and not m.name and m.role and not m.parts
                          and not _definite(m.role[0]) and m.end <= k.start() and m.gender in (sex, "")
                          and "\n\n" not in text[m.end:k.start()]), None)
        if described is not None and (named is None or named.end <= described.start) \
                and not any(m.name == alias for m in out):
            # تغطي بائعة خمسينية طاولتها. تعرف نفسها بـ"أم خديجة" فقط: the one described since, by that
            # kunya from now on, her description her role
            out.append(Mention(k.start(2), k.end(2), "person", alias, tuple(described.role), sex, k.group(2)))
        elif named is not None and not any(m.parts and m.name == alias for m in out):
            out.append(_alias_of(named, alias, k.start(2), k.end(2)))


# يرفع فلان باب محله ... ، ويعرفه الجميع هنا باسم «أبو يزن»: the kunya people call the one just named
# by, his or her pronoun on the verb of calling (a few words between: who calls, where)
_CALLING = ("يعرف", "تعرف", "ينادي", "تنادي", "ينادون", "يلقب", "يلقبون", "يسمي", "يسمون", "يعرفون")
_CALLING_STEMS = tuple(v + "ه" for v in _CALLING)  # (each verb with his or her pronoun; not معرفه، رسميه)
_KNOWN_BY_PRONOUN = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(sorted(_CALLING, key=len, reverse=True)) + r")(ه|ها)\s+"
                               r"(?:[^\s.،,:؛«»\"“”]+\s+){0,5}?(?:ب|باسم\s*|بلقب\s*)?[«\"“]?\s*((?:ام|ابو)\s+\w+)")


def _known_by_pronoun(text, out):
    """The kunya a verb of calling gives the one its pronoun stands for (ويعرفه الجميع هنا باسم «أبو
    يزن»): an alias of the last person named in full before it in the paragraph, of that sex."""
    if not any(v in text for v in _CALLING_STEMS):
        return  # (the cheap test first: most articles call no one by a kunya so)
    for k in _KNOWN_BY_PRONOUN.finditer(text):
        sex = "f" if k.group(1) == "ها" else "m"
        if (k.group(2).startswith("ام")) != (sex == "f"):
            continue
        named = next((m for m in reversed(out) if m.kind == "person" and m.name and m.end <= k.start()), None)
        if named is None or len(named.name) < 2 or named.parts or named.name[0] in _KUNYA_HEADS \
                or k.start() - named.end > 400 or "\n\n" in text[named.end:k.start()] or name_gender(named.name) not in (sex, ""):
            continue  # (the last one named must be the one, and named in full)
        alias = tuple(k.group(2).split())
        if not any(m.parts and m.name == alias for m in out):
            out.append(_alias_of(named, alias, k.start(2), k.end(2)))


@lru_cache(maxsize=65536)
def _nisbas(b):
    """The adjectives of origin a place's name makes (bare): كازاخستان -> كازاخي، باكستاني; سوريا ->
    سوري; أمريكا -> أمريكي; السعودية -> سعودي; العراق -> عراقي. Empty for a word that names no
    listed place, so that a role "وزير خارجية كازاخستان" is also "الكازاخي"."""
    if len(b) < 3 or not (b in PLACES or "ال" + b in PLACES) or is_title(b) or is_org(b):
        return ()
    if b.endswith("ستان"):
        return (b[:-4] + "ي", b + "ي")
    if b.endswith(("يا", "يه")):
        return (b[:-1],)
    if b.endswith(("ا", "ه")):
        return (b[:-1] + "ي",)
    return (b + "ي",)


def _derived_adjective(w, role_words):
    """Is `w` only the adjective _nisbas made from a place among `role_words` (وهراني from وهران)?"""
    return any(w in _nisbas(b) for b in role_words if b != w)


def _epithet(m):
    """Is the person mention a feature's epithet for someone it names, with no name of its own
    (الرجل الستيني، السيدة السبعينية، الرجل الذي تجاوز الستين)?"""
    words = m.role + m.name
    if len(m.name) > 1 or (m.name and bare(m.name[0]) not in _DECADES):
        return False
    return any(bare(r) in _DECADES for r in words) or (bool(m.role) and _definite(m.role[0]) and bare(m.role[0]) in _PLAIN_PERSONS)


# a reporter meeting or asking someone (التقينا حداد، سألنا الطبيبة): the object is the person who speaks next
_MET_BY_US = {"التقينا", "قابلنا", "سالنا", "زرنا", "حاورنا", "التقت", "التقي"}


def _initial(w):
    """A given name's initial (ب. in ب. كمال, how court reports in the Maghreb name defendants)."""
    return len(w) == 2 and w[1] == "." and w[0].isalpha()


def _initialled(w):
    """A name token with its initial glued on by _unquote_initials (ب.كمال)."""
    return len(w) > 3 and w[1] == "." and w[0].isalpha()


_INITIALS = re.compile(r"[^\W\d_]\.[^\W\d_]\.?")


def _initials_after(m, toks):
    """ونفى المتهم (ع.ب): a person named by initials in brackets after the title; `m` with them
    as its name (and the bracket as its end), else `m` unchanged."""
    if m.kind != "person" or m.name or not m.role:
        return m
    k = next((k for k, t in enumerate(toks) if t[1] >= m.end), None)
    if k is None or k + 2 >= len(toks) or toks[k][0] != "(" or toks[k + 2][0] != ")" \
            or not _INITIALS.fullmatch(toks[k + 1][0]) or toks[k][1] > m.end + 1:
        return m
    w = toks[k + 1]
    return Mention(m.start, toks[k + 2][2], "person", (w[0],), m.role, m.gender, m.text + " (" + w[0] + ")",
                   name_span=(w[1], w[2]))


def _quoted_initial(text, chunk, k):
    """Is chunk[k] an initial whose name, the next token, stands alone in quotation marks?"""
    if not (_initial(chunk[k][0]) and k + 1 < len(chunk) and chunk[k + 1][0][:1].isalpha()):
        return False
    before = text[max(0, chunk[k][1] - 2):chunk[k][1]].strip()
    after = text[chunk[k + 1][2]:chunk[k + 1][2] + 2].strip()
    return before[-1:] in _QUOTE_MARKS and after[:1] in _QUOTE_MARKS


def _unquote_initials(chunk, text):
    """The chunk with a name given by its initial in quotation marks (المتهمة "م. سليمة") as one
    name token, without the marks: they keep the name anonymous, they do not make it a term,
    and م. here is no engineer's title."""
    out, k = [], 0
    while k < len(chunk):
        if _quoted_initial(text, chunk, k):
            if out and out[-1][0] in _QUOTE_MARKS:
                out.pop()
            out.append((chunk[k][0] + chunk[k + 1][0], chunk[k][1], chunk[k + 1][2]))
            k += 3 if k + 2 < len(chunk) and chunk[k + 2][0] in _QUOTE_MARKS else 2
            continue
        out.append(chunk[k])
        k += 1
    return out


def _title_said_again(text, title, end):
    """Does the article name the holder of the definite `title` after `end`, the title before a
    given name (المدربه، ايما ووكر) or after وهو/وهي (هند الانصاري، وهي الطبيبه)?"""
    for m in re.compile(r"(?<!\w)(\w+\s+)?[وف]?ال" + re.escape(bare(title)) + r"(?!\w)[\s،,]*(\w+)?").finditer(text, end):
        if (m.group(1) or "").strip() in ("وهو", "وهي") or PERSON_NAMES.get(m.group(2) or "") in ("m", "f"):
            return True
    return False


def _names_someone(w):
    """Does `w` open a clause in which others name someone (يعرفه، يلقبونه; not يعرف نفسه, nor يكنى,
    which the description's own reading takes)?"""
    return w in _CALLED and w not in ("يكني", "تكني", "يلقب", "تلقب")


def described_to_the_end(m, toks, text):
    """An unnamed source described past where its phrase was cut (دبلوماسي غربي يتابع الملف، سيدة
    كانت تتسوق في المكان، مندوبون شاركوا في صياغة البيان): the description as written to the end of
    the cue's subject, before a comma, an outlet spoken to or the way it was said; else None."""
    words = m.role + m.name if m.kind == "person" else m.name
    # (an unknown single word taken for a name, مصرفي يدير شركة، describes someone when a verb follows)
    occupation = m.kind == "person" and not m.role and len(m.name) == 1 and m.name[0] not in PERSON_NAMES \
        and not _definite(m.name[0])
    if not words or (m.kind == "person" and ((m.name and not occupation) or _definite(words[0]) or (
            is_title(words[0]) and bare(words[0]) not in _PLAIN_PERSONS
            and (any(_definite(x) for x in words) or _title_said_again(text, words[0], m.end))))) \
            or m.kind not in ("person", "anonymous"):
        return None  # (an office, رئيس البلدية، names someone the article may name: not an unnamed source;
        # سائق شاحنة يعمل، مدير مدرسة حكومية: an indefinite one describes someone unnamed, unless the
        # article names a holder of that title later, المدربة، إيما ووكر، who may be the one described)
    k = next((k for k, t in enumerate(toks) if t[1] >= m.end), len(toks))
    if k >= len(toks):
        return None
    w = toks[k][0]
    if occupation and not (w[:1] in "يت" and len(w) >= 4 or w in _RELATIVES):
        return None
    opens = w in _RELATIVES or w in ("كان", "كانت", "كانوا") or (w[:1] in "يت" and len(w) >= 4 and w not in PERSON_NAMES) \
        or (w.endswith("وا") and len(w) >= 4) or w in ("في", "من", "منذ", "مطلع", "مطلعه", "مطلعون", "قريب", "مقرب") \
        or (w == "علي" and words[-1][:1] in "يت" and words[-1] not in PERSON_NAMES)  # (سائق يعمل على خط المفرق)
    region = [t[0] for t in toks]
    if not opens or _circumstance(region, k):
        return None
    e = k
    while e < len(toks) and region[e] not in ("،", ",", ".", ":", "؛", "(") and region[e] not in _ANON_END \
            and not _circumstance(region, e) and (e == k or not is_reporting_word(region[e])) and e - k < 10 \
            and not _names_someone(region[e]):
        e += 1  # (بائع خضار يعرفه الجيران باسم "أبو فراس": the naming clause gives the source's name)
    if e == k:
        return None
    phrase = tuple(t[0] for t in toks if m.start <= t[1] and t[2] <= toks[e - 1][2])
    return Mention(m.start, toks[e - 1][2], "anonymous", phrase, (), m.gender, " ".join(phrase))


def _kunyas_given_again(text, p, toks, out):
    """Kunyas given to a person said again by one name (تروي سعاد، التي يناديها الجيران "أم رامي"،
    يقول الدالي، الذي يناديه جيرانه "أبو يزن"): aliases of the person named before in full with
    that given name or surname. A pass of its own, as the scan passes over such words."""
    if not _CALLED_RE.search(text, p.start, p.end) and not _NICKNAMED_RE.search(text, p.start, p.end) \
            and not _KNOWN_AS_RE.search(text, p.start, p.end):
        return  # (find_mentions calls this only where _may_give_kunya found a piece of such a word)
    if toks and (toks[0][0] in _CALLED or (toks[0][0][:1] in "وف" and toks[0][0][1:] in _CALLED)):
        # يلقبه أهل الحي بـ"المعلّم"، وينادونه "أبو حمد": a paragraph that opens by naming "him" gives
        # the person named in full just before the kunya and the nickname
        named = next((m for m in reversed(out) if m.kind == "person" and len(m.name) >= 2 and not m.parts
                      and m.end <= toks[0][1] and toks[0][1] - m.end <= 600 and m.name[0] not in _KUNYA_HEADS
                      and m.name[0] not in ("ابن", "ابنه", "بنت")), None)
        # (not ابن السابعة والثمانين, the age in apposition)
        k = 0
        while named is not None and k < len(toks):
            alias = _kunya_given(toks, k)
            if alias is None:
                break
            out.append(_alias_of(named, *alias))
            k = next((i for i, t in enumerate(toks) if t[1] > alias[2]), len(toks))
    for i in range(len(toks) - 3):
        w = toks[i][0]
        c = i + 2 + (toks[i + 2][0] in ("،", ","))  # (كما, after the kunya's comma if it has one)
        if w in ("ام", "ابو", "بو") and name_like(toks[i + 1][0], False, w) and toks[c][0] == "كما" \
                and c + 1 < len(toks) and toks[c + 1][0] in _CALLED:
            # يقول أبو يزن كما يناديه جيرانه: the kunya the neighbours use, of the person just named in full
            gender = "f" if w == "ام" else "m"
            named = next((m for m in reversed(out) if m.kind == "person" and len(m.name) >= 2 and not m.parts
                          and m.end <= toks[i][1] and toks[i][1] - m.end <= 600 and m.name[0] not in _KUNYA_HEADS
                          and m.gender in (gender, "") and COMMON_WORDS.isdisjoint(m.name)), None)
            if named is not None and not _unnamed_since(out, named, toks[i][1], p.start):  # (not كل صباح تقريبا, a time read as a name)
                out.append(_alias_of(named, (w, toks[i + 1][0]), toks[i][1], toks[i + 1][2]))
            continue
        if w.lstrip("و") in ("يعرف", "تعرف") and toks[i + 1][0][:1].isalpha() and not is_stop(toks[i + 1][0]):
            # وتعرف عائشة بين جيرانها بـ"أم راشد": the kunya the person said again by one name goes by
            subject, she = toks[i + 1][0], w.lstrip("و")[0] == "ت"
            named = next((m for m in reversed(out) if m.kind == "person" and len(m.name) >= 2 and not m.parts
                          and m.start < toks[i][1] and subject in (m.name[0], m.name[-1])
                          and m.gender in ("f" if she else "m", "")
                          and m.name[0] not in _KUNYA_HEADS), None)
            # (by ب right before the kunya, of the verb's gender: ويعرف سعيد "أبو حسن" منذ الطفولة knows him)
            k = next((k for k in range(i + 2, min(len(toks) - 1, i + 8))
                      if toks[k][0] in (".", "،", ",", ":") or (toks[k][0][:1] == "ب" and toks[k][0][1:] in _KUNYA_HEADS)
                      or (toks[k][0] in _KUNYA_HEADS and (toks[k - 1][0] == "ب" or (
                          toks[k - 1][0] in _QUOTE_MARKS and toks[k - 2][0] == "ب")))), None) \
                if named is not None else None
            if k is not None and toks[k][0] not in (".", "،", ",", ":") and name_like(toks[k + 1][0], False, "ابو"):
                head = _KUNYA_HEADS[toks[k][0][1:] if toks[k][0] not in _KUNYA_HEADS else toks[k][0]]
                if (head == "ام") == she:
                    out.append(_alias_of(named, (head, toks[k + 1][0]), toks[k][1], toks[k + 1][2]))
            continue
        if toks[i + 1][0] in ("التي", "الذي") and w in _SENTENCE_PERSON and (i == 0 or toks[i - 1][0] in (".", "؟", "!")):
            # يقضي إسحاق آدم أبكر أيامه بين بئرين. الرجل الذي يناديه الجميع أبو حواء: the person the
            # sentence before named in full, when no one else was named since
            last = next((m for m in reversed(out) if m.kind == "person" and m.end <= toks[i][1]), None)
            gender = "m" if toks[i + 1][0] == "الذي" else "f"
            alias = _kunya_given(toks, i + 1) if last is not None and len(last.name) >= 2 and not last.parts \
                and last.gender in (gender, "") and toks[i][1] - last.end <= 300 and last.name[0] not in _KUNYA_HEADS \
                and not any(x in text[last.end:toks[i][1]].rstrip().rstrip(".!؟") for x in ".!؟") else None
            if alias is not None and alias[0][0] in ("ام", "ابو"):
                out.append(_alias_of(last, *alias))
            continue
        if toks[i + 1][0] in ("التي", "الذي") and w[:1].isalpha() and not is_stop(w):
            # تقول الحاجة فاطمة التي يناديها الجيران أم سعيد، يقول الحلفي الذي يعرفه أهل القضاء بـ"أبو
            # حيدر": the relative clause that names the one said again by given or family name
            named = next((m for m in reversed(out) if m.kind == "person" and len(m.name) >= 2 and not m.parts
                          and m.start < toks[i][1] and (w == m.name[0] or (w == m.name[-1] and w.startswith("ال")))
                          and m.name[0] not in _KUNYA_HEADS), None)
            alias = _kunya_given(toks, i + 1) if named is not None else None
            if alias is not None and alias[0][0] in ("ام", "ابو"):
                out.append(_alias_of(named, *alias))
            continue
        if toks[i + 1][0] not in ("،", ",") or not w[:1].isalpha() or is_stop(w):
            continue
        # (يقول ود البشير، المعروف بين أهل القرية بأبي عوض: a family name inside the full name too)
        named = next((m for m in reversed(out) if m.kind == "person" and len(m.name) >= 2 and not m.parts
                      and m.start < toks[i][1] and (w in (m.name[0], m.name[-1]) or (
                          w.startswith("ال") and len(w) > 4 and w in m.name and w not in _COMPOUND_SECONDS))
                      and m.name[0] not in _KUNYA_HEADS), None)
        if named is not None and i and (kin(toks[i - 1][0]) or bare(toks[i - 1][0]) in _BESIDE):
            continue  # أما جارة العمري، أم خالد: the kunya of whose neighbour (or relative) she is, not his
        alias = _kunya_given(toks, i + 2) if named is not None else None
        if alias is not None and not any(m.parts and m.parts[0] is named and m.name == alias[0] for m in out) \
                and named.gender != ("m" if alias[0][0] == "ام" else "f" if alias[0][0] == "ابو" else "-"):
            out.append(_alias_of(named, *alias))


# people named by whom they stand beside: جارة العمري، صديق الحلفي، زميلة سعاد
_BESIDE = {"جار", "جاره", "صديق", "صديقه", "زميل", "زميله", "رفيق", "رفيقه", "شريك", "شريكه", "جاري", "جارتي"}


def _described_since(out, named):
    """Has someone been described with no name (an indefinite description: رجل نحيل تجاوز الستين،
    عاملة) among the mentions after `named`? A kunya given next is theirs."""
    return any(x.start >= named.end and (x.kind == "anonymous" or (
        x.kind == "person" and not x.name and x.role and not _definite(x.role[0]))) for x in out)


def _unnamed_since(out, named, pos, opening):
    """Has an unnamed source been described in the kunya's paragraph (from `opening`), after `named`
    and before the kunya at `pos` (تنتظر امرأة ستينية ... . أم ياسين، كما يناديها الجميع)? Then the
    kunya is that one's own name."""
    return any(x.kind == "anonymous" and max(named.end, opening) <= x.start < pos for x in out)


def _alias_of(person, name, start, end):
    """A kunya or nickname the text gives `person` (فلان، أبو خالد،؛ المعروف بـ«حسن ديري»), as a
    Mention whose single part is that person: the Resolver files the alias under them."""
    return Mention(start, end, "person", name, (), person.gender, " ".join(name), parts=[person])


def _clitic_given_name(toks, i):
    """Is toks[i] و/ف glued to the given name of a name of three or more words (فمريم راشد
    المهيري), or of two before its apposition (فإياد سمارة، الذي): a known given name opening a
    clause, not of three letters (most of those are perfect verbs as well: وذهب مراد بلقاسمي)?
    Or ل glued to one, anywhere (مقنعة لجاسم محمد، صاحب محل ...): the person it is for; or ب,
    of three letters too (التقينا بعمر أزناك، البناء ...): the person met."""
    w = toks[i][0]
    if w[:1] in "وفبل" and w[1:] == "عبد" and i + 2 < len(toks) and toks[i + 1][0].startswith("ال") \
            and (w[:1] in "بل" or i == 0 or toks[i - 1][0] in _PHRASE_ENDS or is_stop(toks[i - 1][0])) \
            and name_like(toks[i + 2][0], False, toks[i + 1][0]) and not is_title(toks[i + 2][0]):
        return True  # فعبد الرحمن محمد ورسمة هو ...، قرابة بعبد الرقيب الشرعبي، رئيس ...: a compound given name
    if w[:1] in "بل" and w[1:] in AMBIGUOUS_GIVEN:
        # ولا تربطه قرابة بسليمة بوزيد، عضو المجلس: a given name that is also a word, only with its family name
        # and who she is after it
        return _family_then_who(toks, i + 1)
    apposed = _word_name_before_apposition(toks, i)
    if not ((len(w) > 4 or (w[:1] == "ب" and len(w) == 4) or apposed) and w not in PERSON_NAMES and PERSON_NAMES.get(w[1:]) in ("m", "f")
            and (w[1:] not in COMMON_WORDS or apposed) and i + 2 < len(toks)
            and (w[:1] in "لب" or i == 0 or toks[i - 1][0] in _PHRASE_ENDS or is_stop(toks[i - 1][0]))):
        return False
    nxt, after = toks[i + 1][0], toks[i + 2][0]
    if nxt in PERSON_NAMES and nxt not in COMMON_WORDS and not nxt.startswith("ال") and after[:1].isalpha() \
            and name_like(after, False, nxt) and not is_title(after):
        return True
    if w[:1] in "وف" and nxt in ("،", ",") and after[:1].isalpha() and not after.startswith("ال") and is_title(after):
        return True  # فجبار، تاجر إبل قدم من سوق الزبير، يقول: a lone given name, then who he is
    # (فإياد سمارة (38 عاما)، الذي ...: two words, then the apposition's bracket or comma)
    return after in ("(", "،", ",") and nxt[:1].isalpha() and nxt not in COMMON_WORDS and not is_title(nxt) and (
        (not nxt.startswith("ال") and name_like(nxt, False, w[1:]))
        # (ومررنا بهند العطار، صاحبة ...: a definite family name before the apposition)
        or (nxt.startswith("ال") and nxt[2:] not in COMMON_WORDS and not is_org(nxt) and not is_stop(nxt)))


def _word_name_before_apposition(toks, i):
    """فحسن عيسى، وهو أب لأربعة: و/ف and a given name that is also a word (حسن، عمر), when a listed
    name no list calls a word follows and then the apposition's comma or bracket."""
    if toks[i][0][:1] not in "وف" or i + 2 >= len(toks) or toks[i][0][1:] in VERBS:
        return False  # (وروى راجيش، : the verb, روي read as Roy)
    nxt = toks[i + 1][0]
    return nxt in PERSON_NAMES and nxt not in COMMON_WORDS and not nxt.startswith("ال") and toks[i + 2][0] in ("(", "،", ",")


_CLITIC_KUNYAS = {"وام", "فام", "وابو", "فابو"}
_STOP_STARTS = {"عدد", "ام", "ابو", "احد", "احدي"}  # listed as particles, yet they open a phrase (عدد من، أم فلان، أحد السكان)


def _definite_given_name(toks, k):
    """A definite given name starting a name at k, the surname after it (والي قفصة، الهادي القلعي،),
    or a given name that is also an adjective with ال before a family name no list gives as another
    name (الرجل، السعيد مزياني،)."""
    if k + 1 >= len(toks):
        return False
    w = toks[k + 1][0]
    if w in _NASAB and k + 2 < len(toks) and toks[k + 2][0][:1].isalpha() and not is_title(toks[k][0]) \
            and toks[k][0] not in COMMON_WORDS:
        return True  # شقيقه الأصغر، الشيخاني ولد الطالب محمود،: a definite given name, then his father's
        # (not الراي ولد هنا، ...: a common noun, and ولد the verb)
    if PERSON_NAMES.get(toks[k][0]) not in ("m", "f"):
        return _adjective_given_name_apposed(toks, k) and PERSON_NAMES.get(w, "-") == "-" and w not in COMMON_WORDS \
            and name_like(w, False)
    if w.startswith("ال"):  # a definite family name closing the apposition: الهادي القلعي،
        return w.endswith("ي") and not is_title(w) and w not in COMMON_WORDS and not is_org(w) \
            and (k + 2 == len(toks) or toks[k + 2][0] in ("،", ",", ".", "("))
    return name_like(w, False)


def _described_before_naming(toks, k):
    """The indefinite words before the verb of naming oneself at k (يعمل خباز شاب عرف نفسه باسم
    عادل): who the person is, up to three words after a verb or a comma; () when there are none."""
    words = []
    j = k - 1
    if j >= 2 and toks[j - 1][0] == "من" and (toks[j][0] in PLACES or _definite(toks[j][0])):
        j -= 2  # زائر سعودي من الدمام قدم نفسه: where he comes from, after who he is
    while j >= 0 and len(words) < 3 and toks[j][0][:1].isalpha() and not _definite(toks[j][0]) \
            and not is_stop(toks[j][0]) and toks[j][0] not in PERSON_NAMES \
            and (is_title(toks[j][0]) or not _feature_verb(toks[j][0])) \
            and toks[j][0] not in VERB_FORMS:
        w = toks[j][0]
        if w.endswith("ا") and len(w) > 3 and (is_title(w[:-1]) or w.endswith("يا") or (
                words and toks[j + 1][0].endswith("يا"))):
            w = w[:-1]  # التقينا زائرا سعوديا: the accusative, said later as الزائر السعودي
        words.insert(0, w)
        j -= 1
    if not words or (j >= 0 and toks[j][0][:1].isalpha() and toks[j][0][:1] not in "يتو" and not is_stop(toks[j][0])
                     and not (_definite(toks[j][0]) and j >= 1 and (toks[j - 1][0][:1] in "يت"
                                                                     or toks[j - 1][0].lstrip("و") in _MET_BY_US))):
        return ()  # (only after a verb of the scene, its subject (التقت الصحيفة زائرا), a conjunction or punctuation)
    return tuple(words)


def _nisba_family_name(w):
    """A definite family name in ي that is no title, body or listed word (المطيري، الحربي)."""
    return w.startswith("ال") and w.endswith("ي") and len(w) > 5 and w not in COMMON_WORDS and not is_title(w) \
        and not is_org(w) and PERSON_NAMES.get(w) not in ("m", "f")


def _family_after_ambiguous(w):
    """A family name after a given name that is also a word (حصة المطيري، سليمة بوزيد): a nisba, or a
    name word of the lists that is no common word, title or body."""
    return _nisba_family_name(w) or (w in PERSON_NAMES and w not in COMMON_WORDS and not is_title(w)
                                     and not is_org(w) and not w.startswith("ال") and not is_stop(w)) \
        or _clan_plural_name(w)


def _clan_plural_name(w):
    """A Levantine family name shaped as a clan's plural (المعايطة، الطراونة، العواملة): definite,
    CCaCiCa, no common word, title or body."""
    return w.startswith("ال") and w.endswith("ه") and len(w) >= 8 and w[4] == "ا" and w[2:] not in COMMON_WORDS \
        and w not in COMMON_WORDS and not is_title(w) and not is_org(w) and w[2:] not in PLACES


def _family_then_who(toks, k):
    """After a given name that is also a word: its family name at k, a comma, then who she is
    (حصة المطيري، المحررة ...; سليمة بوزيد، عضو المجلس)?"""
    return k + 2 < len(toks) and _family_after_ambiguous(toks[k][0]) and toks[k + 1][0] in ("،", ",") \
        and (is_title(toks[k + 2][0]) or _definite(toks[k + 2][0]))


def _given_name_before_l_surname(w, surname):
    """Is `w`, the role's last word, the given name before a Maghrebi family name in ل (السالكة
    لحبيب): a definite word no list knows, no adjective, title or body?"""
    return _maghrebi_l_surname(surname) and _definite(w) and w not in COMMON_WORDS and not w.endswith(("ي", "يه")) \
        and not is_title(w) and not is_org(w)


def _maghrebi_l_surname(w):
    """A family name in ل that no list gives (لحبيب، لعمارة، لكحل): ل and a name or a word, never
    a preposition on a noun the lists know as one (لرئيس، للجمعية)."""
    return w[:1] == "ل" and not w.startswith("لل") and len(w) >= 4 and w not in PERSON_NAMES and w not in COMMON_WORDS \
        and w[1:] in PERSON_NAMES and not is_title(w[1:]) and not is_org(w[1:]) and w[1:] not in COMMON_WORDS


def _family_name_ends(toks, k):
    """Does the family name before k end there, a place or a particle next (يقف الحسين أوبلا وسط
    ضيعته), or at k + 1 when k is a divine name that ends a compound (يقف الطيب حسب الرسول فوق)?"""
    if toks[k][0] in _COMPOUND_SECONDS and k + 1 < len(toks):
        k += 1
    return toks[k][0] in _PLACE_PREPOSITIONS or is_stop(toks[k][0])


def _feature_verb(w):
    """Can `w` be a feature's verb in the present (يقف، تجلس) before its subject? Its shape only."""
    return w[:1] in "يت" and 3 <= len(w) <= 6 and w not in PERSON_NAMES


def _verb_before_kunya(w, head):
    """Can `w` be the verb a kunya follows as its subject (تبيع، يقول، ملأت، تستقبلنا)? Its shape
    only, past an object pronoun glued to it."""
    if len(w) > 6 and w.endswith(("نا", "ني", "ها", "هم")):
        w = w[:-2]  # تستقبلنا أم ياسين: the verb with its object, then its subject
    return 3 <= len(w) <= 6 and (w[:1] in "يت" or (head == "ام" and w.endswith("ت")))


def _kunya_given(toks, k, naming=True):
    """(kunya, start, end) when the clause from k gives the person before it a kunya: in
    apposition (فلان، أبو خالد،) or after a naming word (الملقب بأبي محمد، المعروف في قريته
    بـ«أبو خالد»، الذي يناديه الجيران «أبو سالم»). `naming` False: the paragraph holds no
    naming word (_may_give_kunya), so only the apposition is looked for."""
    if k + 2 < len(toks) and toks[k][0] in ("ام", "ابو") and name_like(toks[k + 1][0], False, toks[k][0]) \
            and toks[k + 2][0] in ("،", ",", ")"):
        return (toks[k][0], toks[k + 1][0]), toks[k][1], toks[k + 1][2]
    if k + 4 < len(toks) and toks[k][0] in _QUOTE_MARKS and toks[k + 1][0] in ("ام", "ابو") \
            and name_like(toks[k + 2][0], False, toks[k + 1][0]) and toks[k + 3][0] in _QUOTE_MARKS and toks[k + 4][0] in ("،", ","):
        return (toks[k + 1][0], toks[k + 2][0]), toks[k + 1][1], toks[k + 2][2]  # سميرة الحسن، "أم علي"،
    if k + 2 < len(toks) and toks[k][0] == "او":
        # يقف محمود ديوب، أو «أبو سامر» كما يناديه أهل القرية: "or" and the name the village uses
        j = k + 1 + (toks[k + 1][0] in _QUOTE_MARKS)
        if j + 1 < len(toks) and toks[j][0] in ("ام", "ابو") and name_like(toks[j + 1][0], False, toks[j][0]):
            e = j + 2 if toks[j + 1][0] == "عبد" and j + 2 < len(toks) and toks[j + 2][0][:1].isalpha() else j + 1
            nxt = e + 1 + (e + 1 < len(toks) and toks[e + 1][0] in _QUOTE_MARKS)
            if nxt >= len(toks) or toks[nxt][0] in ("،", ",", "كما", ")"):
                return tuple(t[0] for t in toks[j:e + 1]), toks[j][1], toks[e][2]
    if not naming:
        return None
    named = False
    for i in range(k, min(len(toks) - 1, k + 24)):
        w = toks[i][0]
        if w in (".", ":", "؛", "؟"):
            return None
        if bare(w) in _NICKNAMED or w.lstrip("و") in _CALLED:
            named = True
            continue
        if not named:
            continue
        if w[:1] == "ب" and w[1:] in _KUNYA_HEADS:
            w = w[1:]
        if w in _KUNYA_HEADS and name_like(toks[i + 1][0], False, "ابو"):
            e = i + 2 if toks[i + 1][0] in ("عبد", "ابو") and i + 2 < len(toks) and toks[i + 2][0][:1].isalpha() else i + 1
            # (بأم عبد الرحمن: a compound name after the head)
            return (_KUNYA_HEADS[w],) + tuple(t[0] for t in toks[i + 1:e + 1]), toks[i][1], toks[e][2]
        if w in _QUOTE_MARKS and toks[i + 1][0] not in _KUNYA_HEADS:
            # a nickname in quotation marks (المعروف بـ«حسن ديري»، يلقبونه «عميد المضمرين»)
            e = i + 1
            while e < len(toks) and e - i <= 4 and toks[e][0] not in _QUOTE_MARKS and toks[e][0][:1].isalpha():
                e += 1
            if 2 <= e - i <= 4 and e < len(toks) and toks[e][0] in _QUOTE_MARKS:
                return tuple(t[0] for t in toks[i + 1:e]), toks[i + 1][1], toks[e - 1][2]
            return None
    return None


# the forms that give someone an office of a title: ب + its verbal noun (فاز برئاسة) or the title
# in the accusative (انتخب فلان رئيسا، فلان أمينا عاما)
_WON_OFFICE = {"رئيس": ("برئاسه", "رئيسا"), "امين": ("بامانه", "امينا"), "عميد": ("بعماده", "عميدا"),
               "مدير": ("بمنصب", "مديرا"), "نقيب": ("بمنصب", "نقيبا"), "رئيسه": ("برئاسه", "رئيسه")}


_OBTAINED = {"اطلعت", "اطلع", "حصلت", "حصل", "تحصلت", "تحصل", "تلقت", "تلقي", "توصلت", "توصل", "تسلمت", "تسلم"}
# (the outlet that saw or got a document)


def _genitive_of_title(role, w):
    """Is `w` the definite genitive right after an indefinite title (وزير المالية: the ministry's
    domain, a noun, not an adjective that names a nationality or an affiliation)?"""
    return any(k and bare(r) == w and _definite(r) and not _definite(role[k - 1]) and is_title(role[k - 1])
               for k, r in enumerate(role))


_KUNYA_HEADS = {"ابو": "ابو", "ابي": "ابو", "ابا": "ابو", "ام": "ام"}
_TO_A_KUNYA = {"لابي", "لابو", "لابا", "لام"}  # ل glued to a kunya's head: of or for its holder


def _fathers_name(name, unmarked=True):
    """The father's name a person's name gives (علي بن سالم الكواري; ناصر سالم المهندي when
    `unmarked`: سالم), else ""."""
    k = next((k for k in range(len(name) - 1) if name[k] in ("بن", "ولد")), None)
    if k is not None:
        return name[k + 1]
    return name[1] if unmarked and len(name) >= 3 and name[0] not in _CONNECTORS and name[1] not in _CONNECTORS else ""


def _given_length(name):
    """How many words a full name's given name takes: two for عبد and what follows (عبد الرحمن
    جاسم المهندي), else one."""
    return 2 if len(name) >= 3 and name[0] == "عبد" else 1


def _kunya_key(name):
    """A kunya in any case (أبو، أبي، أبا خالد) as one key; other names unchanged."""
    return (_KUNYA_HEADS[name[0]],) + tuple(name[1:]) if name and name[0] in _KUNYA_HEADS else name


_SENTENCE_PERSON = {"الرجل", "المراه", "السيده", "الشاب", "الشابه", "الفتاه", "العجوز", "الام", "الاب", "الجد", "الجده",
                    "الحاج", "الحاجه"}  # (who a sentence opens on: the one the sentence before named)
_CALLED = {"يناديه", "يناديها", "ينادونه", "ينادونها", "يلقبه", "يلقبها", "يلقبونه", "يلقبونها", "يسميه", "يسميها",
           "يسمونه", "يسمونها", "يكني", "تكني", "كنيته", "كنيتها", "تلقب", "يلقب", "يعرفه", "يعرفها", "يعرفونه",
           "يعرفونها", "تعرفه", "تعرفها", "يكنيه", "يكنيها", "يكنونه", "يكنونها", "تكنيه", "تكنيها",
           "تناديه", "تناديها", "تلقبه", "تلقبها", "تسميه", "تسميها",  # (كما تناديها جاراتها: the women neighbours)
           "يعرف نفسه", "تعرف نفسها", "يسمي نفسه", "تسمي نفسها"}  # (أبو سعيد، كما يعرّف نفسه: the name he goes by)
_BUT_WORDS = {"لكن", "ولكن", "بينما", "فيما"}  # (what may open a sentence before its topic)
_GOVERNING = {"من", "عن", "الي", "علي"}  # prepositions (with و/ف) whose object a listed word of no sex is
_CALLED_RE = re.compile("|".join(sorted(_CALLED, key=len, reverse=True)))  # (found inside و-words too)
_KNOWN_AS_RE = re.compile(r"(?<!\w)و?[يت]عرف\s")  # (وتعرف عائشة بين جيرانها بـ"أم راشد": is known)
# a piece of every word of _CALLED and _NICKNAMED (يناديه، يلقبها، يسمونه، تكنى، يعرفه، المعروف، الشهير):
# a paragraph with none of them names no kunya (no token of it holds such a word), and str's `in`
# rules that out several times faster than the two patterns, which have no literal start for `re`
# to skip ahead to
_KUNYA_GIVING_PIECES = ("يناد", "تناد", "لقب", "يسم", "تسم", "كني", "كنو", "عرف", "معروف", "شهير")


def _may_give_kunya(paragraph):
    """Can _CALLED_RE or _NICKNAMED_RE match in `paragraph`? (False: certainly not.)"""
    for piece in _KUNYA_GIVING_PIECES:  # (a loop: faster than any() over a generator here)
        if piece in paragraph:
            return True
    return False


def _inside_name(toks, i):
    """Does the token at i continue a name begun before it: after a connector (بن، منت، ولد),
    or after a title that follows one (منت الشيخ سيدي محمد)?"""
    if i == 0:
        return False
    prev = toks[i - 1][0]
    return prev in _CONNECTORS or (i > 1 and toks[i - 2][0] in _CONNECTORS and is_title(prev) and prev.startswith("ال"))


@lru_cache(maxsize=65536)
def _np_head(w):
    """Does `w` open a source phrase in running text: a title, a body, a group noun?"""
    # (not الرد: ورفض فلان الرد على الاتهامات, the reply he declined, a verbal noun more often than a document)
    return (is_title(w) and not is_stop(w)) or (is_org(w) and not w.startswith(("رد", "بيان", "الرد"))) or w in _GROUP_HEADS


def _inside(spans, pos):
    """Is `pos` inside one of the sorted, non-overlapping (start, end) spans?"""
    k = bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


# ---------------------------------------------------------------- resolution

@dataclass(slots=True)
class Entity:
    """A source the article names, with every way it is named."""

    kind: str
    name: tuple
    gender: str = ""
    roles: set = field(default_factory=set)  # bare role head words
    role_words: set = field(default_factory=set)  # every bare word of its roles
    role_text: str = ""
    offices: list = field(default_factory=list)  # (title stem, the construct word after it or "") per role given
    positions: list = field(default_factory=list)
    known: bool = False
    age: int = 0  # given right after the name: فلانة (31 عاما)، فلان، 46 عاما،
    # what the entity is to a relative introduced through it (ابنته ريم: والد), which finds it as
    # الأب; kept apart from roles, as the principal person is no relative named by a relation
    relative_of: set = field(default_factory=set)
    introduced_as: tuple = ()  # the role of the mention that first named it

    def own_office_first(self):
        """Was it introduced by an office of its own, not an honorific or a relation (الأمين العام
        للنقابة، فلان، وهو ابن عم المدير العام; not شقيقه الأصغر، المهندس فلان)?"""
        r = self.introduced_as
        return bool(r) and is_title(r[0]) and r[0] not in HONORIFICS and not kin(r[0]) \
            and _stem(bare(r[0])) not in _RELATIVES_BY_NAME


class _WordPositions(dict):
    """word -> the indices of the body tokens that are that word, in text order, for `get`. A
    word's list is found when it is first asked for: an article asks for a few words (the
    surnames and given names of its people), so indexing every token would be wasted work."""

    def __init__(self, body):
        super().__init__()
        self._words = list(map(TOKEN_WORD, body))

    def get(self, word, default=None):
        found = dict.get(self, word)
        if found is None:
            found = self[word] = _indices(self._words, word)
        return found or default


def _indices(items, item):
    """The indices where `item` stands in the list `items`, in order (list.index runs at C speed)."""
    out = []
    k = -1
    try:
        while True:
            k = items.index(item, k + 1)
            out.append(k)
    except ValueError:
        return out


# verbs whose object is a person, written right after their subject (سأل النائب فلان الحاكم)
_ADDRESSING = {f + v for v in ("سال", "سالت", "خاطب", "خاطبت", "استقبل", "استقبلت", "التقي", "التقت", "قابل", "قابلت",
                               "ناشد", "ناشدت", "حاور", "حاورت", "قاطع", "قاطعت", "استجوب", "استجوبت", "انتقد", "انتقدت",
                               "هاجم", "هاجمت", "حمل", "حملت", "اتهم", "اتهمت", "طالب", "طالبت", "دعا", "دعت")
               for f in ("", "و", "ف")}


# adjectives of a place named in a role (بلدية عندقت المجاورة، قرية الحمرا القديمة)
_NEIGHBOURING = {"مجاوره", "مجاور", "جديده", "قديمه", "محاذيه", "قريبه", "نائيه", "حدوديه", "منكوبه"}


def _honoured_given_name(role, name, words, j):
    """الحاج خلف عبيد الجبوري: right after an honorific, a given name that is also a preposition of
    place (خلف), when two more name words follow."""
    w = words[j]
    return not name and bool(role) and role[-1] in HONORIFICS and w in PERSON_NAMES and w in _PLACE_PREPOSITIONS \
        and j + 2 < len(words) and name_like(words[j + 1], False, w) and name_like(words[j + 2], False, words[j + 1])


def _people_after_the_body(w, head):
    """A definite masculine plural right after a definite body's head (ودعت الوزارة المزارعين): the
    verb's object, as no adjective of the body would be."""
    return _definite(head) and w.startswith("ال") and w.endswith(("ين", "ون")) and len(w) > 5 and not is_org(w)


def _plural_object(w, prev):
    """A definite feminine plural noun right after a definite word that closes a body's name (الشركة
    الاتهامات، وزارة الصحة الادعاءات): no adjective of the name, the verb's object."""
    return w.startswith("ال") and w.endswith("ات") and len(w) >= 6 and _definite(prev) and not is_org(w) \
        and w not in PERSON_NAMES and w not in PLACES


def _descriptive(name):
    """A body named only by its head and definite adjectives (الشركة المشغلة، اللجنة المحلية): a
    description, no name of its own."""
    return len(name) >= 2 and all(w.startswith("ال") and (bare(w) in COMMON_WORDS or w.startswith("الم")
                                                         or w.endswith(("ي", "يه"))) and not is_org(w)
                                  for w in name[1:])


class Resolver:
    """Holds the article's entities and resolves mentions to canonical names."""

    def __init__(self, mentions, known_speakers=(), original=None, body_tokens=(), quoted_tokens=None, paragraph_starts=()):
        self.body = list(body_tokens)
        self._paragraph_starts = sorted(paragraph_starts)  # (a sentence ends with its paragraph)
        # a function giving the tokens inside quotations (asked for only when a short name is
        # found nowhere else): a name first written there expands a short one
        self._quoted = quoted_tokens
        self._expanded = {}
        self._expanded_orgs = {}
        self._index = None
        self._starts = None  # start offsets of the body tokens, built on first use
        self._by_role = {}  # role head stem -> entities holding that role
        self.entities = []
        self.orgs = []  # (position, phrase tuple)
        self.org_heads = {}  # head noun -> (position, name) of a body named through its own name
        self.kunyas = {}
        self.reported_orgs = []
        self.org_aliases = {}  # a body's short name given in brackets after its full name -> the full name
        self.described = []  # (position, role) of an office named by its description alone (والي وهران)
        self.offices = []  # (position, role) of an unnamed office by a definite title of three words or more
        self._apposed_offices = set()  # positions of those offices written after a name and a comma
        self.pairs = []  # (position, mention) of two people named together (وقفت سارة ومروة القماطي)
        self._last_named = None  # (end, entity, start) of the last person added by name
        self._offices_after_name = []  # positions of offices read as written right after a name
        self.display = {}  # normalized name -> the name as written
        self._original = original
        self.known = []  # (set before the mentions: adding one may resolve an epithet given a kunya)
        for ks in known_speakers or ():
            from .normalize import normalize_word
            names = [tuple(normalize_word(a).split()) for a in (ks.name, *ks.aliases) if a]
            self.known.append((ks, names))
        for m in sorted(mentions, key=lambda m: m.start):
            self.add(m)

    def _token_index(self, pos):
        """How many body tokens start before normalized offset `pos` (the index of the first at or
        after it); the start offsets are listed on first use."""
        if self._starts is None:
            self._starts = list(map(TOKEN_START, self.body))
        return bisect_right(self._starts, pos - 1)

    def _build_index(self):
        self._index = _WordPositions(self.body)

    def remember(self, words, span):
        """Show `words` as the text at normalized `span` is written."""
        self._remember(words, span)

    def _remember(self, words, span):
        if self._original is not None and span and words:
            name = " ".join(words)
            if name not in self.display:  # (the first place wins: a name said again is not looked up again)
                shown = self._original(*span)
                if _KUNYA_HEADS.get(words[0]) == "ابو" and shown[:3] in ("أبي", "أبا", "ابي", "ابا"):
                    shown = shown[0] + "بو" + shown[3:]  # عرف نفسه بأبي سامر: the kunya is أبو سامر
                elif shown[:1] == "ل" and words[0].startswith("ال") and span[0] > 0 and self._original(span[0] - 1, span[0]) == "ل":
                    # بلاغ للبنك المركزي، تقرير للجنة: the span starts inside لل, the body is البنك، اللجنة
                    shown = ("ال" if words[0].startswith("الل") else "ا") + shown
                self.display[name] = shown

    def _comma_between(self, a, b):
        """Is the text between normalized offsets a and b a comma (فجبار، تاجر إبل: an apposition)?"""
        return self._original is not None and self._original(a, b).strip() in ("،", ",")

    def show_span(self, start, end, default):
        """The text as written at normalized [start, end)."""
        return self._original(start, end) if self._original is not None else default

    def show(self, name):
        """The speaker as the article writes it (the normalized form when unknown)."""
        return self.display.get(name, name)

    def add(self, m):
        if m.kind == "person" and m.parts and len(m.parts) == 2:
            self.pairs.append((m.start, m))
        if m.kind == "organisation" and len(m.parts) == 1:  # الجمعية اللبنانية لمراقبة الاقتراع (لانا)
            self.org_aliases[m.name] = m.parts[0].name
            return None
        if m.kind == "organisation":
            self.orgs.append((m.start, m.name))
            if m.role and m.name_span:  # named through its own name: the head it was described by finds it
                self.org_heads[bare(m.role[0])] = (m.start, m.name)
                self._remember(m.name, m.name_span)
            else:
                self._remember(m.name, (m.start, m.end))
            return None
        named = self._last_named
        if (m.kind == "anonymous" or (m.kind == "person" and not m.name)) and named is not None \
                and m.role and is_title(m.role[0]) \
                and (0 <= m.start - named[0] <= 1 or (m.start - named[0] == 2 and not _definite(m.role[0])
                                                       and self._comma_between(named[0], m.start))) \
                and not (_definite(m.role[0]) and self._addressed_after(named[2])):
            # اللواء فلان محافظ البحيرة: the office written right after the name is that person's
            self._add_roles(named[1], m.role, m.start)
            self._offices_after_name.append(m.start)
            return named[1]
        if m.kind != "person":
            return None
        if m.parts and m.name and len(m.parts) == 1:  # a kunya or nickname given to the person in parts
            part = m.parts[0]
            ent = self.add(part)
            if ent is None and _epithet(part):
                # (given to an age epithet: the person it names, the last of that age or gender)
                name, _ = self.person(part, part.start, part.gender)
                ent = next((e for e in self.entities if " ".join(e.name) == name), None)
            if ent:
                self.kunyas[_kunya_key(m.name)] = ent
            return ent
        if _kunya_key(m.name) in self.kunyas and not m.parts:
            ent = self.kunyas[_kunya_key(m.name)]  # أبو سالم again (أبي سالم in the genitive): the person given it
            insort(ent.positions, m.start)  # (and named here, for what follows)
            return ent
        if not m.name:
            if len(m.role) >= 2 and is_title(m.role[0]) and not _definite(m.role[0]) and not kin(m.role[0]) \
                    and not is_title(m.role[1]) and m.role[1][:1].isalpha():
                self.described.append((m.start, m.role))  # والي وهران، عميد بلدية سبها: an office and where
                self._remember(m.role, (m.start, m.end))
            elif len(m.role) >= 3 and is_title(m.role[0]) and _definite(m.role[0]) and not kin(m.role[0]):
                self.offices.append((m.start, m.role))  # الناطق الرسمي باسم الحكومة: said short later
                self._remember(m.role, (m.start, m.end))
                k = self._token_index(m.start)
                if k >= 2 and self.body[k - 1][0] in ("،", ",") and any(
                        e.kind == "person" and e.name and e.name[-1] == self.body[k - 2][0] for e in self.entities):
                    self._apposed_offices.add(m.start)  # (مفتاح الشريف، الناطق باسم النقابة: his)
            return None
        if len(m.name) >= 3 and m.name[-1][:1] == "و" and not m.parts and self.names_with(m.name[-1][1:]):
            # خليفة بن حمد الرواحي وليندكفيست: and someone named before, by his surname; not more of this name
            span = (m.name_span[0], m.name_span[1] - len(m.name[-1]) - 1) if m.name_span else None
            m = Mention(m.start, m.end, m.kind, m.name[:-1], m.role, m.gender, m.text, m.parts, span)
        if len(m.name) > 2 and m.name[-1] in _AS_ROLE:  # يوسف ولد محمدو بصفته رئيس ...
            span = (m.name_span[0], m.name_span[1] - len(m.name[-1]) - 1) if m.name_span else None
            m = Mention(m.start, m.end, m.kind, m.name[:-1], m.role, m.gender, m.text, m.parts, span)
        if 1 <= len(m.name) <= 2 and (bare(m.name[-1]) in _DECADES or (bare(m.name[-1]) in _YOUNG_OR_OLD and _definite(m.name[-1]))) \
                and (len(m.name) == 1 or _definite(m.name[0])):
            return None  # يقول الفلاح الخمسيني، الخوري العجوز: someone named again by an age, no person of that name
        relation = kin(m.name[0])
        if relation and len(m.name) > 1:  # نجله شريف السقا: the relation is a role, not the name
            m = Mention(m.start, m.end, m.kind, m.name[1:], (m.name[0],) + m.role, m.gender, m.text, m.parts, m.name_span)
        elif relation:
            return None
        self._remember(m.name, m.name_span)
        if len(m.name) >= 2 and m.name[-1].startswith("ال") and self._told_apart(m.name) is not None \
                and not self._containing(m.name) and not self._own_word_taken_for_office(m):
            return None  # a descriptor, not a new person
        if len(m.name) == 2 and m.name[1] in COMMON_WORDS and m.name[1] not in PERSON_NAMES:
            same = [e for e in self.entities if len(e.name) >= 2 and e.name[0] == m.name[0]]
            if len(same) == 1:  # يامن خريج معهد ...: the person named before, then what he is
                insort(same[0].positions, m.start)
                return same[0]
        # (a feature's person known by a given name alone, سعاد، is an entity too: found again later)
        ent = self._match(m.name, m.gender, m.start, create=len(m.name) >= 2 or _initialled(m.name[0]) or _given_after_naming(m) or (
            PERSON_NAMES.get(m.name[0]) in ("m", "f") and m.name[0] not in COMMON_WORDS
            # (or described by indefinite words: خباز شاب عرف نفسه باسم عادل)
            and (not [r for r in m.role if not kin(r)] or all(not _definite(r) for r in takewhile(lambda r: not is_stop(r), m.role)))))
        # (ممرضة عملت في القسم، وطلبت أن نسميها «هبة»: the description's words before its preposition)
        if ent is None:
            return None
        if m.gender and not ent.gender and len(m.name) >= 2:
            ent.gender = m.gender
        self._add_roles(ent, m.role, m.start)
        self._relate_possessor(ent, m.role, m.start)
        self._roles_around(ent, m)
        if m.role and not ent.role_text:
            ent.role_text = " ".join(r for r in m.role if not kin(r))
        if not ent.positions:
            ent.introduced_as = m.role
        insort(ent.positions, m.start)
        self._last_named = (m.end, ent, m.start)
        return ent

    def add_named_object(self, m):
        """A person named as an object (منحت اللقب لريم الزهراني): known by that full name for a later
        short mention, but given no role around it and no subject a later sentence goes on with."""
        self._remember(m.name, m.name_span)
        ent = self._match(m.name, m.gender, m.start, create=True)
        if not ent.positions:
            insort(ent.positions, m.start)

    def _addressed_after(self, pos):
        """Does the phrase at `pos` follow a verb that takes a person as its object (سأل النائب فلان
        الحاكم: the governor is the one asked, not the MP's office)?"""
        if not self.body:
            return False
        k = self._token_index(pos)
        return k > 0 and self.body[k - 1][0] in _ADDRESSING

    def _relate_possessor(self, ent, role, pos):
        """Whose relative the entity is introduced as (يقف إلى جانب ابنته ريم): the person named
        just before, at most 150 characters before `pos`, is then the father (or mother) of that child, or the child of that parent,
        so that الأب، الأم، الابن، الابنة find them later."""
        named = self._last_named
        if named is None or named[1] is ent or not 0 <= pos - named[0] <= 150 or len(named[1].name) < 2 \
                or not named[1].name[0] in PERSON_NAMES:
            return  # (the possessor is a person named in full in the same sentence)
        for r in role:
            relation = kin(r)
            if relation is None:
                continue
            group = _KIN_SAME.get(relation[0], ())
            female_possessor = r.endswith(("ها", "هما")) and not r.endswith("هم")
            if "ابن" in group or "ابنت" in group:
                named[1].relative_of.add("والدت" if female_possessor else "والد")
            elif "والد" in group or "والدت" in group:
                named[1].relative_of.add("ابنت" if female_possessor else "ابن")
            return

    def _add_roles(self, ent, role, pos=None):
        """Record every way a role names the entity: its title heads (رئيس، وزيرة), each of its
        words (المالية), and a kinship relation (زوجته -> زوجت); a counterpart (نظيره) holds the
        office of the titled person named before `pos`."""
        _record_office(ent, role)
        for k, r in enumerate(role):
            relation = kin(r) or kin_descriptor(r)
            if relation:
                ent.roles.add(relation[0])
                ent.role_words.add(relation[0])
                if relation[0] in ("نظير", "نظيرت", "خلف") and pos is not None:
                    # نظيره: a counterpart holds the same office; خلفه: the successor takes it over, the new one
                    others = [e for e in self.entities if e is not ent and e.positions and e.positions[0] < pos
                              and any(is_title(x) for x in e.roles)]
                    if others:
                        before = _recent(others, pos)
                        for x in before.roles:
                            if is_title(x) and x not in ent.roles:
                                ent.roles.add(x)
                                self._by_role.setdefault(_stem(x), []).append(ent)
                        if relation[0] == "خلف":  # (the office's words, not the predecessor's leaving)
                            ent.role_words.update((before.role_words - _LEAVING) | {"جديد"})
                continue
            b = bare(r)
            dual = _dual_head(r, role[k + 1]) if k + 1 < len(role) else ""
            if dual:  # (نائبا رئيس النادي: each is a deputy, and the president is someone else)
                ent.roles.add(dual)
                self._by_role.setdefault(_stem(dual), []).append(ent)
                ent.role_words.add(dual)
                continue
            if (is_title(r) or (r in _HEADMAN and k == 0)) and not (
                    k and (is_title(role[k - 1]) or _dual_head(role[k - 1], r) or role[k - 1] in ("عم", "خال"))
                    and not _definite(role[k - 1])) \
                    and not (k and r.startswith("لل") and any(is_title(x) for x in role[:k])):
                # (ابن عم المدير العام: a cousin, and the office his cousin's)
                # (النائب الأول للرئيس: the president's deputy, no president)
                # (محامي المتهم الأول: the lawyer is no defendant; the title in construct is his client;
                # نائب رئيس المجلس is no رئيس, مستشار وزير الخارجية no minister)
                ent.roles.add(b)
                self._by_role.setdefault(_stem(b), []).append(ent)
            ent.role_words.add(b)
            ent.role_words.update(_nisbas(b))

    def _roles_around(self, ent, m):
        """Roles the body gives next to a name outside the parsed phrase: a kinship word
        before it (وقالت أرملته فاطمة ...), and after it "، وهو ناقد سينمائي" or "بصفته رئيس
        الاتحاد"."""
        if not self.body:
            return
        body = self.body
        k = self._token_index(m.start)  # the first token at or after the mention
        if 0 < k <= len(body) and body[k - 1][0] in ("برئاسه", "وبرئاسه") and not (m.role and bare(m.role[0]) in ("رئيس", "رئيسه")):
            # (برئاسة رئيس المجلس فلان: his own title says what he presides over)
            # قضت محكمة الجنايات، برئاسة المستشار فلان: he is رئيس المحكمة
            body_head = next((body[j][0] for j in range(k - 2, max(-1, k - 8), -1) if is_org(body[j][0])), None)
            if body_head is not None and is_document(body_head):
                # صدر الحكم برئاسة المستشار فلان: the court's ruling, so he presides over the court
                body_head = "المحكمه" if bare(body_head) == "حكم" else None
            self._add_roles(ent, ("رئيس",) + ((body_head,) if body_head else ()), m.start)
        if 0 < k <= len(body) and body[k - 1][0].lstrip("و") in _WON:
            self._add_roles(ent, ("فائز",), m.start)  # توجت الروائية فلانة بجائزة ...: الفائزة, later
        if 2 <= k <= len(body) and body[k - 1][0] in ("فيها", "فيه", "فيهما") and body[k - 1][1] <= body[k - 2][2] + 1 \
                and is_title(body[k - 2][0].lstrip("و")) and _definite(body[k - 2][0].lstrip("و")) \
                and not (m.role and bare(m.role[0]) == bare(body[k - 2][0].lstrip("و"))):
            # القضية ...، والمتهم فيها الوكيل المساعد فلان: the title the case gives him, before his own
            self._add_roles(ent, (body[k - 2][0].lstrip("و"),), m.start)
        if 3 <= k <= len(body) and body[k - 1][0] == "،" and body[k - 2][0].startswith("ال") and kin(body[k - 3][0]) \
                and not m.role:
            self._add_roles(ent, (body[k - 3][0], body[k - 2][0]), m.start)  # نظيره الجيبوتي، X
        elif 2 <= k <= len(body) and body[k - 1][0] == "،" and kin(body[k - 2][0]) and not m.role:
            relation = kin(body[k - 2][0])  # فوالده، محمد ...: the relation in apposition
            self._add_roles(ent, (body[k - 2][0],), m.start)
            if relation[1] and not ent.gender:
                ent.gender = relation[1]
        elif 0 < k <= len(body) and body[k - 1][2] + 2 >= m.start:
            relation = kin(body[k - 1][0])
            if relation:
                self._add_roles(ent, (body[k - 1][0],), m.start)
                if relation[1] and not ent.gender:
                    ent.gender = relation[1]
            elif not any(is_title(r) for r in m.role):
                # a title with a glued preposition, and its complement (بالخبير الاقتصادي X،
                # للباحثة في الشؤون الأمنية X): no mention starts there, so no role was parsed
                j = k - 1
                while j >= 0 and k - j <= 5 and body[j][0][:1].isalpha() and (j == k - 1 or body[j][2] + 2 >= body[j + 1][1]):
                    head = _clitic_title(body[j][0])
                    if head:
                        words = [bare(w[0]) for w in body[j + 1:k] if not is_stop(w[0])]
                        ent.roles.add(head)
                        ent.role_words.update([head] + words)
                        self._by_role.setdefault(_stem(head), []).append(ent)
                        if not ent.gender and title_gender(head) in ("m", "f"):
                            ent.gender = title_gender(head)
                        break
                    j -= 1
        end = m.name_span[1] if m.name_span else m.end
        end = max(end, m.end)
        r = self._token_index(end)
        ent.age = _age_at(body, r) or ent.age
        if m.name and not ent.relative_of & {"والد", "والدت"} \
                and not _CHILD_OF.keys().isdisjoint(map(TOKEN_WORD, body[r:r + 14])):  # (most name no child)
            # وقفت سناء عبد الغفار تحمل صورة ابنها محمود: her child, in her own sentence, makes her a
            # mother (الأم later is she)
            for x in body[r:r + 14]:
                if x[0] in (".", "؟", "!", ":"):
                    break
                parent = _CHILD_OF.get(x[0])
                if parent is not None and _agrees(ent.gender, "f" if parent == "والدت" else "m"):
                    ent.relative_of.add(parent)
                    break
        if not ent.age:
            # (or in the description before a kunya: سيدة في الستينيات من عمرها تعرف نفسها بـ"أم وليد")
            tens = _decade_after(body, r) or (_decade_after([(w, 0, 0) for w in m.role], 0) if "في" in m.role else 0)
            ent.age = 10 * tens + 5 if tens else 0  # (the middle of the decade)
        if r < len(body) and body[r][0] == "،" and r + 1 < len(body) and body[r + 1][0] in ("وهو", "وهي"):
            r += 2
        elif r < len(body) and body[r][0] == "منصب":  # يشغل فلان منصب مدير المستشفى
            r += 1
        elif r < len(body) and body[r][0] in _AS_ROLE:
            r += 1
        elif 0 < r <= len(body) and body[r - 1][0] in _AS_ROLE:
            pass  # the name's span took بصفته in
        elif r < len(body) and len(body[r][0]) > 4 and body[r][0].endswith("ا") and is_title(body[r][0][:-1]) \
                and not _definite(body[r][0]) and m.name:
            # فيما يبقى وليد العنزي مديرا تنفيذيا للنادي: the office in the accusative, what he is
            accusative = [body[r][0][:-1]]
            r += 1
            while r < len(body) and len(accusative) < 4 and body[r][0][:1].isalpha() and not is_stop(body[r][0]) \
                    and (body[r][0].endswith("يا") or body[r][0].startswith("لل")):
                accusative.append(body[r][0][:-1] if body[r][0].endswith("يا") else body[r][0])
                r += 1
            self._holds_office(ent, accusative)
            return
        else:
            return
        role = []
        while r < len(body) and len(role) < 4 and body[r][0][:1].isalpha() and not is_stop(body[r][0]) \
                and (not role or body[r][1] <= body[r - 1][2] + 1):
            role.append(body[r][0])
            r += 1
        if role:
            self._holds_office(ent, role)
            if not ent.role_text:
                ent.role_text = " ".join(role)

    def _holds_office(self, ent, role):
        """Record an office the body gives next to a name (، وهو ناقد سينمائي، مديرا تنفيذيا للنادي)."""
        _record_office(ent, role)
        ent.role_words.update(bare(w) for w in role)
        ent.roles.add(bare(role[0]))
        self._by_role.setdefault(_stem(bare(role[0])), []).append(ent)

    def _match(self, name, gender, pos, create):
        cands = [e for e in self.entities if _contains(e.name, name) or _contains(name, e.name)]
        if not cands and not _listed_given_name(name):
            sk = _skeleton(name)
            cands = [e for e in self.entities if _contains(_skeleton(e.name), sk) or _contains(sk, _skeleton(e.name))]
        if not cands:
            cands = self._first_and_last(name)
        given = _given_length(name)
        if not cands and len(name) >= given + 2 and (given == 2 or name[0] not in _CONNECTORS):
            # جمال عبد الرزاق الأيوبي after جمال الأيوبي (عبد الرحمن جاسم المهندي after عبد الرحمن
            # المهندي): the fuller name of the one named short before
            cands = [e for e in self.entities if len(e.name) == given + 1 and e.name[:given] == name[:given]
                     and e.name[-1] == name[-1]]
        if gender:
            cands = [e for e in cands if not e.gender or e.gender == gender]
        exact = [e for e in cands if e.name == name]
        if exact:
            return exact[0]
        longer = [e for e in cands if len(name) > len(e.name)]
        if create and len(longer) == 1 and len(cands) == 1:
            if name[-1] == longer[0].name[-1] or not longer[0].name[-1].startswith("ال") \
                    or longer[0].name[-2:-1] == ("عبد",):
                # a fuller form of a name seen before; a name that already ends in a family
                # name takes nothing after it (ووري عبد القادر الريفي الثرى), but one that ends in a
                # compound given name does (هشام عبد المنعم, then هشام عبد المنعم الجمال)
                longer[0].name = name
            return longer[0]
        if cands and (not create or len(cands) == 1):
            return cands[-1]
        if not create:
            return None
        e = Entity("person", name, gender)
        self.entities.append(e)
        return e

    def person(self, m, pos, gender):
        """Canonical (speaker, ambiguous) for a person mention at `pos` with verb `gender`."""
        gender = gender or m.gender
        if m.name and m.name[:1] in self.org_aliases:
            # وكانت لانا قد ذكرت: a body's short name (also a given name) read as a person's
            return self.organisation(m.name[:1], pos), False
        if _kunya_key(m.name) in self.kunyas:
            return " ".join(self.kunyas[_kunya_key(m.name)].name), False
        if len(m.name) == 1 and not m.role and m.name[0].startswith("ال") and m.name[0].endswith("ي") \
                and not self._containing(m.name):
            # وشدد المركزي after البنك المركزي: a body by the adjective that ends its name, when no one
            # the article named bears it as a family name
            bodies = {o for p, o in self.orgs if p < pos and len(o) >= 2 and o[-1] == m.name[0]}
            if len(bodies) == 1:
                return " ".join(bodies.pop()), False
        if not m.name and m.role in self.kunyas:
            return " ".join(self.kunyas[m.role].name), False  # يقول عميد المضمرين: the nickname the article gave
        if not m.name and m.role and bare(m.role[0]) in ("اخير", "اخيره") and all(r[:1] == "ل" for r in m.role[1:]):
            # وصرح الأخير (للصحيفة): the latter, the person the article named last before it (of that sex)
            people = [e for e in self.entities if e.kind == "person" and e.positions and e.positions[0] < pos
                      and _agrees(e.gender, "f" if bare(m.role[0]).endswith("ه") else gender)]
            latter = _recent(people, pos) if people else None
            if latter is not None and _recent_position(latter, pos) >= 0:
                return " ".join(latter.name), False
        if len(m.name) == 2 and m.name[0] in ("ام", "ابو", "بو"):
            parent = self._parent_of(m.name[1], "f" if m.name[0] == "ام" else "m", pos) \
                or self._the_parent(m.name[1], "f" if m.name[0] == "ام" else "m", pos)
            if parent is not None:  # بيت نجوى الحامي ... ابنها إلياس ... وتتساءل أم إلياس
                self.kunyas[_kunya_key(m.name)] = parent
                return " ".join(parent.name), False
            if m.name[0] != "ام" and not m.role and not self._given_to_newcomer(m.name, pos):
                # يعود أبو سالم إلى حقله after علي بن سالم الكواري or ناصر سالم المهندي: a man called by
                # his father's name, which his first son bears, when one man the article named has it
                # in his nasab (after بن, or second in a name of three words or more)
                bearers = {e.name for e in self.entities if e.kind == "person" and e.positions and e.positions[0] < pos
                           and e.gender != "f" and _fathers_name(e.name, m.name[0] == "بو") == m.name[1]}
                if len(bearers) == 1:
                    father = next(e for e in self.entities if e.name in bearers)
                    self.kunyas[_kunya_key(m.name)] = father
                    return " ".join(father.name), False
        if not m.name and len(m.role) == 2:
            # وكشف شيخ الأرض after عماد شيخ الأرض: a family name that opens with a title
            tail = [e for e in self.entities if len(e.name) >= 3 and e.name[-2:] == m.role and e.positions
                    and e.positions[0] < pos]
            if len({e.name for e in tail}) == 1:
                return " ".join(tail[0].name), False
        name, role = m.name, m.role
        if len(name) == 2 and _how_old(name[1]) and _definite(name[1]) \
                and any(len(e.name) >= 2 and e.name[-1] == name[0] for e in self._containing(name[:1])):
            name = name[:1]  # ويعلق الخوري العجوز: the surname of someone named before, and how old he is
        if 1 <= len(name) <= 2 and bare(name[-1]) in _DECADES and (len(name) == 1 or _definite(name[0])):
            name, role = (), role + name  # السيدة الخمسينية، الأم الثلاثينية: an age, not a name
        if len(name) == 1 and (kin_descriptor(name[0]) or ("",))[0] in ("والد", "والدت"):
            name, role = (), name + role  # الأم، الأب: a parent, not a name
        relation = kin(name[0]) if name else None
        if relation:  # نجله شريف: the name after the relation
            name, role = name[1:], (name[0],) + role
        elif role:
            relation = kin(role[0]) or next(filter(None, map(kin_descriptor, role)), None)
        if relation and not gender:
            gender = relation[1]
        if len(name) == 2 and _definite(name[0]):
            # قال المختار نصر after مختار البلدة إلياس نصر, ورد الفريق الطيب after الفريق ركن عبد الماجد محمد
            # الطيب: the title he was given (also a given name or a common word) and his surname
            held = [e for e in self.entities if len(e.name) >= 2 and e.name[-1] == name[1]
                    and bare(name[0]) in e.roles | e.role_words and e.positions and e.positions[0] < pos]
            if len(held) == 1 and all(e.name == name for e in self._containing(name)):
                return " ".join(held[0].name), False
        if (len(name) == 2 or (len(name) == 1 and bare(name[0]) in _YOUNG_OR_OLD)) and all(w.startswith("ال") for w in name) \
                and PERSON_NAMES.get(name[0]) not in ("m", "f") and all(e.name == name for e in self._containing(name)):
            # ويؤكد الخباز الشاب: a description read as a name nobody bears, the one it described before
            found = self._titled(name, pos, gender)
            if found is not None:
                return found
        if name:
            cands = self._containing(name)
            told = self._told_apart(name) if not cands else None
            if told is not None:
                return " ".join(told.name), False
            if not cands and len(name) > 1 and name[0] in _CONNECTORS and name[0] not in _KUNYA_HEADS:
                name = name[1:]  # با الحسين -> الحسين (but أم حسين is a mother, not her son)
                cands = self._containing(name)
            if len(name) >= 3 and name[-1].startswith("ال") and name[-1] not in PERSON_NAMES \
                    and all(e.name == name for e in cands):
                # اعتلت بن حميدة الركح: the verb's definite object read onto a surname the article gave
                # someone named in full before
                fuller = [e for e in self._containing(name[:-1]) if name[-1] not in e.name and len(e.name) > len(name) - 1
                          and e.positions and e.positions[0] < pos]
                if len({e.name for e in fuller}) == 1:
                    name, cands = fuller[0].name, fuller[:1]
            if len(name) >= 3 and name[0] == "علي" and name[1] in _CONNECTORS:
                # طرح ثلاثة أسئلة على آل سند: the preposition and a family name the article gave
                # someone named in full, not a person علي of that family
                named = [e for e in self._containing(name[1:]) if "علي" not in e.name and len(e.name) > len(name) - 1]
                if named:
                    name, cands = name[1:], named
            if not cands and len(name) == 1 and name[0].startswith("ال") and not (
                    # (تقول السعدية: a given name in ال, which no role is)
                    PERSON_NAMES.get(name[0][2:]) in ("m", "f") and not is_title(name[0]) and name[0] not in COMMON_WORDS
                    and name[0][2:] not in COMMON_WORDS):
                # a definite noun that is no name: a role the article gave someone (الناقد، الراحل)
                found = self._titled(name, pos, gender)
                if found is not None:
                    return found
            if not cands or (len(name) <= 2 and all(e.name == name for e in cands)):
                ent = self._expand(name, gender)
                if ent is not None:
                    for e in cands:  # the short entity was the same person all along
                        e.name = ent.name
                        e.gender = e.gender or ent.gender
                    cands = cands or [ent]
            if not cands:
                if len(name) >= 2 and not _definite(name[0]) and name_gender(name) and name[-1] not in COMMON_WORDS \
                        and not self._known(name):
                    # a source named in full where no mention was taken (أما رئيسة الدائرة، سليمة
                    # بوشمال، فأكدت): an entity from now on, for the surname said alone later
                    ent = self._match(name, gender or name_gender(name), pos, create=True)
                    insort(ent.positions, pos)
                return self._known(name) or " ".join(name), False
            cands = _filter_gender(cands, gender)
            fuller = [e for e in cands if len(e.name) > len(name)]
            if fuller and len(fuller) < len(cands):
                cands = fuller  # بن عمار said alone is one of those the article named in full, not a third person
            heads = _KIN_SAME.get(relation[0], {relation[0]}) if relation else {bare(r) for r in role if is_title(r)}
            if heads and len(cands) > 1:
                held = [e for e in cands if e.roles & heads]
                if not held and relation and relation[0] in ("والد", "اب", "والدت", "ام"):
                    # ديوب الأب where no one was called the father: of the family, not one introduced
                    # as a child, the first the article named (a feature opens on its elder)
                    # (only when the family has a child the article introduced as one: ابنه سامر)
                    children = {"ابن", "ابنت", "نجل", "بنت", "حفيد"}
                    elders = [e for e in cands if not e.roles & children and e.positions]
                    held = [min(elders, key=lambda e: e.positions[0])] if elders and len(elders) < len(cands) else []
                cands = held or cands
            if len(name) == 1 and len({e.name for e in cands}) > 1:
                best = self._bearer(cands, pos)
            else:
                best = _recent(cands, pos)
            return " ".join(best.name), len({e.name for e in cands}) > 1 and len(name) == 1
        if relation:  # قالت أرملته: the person introduced with that relation
            same = _KIN_SAME.get(relation[0], {relation[0]})  # (يقول الأب: the one introduced as والده)
            cands = [e for e in self.entities if e.roles & same and e.positions and e.positions[0] <= pos] \
                or [e for e in self.entities if e.relative_of & same and e.positions and e.positions[0] <= pos]
            cands = _filter_gender(cands, gender)
            if not cands and same & {"ام", "اب"}:
                # الأم for the woman the article calls أم محمد (الأب for أبو سالم): a parent by her kunya
                head = "ام" if "ام" in same else "ابو"
                cands = list({id(e): e for key, e in self.kunyas.items() if key[0] == head
                              and e.positions and e.positions[0] <= pos}.values())
            if not cands:
                ent = self._expand_relation(role[0], pos, gender)
                cands = [ent] if ent is not None else []
            if cands:
                return " ".join(_recent(cands, pos).name), False
            if not any(bare(r) in _DECADES for r in role):
                return m.text, False
            # الأم الثلاثينية with no one introduced as a mother: the age tells who (below)
        if len(role) == 1:
            # a surname that is also a title (سامي ناصر الشيخ ... وأضاف الشيخ): the person named with it
            named = _filter_gender([e for e in self.entities if len(e.name) >= 2 and e.name[-1] == role[0]
                                    and e.positions and e.positions[0] <= pos], gender)
            if named:
                return " ".join(_recent(named, pos).name), len({e.name for e in named}) > 1
        if any(bare(r) in _DECADES for r in role) and (_definite(role[0]) or kin(role[0]) or (
                len(role) > 2 and _definite(role[1]))):  # (سيدة الأعمال الثلاثينية: definite by its construct)
            # المزارع الستيني، السيدة الخمسينية: a feature's way of naming again the person whose
            # age it gave: the last person named before, of that gender (سائق تاكسي أربعيني,
            # indefinite, is someone new)
            g = gender or next((title_gender(r) for r in role if title_gender(r)), "") \
                or ("f" if any(bare(r).endswith("يه") for r in role) else "")
            tens = next(decade(r) for r in role if bare(r) in _DECADES)
            aged = self.of_age(tens, g, pos)
            if aged is None:
                recent = [e for e in _filter_gender(self.entities, g) if e.positions and e.positions[0] < pos and (
                    len(e.name) >= 2 or PERSON_NAMES.get(e.name[0]) in ("m", "f"))]  # (كانت فتيحة، وهي ...: a given name alone)
                aged = _recent(recent, pos) if recent else None
            if aged is not None:  # the one person whose age the article gave in that decade, else the last named
                # (what the epithet calls them names them again later: يقول الفلاح الخمسيني ... يعلق الفلاح)
                aged.role_words.update(bare(r) for r in role if bare(r) not in _DECADES and not is_stop(r))
                return " ".join(aged.name), False
        found = self._titled(role, pos, gender)
        if found is not None:
            return found
        if role and _definite(role[0]) and bare(role[0]) in _PLAIN_PERSONS and not name:
            # يقول الرجل الذي تجاوز الستين، تقول السيدة: a feature naming again, with a plain noun
            # for a person, the last person it named of that sex
            g = gender or ("f" if bare(role[0]).endswith("ه") else "m")
            recent = [e for e in self.entities if (len(e.name) >= 2 or PERSON_NAMES.get(e.name[0]) in ("m", "f"))
                      and _agrees(e.gender, g) and e.positions and e.positions[0] < pos]  # (رهف، الابنة الكبرى: a given name alone)
            if recent:
                return " ".join(_recent(recent, pos).name), False
        if len(role) == 1 and _definite(role[0]) and not name:
            # وصرح الوالي: the office the article described before by its holder's post alone (والي وهران)
            head = bare(role[0])
            described = [r for p, r in self.described if p < pos and bare(r[0]) == head]
            if len({r for r in described}) == 1:
                # (held by someone the article names, maybe only later: مدير المخيم، فلان)
                return self._titled(described[-1], pos, gender) or (" ".join(described[-1]), False)
            offices = {r for p, r in self.offices if p < pos and bare(r[0]) == head}
            if not described and len(offices) == 1 and is_title(role[0]):
                # وأكد المتحدث after المتحدث باسم قوة الإطفاء العام, the one such office named before, unheld
                r = offices.pop()
                return self._titled(r, pos, gender) or (" ".join(r), False)
        if len(role) == 3 and not name and role[1] == "باسم" and _definite(role[2]) and is_title(role[0]):
            # الناطق باسم الوزارة after الناطق باسم وزارة الاقتصاد الرقمي: the one spokesman of a body
            # of that head the article named before, said again by the body's short name
            offices = {r for p, r in self.offices if p < pos and len(r) > 3 and bare(r[0]) == bare(role[0])
                       and r[1] == "باسم" and not _definite(r[2]) and bare(r[2]) == bare(role[2])}
            if len(offices) == 1 and not any(p in self._apposed_offices for p, r in self.offices if r in offices):
                # (not an office the article gave someone: مفتاح الشريف، الناطق باسم نقابة السائقين)
                return " ".join(offices.pop()), False
        if len(role) == 2 and not name and _definite(role[0]) and is_title(role[0]) and _definite(role[1]) \
                and role[1].endswith("ي") and not is_title(role[1]):
            # الوزير الاتحادي after وزير التربية والتعليم الاتحادي: the one office of that title the
            # article named with that adjective
            head = bare(role[0])
            offices = {r for p, r in self.described if p < pos and bare(r[0]) == head and role[1] in r[1:]}
            if len(offices) == 1:
                r = offices.pop()
                return self._titled(r, pos, gender) or (" ".join(r), False)
        if len(role) >= 2 and not name:
            # رئيس اللجنة المالية after رئيس اللجنة المالية والاقتصادية البرلمانية: the office the
            # article named in full before, said again short
            # (the same office, once with its seat, is one office: the longest)
            named = self.described if not _definite(role[0]) else self.offices
            fuller = {r for p, r in named if p < pos and len(r) > len(role) and r[:len(role)] == tuple(role)}
            # (and no other office of that title named since: وتابع رئيس اللجنة is the last chairman)
            r = max(fuller, key=len, default=None)
            last = next((x for p, x in reversed(named) if p < pos and bare(x[0]) == bare(role[0])), None)
            if r is not None and all(r[:len(x)] == x for x in fuller) and last is not None and r[:len(last)] == last:
                return self._titled(r, pos, gender) or (" ".join(r), False)
        tail = tuple(role[1:])
        if tail and len(tail) <= 2 and not any(is_title(x) or is_org(x) or bare(x) in _DECADES for x in tail):
            # an honorific the lists read as a title before a name the article gave (با الحسين)
            named = _filter_gender([e for e in self._containing(tail) if e.positions and e.positions[0] <= pos], gender)
            if named:
                return " ".join(_recent(named, pos).name), len({e.name for e in named}) > 1
        if len(role) == 1 and _definite(role[0]) and is_org(role[0]):
            # وتقول المؤسسة after مؤسسة النقل الحضري: a head both a body and a title (the founder)
            # that no person holds is the body named before
            full = self.organisation(tuple(role), pos)
            if full.split() != [role[0]]:
                return full, False
        return self._known(tuple(m.role)) or m.text, False

    def of_age(self, tens, gender, pos):
        """The one person named before `pos` whose age, given after their name, is in the
        decade `tens` (2 for العشريني), agreeing with `gender`; else None."""
        found = {e.name: e for e in self.entities if e.age // 10 == tens and e.positions and e.positions[0] < pos
                 and _agrees(e.gender, gender)}
        return next(iter(found.values())) if len(found) == 1 else None

    def describe(self, speaker, description):
        """The person `speaker` is what `description` (يقول الصياد، تقول بائعة السمك) calls them:
        that title or word finds them again later."""
        ent = self.entity(speaker)
        if ent is not None:
            self._add_roles(ent, tuple(description))

    def _opens_paragraph(self, pos):
        """Does a paragraph of the body start at `pos` (no name goes on from the line above)?"""
        k = bisect_left(self._paragraph_starts, pos)
        return k < len(self._paragraph_starts) and self._paragraph_starts[k] == pos

    def paragraph_before(self, a, b):
        """Does the paragraph starting at `a` come right before the one starting at `b`?"""
        k = bisect_left(self._paragraph_starts, b)
        return k > 0 and self._paragraph_starts[k - 1] == a

    def written_before(self, word, pos):
        """Is the bare word `word` written, definite, outside quotations before `pos`?"""
        return any(w.startswith("ال") and bare(w) == word for w, _, _ in self.body[:self._token_index(pos)])

    def name_kunya(self, kunya, speaker):
        """From now on the kunya `kunya` (a name tuple) names the person `speaker`."""
        ent = self.entity(speaker)
        if ent is not None:
            self.kunyas[_kunya_key(kunya)] = ent

    def entity(self, speaker):
        """The person entity whose canonical name is `speaker` (normalized), else None."""
        name = tuple(speaker.split())
        return next((e for e in self.entities if e.name == name), None)

    def described_office(self, speaker):
        """Is `speaker` an office the article described with no holder's name (والي وهران)?"""
        return any(" ".join(r) == speaker for _, r in self.described)

    def _bearer(self, cands, pos):
        """Who a surname alone names when several people share it (البنداري for the novelist,
        not his brother محمود البنداري): not a relative the article introduced through his
        relation (شقيقه، نجله), as writers name relatives by their given names; among the
        rest the most recent (a descriptor or a title, handled before, tells namesakes apart
        where the article gives one; a relative with an office of his own, الأمين العام للنقابة فلان،
        وهو ابن عم المدير العام, is named in his own right)."""
        # مديرة المهرجان ردّت صباح الأحد. «...»، قالت حدادين: of the sisters, the one whose office opens
        # the sentence before or this one, its subject (the office may stand right before the name
        # after ل: الشقيقة الصغرى لمديرة المهرجان ديما حدادين)
        opening = self._sentence_openings(pos)
        by_office = [e for e in cands if any(is_title(r) and (r in e.roles or "ل" + r in e.role_words) for r in opening)]
        if len(by_office) == 1:
            return by_office[0]
        principal = [e for e in cands if not (e.roles & _RELATIVES_BY_NAME) or e.own_office_first()]
        return _recent(principal if 0 < len(principal) < len(cands) else cands, pos)

    def _sentence_openings(self, pos):
        """The bare first three words of the sentence that holds `pos` (before it) and of the one
        before it."""
        k = self._token_index(pos)
        stops = [i for i in range(k - 1, max(-1, k - 60), -1) if self.body[i][0] in (".", "؟", "!")][:2]
        starts = [i + 1 for i in stops] + ([0] if len(stops) < 2 and k < 60 else [])
        words = set()
        for a in starts:
            words.update(bare(w) for w, _, _ in self.body[a:min(a + 3, k)] if w[:1].isalpha())
        return words

    def _expand_relation(self, word, pos, gender):
        """The person a kinship noun names where the body first writes it with a name after
        it (وكانت ابنته سلمى الجربي ...) before `pos`: that entity, else None."""
        relation = kin(word)
        if self._index is None:
            self._build_index()
        body = self.body
        forms = (word, "و" + word, word[1:] if word.startswith("و") else word)
        for i in sorted(i for f in set(forms) for i in self._index.get(f, ())):
            if body[i][1] >= pos:
                break
            a = i + 1 + (i + 2 < len(body) and body[i + 1][0] in ("،", ","))  # (والدها، فهد بن عبد الله ...،)
            r = a
            while r < len(body) and r - a <= 3 and body[r][1] <= body[r - 1][2] + 1 \
                    and name_like(body[r][0], r == a, body[r - 1][0] if r > a else ""):
                r += 1
            while r > a and body[r - 1][0] in _CONNECTORS:
                r -= 1
            if r - a < 2:
                continue  # a first name alone is not enough to name the relative
            name = tuple(t[0] for t in body[a:r])
            ent = self._match(name, gender or relation[1], body[a][1], create=True)
            self._remember(name, (body[a][1], body[r - 1][2]))
            self._add_roles(ent, (word,))
            insort(ent.positions, body[a][1])
            return ent
        return None

    def _apposed(self, pos, later):
        """Is `later` in the same clause as `pos`, a few words on (مدير الدار، الناشر فلان)?"""
        a, b = self._token_index(pos + 1), self._token_index(later + 1)
        return b - a <= 12 and not any(t[0] in (".", "؟", "!", ":", "؛") for t in self.body[a:b])

    def _titled(self, role, pos, gender):
        """A title alone (الوزير الإسباني، وزيرة المالية، الناقد): (speaker, ambiguous) of the
        person named earlier whose roles share its head and most of its qualifiers, the most
        recent on a tie; None when nobody named before `pos` holds it."""
        if any(r in ("احد", "احدي") for r in role[1:]):
            return None  # مدير إحدى المدارس: the head of one of several, someone unnamed, not a holder named before
        if _someone_new(role):
            return None
        first = next((bare(r) for r in role if is_title(r) or r in _HEADMAN), None)  # the head of the construct
        loose = first is None and role[0].startswith("ال") and (len(role) == 1 or (
            # (الخباز الشاب for خباز شاب: a role word the lexicon does not list and how old or from where)
            len(role) == 2 and role[1].startswith("ال")
            and (_how_old(role[1]) or (role[1].endswith("ي") and role[1] not in PERSON_NAMES))))
        if loose:
            first = bare(role[0])  # a role word the lexicon does not list (الناقد، الراحل)
        heads = {first, _stem(first)} if first else set()
        if first in _LATE:
            heads = set(_LATE)  # الفقيد for الفنان الراحل فلان
        heads |= _ROLE_FAMILIES.get(_stem(first), set()) if first else set()
        words = {bare(r) for r in role if r not in GENERIC_ROLE_WORDS} - heads
        for (head, domain), office in _PERIPHRASES.items():
            if first == head and domain in words:  # رئيس الدبلوماسية العراقية: the foreign minister
                heads, words = {office[0]}, (words - {domain}) | {office[1]}

        office = _office(role)
        said_state = {_stem(bare(r)) for r in role} & {_stem(w) for w in _LEAVING | _NEW_STATES}  # (السابقة ~ سابق)
        # the nationality or affiliation adjective of the title (الوزير العماني), not a construct's noun (وزير الداخلية)
        mine = {bare(r) for k, r in enumerate(role) if k and _definite(role[k - 1]) and _definite(r) and r.endswith(("ي", "يه"))
                and r not in GENERIC_ROLE_WORDS and bare(r) not in GENERIC_ROLE_WORDS}

        def holds(e):
            same = [c for h, c in e.offices if h in heads or _stem(h) in heads]
            if office[1] and same and all(c and c != office[1] for c in same) \
                    and not ((all(c in _BOARDS for c in same) or e.role_words.isdisjoint(_DESCRIPTION_PREPOSITIONS))
                             and office[1] in {_stem(w[2:] if w.startswith("لل") else w) for w in e.role_words}):
                # each such office of his governs another word: رئيس مجلس الشورى is not رئيس لجنة الاقتصاد
                # (but رئيس الجمعية is رئيس مجلس إدارة الجمعية, عميد طب الأسنان عميد كلية طب الأسنان: the
                # board, the administration or the faculty of what the later title names; وزيرة الطاقة is
                # وزيرة الصناعة والمناجم والطاقة, مدير الهيئة المدير العام للهيئة; not a body after a
                # preposition: لجنة ... في مجلس النواب)
                return False
            return any(r in heads or _stem(r) in heads for r in e.roles) or (loose and bool(heads & e.role_words))

        def score(e):
            # the head title counts 2, a shared nationality/affiliation adjective (الإسباني) 3,
            # another shared word (a genitive: محامي الفنانة، وزير المالية) 1; without the head
            # only a nationality names him (اللاعبة الكرواتية for الكرواتية فلانة), a genitive
            # does not (رئيس غرفة النقل is not وزير النقل)
            shared = {w for w in words if w in e.role_words or _stem(w) in e.role_words}  # العراقية ~ العراقي
            under_lam = {w: body for w in words - shared if (body := _body_after_lam(w))}
            if under_lam:  # (للاتحاد ~ لاتحاد ملاك العقارات: the same body, with or without the article)
                bodies = {_body_after_lam(x) for x in e.role_words}
                shared |= {w for w, body in under_lam.items() if body in bodies}
            adjectives = {w for w in shared if w.endswith(("ي", "يه")) and not is_org(w)  # (نادي: a club, no adjective;
                          and w not in _PLACE_HEADS  # ولاية: a province, as شرطة الولاية and والي ولاية نهر النيل share)
                          and (w in mine or not _genitive_of_title(role, w))}  # (وزير المالية: a genitive, no adjective)
            nisba = 3 * len(adjectives)
            if mine and not nisba and any(w.endswith("ي") and w not in heads and not _derived_adjective(w, e.role_words)
                                          for w in e.role_words):
                return 0  # الوزير العماني is not the one the article called وزير الخارجية الياباني
                # (an adjective only derived from a place in the role, مدرب نصر وهران -> وهراني, says no nationality)
            if not holds(e):
                return nisba
            # (الرئيس السابق: the one whose office the article said was a former one)
            state = int(bool(said_state) and any(_stem(c) in said_state for h, c in e.offices if h in heads or _stem(h) in heads))
            return 2 + nisba + len(shared - adjectives) + state

        # someone the article introduces only later is taken when named in apposition right
        # after, or when nobody else ever holds that title (قال وزير الاقتصاد إن ... وكان
        # الوزير فلان قد ...)
        # (المستشار الجديد is not the one the article called المستشار السابق, nor the reverse)
        other = contrary_states(role)

        def left(e):  # holds that office qualified the other way (وزير مغادر for الوزير الجديد)
            if not e.offices:  # (المستشار السابق: an honorific-like title records no office)
                return bool(other & e.role_words)
            return any(c in other for h, c in e.offices if h in heads or _stem(h) in heads)

        cands = [e for e in self.entities if e.positions and (e.positions[0] <= pos or self._apposed(pos, e.positions[0]))
                 and score(e) > 0 and not (other and left(e))]
        cands = [e for e in cands if _agrees(e.gender, gender)]  # (وقال المدير is no woman's title: مديرة المدرسة)
        if office[1]:
            # مدير التربية لولاية تيارت is not مدير المدرسة: an office whose complement names another thing
            cands = [e for e in cands if holds(e)]
        if not cands and first and first not in _LATE:
            cands = self._named_later(holds, words, pos, gender)
        if not cands and first and {bare(r) for r in role} & _NEW_STATES:
            cands = self._won_office(first, pos, gender)  # الرئيس الجديد after فاز فلان برئاسة النادي
        if not cands and first in _EPITHETS and sum(not r.startswith("ل") for r in role) <= 3:
            # وقال أسطورة النادي، نجم الفريق السابق: praise that names again the person just named, whoever
            # holds no such title (an unnamed star is no source a writer quotes)
            people = [e for e in self.entities if e.positions and e.positions[0] <= pos and e.kind == "person"
                      and _agrees(e.gender, gender) and len(e.name) >= 2]
            best = _recent(people, pos) if people else None
            if best is not None:
                return " ".join(best.name), False
        if not cands and first in _LATE:
            # الراحل، الفقيد: the person the article is about, the first it names
            cands = [e for e in self.entities if e.positions and e.positions[0] <= pos and _agrees(e.gender, gender)]
            if cands:
                return " ".join(min(cands, key=lambda e: e.positions[0]).name), False
            return None
        her = gender or ("f" if len(role) == 1 and loose and first.endswith("ه") else "")  # (حوار مع الفائزة: by its form)
        if not cands and her == "f" and role and (_definite(role[0]) or len(role) > 1 and _definite(role[1])):
            # (طالبة جامعية، صاحبة محل للحلويات التقليدية: someone new; مديرة الطوارئ is definite by its construct)
            # a description the article never gave word for word (المسؤولة الأممية for the
            # representative of the WHO): the only woman given a role before (not for men:
            # السفير الروسي is as often a new, unnamed official)
            same = [e for e in self.entities if e.gender == her and e.roles and e.positions and e.positions[0] <= pos]
            women = [e for e in self.entities if e.gender == her and e.positions and e.positions[0] <= pos]
            written = [at for w, at, _ in self.body[:self._token_index(pos)] if bare(w) == first]
            if len(same) == 1 and _recent(women, pos) is same[0] \
                    and not (written and written[-1] - _recent_position(same[0], pos) > 80):
                # (not when another woman was named since: أما هبة الإدريسي ... وتقول التلميذة; nor
                # when the article wrote that word since, well after her: وأكدت موظفة في الإدارة ...
                # وتقول الموظفة, someone else)
                return " ".join(same[0].name), False
        if not cands:
            return None
        scored = [(score(e), e) for e in cands]
        top = max(points for points, _ in scored)
        cands = [e for points, e in scored if points == top]
        generic = {bare(r) for r in role[1:] if r in GENERIC_ROLE_WORDS}
        if len(cands) > 1 and generic:
            # الرئيسة التنفيذية after الرئيسة التنفيذية للشركة فلانة and رئيسة شبكة المستثمرين فلانة: an
            # adjective too common to name anyone alone still tells two holders of the head title apart
            described = [e for e in cands if generic <= e.role_words]
            if len(described) == 1:
                return " ".join(described[0].name), False
        if len(cands) > 1:
            # وفي بجاية، قال الوالي: of several holders, the one whose office names the place the sentence is in
            here = self._sentence_words_before(pos)
            local = [e for e in cands if any(w in here for w in e.role_words - heads)]
            if len(local) == 1:
                return " ".join(local[0].name), False
        best = _recent(cands, pos)
        return " ".join(best.name), len(cands) > 1

    def office_unheld(self, role):
        """Is `role` an office in construct (رئيس بلدية الميناء) whose title and complement no
        one the article names holds, so that it can only be an unnamed office-holder? So is a
        spokesman's office (الناطق باسم هيئة الموانئ)."""
        if len(role) >= 3 and is_title(role[0]) and role[1] == "باسم" and not is_title(role[2]):
            words = {bare(role[0]), bare(role[2])}
        elif len(role) < 2 or not is_title(role[0]) or _definite(role[0]) or is_title(role[1]):
            return False
        else:
            words = {bare(role[0]), bare(role[1])}
        return not any(words <= e.role_words for e in self.entities)

    def _parent_of(self, child, gender, pos):
        """The person named just before 'ابنها/ابنه X' (or ابنتها، نجلها، طفلها ...) earlier than `pos`,
        whose possessive agrees with `gender`: the parent a kunya أم/أبو X names; else None."""
        if self._index is None:
            self._build_index()
        body = self.body
        parent = "والدت" if gender == "f" else "والد"
        for i in sorted(self._index.get(child, ()), reverse=True):
            if body[i][1] >= pos or i == 0:
                continue
            if _CHILD_OF.get(body[i - 1][0]) != parent:
                continue
            at = body[i - 1][1]
            near = [e for e in self.entities if len(e.name) >= 2 and e.positions and _agrees(e.gender, gender)
                    and any(at - 400 < p < at for p in e.positions)]
            if near:
                return max(near, key=lambda e: max(p for p in e.positions if p < at))
        return None

    def _the_parent(self, child, gender, pos):
        """The one person (of the kunya's sex) the article introduced, before `pos`, as a parent
        (وقال والدها خالد منصور، والد الطفل فلان) when it names the child (الطفلة سلمى): whom
        أبو سلمى / أم سلمى names; else None."""
        if self._index is None:
            self._build_index()
        if not any(self.body[i][1] < pos and i > 0 and TOKEN_WORD(self.body[i - 1]) in _A_CHILD
                   for i in self._index.get(child, ())):
            return None  # (a child the article introduces as one: الطفلة سلمى، طفلها ريان)
        titles = {"والد", "والدت", "والده"}  # (its role head, stemmed: the sex is the entity's own)
        parents = [e for e in self.entities if e.kind == "person" and len(e.name) >= 2 and e.name[0] not in _KUNYA_HEADS
                   and not titles.isdisjoint(e.roles) and e.gender == gender and any(p < pos for p in e.positions)]
        return parents[0] if len(parents) == 1 else None

    def _sentence_words_before(self, pos, unquoted=False):
        """The bare words of the sentence that holds `pos`, before it (after its last full stop);
        `unquoted`: not those inside «» or “” (في اتصال مع «فزان اليوم»: an outlet's name)."""
        k = self._token_index(pos)
        words, quoted = set(), False
        for w, _, _ in reversed(self.body[max(0, k - 30):k]):
            if w in (".", "؟", "!"):
                break
            if unquoted and w in ("«", "»", "“", "”"):
                quoted = w in ("»", "”")  # (read backwards: a closing mark opens a quoted name)
            elif not quoted:
                words.add(bare(w))
        return words

    def place_changed(self, pos, words):
        """Does the sentence before `pos` name a place none of `words` names (وفي الإسكندرية، قال رئيس
        الجامعة after رئيس جامعة القاهرة): another holder of the same office, elsewhere?"""
        def place(w):  # the place a bare word names, without a clitic preposition (بمراكش), else ""
            for x in (w, w[1:]):
                if x and (x in PLACES or "ال" + x in PLACES):
                    return x
            return ""
        said = {place(w) for w in self._sentence_words_before(pos, unquoted=True)}  # (a quoted outlet names no office's town)
        return bool(said - {place(bare(w)) for w in words} - {""})

    def _won_office(self, title, pos, gender):
        """The one person the body names, before `pos`, as winning or given an office of that
        title (فاز فلان برئاسة النادي، فلان رئيسا للنادي، انتخاب فلان أمينا عاما): [entity], else []."""
        if self._index is None:
            self._build_index()
        body, found = self.body, []
        for form in _WON_OFFICE.get(title, ()):
            for i in self._index.get(form, ()):
                if body[i][1] >= pos:
                    break
                if form == "بمنصب" and not (i + 1 < len(body) and bare(body[i + 1][0]) == title):
                    continue  # فاز فلان بمنصب نائب رئيس البلدية: another office
                for k in (i - 1, i - 2):  # the name's last word right before (or before a word between)
                    if k >= 0:
                        found += [e for e in self.entities if len(e.name) >= 2 and e.name[-1] == body[k][0]
                                  and e.positions and e.positions[0] <= body[i][1] and _agrees(e.gender, gender)]
        return found[:1] if len({e.name for e in found}) == 1 else []

    def _named_later(self, holds, words, pos, gender):
        """The one person named after `pos` who holds the title, when no one else in the
        article holds it and the qualifiers agree (the later holder's are all in the mention,
        or the mention's all in his, or two of them are the same; a bare title binds only to a
        bare title): [entity], else []. Of two holders of the head title, the one whose
        qualifiers share two words with the mention's, if only one does (مدير مستشفى النخيل, not
        the company's director)."""
        holders = _filter_gender([e for e in self.entities if e.positions and holds(e)], gender)
        mine = {w for w in words if not is_title(w)}
        def forms(b):
            return b | {_stem(x) for x in b}
        mine_forms = forms(mine)
        def quals_of(e):
            return {w for w in e.role_words if not is_title(w) and w not in GENERIC_ROLE_WORDS and not kin(w)
                    and w not in HONORIFICS and "ال" + w not in HONORIFICS}  # (الدكتور فلان، مدير المستشفى)
        def shares_two(quals):  # two qualifiers the same as the mention's, up to a final ة/ه
            return len({_stem(w) for w in quals} & mine_forms) >= 2
        if len(holders) > 1 and mine:
            sharing = [e for e in holders if shares_two(quals_of(e))]
            holders = sharing if len(sharing) == 1 else holders
        if len(holders) != 1 or holders[0].positions[0] <= pos:
            return []
        e = holders[0]
        quals = quals_of(e)
        def agree(a, b):  # every word of a in b, up to a final ة/ه
            b_forms = forms(b)
            return all(_stem(w) in b_forms for w in a)
        if not mine and quals:
            return []  # a bare الوزير is not bound to a وزير النقل named only later
        return [e] if not quals or agree(quals, mine) or agree(mine, quals) or shares_two(quals) else []

    def _own_word_taken_for_office(self, m):
        """سلمان جاسم المؤذن أن ... وقال المؤذن: the last word of this very name was read first as an
        office written right after a shorter name, but the article later names the person by that
        word alone, as by a family name (المؤذن، القاضي); so the word tells no one apart. (Not
        أخبر الطبيب سامي حداد الأمين أن: the object, never said alone again.)"""
        if not m.name_span or not any(m.name_span[0] < p < m.name_span[1] for p in self._offices_after_name):
            return False
        if self._index is None:
            self._build_index()
        after = self._token_index(m.end)
        return any(k >= after and TOKEN_WORD(self.body[k - 1]) != m.name[-2] for k in self._index.get(m.name[-1], ()))

    def _told_apart(self, name):
        """A surname told apart by a descriptor the article gave only one of them (الشرقاوي
        الأصغر after شقيقه الأصغر أنس الشرقاوي): that entity, else None."""
        if len(name) < 2 or not name[-1].startswith("ال"):
            return None
        told = [e for e in self._containing(name[:-1]) if bare(name[-1]) in e.role_words]
        if not told and bare(name[-1]) in ("شاب", "شابه"):
            # الزواري الشاب: of those sharing the surname, the one whose age the article gave as young
            told = [e for e in self._containing(name[:-1]) if 0 < e.age <= 40]
        return told[0] if len(told) == 1 else None

    def pair(self, m, pos):
        """A dual title (الوزيران، الشقيقان): the two people it names, joined as "X وY", or ""."""
        words = m.role + m.name
        if not words or not words[0].startswith("ال") or not words[0].endswith("ان"):
            return ""
        head = bare(words[0])[:-2]
        if head.endswith("ت") and not is_title(head) and is_title(head[:-1] + "ه"):
            head = _stem(head[:-1] + "ه")  # الطالبتان: two students, women
        if head == "اثن" and len(words) == 1:
            written = self._pair_written(None, pos)  # وكان المسعفان فلان وفلان ... ويقول الاثنان
            return written[1] if written is not None else ""
        if len(words) == 1 and (head in _SIDES or is_org(head) or (head.endswith("ت") and is_org(head[:-1] + "ه"))):
            # الطرفان، وقال البنكان، أكدت الشركتان: the two sides or bodies the article last named together
            return self._parties(pos) or self._joined_bodies(pos)
        if head in _LEADERS and len(words) == 1:
            # الزعيمان، المسؤولان: the last two people named with an office, whatever their titles
            titled = [e for e in self.entities if len(e.name) >= 2 and any(is_title(r) for r in e.roles)
                      and e.positions and e.positions[0] <= pos]
            titled.sort(key=lambda e: _recent_position(e, pos))
            if len(titled) >= 2:
                return " و".join(" ".join(e.name) for e in sorted(titled[-2:], key=lambda e: e.positions[0]))
            return ""
        couple = self._couple(_COUPLES[head], pos) if head in _COUPLES and len(words) == 1 else ""
        if couple:
            return couple
        if head in _COUPLES and len(words) == 1:
            written = self._pair_written(head, pos)  # يدير الشقيقان مسلم وعلي الشحري مطعما ... ويقول الشقيقان
            if written is not None:
                return written[1]
        def before(e):
            k = bisect_right(e.positions, pos)
            return e.positions[k - 1] if k else -1
        if not (is_title(head) or is_title(head + "ه") or is_title("ال" + head)):
            return ""  # (البلدان، الحزبان: no people noun; المتحدثان: a title the lists give with its article)
        if len(words) == 3 and words[2].startswith("وال"):
            # الوزيران الصومالي والجيبوتي: the holder of that title qualified by each adjective
            found = []
            for adj in (bare(words[1]), bare(words[2][1:])):
                holders = [e for e in self.entities if before(e) >= 0 and head in {_stem(r) for r in e.roles}
                           and adj in e.role_words and e not in found]
                if not holders:
                    return ""
                found.append(max(holders, key=before))
            return " و".join(" ".join(e.name) for e in found)
        if len(words) != 1:
            return ""
        found = [e for e in self.entities if before(e) >= 0 and head in {_stem(r) for r in e.roles}]
        found.sort(key=before)
        found = found[-2:]
        written = self._pair_written(head, pos)
        if written is not None and (len(found) < 2 or written[0] > before(found[-1])):
            # فاز فيلم «...» للمخرجين فلان وفلانة ... . وقال المخرجان: the pair the plural introduced
            return written[1]
        if len(found) == 1:  # شقيقه الأصغر فلان: the other one shares his surname
            kin = [e for e in self.entities if e is not found[0] and before(e) >= 0 and e.name[-1] == found[0].name[-1]]
            if not kin:
                # وإلى جانبه وقف زميله فلان ... . وقال السائقان: his colleague shares his trade
                kin = sorted((e for e in self.entities if e is not found[0] and len(e.name) >= 2 and before(e) >= before(found[0])
                              and e.roles & _COLLEAGUES), key=before)
            found = kin[-1:] + found
        if len(found) != 2:
            # الطالبتان after وقفت سارة ومروة القماطي، وهما شقيقتان: the two the article last named together
            last = [(p, m) for p, m in self.pairs if p < pos and pos - p < 1500]
            if last and all(before(e) < last[-1][0] for e in found):  # (named together after any single holder)
                return " و".join(self.show(" ".join(part.name)) for part in last[-1][1].parts)
            return self._named_just_before(pos, before) if all(0 <= pos - before(e) <= 300 for e in found) else ""
        found.sort(key=lambda e: e.positions[0])
        return " و".join(" ".join(e.name) for e in found)

    def _named_just_before(self, pos, before):
        """وشاركت فلانة فلانا أداء أغنية. وقال الفنانان: the two people, and only two, named in full in
        the 300 characters before `pos`, as "X وY"; else ""."""
        near = [e for e in self.entities if len(e.name) >= 2 and 0 <= pos - before(e) <= 300]
        if len(near) != 2:
            return ""
        near.sort(key=lambda e: e.positions[0])
        return " و".join(" ".join(e.name) for e in near)

    def _couple(self, kinds, pos):
        """الزوجان، الشقيقان: the last person introduced as the other's spouse or sibling right after
        them (يقطف فلان وزوجته فلانة), with that one: "X وY", else ""."""
        best = None
        for e in self.entities:
            if not e.positions or e.positions[0] >= pos or not e.role_words & kinds:
                continue
            first = e.positions[0]
            partner = [o for o in self.entities if o is not e and o.positions and 0 < first - o.positions[0] <= 60
                       and len(o.name) >= 2]
            if partner and (best is None or first > best[0]):
                best = (first, max(partner, key=lambda o: o.positions[0]), e)
        if best is None:
            return ""
        return " و".join(" ".join(x.name) for x in (best[1], best[2]))

    def _pair_written(self, head, pos):
        """(position, "X وY") of the last two people written after a dual or plural of the title
        `head` (any dual title when None) before `pos` (للمخرجين أنيس الجموسي وصابرين المصمودي), as the
        article names them; else None."""
        if not self.body:
            return None
        body = self.body
        end = self._token_index(pos)
        forms = {head + "ين", head + "ان", head + "تين", head + "تان"} if head else set()  # (الشقيقتان: two women)
        for j in range(end - 1, max(0, end - 400), -1):
            w = body[j][0]
            if head is None:  # any pair: the last two written after a dual of a title
                if not _dual_title(w):
                    continue
            else:
                for cut in ("لل", "ال", "ل", "وال", ""):
                    if w.startswith(cut) and w[len(cut):] in forms:
                        break
                else:
                    continue
            names, cur = [], []
            a = j + 1
            while a < len(body) and a <= j + 2 and body[a][0].startswith("ال") \
                    and body[a][0].endswith(("يتان", "يتين", "يان", "يين")):
                a += 1  # (الشقيقتان الجزائريتان ليلى وأمينة بوزيد: the pair's nisba, then their names)
            for k in range(a, min(len(body), a + 9)):
                t = body[k][0]
                if t[:1] == "و" and cur and len(names) == 0 and (name_like(t[1:], True) or PERSON_NAMES.get(t[1:]) in ("m", "f") or (
                        t == "وعلي" and k + 1 < len(body) and name_like(body[k + 1][0], False, "علي"))):
                    names.append(cur)
                    cur = [t[1:]]
                elif t[:1].isalpha() and not is_stop(t) and name_like(t, not cur, cur[-1] if cur else "") \
                        and not (names and len(cur) >= 2 and t.startswith("ال") and (t in COMMON_WORDS or t[2:] in COMMON_WORDS)):
                    cur.append(t)  # (ليلى وأمينة بوزيد البطولة: the verb's object after the second full name)
                else:
                    break
            if cur and names:
                names.append(cur)
            if len(names) == 2 and len(names[1]) >= 2 and (len(names[0]) >= 2 or names[0][0] in PERSON_NAMES):
                # (الشقيقان مسلم وعلي الشحري: a given name, then the other's full name, the surname theirs both)
                shown = [" ".join(self._recent_full(tuple(n), pos) if len(n) >= 2 else n) for n in names]
                return body[j][1], " و".join(shown)
            return None
        return None

    def _recent_full(self, name, pos):
        cands = self._containing(name)
        return _recent(cands, pos).name if cands else name

    def _parties(self, pos):
        """The two parties الطرفان / الجانبان refer to: the last coordinated pair of bodies or
        groups the body names before `pos` (توصلت الحكومة ونقابة المعلمين، وكان ممثلو النقابة
        وإدارة الشركة قد التقوا), as written, else ""."""
        if not self.body:
            return ""
        body = self.body
        end = self._token_index(pos)
        for j in range(end - 1, max(0, end - 400), -1):
            w = body[j][0]
            if len(w) < 4 or w[0] != "و" or not _party(w[1:]) or body[j - 1][0][:1] == "\x00":
                continue
            k = j - 1  # the first party: up to three words back to a party head
            while k > j - 3 and k > 0 and not _party(body[k][0]) and body[k - 1][0][:1].isalpha() \
                    and body[k - 1][2] + 2 >= body[k][1]:
                k -= 1
            if not _party(body[k][0]):
                continue
            while k > 0 and j - k < 4 and _party(body[k - 1][0]) and body[k - 1][2] + 2 >= body[k][1]:
                k -= 1  # a party in construct: ممثلو النقابة
            r = j + 1  # the second party: its construct or adjectives
            while r < len(body) and r - j < 3 and body[r][0].startswith(("ال", "لل")) and not is_stop(body[r][0]) \
                    and body[r][1] <= body[r - 1][2] + 1:
                r += 1
            if r == j + 1 and not _definite(w[1:]) and r < len(body) and body[r][0][:1].isalpha():
                return ""  # وجمعية أصدقاء التغذية: an indefinite head whose complement the scan cannot close
            if self._original is None:
                return " ".join(t[0] for t in body[k:r])
            return self._original(body[k][1], body[r - 1][2])
        return ""

    def _joined_bodies(self, pos):
        """The last body named before `pos` by a phrase that joins two bodies with و (وقع مجمع طاقات
        الجنوب الجزائري وشركة إنيرجيا ليغوريا الإيطالية عقدا: both parties, one name each), as
        written, else ""."""
        found = [name for start, name in self.orgs if start < pos and len(name) >= 3
                 and any(w[:1] == "و" and len(w) > 3 and is_org(w[1:]) for w in name[1:-1])]
        return self.show(" ".join(found[-1])) if found else ""

    def _containing(self, name):
        cands = [e for e in self.entities if _contains(e.name, name) and not _sons_name_in_kunya(e.name, name)]
        if not cands and not _listed_given_name(name):
            sk = _skeleton(name)
            cands = [e for e in self.entities if _contains(_skeleton(e.name), sk) and not _sons_name_in_kunya(e.name, name)]
        if not cands:
            cands = self._first_and_last(name)
        return cands

    def named_by_surname(self, word, pos):
        """The one person named in full before `pos` whose name ends in `word` (ويتوقع ماسيون after
        الفرنسي لوران ماسيون: a surname, though it reads like a plural nisba), else None."""
        named = {e.name: e for e in self.entities if len(e.name) >= 2 and e.name[-1] == word
                 and e.positions and e.positions[0] < pos}
        return next(iter(named.values())) if len(named) == 1 else None

    def surname_mentions(self, taken):
        """Mentions of people by surname alone in the running text (عاد الشرعبي ليؤكد، أما
        العبودي فأوضح، وسئل فاسكونسيلوس), which the phrase scan does not start on: one
        person Mention per body token that ends the name of someone named in full, outside
        the sorted mention spans `taken`."""
        last = {}
        for e in self.entities:
            if e.kind == "person" and len(e.name) >= 2 and e.name[-1] not in _CONNECTORS and len(e.name[-1]) > 2:
                last.setdefault(e.name[-1], []).append(e)
        # a given name alone (وعاد سامر ليشكر المعزين) names the one person who has it
        firsts = {}
        for e in self.entities:
            if e.kind == "person" and (len(e.name) >= 2 or PERSON_NAMES.get(e.name[0]) in ("m", "f")) and e.name[0] in PERSON_NAMES \
                    and e.name[0] not in _CONNECTORS \
                    and ((e.name[0] not in COMMON_WORDS and e.name[0] != "علي") or (e.name[0] == "علي" and ARTICLE.ali)):
                # (علي too, in an article that spells the name apart from the preposition على)
                firsts.setdefault(e.name[0], []).append(e)
        for w, es in firsts.items():
            if len(es) == 1 and w not in last:
                last[w] = es
        out = []
        body = self.body
        if self._index is None:
            self._build_index()
        for k in sorted(k for w in last for k in self._index.get(w, ())):  # the body tokens that are such a name
            w, a, b = body[k]
            if _inside(taken, a) or all(e.positions and a < min(e.positions) for e in last[w]):
                continue  # (before anyone of that name is introduced: وأعواد الحطب ... جمع الحطب)
            if w == "علي" and a not in ARTICLE.ali and not (k > 0 and body[k - 1][0] in _CONNECTORS):
                continue  # (على هامش المهرجان: the preposition, not the family name of سلمى أيت علي)
            start = a
            if k > 0 and body[k - 1][0] in _CONNECTORS and body[k - 1][2] + 2 >= a:
                start = body[k - 1][1]  # بن حميدة
            if k + 1 < len(body) and body[k + 1][0][:1].isalpha() and body[k + 1][1] <= b + 1 \
                    and name_like(body[k + 1][0], False, w) and body[k + 1][0] not in COMMON_WORDS \
                    and not (len(body[k + 1][0]) >= 6 and body[k + 1][0].endswith(("ين", "ان")) and body[k + 1][0] not in PERSON_NAMES
                             and not body[k + 1][0].startswith("ال")) \
                    and not (body[k + 1][0].startswith("ال") and not body[k + 1][0].endswith(("ي", "يه"))
                             and body[k + 1][0] not in PERSON_NAMES) \
                    and not (body[k + 1][0].endswith(("ته", "تها", "تهم")) and body[k + 1][0] not in PERSON_NAMES) \
                    and not (w.startswith("ال") and body[k + 1][0].endswith("ت") and len(body[k + 1][0]) <= 5
                             and body[k + 1][0] not in PERSON_NAMES) \
                    and not (w.startswith("ال") and not body[k + 1][0].startswith(("ال", "و")) and body[k + 1][0] not in PERSON_NAMES):
                # (وذهب المطوع أبعد من ذلك: a family name with ال ends the name, a word no list knows after it
                # is the sentence's)
                # (وافتتح العلي مرافعته: the verb's object, a noun with its pronoun, follows the surname;
                # غير أن الجاف بدت أقل تفاؤلا: her verb)
                continue  # the start of a longer name, which the phrase scan parsed or left alone
            genders = {e.gender for e in last[w]}
            name = tuple(t[0] for t in body[k - 1:k + 1]) if start != a else (w,)
            family = kin_descriptor(body[k + 1][0]) if k + 1 < len(body) and body[k + 1][1] <= b + 1 else None
            if family is not None and len(last[w]) > 1:
                # عاد ديوب الأب إلى البيت، أما ديوب الابن: which of the family the surname names
                out.append(Mention(start, body[k + 1][2], "person", name, (body[k + 1][0],), family[1],
                                   " ".join(name + (body[k + 1][0],)), name_span=(start, b)))
                continue
            out.append(Mention(start, b, "person", name, (), genders.pop() if len(genders) == 1 else "", " ".join(name),
                               name_span=(start, b)))
            if len(last[w]) == 1 and k + 2 < len(body) and body[k + 1][0] == "،" and body[k + 2][0] in ("وهو", "وهي"):
                self._roles_around(last[w][0], out[-1])  # تقول القلال، وهي مزارعة في ...: who she is, too
        # a kunya given as someone's alias, said again in running text (وعادت الكهرباء إلى شقة أم راشد):
        # that person, as the scan leaves such a kunya alone after a noun
        for key in [key for key in self.kunyas if len(key) == 2 and key[0] in ("ابو", "ام")]:
            for k in self._index.get(key[1], ()):
                w, a, b = body[k]
                if k > 0 and body[k - 1][0] == key[0] and body[k - 1][2] + 2 >= a and not _inside(taken, body[k - 1][1]) \
                        and not _inside(taken, a) and not any(m.start == body[k - 1][1] for m in out):
                    out.append(Mention(body[k - 1][1], b, "person", key, (), "f" if key[0] == "ام" else "m", " ".join(key),
                                       name_span=(body[k - 1][1], b)))
        # الأم، الأب said alone in running text (وتحتفظ الأم بقميصه): the relative the article introduced
        for word in ("الام", "الاب", "الوالده", "الوالد"):
            relation = kin_descriptor(word)
            head = "ام" if relation[1] == "f" else "ابو"  # (or a parent by a kunya: زهرة العياري، أم أيمن)
            if not any(e.roles & _KIN_SAME.get(relation[0], {relation[0]}) for e in self.entities) \
                    and not any(key[:1] == (head,) for key in self.kunyas):
                continue
            for k in self._index.get(word, ()):
                tok, a, b = body[k]
                if tok == word and not _inside(taken, a):
                    out.append(Mention(a, b, "person", (), (word,), relation[1], word))
        return out  # (in any order: the caller sorts all mentions)

    def opens_one_name(self, tok):
        """Does `tok` open the full name of one person the article names, and no other name hold it?"""
        people = {e.name for e in self.entities if e.kind == "person" and tok in e.name}
        return len(people) == 1 and len(next(iter(people))) >= 2 and next(iter(people))[0] == tok

    def names_with(self, tok):
        """Does a person the article names carry `tok` in the name (a surname: الحسيني), or, for a
        tuple, those words one after another in a longer name (شيخ نور in عبد الرحمن شيخ نور)?"""
        if isinstance(tok, tuple):
            return any(len(e.name) > len(tok) and _contains(e.name, tok) for e in self.entities)
        return any(tok in e.name for e in self.entities)

    def _first_and_last(self, name):
        """محمد العتيبي for محمد بن سلمان العتيبي: the given name and the surname of a fuller name (a
        compound given name too: عبد الرحمن المهندي for عبد الرحمن جاسم المهندي)."""
        given = _given_length(name)
        if len(name) < 2 or (given == 1 and name[0] in _CONNECTORS):
            return []
        return [e for e in self.entities if len(e.name) > len(name) and e.name[:given] == name[:given]
                and e.name[-1] == name[-1]]

    def _expand(self, name, gender):
        """Find the fuller form of a short name in the body: the name tokens written just
        before its first occurrence (الكرواتية يلينا كوفاتش -> يلينا كوفاتش)."""
        if name in self._expanded:
            return self._expanded[name]
        self._expanded[name] = None  # each short name is searched for once
        if self._index is None:
            self._build_index()
        ent = self._expand_in(self.body, self._index, name, gender)
        if ent is None and self._quoted is not None and len(name) == 1 and name[0] not in COMMON_WORDS:
            # a surname whose full name was written only inside someone's words (وأضاف السليطي أن
            # المتهم الأول، المهندس راجيش كومار مينون، ... ثم: قال مينون)
            if not isinstance(self._quoted, list):
                self._quoted = self._quoted()
            index = {name[0]: [idx for idx, tok in enumerate(self._quoted) if tok[0] == name[0]]}
            ent = self._expand_in(self._quoted, index, name, gender)
        self._expanded[name] = ent
        return ent

    def _expand_in(self, body, index, name, gender):
        n = len(name)
        for i in index.get(name[0], ()):
            if tuple(t[0] for t in body[i:i + n]) != name:
                continue
            k = i
            while k > 0 and i - k < 4:
                w, prev = body[k - 1][0], (body[k - 2][0] if k > 1 else "")
                if body[k - 1][2] + 2 < body[k][1] or self._opens_paragraph(body[k][1]) \
                        or is_title(w) or is_org(w) or (is_stop(w) and w not in _CONNECTORS) \
                        or kin(w) is not None or (w[:1] == "و" and held_title(w[1:])) \
                        or prev in ("في", "من", "الي", "عن", "وفي", "ومن", "والي", "وعن", "ففي", "فمن", "اصل") \
                        or (is_title(prev) and not _definite(prev) and w not in PERSON_NAMES) \
                        or (prev == "علي" and w not in PERSON_NAMES) or (w in PLACES and w not in PERSON_NAMES) \
                        or (w[:1] == "ب" and w[1:] in PLACES and w not in PERSON_NAMES):
                    # (مدرب عيبال نبيل الطوباسي: the club a title governs, not the name's first word;
                    # الكاتب العام لبلدية صفاقس رضا بوزيان، الكاتب الجهوي بسوس حميد القادري: the office's city;
                    # يشرف على تدريب ياسين: the preposition's object)
                    break  # punctuation or a line between, a word that is no name, a place after في (وفي حقيبة لين)
                if w.startswith("ال") and not (prev in _CONNECTORS or PERSON_NAMES.get(prev, "-") != "-") \
                        and not (k == i and PERSON_NAMES.get(w) in ("m", "f") and len(name) == 1) \
                        and not (PERSON_NAMES.get(w) in ("m", "f") and PERSON_NAMES.get(body[k][0]) in ("m", "f")
                                 and not body[k][0].startswith("ال")):
                    break  # (but أما الطاهر الزغلامي ... وقال الزغلامي: a definite given name before a surname,
                    # and ويقود الصادق إبراهيم كوكو: before another given name)
                if not w.startswith("ال") and not name_like(w, True) and w not in _CONNECTORS:
                    break
                if w.endswith("ت") and w not in PERSON_NAMES and len(w) >= 4:
                    break  # هناك فقدت زينب علي ابنها: a perfect verb in the feminine before its subject
                if w.startswith("وال") and w not in PERSON_NAMES:
                    break  # كل من مورا والسويدي توماس ليندبرغ: و and a definite word join another, never open a name
                if not w.startswith("ال") and w not in _CONNECTORS and PERSON_NAMES.get(w, "-") == "-" and (
                        k == 1 or not body[k - 2][0][:1].isalpha() or body[k - 2][2] + 2 < body[k - 1][1]):
                    break  # a clause's first word that no list calls a name is its verb: جلس فلان
                k -= 1
            if k == i - 1 and body[k][0] in _KUNYA_HEADS and name[0] not in _KUNYA_HEADS:
                continue  # أبو سامر is the father of سامر, not a fuller form of his name
            r = i + n
            kunya = n == 2 and (name[0] in _KUNYA_HEADS or name[0] == "بو")
            # (a kunya ends where it is: تبيع أم محمد أكياس الكسكس، يغلق بو سالم ملف اليوم)
            while not kunya and r < len(body) and r - (i + n) < 3 and body[r][1] <= body[r - 1][2] + 1 \
                    and not (body[r][0][:1] == "و" and (body[r][0] not in PERSON_NAMES or (  # (وسالم: and سالم)
                        PERSON_NAMES[body[r][0]] == "-" and body[r][0][1:] in PERSON_NAMES))) \
                    and bare(body[r][0]) not in _DECADES and not _ba_given_name(body[r][0]) \
                    and not _kin_with_pronoun(body[r][0]) \
                    and (body[r][0] in _CONNECTORS or (name_like(body[r][0], False, body[r - 1][0]) and body[r][0] not in COMMON_WORDS
                         and (body[r][0] in PERSON_NAMES or body[r - 1][0] in _CONNECTORS or not body[r][0].endswith("ا")))
                         or (body[r][1] in ARTICLE.ali and _ali_before_no_noun(body[r + 1][0] if r + 1 < len(body) else ""))):
                # (فقدت زينب علي ابنها: علي spelled as the name)
                r += 1
            while r > i + n and body[r - 1][0] in _CONNECTORS:
                r -= 1
            if k < i or r > i + n:
                full = tuple(t[0] for t in body[k:r])
                g = name_gender(full)
                if gender and g and g != gender:
                    continue
                self._remember(full, (body[k][1], body[r - 1][2]))
                e = Entity("person", full, gender or g, positions=[body[k][1]])
                if k > 0 and body[k - 1][0].startswith("ال") and body[k - 1][2] + 2 >= body[k][1]:
                    e.role_words.add(bare(body[k - 1][0]))  # الكرواتية يلينا كوفاتش
                title = held_title(body[k - 1][0]) if k > 0 and body[k - 1][2] + 2 >= body[k][1] else ""
                if title or (k > 0 and body[k - 1][0].startswith("ال") and is_title(body[k - 1][0])
                             and body[k - 1][2] + 2 >= body[k][1]):
                    # إنهاء التعاقد مع مدربه عبد الرحيم الوزاني: the title he holds, so that المدرب
                    # names him later
                    self._add_roles(e, (title or body[k - 1][0],), body[k][1])
                self.entities.append(e)
                return e
        return None

    def organisation(self, phrase, pos):
        """A short name refers to the nearest fuller name it begins: الوزارة -> وزارة الخارجية،
        البنك المركزي -> البنك المركزي التونسي (also after a document's verb: قرار أعلنته وزارة
        الطاقة); before the mention first, else the first after."""
        if phrase in self.org_aliases:
            return self.organisation(self.org_aliases[phrase], pos)  # لانا: the body that short name was given to
        n = len(phrase)
        if n == 1 and not phrase[0].startswith("ال"):
            return " ".join(phrase)
        if n >= 2 and is_document(phrase[0]) and is_org(phrase[1]) and not is_document(phrase[1]):
            return phrase[0] + " " + self.organisation(phrase[1:], pos)  # تقرير الهيئة: the body's fullest name
        head = bare(phrase[0])
        cands = self._org_cands(self.orgs, phrase, head)
        if n == 1:  # (بمقر الشركة في مسقط: the same bare head and where it is, no fuller name of it)
            cands = [(p, name) for p, name in cands if not (len(name) >= 2 and _definite(name[0]) and (
                name[1] == "في" or (name[1][:1] == "ب" and (name[1].startswith("بال") or name[1][1:] in PLACES))))]
            # (بمقر الوزارة بالعاصمة: where the body sits, no fuller name of it either)
        if not cands and self.reported_orgs:
            # a body only a reported clause named in full (فإن شركة أطلس البحار للصيد أسست ... ونفت
            # الشركة): taken when the article's own sentences name no such body
            cands = self._org_cands(self.reported_orgs, phrase, head)
        if not cands and n == 2 and phrase[1].startswith("ال") and phrase[1].endswith(("ي", "يه")) and phrase[1] not in GENERIC_ROLE_WORDS:
            # النادي البحريني for نادي اللؤلؤة البحريني: the head and the nationality of a body named before
            cands = [(p, name) for p, name in self.orgs if bare(name[0]) == head and phrase[1] in name[2:]]
            if not cands and _nationality(phrase[1]):
                # المجموعة الإيطالية for مجموعة بيلاتي للأغذية: the one body of that head named before,
                # its nationality told only now
                same = [(p, name) for p, name in self.orgs if p < pos and bare(name[0]) == head and len(name) >= 2
                        and not name[1].startswith("ال")]
                if len({name for _, name in same}) == 1:
                    cands = same
        if not cands and n == 2 and phrase[1].startswith("ال") and not phrase[0].startswith("ال"):
            # مجلس الإدارة for مجلس إدارة نادي الموج, إدارة الميناء for إدارة ميناء حمد: the head and its
            # construct noun said again with the article, of a body named before with its own complement
            cands = [(p, name) for p, name in self.orgs if len(name) >= 3 and bare(name[0]) == head
                     and not name[1].startswith("ال") and bare(name[1]) == bare(phrase[1])
                     and not self.place_changed(pos, name)]
        if not cands and n == 2 and head == "اداره" and phrase[1].startswith("ال") and is_org(phrase[1]) \
                and bare(phrase[1]) not in _EVENTS:
            # إدارة المستشفى after مستشفى الريان التخصصي: the administration of the body named before
            # (not of an event: إدارة المهرجان speaks as itself)
            inner = self.organisation(phrase[1:], pos)
            if inner != phrase[1]:
                return phrase[0] + " " + self.show(inner)
        if not cands and head == "نيابه" and phrase[1:] in ((), ("العامه",)):
            # النيابة, النيابة العامة after مكتب النائب العام: the public prosecution is the prosecutor's office
            cands = [(p, name) for p, name in self.orgs if len(name) >= 3 and bare(name[0]) == "مكتب"
                     and name[1:3] == ("النائب", "العام")]
        before = [c for c in cands if c[0] < pos]
        if len(before) > 1:
            # a body after a preposition is an object (حكما صادرا عن محكمة الصلح): the subject first
            subjects = [c for c in before if not self._after_preposition(c[0])]
            before = subjects or before
        if before and n == 1 and phrase[0].startswith("ال") and _descriptive(before[-1][1]):
            # الشركة after 'والشركة المشغلة تحذر' in the deck and 'المتحدث باسم شركة الصحراء': the body
            # named since, not the description before it
            named, at = self._construct_org_at(phrase[0][2:], pos)
            if named is not None and at > before[-1][0]:
                return " ".join(named)
        if before:
            return " ".join(before[-1][1])
        if cands:
            return " ".join(cands[0][1])
        if n == 1 and head in self.org_heads and self.org_heads[head][0] < pos:
            return " ".join(self.org_heads[head][1])  # المجموعة after مجموعة تطلق على نفسها اسم X
        full = self.expand_org(phrase) if phrase[0].startswith("ال") else None
        if full is None and n == 1 and phrase[0].startswith("ال"):
            full = self._construct_org_at(phrase[0][2:], pos)[0]
        if full is None and n == 1 and head == "وزاره":
            full = self._ministry_of_minister(pos)
        if full is None and n == 1 and phrase[0].startswith("ال"):
            # الشركة after مصنع شركة الصخرة البيضاء للإسمنت: the body whose plant, branch or seat the
            # article named, when it named none of that head on its own
            full = next((name[1:] for p, name in reversed(self.orgs) if p < pos and len(name) >= 3 and bare(name[1]) == head
                         and is_org(name[0]) and not _definite(name[0]) and is_org(name[1])), None)
        return " ".join(full or phrase)

    @staticmethod
    def _org_cands(orgs, phrase, head):
        """(position, fuller name) of each body in `orgs` whose name the short `phrase` begins."""
        n, cands = len(phrase), []
        for p, name in orgs:
            for k in range(len(name) - n):  # also inside a longer name: مجلس إدارة البنك المركزي التونسي
                word = name[k]
                if k and word.startswith(("بال", "لل")) and len(word) > 4:
                    word = "ال" + word[3:] if word.startswith("بال") else "ال" + word[2:]  # لجنة السياسة النقدية بالبنك المركزي
                if bare(word) == head and name[k + 1:k + n] == phrase[1:] and (k == 0 or word.startswith("ال")
                                                                               or _revealing(name[k - 1])
                                                                               # (مجلس إدارة نادي اللؤلؤة: the club whose board it is)
                                                                               or all(_stem(bare(w)) in _BOARDS for w in name[:k])):
                    if n == 1 and name[k + 1].startswith("وال"):
                        break  # a joint of two bodies (التنسيقية والهيئة النقابية): not a fuller name of either
                    cands.append((p, (word,) + name[k + 1:] if word != name[k] else name[k:]))
                    break
        return cands

    def lengthen_org(self, m):
        """A body's name as the source of its own sentence reads it (مكتب السياحة في الولاية، then إنه):
        the body scan, which cannot tell where the sentence goes on, stopped at في."""
        for k, (p, name) in enumerate(self.orgs):
            if p == m.start and len(name) < len(m.name) and m.name[:len(name)] == name:
                self.orgs[k] = (p, m.name)
                self._remember(m.name, (m.start, m.end))
                return
            if p == m.start:
                return
        # (وفقا لوزارة الصحة بولاية البحر الأحمر: a body the scan never saw, glued to its preposition)
        insort(self.orgs, (m.start, m.name))
        self._remember(m.name, (m.start, m.end))

    def add_reported_org(self, m):
        """A body a reported clause names in full: a fallback for a bare head (see organisation)."""
        self.reported_orgs.append((m.start, m.name))
        self._remember(m.name, (m.start, m.end))

    def org_named_by(self, words, pos):
        """The body named before `pos` whose head is followed by `words`, its proper noun (مجموعة أفق
        للاستشارات for أفق, شركة درع الخليج للتأمين for درع الخليج), when no one the article names bears
        their first word; else None."""
        word, n = words[0], len(words)
        given = word in PERSON_NAMES if n == 1 else PERSON_NAMES.get(word) not in (None, "-")  # (درع: a family name only)
        if given and n >= 2 and all(_definite(w) and w not in PERSON_NAMES and w[2:] not in PERSON_NAMES
                                    and not w.endswith(("ي", "يه")) for w in words[1:]):
            given = False  # (شمس الأغوار for شركة شمس الأغوار للطاقة: a given name, then a word no name has)
        # (a definite word alone is the complement of a body's head, الأرصاد for إدارة الأرصاد الجوية, when no
        # name or title reads it: وبحسب الأرصاد)
        complement = n == 1 and word.startswith("ال") and word[2:] not in PERSON_NAMES and not is_title(word) \
            and not is_org(word) and not is_anonymous(word)
        if given or (word.startswith("ال") and not complement) or any(word in e.name and (n == 1 or e.name != words)  # (not the
                                                 for e in self.entities):  # person its own sentence made of them: وقالت درع الخليج)
            return None
        for p, name in reversed(self.orgs):
            if p < pos and len(name) > n and name[1:n + 1] == words and is_org(name[0]) and not _definite(name[0]):
                return " ".join(name)
        return None

    def _ministry_of_minister(self, pos):
        """الوزارة in an article whose minister it named by his office (أعلن وزير التربية والتعليم
        فلان): وزارة التربية والتعليم; the minister named last before `pos`, else None."""
        ministers = [e for e in self.entities if e.positions and e.positions[0] < pos
                     and e.role_text.split()[:1] and bare(e.role_text.split()[0]) in ("وزير", "وزيره")]
        if not ministers:
            return None
        minister = _recent(ministers, pos)
        words = minister.role_text.split()[1:]
        k = 0
        while k < len(words) and (words[k].startswith(("ال", "وال"))) and not is_title(words[k]):
            k += 1  # the ministry's field: التربية والتعليم (not an honorific or the name after it)
        if not k:
            return None
        field = tuple(words[:k])
        if self.body and self._original is not None:  # shown as written: وزارة التربية والتعليم
            if self._index is None:
                self._build_index()
            for i in self._index.get(field[0], ()):
                if tuple(t[0] for t in self.body[i:i + k]) == field:
                    self.display.setdefault(" ".join(("وزاره",) + field),
                                            "وزارة " + self._original(self.body[i][1], self.body[i + k - 1][2]))
                    break
        return ("وزاره",) + field

    def _after_preposition(self, pos):
        """Is the body token before normalized offset `pos` a preposition (عن، من، إلى ...)?"""
        if not self.body:
            return False
        k = self._token_index(pos)
        return k > 0 and self.body[k - 1][0] in _OBJECT_PREPOSITIONS

    def _construct_org_at(self, head, pos):
        """الاتحاد for a body the body wrote only in construct: as a role's complement (رئيس
        اتحاد عمال الموانئ في صفاقس، المدير الإقليمي لمنظمة الأرض الرطبة) or joined to another
        party (توصلت الحكومة ونقابة المعلمين): (the last such full name before `pos`, where it starts),
        else (None, -1)."""
        body = self.body
        if self._index is None:
            self._build_index()
        best, at = None, -1
        for i in sorted(i for form in (head, "ل" + head, "و" + head, "ب" + head) for i in self._index.get(form, ())):
            if body[i][1] >= pos:
                break
            clitic = len(body[i][0]) - len(head)
            if not clitic and (i == 0 or not (is_title(body[i - 1][0]) or body[i - 1][0] == "باسم" or is_document(body[i - 1][0])
                                               or (body[i - 1][0] == "عام" and i >= 2 and is_title(body[i - 2][0])) or (
                    body[i - 1][0] == "في" and any(is_title(body[j][0]) for j in range(max(0, i - 5), i - 1))))):
                continue  # a bare construct is a body only as a title's or a document's complement (المتحدث باسم غرفة ...، دراسة مركز ...،
                # مدير المنتخبات الوطنية في اتحاد ألعاب القوى، مدير عام هيئة ...)
            r = i + 1
            if r < len(body) and body[r][0] in _QUOTE_MARKS:
                # رئيس جمعية «أمل القرية» للإغاثة: a name in quotation marks, then its field
                e = next((e for e in range(r + 1, min(len(body), r + 7)) if body[e][0] in _QUOTE_MARKS), None)
                if e is None or e == r + 1:
                    continue
                r = e + 1
                while r < len(body) and r - e <= 3 and body[r][1] <= body[r - 1][2] + 1 and (
                        body[r][0].startswith("لل") or (r > e + 1 and body[r][0].startswith("ال"))) and not is_stop(body[r][0]) \
                        and body[r][0] not in _ISSUED:
                    r += 1
                best, at = (head,) + tuple(t[0] for t in body[i + 1:r]), body[i][1]
                self._remember(best, (body[i][1] + clitic, body[r - 1][2]))
                continue
            while r < len(body) and r - i <= 4 and body[r][1] <= body[r - 1][2] + 1 and body[r][0][:1].isalpha() \
                    and not body[r][0].startswith(("ال", "وال", "لل")) and not is_stop(body[r][0]) and not is_title(body[r][0]):
                r += 1  # indefinite links of the construct: عمال
            if r > i + 1 and r < len(body) and body[r][0].startswith("لل") and len(body[r][0]) > 4 \
                    and not is_stop(body[r][0]) and body[r][1] <= body[r - 1][2] + 1 and not is_title("ال" + body[r][0][2:]):
                r += 1  # مدير المشروع بشركة أزور للماء والطاقة: a proper noun, then the body's field
            elif r >= len(body) or not body[r][0].startswith("ال") or is_stop(body[r][0]):
                continue  # a construct ends in a definite noun
            while r < len(body) and r - i <= 7 and body[r][1] <= body[r - 1][2] + 1 and (
                    (body[r][0].startswith(("ال", "وال")) and not is_stop(body[r][0]) and not is_title(body[r][0])
                     and body[r][0] not in _TIME_WORDS and body[r][0] not in _ISSUED)  # (دراسة مركز X الصادرة: issued)
                    # (مرصد الأرض للحقوق، مرصد الأرض لحقوق الإنسان: its field after ل, once the construct is closed)
                    or (r > i + 1 and body[r - 1][0].startswith("ال") and (body[r][0].startswith("لل") or (
                        body[r][0][:1] == "ل" and r + 1 < len(body) and body[r + 1][0].startswith("ال")
                        and body[r + 1][1] <= body[r][2] + 1)) and not is_stop(body[r][0]) and not is_title(body[r][0][1:]))
                    # (وزارة الثروة الزراعية والسمكية وموارد المياه: و + a noun in construct with a definite one)
                    or (body[r][0][:1] == "و" and len(body[r][0]) > 3 and not body[r][0][1:].startswith("ال")
                        and body[r][0][1:] not in PERSON_NAMES and r + 1 < len(body) and body[r + 1][0].startswith("ال")
                        and body[r + 1][1] <= body[r][2] + 1 and not is_title(body[r][0][1:]))):
                r += 1
            if r + 1 < len(body) and body[r][0] == "في":  # the body's city: في صفاقس، (and no more)
                e = r + 1
                while e < len(body) and e - r <= 2 and body[e][0][:1].isalpha() and not is_stop(body[e][0]) \
                        and body[e][1] <= body[e - 1][2] + 1:
                    e += 1
                if e > r + 1 and (e >= len(body) or not body[e][0][:1].isalpha()):
                    r = e
            found = (head,) + tuple(t[0] for t in body[i + 1:r])
            if best is not None and len(best) > len(found) and best[:len(found)] == found:
                continue  # مدير عام مكتب الصحة after مدير عام مكتب الصحة العامة والسكان في عدن: the same body, said short
            best, at = found, body[i][1]
            self._remember(best, (body[i][1] + clitic, body[r - 1][2]))
        return best, at

    def expand_org(self, phrase):
        """A definite short name written in full somewhere in the body, followed by its
        adjectives and complements (رئيسة الجامعة الوطنية للمؤسسات ... -> الجامعة الوطنية ...)."""
        if phrase in self._expanded_orgs:
            return self._expanded_orgs[phrase]
        self._expanded_orgs[phrase] = None
        body, n, best = self.body, len(phrase), None
        if self._index is None:
            self._build_index()
        for i in self._index.get(phrase[0], ()):
            if tuple(t[0] for t in body[i:i + n]) != phrase:
                continue
            r = i + n
            while r < len(body) and r - i < 8 and body[r][1] <= body[r - 1][2] + 1 and body[r][0][:1].isalpha() \
                    and (body[r][0].startswith(("ال", "وال", "لل")) or (  # لحقوق المهاجرين، وطالبي اللجوء
                        body[r][0][:1] in "لو" and r + 1 < len(body) and body[r + 1][0].startswith("ال")
                        and body[r + 1][1] <= body[r][2] + 1)) \
                    and not is_stop(body[r][0]) and not is_title(body[r][0]) and body[r][0] not in _TIME_WORDS \
                    and not (r + 1 < len(body) and _year_when(body[r][0], body[r + 1][0])) \
                    and body[r][0] not in _ISSUED and not _document_object(body[r][0], body[r - 1][0]) \
                    and not _plural_object(body[r][0], body[r - 1][0]) \
                    and not (r == i + 1 and _people_after_the_body(body[r][0], body[i][0])) \
                    and not _after_the_body(body[r][0], body[r - 1][0], r == i + 1 and _definite(body[i][0])):
                # (البيان المشترك الصادر عن ...: issued by; الشركة الوطنية للمخابز القرار: its object; no more of the name)
                r += 1
            if r > i + n and (best is None or r - i > len(best)):
                best = tuple(t[0] for t in body[i:r])
                self._remember(best, (body[i][1], body[r - 1][2]))
        self._expanded_orgs[phrase] = best
        return best

    def issuer(self, heads, pos):
        """The body that issued a document (الحكم، الحيثيات، التقرير، الكتاب): the first body
        named in the last sentence before `pos` that mentions such a document (أصدرت الرابطة
        بيانا، قضت المحكمة بحكم، في كتاب رسمي، التقرير الذي نشره البنك); for a court's
        document, else the last court named. Its fullest name, else ""."""
        if not self.body:
            return ""
        body = self.body
        k = self._token_index(pos) - 1
        court = bool(heads & _COURT_DOCUMENTS)
        while k >= 0:
            if _document_stem(body[k][0]) in heads:
                a, b = k, k
                starts = self._paragraph_starts
                opening = starts[bisect_right(starts, body[k][1]) - 1] if starts and starts[0] <= body[k][1] else -1
                while a > 0 and body[a - 1][0] not in (".", "؟", "!", "\x00") and body[a - 1][1] >= opening:
                    a -= 1  # (not into a subhead above: الإدارة: الزيادة ضرورية)
                while b + 1 < len(body) and body[b + 1][0] not in (".", "؟", "!") and body[b + 1][1] < pos:
                    b += 1
                lo, hi = body[a][1], body[b][2]
                for p, name in self.orgs:
                    if lo <= p < hi and (not is_document(name[0]) and bare(name[0]) not in _DOCUMENT_STEMS or (
                            len(name) > 1 and _document_stem(name[0]) in heads and is_org(name[1])
                            and not is_document(name[1]))) and not self._obtained_it(p) and not self._asked_body(p) \
                            and not self._bracketed(p):
                        return self.organisation(name, p)  # (or the document named with its body: تقرير الهيئة)
            k -= 1
        if court:
            courts = [(p, name) for p, name in self.orgs if p < pos and bare(name[0]) in _COURTS]
            if courts:
                return self.organisation(courts[-1][1], courts[-1][0])
        return ""

    def _obtained_it(self, p):
        """Is the body at `p` the one that obtained or saw the document (نسخة من المحضر اطلعت عليها
        الصحيفة، حصلت عليها الوكالة), not the one that issued it?"""
        k = self._token_index(p)
        body = self.body
        b = k - 1 if k >= 1 and body[k - 1][0] in _QUOTE_MARKS else k  # (حصل "المرصد" على نسخة: the body quoted)
        e = k + 1 if b < k else k
        while e + 1 < len(body) and body[e][0] not in _QUOTE_MARKS and b < k and e - k < 5:
            e += 1  # (to the closing mark)
        return (b >= 2 and body[b - 1][0] in ("عليه", "عليها")
                and bare(body[b - 2][0]).lstrip("و") in _OBTAINED) \
            or (b >= 1 and e + 1 < len(body) and bare(body[b - 1][0]).lstrip("و") in _OBTAINED
                and body[e + 1][0] in ("علي", "نسخه", "بنسخه"))
        # (اطلعت الصحيفة على نسخة من التقرير، بيان تلقت الصحيفة نسخة منه، توصلت الجريدة بنسخة منه)

    def document_named(self, head, pos, within=1500):
        """The document with noun `head` (تقرير) the body last named before `pos` with words of its
        own (التقرير الأولي للجنة التحقيق الفنية، دراسة الجدوى): that phrase as written, else ""."""
        body = self.body
        k = self._token_index(pos) - 1
        while k >= 0 and body[k][1] >= pos - within:
            if _document_stem(body[k][0]) == head and body[k][1] < pos - len(head) - 2:
                e, owner = k + 1, 0  # (owner: the words since ل + an indefinite noun, لجمعية بحرنا: whose it is)
                while e < len(body) and body[e][0][:1].isalpha() and body[e][1] <= body[e - 1][2] + 1 \
                        and (body[e][0].startswith(("ال", "لل", "بال")) or 0 < owner <= 2
                             or (body[e][0][:1] == "ل" and len(body[e][0]) > 3)) \
                        and not is_stop(body[e][0]) and body[e][0] not in VERB_FORMS and (not is_title(body[e][0]) or owner) \
                        and body[e][0] not in _TIME_WORDS and body[e][0] not in _ISSUED and e - k < 8:
                    # (لديوان المحاسبة: the owner's own words; المرفقة بالقانون: what it goes with; الصادر العام
                    # الماضي: when it came out)
                    w = body[e][0]
                    owner = 1 if w[:1] == "ل" and not w.startswith("لل") else owner + 1 if owner and not _definite(w) else 0
                    e += 1
                if e - k < 2 or not _definite(body[k][0]) or (
                        e < len(body) and (PERSON_NAMES.get(body[e][0]) in ("m", "f") or body[e][0] == "علي")
                        and body[e][1] <= body[e - 1][2] + 1):
                    return ""  # (الحكم الدولي علي بن حمد: a referee's title before his name, no ruling)
                return self.show_span(body[k][1], body[e - 1][2], " ".join(t[0] for t in body[k:e]))
            k -= 1
        return ""

    def last_organisation(self, lo, hi):
        """The fullest name of the last body named in [lo, hi) (not a document): who issued البيان."""
        for p, name in self.orgs:  # the first: a later one is more often an object (على أعضاء اللجنة)
            if lo <= p < hi and not is_document(name[0]) and not self._asked_body(p):
                return self.organisation(name, p)
        return ""

    def _given_to_newcomer(self, kunya, pos):
        """Was the kunya, where the article first wrote it (else at `pos`), given by a clause describing
        someone new (مساهم صغير يعرفه زملاؤه باسم «أبو حمد»: an indefinite description), not someone
        met before (رئيس القسم، الذي يناديه زملاؤه «بو سالم»)?"""
        p = min((e.positions[0] for e in self.entities if e.positions and _kunya_key(e.name) == _kunya_key(kunya)),
                default=pos)
        k, called = self._token_index(p) - 1, False
        for w, _, _ in reversed(self.body[max(0, k - 12):k + 1]):
            if w in ("الذي", "التي") or w in (".", "،", ",", ":", "؛"):
                return called and w not in ("الذي", "التي")
            called = called or w.lstrip("و") in _CALLED
        return called

    def _word_before(self, p):
        """The body token just before normalized offset `p`, else ""."""
        k = self._token_index(p) - 1
        return self.body[k][0] if k >= 0 else ""

    def _bracketed(self, p):
        """Is the body at `p` written in brackets (تونس 12 فيفري (وكالة قرطاج) - أكدت الوزارة في بلاغ):
        a dateline's agency, never what the sentence's subject issued?"""
        return self._word_before(p) == "("

    def _asked_body(self, p):
        """Is the body at `p` the one questions were put by (في جواب على أسئلة الجريدة): the
        reporters' outlet, never the issuer of the answer?"""
        return bare(self._word_before(p)).lstrip("لو") in _QUESTIONS_OF


    def _known(self, words):
        for ks, names in self.known:
            if any(n == words or (len(words) == 1 and words[-1] in n) for n in names):
                return ks.name
        return ""

    def apply_known(self, speaker):
        """Replace a speaker by a known speaker's canonical name when it is one of its aliases."""
        words = tuple(speaker.split())
        for ks, names in self.known:
            if any(n == words for n in names):
                return ks.name
        return speaker


_SKELETON = str.maketrans({"غ": "ج", "ق": "ج", "ك": "ج", "ط": "ت", "ص": "س", "ث": "س", "ذ": "ز", "ظ": "ز", "ض": "د"})


_YEARS = {"عاما", "عام", "سنه", "سنوات", "ربيعا"}


def _age_at(body, r):
    """The age written at body token r, right after a name: "(31 عاما)"، "، 46 عاما،"; else 0."""
    if r < len(body) and body[r][0] in ("(", "،", ","):
        r += 1
    if r + 1 < len(body) and body[r][0].isdigit() and body[r + 1][0] in _YEARS:
        return int(body[r][0])
    return 0


def _decade_after(body, r):
    """The tens of an age said by its decade in the few words after a name and who they are
    (حبيبة القلال، وهي مزارعة في منتصف الخمسينات: 5; في السبعين من عمرها: 7), else 0."""
    for k in range(r, min(len(body), r + 8)):
        w = body[k][0]
        if w in (".", ":", "؟", "!", "«", '"'):
            return 0
        if w == "في" and k + 1 < len(body):
            at = k + 2 if body[k + 1][0] in _DECADE_PARTS and k + 2 < len(body) else k + 1
            nxt = body[at][0]
            if nxt in _DECADE_NOUNS and (nxt.endswith("ات") or (  # (في العشرين من الشهر is a date)
                    at + 2 < len(body) and body[at + 1][0] == "من" and body[at + 2][0].startswith("عمر"))):
                return _DECADE_NOUNS[nxt]
    return 0


def decade(word):
    """The tens of an age adjective (العشرينية → 2, الستيني → 6), else 0."""
    b = bare(word)
    if b not in _DECADES:
        return 0
    return _DECADE_ADJECTIVES.index(b[:-1] if b.endswith("ه") else b) + 2


def _listed_given_name(name):
    """A lone given name the lists know with its sex (إيناس، أنيس): no spelling variant of another
    one, however alike their letters without long vowels."""
    return len(name) == 1 and PERSON_NAMES.get(name[0]) in ("m", "f")


@lru_cache(maxsize=65536)
def _skeleton(name):
    """Spelling-tolerant form of a name (أندرسن/أندرسون, فاينبرغ/فاينبرج): long vowels dropped."""
    out = []
    for w in name:
        if w.startswith("ال") and len(w) > 4:
            w = w[2:]  # دمرداش / الدمرداش
        w = w.translate(_SKELETON)
        out.append(w[:1] + w[1:].replace("ا", "").replace("و", "").replace("ي", ""))
    return tuple(out)


def _stem(w):
    return w[:-1] if w.endswith("ه") else w


# events, which their administration speaks for under its own name (إدارة المهرجان), no body
_EVENTS = {"مهرجان", "معرض", "مؤتمر", "ملتقي", "منتدي", "بطوله", "مسابقه", "دوره", "موسم"}
# رئيس مجلس إدارة X heads X; فرع مصرف X, مصالح وزارة X (the services of X): X
_BOARDS = {_stem(w) for w in ("مجلس", "اداره", "كليه", "هيئه", "فرع", "مصالح", "دوائر", "اجهزه")}


def _body_then_place(role, words, j):
    """المدير العام للشركة الوطنية لمترو نواكشوط: is words[j], in ل, what a body named in the role
    serves, then the place it serves (a field and a place, no family name in ل)?"""
    return len(role) >= 2 and _definite(role[-1]) and not is_title(role[-1]) and words[j][1:] not in PERSON_NAMES \
        and j + 1 < len(words) and words[j + 1] in PLACES and PERSON_NAMES.get(words[j + 1]) not in ("m", "f") \
        and any(is_org(r) or (r.startswith("لل") and is_org("ال" + r[2:])) for r in role)


def _someone_new(role):
    """بيطري يعمل بالقطاع العام: an indefinite title, then a verb that describes its holder, names
    someone new, not whoever the article gave that title."""
    return len(role) >= 2 and is_title(role[0]) and not _definite(role[0]) and role[1][:1] in "يت" \
        and len(role[1]) >= 4 and not _definite(role[1]) and not is_title(role[1]) and not is_org(role[1]) \
        and role[1] not in PERSON_NAMES and not (role[1].endswith(("ي", "يه")) and len(role[1]) >= 5)  # (تنفيذي: an adjective)


def _office(role):
    """(title, governed word) of a role: وزير المالية -> (وزير, ماليه); الوزير الإسباني ->
    (وزير, ""): a nationality qualifies the title, it does not name another office."""
    for k, r in enumerate(role):
        if is_title(r) and r not in HONORIFICS:
            m = k + 1
            while m < len(role) and _definite(role[m]) and role[m].endswith(("ي", "يه")) and not is_org(role[m]):
                m += 1  # (الناطق الرسمي باسم المحكمة: past the title's adjectives)
            if m + 1 < len(role) and role[m] == "باسم":
                body = _stem(bare(role[m + 1]))  # the body it speaks for: المتحدث باسم الوزارة -> وزاره
                if not _definite(role[m + 1]) and m + 2 < len(role) and role[m + 2][:1].isalpha():
                    body += " " + _stem(bare(role[m + 2]))  # (باسم وزارة الصحة, not any ministry)
                return bare(r), body
            nxt = bare(role[k + 1]) if k + 1 < len(role) else ""
            if nxt in ("باسمه", "باسمها", "باسمهم", "باسمهما"):
                return bare(r), ""  # الناطقة باسمها: the body a pronoun refers to, any the holder speaks for
            if nxt[:1] in "بل" and nxt[1:].startswith("ال"):
                nxt = nxt[3:]  # بالمجلس
            elif nxt[:1] in "بل" and not is_org(nxt) and nxt not in COMMON_WORDS and nxt[1:] in COMMON_WORDS:
                nxt = ""  # المدرب بجماهير الفريق: a preposition's object, not the office's complement
            if (nxt.endswith(("ي", "يه")) and len(nxt) > 2 and not (nxt.endswith("يه") and is_org(nxt))) or is_title(nxt) or not nxt[:1].isalpha():
                nxt = ""  # (رئيس حي العجمي: حي, a quarter, is the office's complement, no adjective; nor is جمعية)
            elif r.startswith("ال") and k + 2 == len(role) and _state_participle(role[k + 1]):
                nxt = ""  # الطبيبة العائدة: a definite title governs no definite word; an active participle qualifies it
            return bare(r), _stem(nxt)
    return "", ""


def _state_participle(w):
    """العائدة، الغاضب: a definite active participle (فاعل، فاعلة) saying what the holder of a title is
    doing or has done, not the office's complement (العام، السابق، الثالث are kept)."""
    b = bare(w)
    return w.startswith("ال") and len(b) in (4, 5) and b[1] == "ا" and (len(b) == 4 or b.endswith("ه")) \
        and not is_org(w) and not is_title(w) and b not in _LEAVING | _NEW_STATES and _stem(b) not in _LEAVING | _NEW_STATES \
        and b not in _ORDINAL_WORDS and w not in _ORDINAL_WORDS  # (المتهم الثالث: an ordinal tells holders apart)


def _record_office(ent, role):
    office = _office(role)
    if office[0] and office not in ent.offices:
        ent.offices.append(office)


_WON = {"فاز", "فازت", "توج", "توجت", "يفوز", "تفوز", "يتوج", "تتوج", "حصد", "حصدت", "نال", "نالت"}  # (a prize)
_AS_ROLE = {"بصفته", "بصفتها", "بوصفه", "بوصفها"}
_LEAVING = {"مغادر", "مغادره", "سابق", "سابقه", "مستقيل", "مستقيله", "متقاعد", "متقاعده", "منتهيه"}

_NEW_STATES = {"جديد", "جديده"}


def contrary_states(words):
    """The qualifiers that rule a holder out for an office said with `words`: the former or
    outgoing one for المستشار الجديد, the new one for الوزير السابق; else an empty set."""
    said = {bare(w) for w in words}
    return _LEAVING if said & _NEW_STATES else _NEW_STATES if said & _LEAVING else set()


_LATE = {"راحل", "راحله", "فقيد", "فقيده", "معني", "معنيه"}  # الراحل، الفقيدة، المعني بالأمر: the one the article is about
# a description that stands for the title the article gave (الأكاديمية for أستاذة العلوم السياسية): role_families.txt
_ROLE_FAMILIES = ROLE_FAMILIES
# an office named by a periphrasis: (head, field) -> (the title's head, its field)
_PERIPHRASES = {("رئيس", "دبلوماسيه"): ("وزير", "خارجيه")}


# kinship nouns before a possessive pronoun (زوجته، ابنها، شقيقهم): stem -> the relative's gender
# (ابنه may be ابنة folded, so its gender is left to the verb)
_KIN_STEMS = {"نجل": "m", "ابن": "", "ابنت": "f", "بنت": "f", "شقيق": "m", "شقيقت": "f", "اخو": "m", "اخي": "m", "اخا": "m",
              "اخت": "f", "زوج": "m", "زوجت": "f", "ارملت": "f", "ارمل": "m", "والد": "m", "والدت": "f",
              "حفيد": "m", "حفيدت": "f", "طليق": "m", "طليقت": "f", "كريمت": "f", "نجلت": "f",
              "نظير": "m", "نظيرت": "f",  # نظيره: his counterpart, who holds the same office
              "زميل": "m", "زميلت": "f", "تلميذ": "m", "تلميذت": "f", "رفيق": "m", "رفيقت": "f",
              "صديق": "m", "صديقت": "f", "جار": "m", "جارت": "f",  # زميله، تلميذته السابقة: people known by their relation to someone
              "خلف": "", "سلف": "",  # خلفها المهندس فلان: who took over from her
              "عم": "m", "عمت": "f", "خال": "m", "خالت": "f"}  # عمه إبراهيم: his uncle (not جد: جدة is a city)
# relations a namesake of the article's subject is introduced by, who are then named by given name
_COLLEAGUES = {"زميل", "زميلت", "زميله", "رفيق", "رفيقت", "رفيقه"}
_RELATIVES_BY_NAME = set(_KIN_STEMS) - {"نظير", "نظيرت", "زميل", "زميلت", "رفيق", "رفيقت", "صديق", "صديقت", "تلميذ", "تلميذت",
                                        "خلف", "سلف"}


_OWNERS = {"مالك", "مالكت"}  # يقول مالكه فلان: the owner of the place just named (صاحب is a title)


@lru_cache(maxsize=65536)
def held_title(tok):
    """A title held for someone, with a possessive pronoun (مدربها، محاميه، وكيلتها): the
    title, else ""."""
    for suffix in ("هما", "هم", "ها", "ه"):
        stem = tok[:-len(suffix)]
        if tok.endswith(suffix) and len(stem) >= 3 and not tok.startswith(("ال", "و")) and stem not in HONORIFICS:
            if is_title(stem) or stem in _OWNERS:
                return stem
            if stem.endswith("ت") and is_title(stem[:-1] + "ه"):
                return stem[:-1] + "ه"
    return ""


@lru_cache(maxsize=65536)
def kin(tok):
    """A kinship noun with a possessive pronoun (نجله، أرملته، وزوجها): (relation stem, gender), else None."""
    for w in ((tok, tok[1:]) if tok[:1] in "وف" and len(tok) > 4 else (tok,)):
        for suffix in ("هما", "هم", "ها", "ه"):
            if w.endswith(suffix) and w[:-len(suffix)] in _KIN_STEMS:
                stem = w[:-len(suffix)]
                return ("اخ" if stem in ("اخو", "اخي", "اخا") else stem), _KIN_STEMS[stem]
    return None


# و + a kinship noun in construct (وابن عم الرئيس، وشقيق الوزير، وزوج المعلمة): after a role, what else
# the same person is to someone; a second person only when a given name follows (وابنه محمد)
_AND_KIN_OF = {"وابن", "وابنه", "ونجل", "ونجله", "وشقيق", "وشقيقه", "وزوج", "وزوجه", "وحفيد", "وحفيده", "واخ", "واخت",
               "ووالد", "ووالده", "وصهر", "وقريب", "وقريبه"}
# the definite kinship nouns a feature adds after a name (قطان الابن، عمر الحفيد), as kin() stems
_KIN_DESCRIPTORS = {"الابن": ("ابن", "m"), "الابنه": ("ابنت", "f"), "النجل": ("نجل", "m"), "الحفيد": ("حفيد", "m"),
                    "الحفيده": ("حفيدت", "f"), "الاب": ("والد", "m"), "الوالد": ("والد", "m"), "الام": ("والدت", "f"),
                    "الوالده": ("والدت", "f"), "الشقيق": ("شقيق", "m"), "الشقيقه": ("شقيقت", "f"), "الجد": ("جد", "m"),
                    "الجده": ("جدت", "f")}
# stems that name the same relation (ابنه، نجله; ابنته، كريمته)
_CHILD_OF = {**{w: "والدت" for w in ("ابنها", "ابنتها", "اطفالها", "اولادها", "ابنائها", "طفلها", "طفلتها", "بناتها",
                                     "نجلها", "بنتها")},
             **{w: "والد" for w in ("ابنه", "ابنته", "اطفاله", "اولاده", "ابنائه", "طفله", "طفلته", "بناته", "نجله", "بنته")}}
_A_CHILD = frozenset(_CHILD_OF) | {"الطفل", "الطفله", "الابن", "الابنه", "ابنهما", "ابنتهما", "طفلهما"}
_KIN_SAME = {s: group for group in ({"ابن", "نجل"}, {"ابنت", "نجلت", "كريمت", "بنت"}, {"والد", "اب"}, {"والدت", "ام"})
             for s in group}


def kin_descriptor(tok):
    """A definite kinship noun (الابن، الحفيدة): (relation stem, gender), else None."""
    return _KIN_DESCRIPTORS.get(tok)


def _sons_name_in_kunya(full, name):
    """Is `name` only the child's name inside the kunya `full` (محمود in أبو محمود: the son, not
    the father)?"""
    return full[0] in _KUNYA_HEADS and name[0] not in _KUNYA_HEADS and not _contains(full[2:], name) \
        and full[1:1 + len(name)] == name


def _contains(hay, needle):
    n = len(needle)
    if n == 0 or needle[0] not in hay:  # the common case, at C speed
        return False
    if n == 1:
        return True
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1))


def _glued_office(toks, i):
    """Is toks[i] ب/ل glued to an indefinite title whose construct's definite noun follows, then a listed
    given name within three words (بمدير المستشفى الدكتور فهد، لرئيسة الجمعية سعاد)? (The title test is
    _clitic_title's, which _what_opens makes, so the fast path admits every word this starts.)"""
    w = toks[i][0]
    rest = w[1:]
    return len(w) > 4 and not w.startswith(("بال", "لل")) and _clitic_title(w) and not is_org(rest) \
        and PERSON_NAMES.get(rest) not in ("m", "f") and not _definite(rest) and i + 2 < len(toks) \
        and toks[i + 1][0].startswith("ال") and not is_title(toks[i + 1][0]) \
        and not (i and is_title(toks[i - 1][0])) \
        and any(PERSON_NAMES.get(t[0]) in ("m", "f") and t[0] not in COMMON_WORDS for t in toks[i + 2:i + 5])


@lru_cache(maxsize=65536)
def _clitic_title(tok):
    """The bare title under a glued preposition (بالخبير، للباحثة، لوزير), else ""."""
    if tok.startswith(("بال", "لل")) and len(tok) > 4:
        rest = "ال" + tok[3:] if tok.startswith("بال") else "ال" + tok[2:]
    elif tok[:1] in "بل" and len(tok) > 3:
        rest = tok[1:]
    else:
        return ""
    return bare(rest) if is_title(rest) else ""


_SIDES = {"طرف", "جانب", "فريق"}  # الطرفان، الجانبان، الفريقان
# الزوجان، الشقيقان، الأخوان: the kin words that introduce the second of the pair (وزوجته، وشقيقه)
_COUPLES = {"زوج": {"زوجته", "زوجها", "وزوجته", "وزوجها", "زوجت", "زوج"},
            "شقيق": {"شقيقه", "شقيقته", "وشقيقه", "وشقيقته", "شقيق", "شقيقت"},
            "اخو": {"اخوه", "اخته", "واخوه", "واخته", "اخو", "اخت"}}


@lru_cache(maxsize=65536)
def _party(tok):
    """Can `tok` head one party of a negotiation: a body (الحكومة، نقابة), a title or a group
    (ممثلو، عمال)?"""
    if is_org(tok) or is_title(tok):
        return True
    b = bare(tok)
    return b in ("ممثلو", "ممثلي", "عمال", "اهالي", "سكان") or is_org(b) or is_title(b)


def _agrees(a, b):
    return not a or not b or a == b


def _filter_gender(cands, gender):
    if not gender:
        return cands
    return [e for e in cands if not e.gender or e.gender == gender] or cands


_LEADERS = {"زعيم", "قائد", "مسؤول", "زعيمت"}  # (a dual of these names two office holders of any title)


def _recent_position(e, pos):
    """The last position of `e` before `pos`, else -1."""
    k = bisect_right(e.positions, pos)
    return e.positions[k - 1] if k else -1


def _recent(cands, pos):
    best = max(cands, key=lambda e: _recent_position(e, pos))
    if _recent_position(best, pos) < 0:
        best = min(cands, key=lambda e: e.positions[0] if e.positions else 1 << 60)
    return best
