"""The speed work's fast paths give exactly what the plain ones give.

The verb, word and quotation-mark patterns run in `re` where a text has only characters that
`re` and `regex` classify alike, folding is done with str.replace, and some scans are skipped by
a literal prefilter. Each is checked here against the way it replaced."""
import random
import re

import regex
from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar

from extraction import boilerplate, cues, normalize
from extraction.lexicon import MASDARS, SOURCING, VERBS


def _common_chars():
    return [chr(cp) for lo, hi in normalize._COMMON_RANGES for cp in range(lo, hi + 1)]


def test_fold_is_translate_then_camel_tools():
    """(presentation forms folded to their letters first)"""
    for c in _common_chars() + ["\u3000", "\u2028", "\u2029"]:
        letter = c.translate(normalize._PRESENTATION_FORMS)
        old = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(letter.translate(normalize._FOLD))))
        assert normalize._fold_chars(c) == old, hex(ord(c))
    rng = random.Random(3)
    alphabet = [chr(k) for k in normalize._FOLD] + list("إأآٱىةاي قال\n")
    for _ in range(2000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        old = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(s.translate(normalize._FOLD))))
        assert normalize._fold_chars(s) == old, repr(s)


def test_drop_is_the_same_in_re_and_regex():
    rx = regex.compile(normalize._DROP.pattern)
    for c in _common_chars() + ["\r\n", "\r"]:
        assert [m.span() for m in normalize._DROP.finditer(c)] == [m.span() for m in rx.finditer(c)], repr(c)


def _verb_text(rng):
    forms = list(VERBS)
    words = []
    for _ in range(400):
        w = rng.choice(forms)
        if rng.random() < 0.4:
            w = rng.choice(["و", "ف", "ل", "ول", "فل", "وف", "فول", "ب", "ا"]) + w
        if rng.random() < 0.2:
            w += rng.choice(["ه", "ا", "ت", "ون"])
        words.append(w)
        words.append(rng.choice([" ", " ", "، ", ". ", "\n", ":", "«", "» ", "-", "2", "a"]))
    return "".join(words)


def test_verb_pattern_in_re_matches_regex_on_agreeing_text():
    rng = random.Random(5)
    for _ in range(20):
        text = _verb_text(rng)
        assert not cues._OTHER_WORDNESS.search(text)
        got = [(m.span(), m.group("pre"), m.group("form")) for m in cues._VERB_RE.finditer(text)]
        want = [(m.span(), m.group("pre"), m.group("form")) for m in cues._VERB.finditer(text)]
        assert got == want


def test_verb_words_are_the_whole_words_the_pattern_matches():
    """A tokenized stretch has its verbs looked up in _VERB_WORDS: each entry is a word the
    pattern matches whole, split as the pattern splits it, and the lookup finds what the
    pattern finds (dots and hyphens inside tokens included)."""
    from extraction import speakers

    for w, pre in cues._VERB_WORDS.items():
        m = cues._VERB_RE.fullmatch(w)
        assert m is not None and (m.group("pre"), m.group("form")) == (pre, w[len(pre):]), w
    rng = random.Random(7)
    for _ in range(40):
        text = _verb_text(rng)
        spaces = [k for k, c in enumerate(text) if c in " \n"]
        a, b = sorted(rng.sample(spaces, 2))
        # the whole text, and a stretch from after a space to before one (as a paragraph is)
        for start, end in ((0, len(text)), (a + 1, b)):
            stretch = [(start, end, speakers.tokens(text, start, end))]
            assert cues._verb_matches(text, stretch) == cues._verb_matches(text)


def test_texts_with_other_characters_keep_regex():
    # '²' is a word character for re (a digit) and not for regex: such a text takes the regex path
    text = "²قال المدير إن الوضع جيد"
    assert cues._OTHER_WORDNESS.search(text)
    assert [c.start for c in cues.find(text)] == [m.start() for m in cues._VERB.finditer(text)
                                                  if m.group("form") not in cues._AMBIGUOUS or m.group("pre")]


def test_word_pattern_in_re_matches_regex_on_agreeing_characters():
    chars = [c for c in _common_chars() if not normalize._WORD_OTHER.match(c)]
    rng = random.Random(7)
    for _ in range(200):
        s = "".join(rng.choice(chars) for _ in range(rng.randint(0, 40)))
        assert normalize.word_pattern(s) is normalize.WORD_RE
        assert normalize.WORD_RE.findall(s) == normalize.WORD.findall(s)


