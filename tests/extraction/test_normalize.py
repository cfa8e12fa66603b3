"""Normalization: offsets kept one for one; a hard-wrapped paste read as its paragraphs."""
import textwrap

from extraction_helpers import found

from extraction.normalize import normalize, unwrap

PARAGRAPHS = [
    "وقالت مديرة المعرض سلوى الهاشمي، في كلمة مقتضبة خلال الافتتاح، إن هذه الأعمال رسمت كلها في الغربة، "
    "لكنها لم تغادر المدينة يوما، مشيرة إلى أن المعرض سينتقل في الخريف إلى مدينتين أخريين.",
    "ويضم المعرض أربعة وثلاثين عملا بين لوحات زيتية ورسوم بالحبر وأعمال تركيب، يستعيد معظمها أزقة "
    "المدينة القديمة وشاطئها وأسواقها كما كانت قبل سنوات طويلة من الغياب.",
    "ويرى الناقد التشكيلي مراد العلوي أن التجربة تمثل \"جيلا كاملا من الفنانين الذين رسموا بلادهم من "
    "بعيد\"، وأضاف أن الألوان هنا أقل صخبا من أعمالها الأولى في مطلع الألفية.",
    "وتابع العلوي: \"الناس هنا متعطشون للفن. حين افتتح الرواق قبل ثلاث سنوات قال كثيرون إن أصحابه "
    "مجانين، واليوم لدى الرواق قائمة انتظار طويلة للفنانين\".",
]
MASTHEAD = "مجلة الفنون | ثقافة\nالرئيسية / فنون تشكيلية\nالأحد 28 أبريل 2024"


def wrapped(width=72):
    return MASTHEAD + "\n\n" + "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS)


def test_a_hard_wrapped_paste_reads_as_its_paragraphs():
    text = wrapped()
    assert text.count("\n") > 15
    flat = unwrap(text)
    assert len(flat) == len(text)  # one character for one: offsets are unchanged
    assert flat.split("\n\n")[1:] == PARAGRAPHS
    assert flat.split("\n\n")[0] == MASTHEAD  # short lines keep their breaks


def test_quotes_of_a_hard_wrapped_paste_are_whole_and_written_as_given():
    text = wrapped()
    quotes = found(text)
    assert [(s, typ) for _, s, typ in quotes] == [
        ("سلوى الهاشمي", "indirect"), ("سلوى الهاشمي", "indirect"), ("مراد العلوي", "mixed"),
        ("مراد العلوي", "indirect"), ("مراد العلوي", "direct")]
    assert quotes[0][0].replace("\n", " ").endswith("لكنها لم تغادر المدينة يوما")
    assert quotes[-1][0].replace("\n", " ").endswith("قائمة انتظار طويلة للفنانين")


def test_paragraph_per_line_text_is_left_alone():
    text = MASTHEAD + "\n" + "\n".join(PARAGRAPHS * 2)
    assert unwrap(text) == text


def test_a_text_with_a_few_broken_lines_is_left_alone():
    text = "\n\n".join(PARAGRAPHS * 2) + "\n\n" + textwrap.fill(PARAGRAPHS[0], 60)
    assert unwrap(text) == text


def test_normalized_text_is_unwrapped_and_maps_back():
    text = wrapped().replace("\n", "\r\n")
    norm = normalize(text)
    i = norm.text.find("رسمت كلها في")
    assert i > 0
    a, b = norm.span(i, i + len("رسمت كلها في"))
    assert text[a:b].replace("\r\n", " ") == "رسمت كلها في"


def test_a_wrapped_paste_without_blank_lines_keeps_a_break_where_a_sentence_ends():
    text = MASTHEAD + "\n" + "\n".join(textwrap.fill(p, 70) for p in PARAGRAPHS)
    assert unwrap(text).split("\n") == MASTHEAD.split("\n") + PARAGRAPHS


def _presentation_forms(text):
    """The text as a PDF may hand it out on copy: each letter as its isolated presentation form."""
    import unicodedata
    forms = {}
    for cp in range(0xFB50, 0xFEFF):
        n = unicodedata.normalize("NFKC", chr(cp))
        if len(n) == 1 and n not in forms and unicodedata.name(chr(cp), "").endswith("ISOLATED FORM"):
            forms[n] = chr(cp)
    return "".join(forms.get(c, c) for c in text)


def test_presentation_forms_read_as_their_letters_and_offsets_stay():
    text = _presentation_forms("وقال الوزير إن الحكومة لن تتراجع عن القرار.\n\nوأضاف أن الخطة جاهزة.")
    assert text != normalize(text).text and len(normalize(text).text) == len(text)
    quotes = found(text)
    assert [q[2] for q in quotes] == ["indirect", "indirect"]
    assert quotes[0][0] == text[text.index("\ufe8d\ufedd\ufea1"):text.index(".")]  # (الحكومة ... القرار, as given)
