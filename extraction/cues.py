"""Find reporting cues in the normalized text: verbs and participles (with clitics),
verbal nouns after ب, sourcing phrases, clause-final attributions and interview answers."""
import re
from dataclasses import dataclass

import regex

from .lexicon import ANONYMOUS, MASDARS, ORGANISATIONS, PERSON_NAMES, SOURCING, STOPWORDS, TITLES, VERBS

# Forms that are far more often another word (بين "between", عقب "after") than a cue.
_AMBIGUOUS = {"بين", "عقب", "رد"}  # رد is mostly the noun "reply"; ورد/فرد stay cues
# (فلان، بيّن للشبكة أن: after the subject in apposition, the verb بيّن, its أن a few words on)
# (not بين حماسة الطلاب ومخاوف من أن: the preposition, the أن a noun's complement after من)
_EXPLAINED_THAT = re.compile(r"(?:(?:\s+[^\s،,.:«»\"“”]+){0,5}?\s+(?!(?:من|الي|علي|عن|في)\s)[^\s،,.:«»\"“”]+)?"
                             r"\s+(?:ان|انه|انها|انهم)(?!\w)")
_NEXT_WORD = re.compile(r"\s+([^\s\W\d_]+)")


_AS_THAT = re.compile(r"(?:\s+[^\s،,.:«»\"“”]+){0,4}?\s+ب(?:انه|انها|انهم|انهما|ان)(?!\w)")  # (a subject between)


def described_as(text, form, end):
    """وصف with its object pronoun (ووصفته، يصفه) reports only before بأنه / بأن: before بـ"..." it
    names what the speaker called something (وهو ما وصفته بـ"الأولوية")."""
    if VERBS[form][0] != "وصف" or VERBS[form][3] != "verb" or not form.endswith(("ه", "ها", "هم")):
        return True  # (واصفة إياها بأنها: a participle's ة is no pronoun)
    return _AS_THAT.match(text, end) is not None


def _notes_that(text, end):
    """Does سجّل at `end` go on to its own أن in the sentence (سجلت فلانة، صاحبة ...، أن), no other
    reporting word between (سجل وطني للأخطاء، مضيفة أن: the أن is the participle's)?"""
    m = _NOTES_THAT.match(text, end)
    return m is not None and _VERB.search(text, end, m.end()) is None


def reports_between(text, start, end):
    """Is there a reporting verb in text[start:end] (an object-pronoun وصف only before بأن)?"""
    m = _VERB.search(text, start, end)
    while m is not None and (not described_as(text, m.group("form"), m.end()) or (
            VERBS.get(m.group("form"), ("",))[0] == "سجل" and not _notes_that(text, m.end()))):
        # (بينما سجلت الأسعار ارتفاعا: recorded a figure, no act of speech)
        m = _VERB.search(text, m.end(), end)
    return m is not None


