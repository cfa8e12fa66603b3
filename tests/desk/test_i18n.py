"""Arabic first, English a switch away: complete catalogues, RTL pages, and named controls."""

import ast
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils.translation import trans_real

from newsroom.desk.models import ExtractionStatus, ReviewEvent, ReviewStatus
from tests.factories import ArticleFactory, QuoteFactory, SpeakerFactory

ROOT = Path(settings.BASE_DIR)
LOCALE = ROOT / "locale"
ARABIC_PO = LOCALE / "ar" / "LC_MESSAGES" / "django.po"
ENGLISH_PO = LOCALE / "en" / "LC_MESSAGES" / "django.po"
ARABIC_PLURALS = 6


# A small .po reader: enough for Django's makemessages output --------------------------

def read_po(path):
    """Entries as dicts: msgctxt, msgid, msgid_plural, msgstr (str, or list for plurals), flags."""
    entries, entry, key = [], None, None

    def finish():
        if entry and entry.get("msgid") is not None:
            entries.append(entry)

    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = line.strip()
        if not line or line.startswith("#~"):
            if not line:
                finish()
                entry, key = None, None
            continue
        entry = entry if entry is not None else {"flags": set(), "msgstr_n": {}}
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            value = ast.literal_eval(line)
            if isinstance(key, int):
                entry["msgstr_n"][key] += value
            else:
                entry[key] += value
        else:
            match = re.fullmatch(r'(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(".*")', line)
            assert match, f"{path}: cannot read {line!r}"
            name, index, value = match.group(1), match.group(2), ast.literal_eval(match.group(3))
            if index is not None:
                key = int(index)
                entry["msgstr_n"][key] = value
            else:
                key = name
                entry[name] = value
    return entries


def label(entry):
    return f"{entry.get('msgctxt') + ' | ' if entry.get('msgctxt') else ''}{entry['msgid']!r}"


@pytest.fixture(scope="module")
def arabic():
    return read_po(ARABIC_PO)


def test_arabic_catalogue_has_no_fuzzy_entries(arabic):
    assert [label(e) for e in arabic if "fuzzy" in e["flags"]] == []


def test_arabic_catalogue_translates_every_message(arabic):
    untranslated = []
    for entry in arabic:
        if entry["msgid"] == "":
            continue
        if "msgid_plural" in entry:
            forms = entry["msgstr_n"]
            if sorted(forms) != list(range(ARABIC_PLURALS)) or not all(forms.values()):
                untranslated.append(label(entry))
        elif not entry.get("msgstr"):
            untranslated.append(label(entry))
    assert untranslated == []


def test_arabic_catalogue_declares_arabic_plural_forms(arabic):
    header = next(e for e in arabic if e["msgid"] == "")["msgstr"]
    assert "Language: ar\n" in header
    assert f"nplurals={ARABIC_PLURALS};" in header


def test_translations_keep_the_placeholders_of_their_message(arabic):
    placeholder = re.compile(r"%\((\w+)\)")
    wrong = []
    for entry in arabic:
        allowed = set(placeholder.findall(entry["msgid"] + entry.get("msgid_plural", "")))
        for text in [entry.get("msgstr", "")] + list(entry["msgstr_n"].values()):
            if not set(placeholder.findall(text)) <= allowed:
                wrong.append(label(entry))
    assert wrong == []


TEMPLATE_STRING = re.compile(r"""\{%\s*(?:translate|trans)\s+(?:"([^"]+)"|'([^']+)')(?:\s+context\s+"([^"]+)")?""")


def test_every_template_string_is_in_both_catalogues(arabic):
    """A string added to a template but never run through makemessages would show in English."""
    known = {(e.get("msgctxt"), e["msgid"]) for e in arabic}
    english = {(e.get("msgctxt"), e["msgid"]) for e in read_po(ENGLISH_PO)}
    missing = set()
    for template in (ROOT / "templates").rglob("*.html"):
        for match in TEMPLATE_STRING.finditer(template.read_text(encoding="utf-8")):
            key = (match.group(3), match.group(1) or match.group(2))
            if key not in known or key not in english:
                missing.add(f"{template.relative_to(ROOT)}: {key[1]!r}")
    assert sorted(missing) == []


def test_english_catalogue_has_no_fuzzy_entries():
    assert [label(e) for e in read_po(ENGLISH_PO) if "fuzzy" in e["flags"]] == []


def test_catalogues_compile_cleanly():
    for po in (ARABIC_PO, ENGLISH_PO):
        result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


# Rendered pages ------------------------------------------------------------------------

@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues():
    """bin/test compiles the catalogues; compile here too if a .mo is missing or stale."""
    stale = any(
        not po.with_suffix(".mo").exists() or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
        for po in (ARABIC_PO, ENGLISH_PO)
    )
    if stale:
        call_command("compilemessages", verbosity=0, ignore_patterns=[".venv", "node_modules", "staticfiles"])
        trans_real._translations.clear()  # translations loaded before compiling would be empty
        trans_real._default = None