def test_end_tests_searched_backwards_agree():
    forward = [re.compile(r"[.!؟?:…\"»”']\s*$"), re.compile(r"[.؟!:]\s*[\"»”]?\s*$")]
    backward = [boilerplate._SENTENCE_END, boilerplate._RUNNING_END]
    rng = random.Random(11)
    alphabet = list('.!؟?:…"»”\' \t\u00a0ab ا')
    for _ in range(5000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        for f, b in zip(forward, backward):
            assert bool(regex.search(f.pattern, s)) == bool(b.search(s)), repr(s)


def test_keyed_scans_find_what_a_full_scan_finds():
    """Verbal nouns, sourcing prefixes and clause-final phrases are tried only near their key
    words: on texts dense with near-misses, the same matches as finditer, in the same order."""
    rng = random.Random(13)
    pieces = ["و", "ب", "وب", "حس", "حسب", "وفق", "ا", "طبق", "نقلا", "عن", "علي", "لسان", "حد", "قول", " ", "ل", "ما",
              "قالت", "ف", "ق", "ط", "كما", "الي ", "ال", "تعبيره", "قوله", "وصفها", "يقول", "، ", "\n", "«"] \
        + sorted(MASDARS) + sorted(SOURCING["relay"])[:10] + sorted(SOURCING["final"])
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        for full, keyed in ((cues._MASDAR, cues._masdars), (cues._PREFIX, cues._prefixes), (cues._FINAL, cues._finals)):
            assert [m.span() for m in keyed(s)] == [m.span() for m in full.finditer(s)], repr(s)


def test_interview_prefilters_cover_the_patterns():
    rng = random.Random(17)
    alphabet = list("جس \t\n:/-–ab\u2028\x1c")
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        if cues._INTERVIEW.search(s):
            assert cues._opens_a_line(s, "ج"), repr(s)
        if cues._QUESTION.search(s):
            assert cues._opens_a_line(s, "س"), repr(s)


def test_a_span_inside_a_tokenized_paragraph_is_sliced_as_tokenized_afresh():
    from extraction import speakers

    rng = random.Random(17)
    text = normalize.normalize("قال د. أحمد بن-علي إن «الاتفاق» (المبدئي) سيوقع غدا، وأضاف: 12.5% من أ.ب.ت تكفي.\n" * 3).text
    whole = speakers.tokens(text, 0, len(text))
    edges = sorted({0, len(text)} | {e for _, s, e in whole} | {s for _, s, e in whole})
    for _ in range(300):
        a, b = sorted(rng.sample(edges, 2))
        fresh = [(m.group(), m.start(), m.end()) for m in speakers.TOKEN.finditer(text, a, b)]
        got = speakers.tokens(text, a, b)
        if got != fresh:
            # only an abbreviation cut from the word after it differs: the slice keeps "د." whole
            # where a tokenizer that cannot see past the span splits it
            assert got[:-1] == fresh[:-2] and got[-1][0] == fresh[-2][0] + "." and fresh[-1][0] == ".", (a, b)
    mid = whole[6][1] + 1  # a span starting inside a word is tokenized afresh, not sliced
    assert speakers.tokens(text, mid, whole[8][2]) == [(m.group(), m.start(), m.end())
                                                      for m in speakers.TOKEN.finditer(text, mid, whole[8][2])]


def test_words_passed_over_start_nothing_the_full_scan_would_start():
    """find_mentions passes over a word that fails the word's own half of each of its tests
    (and a given name, listed or not, without the neighbours it needs): on every annotated article, read
    whole (quotations too), the mentions are those of the scan that passes over particles and
    marks only."""
    import json
    from dataclasses import asdict
    from pathlib import Path

    from extraction import segment, speakers

    texts = [json.loads(f.read_text(encoding="utf-8")).get("text")
             for f in sorted(Path(__file__).resolve().parents[1].glob("fixtures/*/*.json"))]
    texts = [t for t in texts if isinstance(t, str)]
    assert len(texts) > 100
    texts.append("\n".join((  # one sentence for each way a phrase starts
        "وقال سليمان الرفاعي إن الوضع صعب. يعرفه أهل القرية بـ\"أبو جمال\".", "فمريم راشد المهيري، صاحبة متجر، قالت إن",
        "تقف منية بن حميدة أمام الباب.", "تقود ليندة حمادي، رئيسة جمعية النساء، الحملة.", "غير أن مصدرا دبلوماسيا، قال إن",
        "وقال الدنماركي لارس أندرسن إن", "وقال سلفه على رأس المديرية، الطاهر عويسي، إن", "تبيع أم محمد أكياس الكسكس.",
        "تقف فاطمة، 52 عاما، أمام المحل.", "وقال عدد من المعلمين إن", "أم يزن، أم لثلاثة أطفال، جاءت.",
        "وقالت سميرة العتوم (أم يزن) إن", "يقف الهادي بن علي الشعري، الذي قال", "لكن أحد السكان، وهو تاجر، قال إن",
        "وأنكر المدعو \"ب. كمال\" التهم.", "وشهدت الجلسة مناقشة للخبير القحطاني، الذي قال إن",
        "وحين التقينا حداد، وهو مهندس، أكد أن", "تقول أم محمد، كما يناديها الجيران، إن",
        "كان المعطي بلقايد، وهو سائق، يتابع المشهد.", "تجلس سعاد حنا. تروي سعاد، التي يناديها الجيران \"أم رامي\"، أنها",
        "يقف محمود سليم الدباغ. يقول الدباغ، الذي يناديه جيرانه \"أبو يزن\": إن",
        "وقالت فاطمة السيد عبده إن", "وقال محمد علي بن حميدة إن", "وقال عبد الرحمن الكواكبي إن",
        "كانت فتيحة، وهي أم لمترشح، تنتظر.", "حين حضر الحسين أوبلا، مدرب الفئات الصغرى، المباراة.",
        "لا تبدو الأرقام مقنعة لجاسم محمد، صاحب محل، الذي قال إن", "التقينا بعمر أزناك، البناء، فقال إن",
        "وقال شقيقه، الشيخاني ولد الطالب محمود، إن", "قال: «الراي ولد هنا، ومن حقه أن يجلس»")))

    def mentions(text):
        t = normalize.normalize(text).text
        paras = segment.paragraphs(t, boilerplate.mark(t))
        return [asdict(m) for m in speakers.find_mentions(t, paras, [])]

    fast = [mentions(t) for t in texts]
    what_opens, cache = speakers._what_opens, dict(speakers._OPENS)
    try:
        speakers._what_opens = lambda w: speakers._NOTHING if speakers._particle_or_mark(w) else speakers._ANYTHING
        speakers._OPENS.clear()
        assert [mentions(t) for t in texts] == fast
    finally:
        speakers._what_opens = what_opens
        speakers._OPENS.clear()
        speakers._OPENS.update(cache)


def test_complementizer_prefilters_cover_the_patterns():
    """_introducer tries أن (with its preposition) and بالقول/قائلا only where the text begins
    with one of their openings: every match begins so."""
    from extraction import quotes

    rng = random.Random(19)
    pieces = ["ا", "ان", "ن", "ه", "ها", "ي", "ف", "ب", "و", "ل", "الي", "علي", "من", "ع", " ", "  ", "\n", "،", "بالقول",
              "قائلا", "قائله", "قائلين", "ق", "قائ"]
    for _ in range(5000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        for i in range(len(s)):
            if quotes._COMP.match(s, i):
                assert s.startswith(quotes._COMP_STARTS, i), (s, i)
            if quotes._QUAL.match(s, i):
                assert s.startswith(quotes._QUAL_STARTS, i), (s, i)


def test_a_quote_too_short_to_be_long_is_not_counted_yet_the_boundary_holds():
    """Words are counted only in a quote of more than twice LONG_SPAN_WORDS characters: one
    more word than LONG_SPAN_WORDS, each of one letter, is flagged; exactly that many is not."""
    import extraction
    from extraction import score

    for n, long_span in ((score.LONG_SPAN_WORDS, False), (score.LONG_SPAN_WORDS + 1, True)):
        for word in ("ب", "كلمة"):
            quotes = extraction.extract(f'قال وزير المالية محمد العلي: "{" ".join([word] * n)}".').quotes
            assert len(quotes) == 1 and ("long_span" in quotes[0].flags) == long_span, (n, word)


def test_kunya_prefilter_covers_the_patterns():
    """A paragraph is searched for a kunya given again, and _kunya_given walks on to a naming word,
    only when the paragraph holds a piece of one of the naming words: every word the two patterns
    find, and every word _kunya_given takes for a naming word, holds one."""
    from extraction import speakers

    for w in sorted(speakers._CALLED) + sorted(speakers._NICKNAMED) + ["ال" + w for w in sorted(speakers._NICKNAMED)]:
        assert speakers._may_give_kunya(w), w
    rng = random.Random(23)
    pieces = sorted(speakers._CALLED) + sorted(speakers._NICKNAMED) + ["و", "ال", " ", "ي", "ت", "ه", "ها", "قال", "،"]
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        if speakers._CALLED_RE.search(s) or speakers._NICKNAMED_RE.search(s):
            assert speakers._may_give_kunya(s), s


def test_tokens_counted_from_findall_are_the_matches_of_the_token_pattern():
    from extraction import speakers

    rng = random.Random(29)
    alphabet = list("قال د. أحمد بن-علي إن «»()،.:؛-_ 12.5% a.b.c\n\t\u00a0\u2003\x1c\u200f") + ["ا.", " .", "..", "-", "ب. "]
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        for start, end in ((0, len(s)), (a, b)):
            want = [(m.group(), m.start(), m.end()) for m in speakers.TOKEN.finditer(s, start, end)]
            assert speakers._tokenize(s, start, end) == want, (s, start, end)