def _commenter_next(text, end):
    """Does a word that can say something follow (وعقب الوزير، وعقب فلان، وعقبت الشركة)? After
    عقب, an event or a verbal noun (عقب النطق بالحكم، عقب انتهاء الجلسة) makes it "after"."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    w = m.group(1)
    b = w[2:] if w.startswith("ال") and len(w) > 3 else w
    return w in PERSON_NAMES or b in PERSON_NAMES or any(x in TITLES or x in ORGANISATIONS or x in ANONYMOUS
                                                        for x in (w, b, "ال" + b))


_IMPERSONAL_NEXT = re.compile(r"\s+(?:الي\s+)?ان\b")
_THAT_NEXT = re.compile(r"\s+(?:ان|انه|انها|انهم|انهما)\b")
_LATER_THAT = re.compile(r"\s+(?:لاحقا|فيما بعد|بعد ذلك|اليوم)" + _THAT_NEXT.pattern)  # تبين لاحقا أنه
_SUBJECT_NEXT = re.compile(r"\s+[^\s\W\d_]")
_SENTENCE_START = re.compile(r"(?:^|[.؟!\n]\s*)$")
# يورد التقرير أن: the imperfect of أورد cites only with its أن after it, no comma between
_NOTES_THAT = re.compile(r"[^.؟!:\n]{0,120}?(?:^|\s)(?:ان|بان)\s")  # (سجلت فلانة، صاحبة ...، أن: its أن in the sentence)
_CITES_THAT = re.compile(r"(?:\s+[^\s.،,:؛؟!]+){1,8}?\s+(?:ان|بان)\b")
# لم يصدر أي رد، جاء رد الشارع، رد فعل: the noun
_RADD_NOUN = re.compile(r"(?:^|\s)(?:اي|يصدر|صدر|جاء|وجاء|اول)\s+$")
# (الوزير) رد بأن / رد على النائب بأن / رد مساء اليوم بأن: the verb
# (and a subject between, with a name in apposition: رد وزير المالية فلان بأن، رد محامي الدولة، الأستاذ فلان، بأن)
_REPLIED_THAT = re.compile(r"\s+(?:[^\s.،,:؛؟!]+[،,]?\s+){0,16}?بان\b")
# '«...»، رد الوزير' (or '«...»، بهذه الكلمات رد الوزير'): the verb after its quotation
_AFTER_QUOTE = re.compile(r"[»\"”]\s*[،,]\s*(?:(?:هكذا|بهذه (?:الكلمات|العبارات|العباره|الجمله))\s+)?$")
# '«...»، هذا ما قاله المتحدث / ذلك ما أكدته الوزيرة': the verb, its object pronoun for ما, after the quotation
WHAT_SAID_LEADS = ("هذا ما", "ذلك ما", "هو ما")  # (the quote builder looks back over them to the quotation)
_WHAT_SAID = re.compile(r"[»\"”]\s*[،,]\s*(?:" + "|".join(w.replace(" ", r"\s+") for w in WHAT_SAID_LEADS)
                        + r")\s+(?P<verb>\w{2,}?(?:ته|ه))(?!\w)")
# '... على صفحته في فيسبوك: "...' — a post: a platform before a colon and an opening mark
_POSTED_SOON = re.compile(r"(?:\s+[^\s:،.؛؟!«»\"“”]+){0,4}\s+(?:علي|عبر|في)\s+(?:صفحت|حساب|منص|موقع|تغريد|تدوين)"
                          r"[^\s:]*(?:\s+[^\s:،.؛؟!«»\"“”]+){0,4}\s*:\s*[«\"“]")
_VOICED_SOON = re.compile(r"(?:\s+[^\s:،.؛؟!«»\"“”]+){0,4}\s+علي\s+لسان\s")
_COLON_SOON = re.compile(r"(?:\s+[^\s:،.؛؟!«»\"“”]+){1,6}\s*:\s*[«\"“]")
# \b is much faster than a lookbehind on Unicode classes; the normalized text has no
# combining marks left, so a word boundary is exactly a letter/non-letter edge.
_B = r"\b"
_E = r"\b"


def _alt(words):
    """A regex alternation built as a trie, so matching does not try each word in turn."""
    trie = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node):
    end = "" in node
    branches = [regex.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        body = "(?:" + body + ")?"
    return body


_VERB = regex.compile(_B + r"(?P<pre>ف?و?ل?|و?ف|ول|ل)(?P<form>" + _alt(VERBS) + ")" + _E)
# The same pattern in the standard `re` engine scans several times faster. The pattern's only
# engine-dependent part is \b (which characters count as word characters), so `re` is used
# when every character of the text is one both engines classify alike (Arabic, ASCII,
# punctuation, presentation forms: checked once here), the `regex` pattern otherwise.
# A lookahead for the letters a match can start with (a clitic or a verb's first letter) lets it
# give up at most word starts before trying the prefix alternatives.
_VERB_RE = re.compile(_B + "(?=[" + "".join(re.escape(c) for c in sorted(set("فول") | {w[0] for w in VERBS})) + "])"
                      + _VERB.pattern[len(_B):])


def _agreeing_ranges():
    probe_re, probe_rx = re.compile(r"\b"), regex.compile(r"\b")
    ok = []
    for lo, hi in ((0x0, 0x7F), (0xA0, 0xFF), (0x600, 0x6FF), (0x750, 0x77F), (0x2000, 0x206F),
                   (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)):
        for cp in range(lo, hi + 1):
            c = chr(cp)
            if all([m.start() for m in probe_re.finditer(s)] == [m.start() for m in probe_rx.finditer(s)]
                   for s in (c, "ا" + c + "ا", "a" + c + " ", " " + c + "ا")):
                ok.append(cp)
    runs = []
    for cp in ok:
        if runs and runs[-1][1] == cp - 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)


_OTHER_WORDNESS = re.compile("[^" + _agreeing_ranges() + "]")

# The pattern matches whole words only (\b at both ends): a word is a match exactly when it is a
# verb form with its clitics, split as the pattern tries them (ف?و?ل? greedily, then وف). A text
# already cut into words (speakers.tokens) has its verbs looked up here word by word: word -> its
# clitics (the form is the rest of the word).
_VERB_WORDS = {}
for _pre in ("فول", "فو", "فل", "ف", "ول", "و", "ل", "", "وف"):
    for _form in VERBS:
        _VERB_WORDS.setdefault(_pre + _form, _pre)
# after ب (ختم بالقول), إلى (دفعه إلى التأكيد على أن) or في (لا تتردد في القول إن)
_MASDAR = regex.compile(_B + r"(?:و?ب|الي |في )(?P<form>" + _alt(MASDARS) + ")" + _E)
_RELAY = _alt(SOURCING["relay"])
_RELAY_VERBS = _alt([r[3:] for r in SOURCING["relay"] if r.startswith("ما ")])  # حسبما أفاد به
_PREFIX = regex.compile(
    _B + r"(?P<form>[وف]?(?:(?:ب?حسب|وفقا|وفق|طبقا)(?:\s*ل(?=\S))?(?:\s*(?:" + _RELAY + r"))?"
    r"|حسبما(?:\s+(?:" + _RELAY_VERBS + r"))?|نقلا عن|علي لسان|براي"
    # '...، على حد قول المصدر': clause-final with the source named (على حد قوله is `final`)
    r"|علي حد (?:قول|تعبير|وصف)))" + _E
)
_DIVINE_NEXT = re.compile(r" (?:الرسول|الله|النبي)\b")
_FINAL = regex.compile(_B + r"(?P<form>" + _alt(SOURCING["final"]) + ")" + _E)
_INTERVIEW = regex.compile(r"(?m)^[ \t]*(?P<form>ج)\s*[:/\-–]\s*")
_QUESTION = regex.compile(r"(?m)^[ \t]*(?P<form>س)\s*[:/\-–]\s*")


_LINE_OPENING = {letter: re.compile("\n[ \t]*" + letter) for letter in "جس"}


def _opens_a_line(text, letter):
    """Does a line of `text` begin with `letter` (ج or س), after spaces and tabs? What
    _INTERVIEW and _QUESTION need first: most texts have no such line, and then they cannot
    match either (the first line, then a search from each newline, which `re` finds at once:
    faster than a multiline search that tries every position)."""
    return text.lstrip(" \t").startswith(letter) or _LINE_OPENING[letter].search(text) is not None


def _keyed(pattern, keywords, back):
    """`pattern.finditer` for a pattern whose every match holds one of `keywords` at most
    `back` characters after its start: str.find picks the few places worth trying, where a
    scan would try the pattern at every word of the text. Same matches, same order."""
    keywords = tuple(sorted(set(keywords)))

    def finditer(text):
        starts = set()
        for w in keywords:
            k = text.find(w)
            while k >= 0:
                starts.update(range(max(0, k - back), k + 1))
                k = text.find(w, k + 1)
        end = 0
        for p in sorted(starts):
            if p >= end:
                m = pattern.match(text, p)
                if m:
                    end = m.end()
                    yield m
    return finditer


# Each match holds a verbal noun after ب, وب, "الي " or "في " (at most 4 characters in), a sourcing
# word after و/ف and ب (2), or a clause-final phrase's opening word after the ب of بحسب (1).
_masdars = _keyed(_MASDAR, MASDARS, 4)
_prefixes = _keyed(_PREFIX, ("حسب", "وفق", "طبقا", "نقلا عن", "علي لسان", "علي حد", "براي"), 2)
_finals = _keyed(_FINAL, {" ".join(p.split()[:-1]).removeprefix("ب") for p in SOURCING["final"]}, 1)


@dataclass(slots=True)
class Cue:
    """A reporting cue at normalized offsets [start, end)."""

    start: int
    end: int
    kind: str  # verb | participle | masdar | prefix | final | interview
    lemma: str = ""
    gender: str = ""  # m | f | "" unknown
    number: str = "s"  # s | d | p
    clitic: str = ""


_LABEL_AFTER = regex.compile(r"[ \t]+ال\p{L}+[ \t]*:")
_CAME_IN = regex.compile(r"\s+(?:في|فيه|فيها|فيهما|فيهم|علي\s+لسان)(?!\p{L})")
_BYLINE_AFTER = regex.compile(r"[ \t]*[:：][ \t]*(?:\p{L}+[ \t]+){0,3}\p{L}+[ \t]*(?:\n|$)")
# after يبلغ/تبلغ, an amount: a number, a word for about/more/less, or a measured noun with its pronoun (تبلغ قيمتها)
_AMOUNT_NEXT = regex.compile(r"\s+(?:[0-9٠-٩]|(?:نحو|حوالي|قرابه|اكثر|اقل|ما|اجمالي|مجموع|طول|سن|حد)(?!\p{L})"
                             r"|(?:قيمت|عدد|نسب|مساحت|كلفت|تكلفت|حجم|ذروت|عمر)\p{L}{0,3}(?!\p{L}))")
_IDENTITY_NEXT = regex.compile(r" (?:عن )?(?:هويت|اسم)(?:ه|ها|هم|هما|هن)?(?!\p{L})")  # (not إسماعيل، أسماء: names)
_DECLINING = tuple(w + " " for w in ("رفض", "رفضت", "رفضوا", "رافضا", "رافضه", "طلب", "طلبت", "طالبا", "طالبه", "فضل", "فضلت",
                                     "مفضلا", "مفضله", "اشترط", "اشترطت", "مشترطا", "مشترطه", "تجنب", "تجنبت"))
_TO_NOTICE = regex.compile(r"\s+(?:\S+\s+){0,2}?(?:الي|الى|النظر|الانتباه)(?!\S)")


def _verb_matches(text, tokenized=()):
    """(start, end, clitics, form) of each match of the verb pattern in `text`, in text order.
    `tokenized`: (start, end, tokens) of stretches speakers.tokens has cut into words, in text
    order and not overlapping: there each word is looked up in _VERB_WORDS instead of matched
    (a token is a whole word unless a dot or a hyphen joins words inside it: such a stretch is
    matched)."""
    if _OTHER_WORDNESS.search(text):
        return [(m.start(), m.end(), m.group("pre"), m.group("form")) for m in _VERB.finditer(text)]
    out = []
    pos = 0
    for start, end, toks in tokenized:
        out.extend(_verb_re_matches(text, pos, start))
        if _joined_inside(text, start, end):
            out.extend(_verb_re_matches(text, start, end))
        else:
            out.extend([(a, b, _VERB_WORDS[w], w[len(_VERB_WORDS[w]):]) for w, a, b in toks if w in _VERB_WORDS])
        pos = end
    out.extend(_verb_re_matches(text, pos, len(text)))
    return out


def _verb_re_matches(text, start, end):
    return [(m.start(), m.end(), m.group("pre"), m.group("form")) for m in _VERB_RE.finditer(text, start, end)]


def _joined_inside(text, start, end):
    """Does a token of text[start:end] hold a dot or a hyphen between word characters (3.5،
    ميد-أطلس), where the pattern sees two words?"""
    for mark, joining in ((".", "._"), ("-", "_")):  # (a word character: alphanumeric or _)
        k = text.find(mark, start + 1, end - 1)
        while k >= 0:
            before, after = text[k - 1], text[k + 1]
            if (before.isalnum() or before in joining) and (after.isalnum() or after in joining):
                return True
            k = text.find(mark, k + 1, end - 1)
    return False


_COMMENTED_THAT = re.compile(r"\s+(?:بان|بانه|بانها|بانهم|علي ذلك|قائلا|قائله)(?!\w)")  # وعقب بأنه: commented that
_ON_A_SURFACE = re.compile(r"(?:^|\s)و?علي\s+(?:ال)?(?:جدار|جدران|حائط|حيطان|لافته|لافتات|لوحه|باب|واجهه|سور)(?!\w)[^.:\n]*$")
_BY_HAND = re.compile(r"[^.:\n]{0,40}?\sبخط(?!\w)")


def find(text, tokenized=()):
    """All cues in `text` (normalized), in text order. `tokenized` (see _verb_matches) only
    saves time."""
    cues = []
    for start, end, pre, form in _verb_matches(text, tokenized):
        lemma, gender, number, kind = VERBS[form]
        if form in _AMBIGUOUS and not pre and not (form == "عقب" and _COMMENTED_THAT.match(text, end)) \
                and not (form == "بين" and text.endswith(("، ", ", "), 0, start) and _EXPLAINED_THAT.match(text, end)) \
                and not (form == "رد" and not _RADD_NOUN.search(text, max(0, start - 12), start)
                         and not text.startswith(" فعل", end) and (_COLON_SOON.match(text, end)
                                                                     or _REPLIED_THAT.match(text, end)
                                                                     and not text.endswith(("في ", "وفي "), 0, start)
                                                                     or _AFTER_QUOTE.search(text, max(0, start - 24), start))):
            continue  # (رد فلان من داخل القفص: "..." is the verb: a colon follows its subject)
        if lemma == "اورد" and ("يورد" in form or "تورد" in form) and not _CITES_THAT.match(text, end):
            continue  # صاحب مزرعة تورد الخضار للشركة، إن: supplies (ورّد); it cites only before its أن (ويورد التقرير أن)
        if form == "عقب" and pre and not _commenter_next(text, end) and not _COMMENTED_THAT.match(text, end):
            continue  # وعقب النطق بالحكم، صرخ فلان: "after", not "commented" (وعقب الوزير على ذلك)
        if not described_as(text, form, end):
            continue  # وهو ما وصفته بـ"...": the speaker's own word for it, no new statement
        if lemma == "لفت" and kind == "participle" and not _TO_NOTICE.match(text, end):
            continue  # لافتة قماشية: a banner; the participle notes something (لافتة إلى أن، لافتا النظر إلى)
        if form == "ابرز" and _LABEL_AFTER.match(text, end):
            continue  # أبرز الألقاب: ...: the superlative of a fact box's label, not the verb
        if (lemma in ("جاء", "ورد") and not pre or (form, pre) == ("رد", "و")) and text.endswith(" ما ", 0, start) \
                and text[max(0, start - 20):start - 4].split()[-1:] not in (
                    ["حسب"], ["بحسب"], ["وبحسب"], ["وفق"]):
            continue  # رفضت الشركة ما ورد في التقرير، مؤكدة: what the report said (not و + رد), the verb's object
        if form in ("يبلغ", "تبلغ") and _AMOUNT_NEXT.match(text, end):
            continue  # قدرة إجمالية تبلغ 120 ميغاواط، يبلغ عدد السكان: amounts to (بلغ), not informs (أبلغ)
        if lemma == "جاء" and not _CAME_IN.match(text, end):
            continue  # الذي جاء إلى السوق مع ولديه: came, not جاء في البيان / جاء على لسان
        if lemma == "كتب" and _BYLINE_AFTER.match(text, end):
            continue  # مورك - خاص - كتبت: ليلى الحسن: a byline, the writer's name to the line's end
        if lemma == "كتب" and text.startswith((" عليها", " عليه ", " عليهما"), end):
            continue  # لافتة كتب عليها: "...": words written on something, a slogan, not a statement
        if lemma == "كتب" and (_ON_A_SURFACE.search(text, max(0, start - 70), start)
                               or _BY_HAND.match(text, end)):
            continue  # وعلى جدار قريب، كتب شبان بخط عريض: "...": a slogan on a wall, not a statement
        if lemma == "نشر" and not _POSTED_SOON.match(text, end) and not _VOICED_SOON.match(text, end):
            continue  # نشرت الوزارة تقريرا: published, not said; نشرت النقابة على صفحتها: "...": a post
            # (نشرت الصفحة الشهر الماضي على لسان المدير أن: what it published in someone's words)
        if "ل" in pre and kind == "verb" and form[:1] not in "يت":
            continue  # وهي بالكاد تكفي لشرح الدرس: ل before a perfect's form is a preposition on a verbal noun
        before = text[max(0, start - 12):start]
        if before.endswith("عدم "):
            continue  # طلب عدم ذكر اسمه: a verbal noun in the anonymity clause
        if form == "بين" and before.endswith((" بينه ", " بينها ", " بينهم ", " بينهما ")):
            continue  # ولا قرابة بينه وبين المتحدث: "between him and", no one explaining
        if not pre and before.endswith((" دون ", " بدون ", " بلا ", " بعد ", " قبل ", " اثر ", " عقب ")):
            continue  # فتجيب دون تردد، تحدث بعد تردد: a verbal noun after "without" or "after", not a verb
        if before.endswith(("لم ", "لا ")) and _IDENTITY_NEXT.match(text, end):
            continue  # لم تكشف هويته، لا يذكر اسمه: the anonymity clause, nothing reported
        if before.endswith(_DECLINING) and _IDENTITY_NEXT.match(text, end):
            continue  # رفضت ذكر اسمها، فضل كشف هويته لاحقا: a verbal noun in the anonymity clause
        if lemma in ("ذكر", "كشف") and _IDENTITY_NEXT.match(text, end):
            continue  # الذي وافق على ذكر اسمه كاملا: his name told or withheld, nothing reported
        if form in ("يذكر", "يشار", "يتوقع", "يرجح") and not pre.strip("و") and _IMPERSONAL_NEXT.match(text, end):
            continue  # ويذكر أن ...، يشار إلى أن ...، ويتوقع أن ...: the writer's background or forecast, nobody's words
        if form == "يرجح" and not pre and before.endswith(" ما ") and _THAT_NEXT.match(text, end):
            continue  # على ما يرجح أنه مخزن، ما يرجح أن الملفات نسخت: what is likely, the writer's inference
        if form == "تبين" and (_THAT_NEXT.match(text, end) or _LATER_THAT.match(text, end)):
            continue  # ثم تبين أنها موافقة: it turned out (تبيّن), not she explains, whose subject would follow
        if lemma == "رد" and kind == "verb" and before.endswith(("لم ", "لن ")) and text.startswith(" ", end):
            continue  # ولم ترد الوزارة على أسئلة الصحيفة: no reply, nothing reported
        if form == "ردا" and text.startswith(" علي", end):
            continue  # ردا على سؤال: in reply to, not a reporting verb
        if before.endswith(("احد ", "احدي ")):
            continue  # أحد أبرز مؤيديه: a superlative, not أبرز the verb
        prev_word = before.split(" ")[-2] if before.endswith(" ") and " " in before else ""
        if not pre and form in PERSON_NAMES and prev_word.startswith("ال") and prev_word[-1:].isalpha() \
                and not (PERSON_NAMES[form] not in ("m", "f") and _THAT_NEXT.match(text, end)):
            continue  # البرتغالي روي فاسكونسيلوس: a given name, not روى (but الناطق رأى أن: no name is followed by أن)
        if lemma == "سجل" and (not _notes_that(text, end) or prev_word in ("الذي", "التي", "كان", "كانت") or (
                form == "سجل" and not pre and (prev_word.lstrip("وف")[:1] in "يت" or prev_word in ("في", "من", "علي", "الي")))):
            # (سجلت الأسعار ارتفاعا، يسجل الأرقام في دفتر: recorded a figure, wrote it down; ويظهر سجل
            # المحكمة أن: the record, a noun)
            continue  # سجّل أن: noted that, the only sense that reports
        if kind == "participle" and gender == "f" and not pre and prev_word.endswith("ه") \
                and not prev_word.startswith("ال") and prev_word not in STOPWORDS and len(prev_word) > 2 \
                and not (prev_word[:1] in "وف" and prev_word.endswith("ته")):  # (وخاطبته قائلة: a verb and its object)
            continue  # خريطة معلقة على الجدار: an adjective agreeing with the noun before it
        cues.append(Cue(start, end, kind, lemma, gender, number, pre))
    for m in _WHAT_SAID.finditer(text) if "ما " in text else ():
        # '«...»، هذا ما قاله المتحدث': the verb with ما's pronoun, after the quotation it points back to
        form = m.group("verb")
        her = form.endswith("ته")  # (أكدته: she; قاله، أكده: he)
        entry = VERBS.get(form[:-2] + "ت" if her else form[:-1])
        if entry is not None and entry[3] == "verb" and entry[2] == "s":
            cues.append(Cue(m.start("verb"), m.end("verb"), "verb", entry[0], "f" if her else "m", "s"))
    for m in _masdars(text):
        cues.append(Cue(m.start(), m.end(), "masdar", m.group("form")))
    for m in _prefixes(text):
        if m.group("form") == "حسب" and _DIVINE_NEXT.match(text, m.end()):
            continue  # الطيب حسب الرسول، محمد حسب الله: a compound given name, not "according to"
        cues.append(Cue(m.start(), m.end(), "prefix", m.group("form")))
    for m in _finals(text):
        form = m.group("form")
        if form.startswith("كما") and _SUBJECT_NEXT.match(text, m.end()) and _SENTENCE_START.search(text, 0, m.start()):
            continue  # كما قال وزير المالية إن ...: a sentence of its own, the verb's cue
        gender = "f" if form.endswith("ها") else ("m" if form.endswith("ه") else "")
        number = "p" if form.endswith("هم") else "s"
        cues.append(Cue(m.start(), m.end(), "final", form, gender, number))
    for m in _INTERVIEW.finditer(text) if _opens_a_line(text, "ج") else ():
        cues.append(Cue(m.start("form"), m.end("form"), "interview", "ج"))
    cues.sort(key=lambda c: (c.start, -c.end))
    out = []
    for c in cues:
        # A longer phrase wins over a cue inside it (ما نقلته inside بحسب ما نقلته).
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


def questions(text):
    """Offsets of interview question markers (س:), whose paragraphs are not quotes."""
    if not _opens_a_line(text, "س"):
        return []
    return [m.start("form") for m in _QUESTION.finditer(text)]