def switch_language(client, language):
    """What the language button in the top bar does: a CSRF-protected POST to set_language."""
    signed_in = "_auth_user_id" in client.session
    client.get(reverse("dashboard") if signed_in else reverse("login"))  # any page with the form sets the cookie
    token = client.cookies["csrftoken"].value
    response = client.post(reverse("set_language"), {"language": language, "next": "/"}, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 302
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == language


@pytest.mark.django_db
def test_login_page_is_arabic_and_right_to_left_by_default(client):
    html = client.get(reverse("login")).content.decode()

    assert '<html lang="ar" dir="rtl">' in html
    assert ">اسم المستخدم<" in html and ">كلمة المرور<" in html
    assert "تسجيل الدخول" in html


@pytest.mark.django_db
def test_language_switch_turns_the_page_english_and_left_to_right(csrf_client):
    switch_language(csrf_client, "en")

    html = csrf_client.get(reverse("login")).content.decode()

    assert '<html lang="en" dir="ltr">' in html
    assert ">Username<" in html and ">Password<" in html


@pytest.mark.django_db
def test_navigation_is_translated(editor_client):
    arabic = editor_client.get(reverse("dashboard")).content.decode()
    assert all(f">{word}<" in arabic for word in ("المقالات", "المتحدثون", "المكتب"))

    switch_language(editor_client, "en")
    english = editor_client.get(reverse("dashboard")).content.decode()
    assert all(f">{word}<" in english for word in ("Articles", "Speakers", "Desk"))


@pytest.mark.django_db
def test_review_actions_are_labelled_in_english_after_switching(editor, editor_client, newsroom):
    quote = QuoteFactory(article=ArticleFactory(newsroom=newsroom), speaker=SpeakerFactory(newsroom=newsroom),
                         status=ReviewStatus.VERIFIED)
    ReviewEvent.objects.create(quote=quote, actor=editor, action=ReviewEvent.Action.ACCEPT)  # so Undo is offered
    switch_language(editor_client, "en")

    tree = parse_html(editor_client.get(reverse("review_queue") + "?status=all").content.decode())

    # Accept and Undo are buttons; Reject, Edit and Speaker are links that load their small forms.
    names = {accessible_text(control) for control in tree.find_all("button", "summary", "a")}
    assert {"Accept", "Reject", "Edit", "Speaker", "Undo"} <= names


# Every control has an accessible name --------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Element:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def find_all(self, *tags):
        for child in self.children:
            if isinstance(child, Element):
                if child.tag in tags:
                    yield child
                yield from child.find_all(*tags)

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


class TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_html(html):
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def accessible_text(element):
    """The text an element's content gives it: its text and the alt of images inside."""
    parts = []
    for child in element.children:
        if isinstance(child, str):
            parts.append(child)
        elif child.attrs.get("aria-hidden") != "true":
            parts.append(child.attrs.get("alt", "") if child.tag == "img" else accessible_text(child))
    return " ".join(" ".join(parts).split())


def accessible_name(element, root, labels):
    attrs = element.attrs
    if (attrs.get("aria-label") or "").strip() or (attrs.get("title") or "").strip():
        return True
    if attrs.get("aria-labelledby"):
        ids = attrs["aria-labelledby"].split()
        texts = [accessible_text(el) for el in root.find_all(*ALL_TAGS) if el.attrs.get("id") in ids]
        if any(texts):
            return True
    if element.tag in ("a", "button", "summary") and accessible_text(element):
        return True
    if element.tag == "input" and attrs.get("type") in ("submit", "button", "reset") and attrs.get("value"):
        return True
    if element.tag == "input" and attrs.get("type") == "image" and attrs.get("alt"):
        return True
    if element.tag in ("input", "select", "textarea"):
        if attrs.get("id") and labels.get(attrs["id"]):
            return True
        if any(a.tag == "label" and accessible_text(a) for a in element.ancestors()):
            return True
    return False


ALL_TAGS = ("a", "abbr", "button", "div", "h1", "h2", "h3", "label", "legend", "p", "section", "span", "strong", "svg", "title", "desc", "th", "td")
CONTROLS = ("a", "button", "input", "select", "textarea", "summary")


def unnamed_controls(html):
    root = parse_html(html)
    labels = {label.attrs["for"]: accessible_text(label) for label in root.find_all("label") if label.attrs.get("for")}
    missing = []
    for control in root.find_all(*CONTROLS):
        if control.tag == "input" and control.attrs.get("type") == "hidden":
            continue
        if control.tag == "a" and "href" not in control.attrs:
            continue
        if not accessible_name(control, root, labels):
            missing.append(f"<{control.tag} {control.attrs}>")
    return missing


@pytest.fixture
def desk_data(newsroom):
    speaker = SpeakerFactory(newsroom=newsroom, name="سليم الحداد", verified=True)
    article = ArticleFactory(newsroom=newsroom)
    QuoteFactory(article=article, speaker=speaker)
    ArticleFactory(newsroom=newsroom, title="", extraction_status=ExtractionStatus.FAILED, extraction_error="boom")
    return {"article": article, "speaker": speaker}


def main_pages(data):
    return [
        reverse("dashboard"),
        reverse("article_list"),
        reverse("article_upload"),
        reverse("article_detail", args=[data["article"].pk]),
        reverse("speaker_list"),
        reverse("speaker_detail", args=[data["speaker"].pk]),
        reverse("review_queue"),
    ]


@pytest.mark.django_db
def test_login_page_controls_have_accessible_names_in_both_languages(csrf_client):
    assert unnamed_controls(csrf_client.get(reverse("login")).content.decode()) == []
    switch_language(csrf_client, "en")
    assert unnamed_controls(csrf_client.get(reverse("login")).content.decode()) == []


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_control_on_the_main_pages_has_an_accessible_name(language, editor_client, desk_data):
    if language != "ar":
        switch_language(editor_client, language)
    problems = {}
    for url in main_pages(desk_data):
        response = editor_client.get(url)
        assert response.status_code == 200, url
        missing = unnamed_controls(response.content.decode())
        if missing:
            problems[url] = missing
    assert problems == {}
