"""An editor's day in real Chromium, from the keyboard, under an Arabic keyboard layout.

Keys are dispatched as an Arabic layout produces them: `key` is the Arabic character, `code`
the physical key. The desk binds shortcuts by `code`, so they must work all the same.
"""

import re

import pytest
from playwright.sync_api import expect

from newsroom.desk.models import Quote, ReviewEvent
from tests.factories import PASSWORD, ArticleFactory, QuoteFactory, SpeakerFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TEXT = (
    "عمّان - وكالات\n"
    "قال وزير النقل سليم الحداد إن «الطريق الصحراوي سيفتح الشهر المقبل». "
    "وأضاف الحداد أن الأعمال تسير وفق الخطة الموضوعة. "
    "من جهتها، قالت رئيسة البلدية منى السيد: «لن نقبل بأي تأخير». "
    "وختم الوزير: «التمويل متوفر بالكامل». "
    "وقال مصدر في الوزارة إن العطاءات ستطرح قريبا."
)
# The physical key and the character an Arabic (101) layout gives it.
ARABIC = {"KeyA": "ش", "KeyR": "ق", "KeyE": "ث", "KeyS": "س", "KeyU": "ع", "KeyJ": "ت", "KeyK": "ن",
          "KeyH": "ا", "KeyN": "ى", "Slash": "؟"}


def press(page, code, *, shift=False):
    """A keydown from an Arabic layout on whatever has the focus."""
    target = page.locator(":focus")
    target = target if target.count() else page.locator("body")
    target.dispatch_event("keydown", {"key": ARABIC[code], "code": code, "shiftKey": shift, "bubbles": True,
                                      "cancelable": True})


def span(text):
    start = TEXT.index(text)
    return start, start + len(text)


def select_text(page, text):
    """Select `text` in the article as a mouse would, across the highlight segments."""
    page.evaluate(
        """(wanted) => {
            const root = document.getElementById("article-text");
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            const nodes = [];
            let all = "";
            while (walker.nextNode()) { nodes.push([walker.currentNode, all.length]); all += walker.currentNode.data; }
            const from = all.indexOf(wanted), to = from + wanted.length;
            const locate = (at) => { for (const [node, base] of nodes) { if (at <= base + node.data.length) return [node, at - base]; } };
            const range = document.createRange();
            range.setStart(...locate(from));
            range.setEnd(...locate(to));
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
        }""",
        text,
    )


@pytest.fixture
def day(newsroom, editor):
    article = ArticleFactory(newsroom=newsroom, text=TEXT, title="الطريق الصحراوي", uploaded_by=editor)
    minister = SpeakerFactory(newsroom=newsroom, name="سليم الحداد", verified=True)
    mayor = SpeakerFactory(newsroom=newsroom, name="منى السيد", role="رئيسة البلدية", verified=True)

    def machine(text, speaker, confidence, flags=()):
        start, end = span(text)
        return QuoteFactory(article=article, start=start, end=end, content=text, speaker=speaker,
                            confidence=confidence, flags=list(flags), type="direct")

    quotes = [
        machine("الطريق الصحراوي سيفتح الشهر المقبل", minister, 0.9, flags=["speaker_far"]),
        machine("الأعمال تسير وفق الخطة", minister, 0.3),
        machine("لن نقبل بأي تأخير", minister, 0.5),   # the machine got the speaker wrong
        machine("التمويل متوفر", minister, 0.7),        # the boundary is short of the full quote
    ]
    return article, quotes


def log_in(page, live_server, user):
    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("form:has(#id_password) button[type=submit]")
    page.wait_for_url(re.compile(r"^(?!.*login).*$"))


def test_an_editor_reviews_from_the_keyboard_under_an_arabic_layout(page, live_server, editor, day):
    article, (flagged, plain, wrong_speaker, short) = day
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    log_in(page, live_server, editor)

    # The queue: flagged first, then the least confident.
    page.goto(f"{live_server.url}/review/")
    cards = page.locator("#queue .quote-item")
    expect(cards).to_have_count(4)
    assert [int(c.get_attribute("data-quote")) for c in cards.all()] == [flagged.pk, plain.pk, wrong_speaker.pk, short.pk]

    press(page, "KeyJ")
    expect(page.locator(f"#quote-{flagged.pk}")).to_be_focused()

    # Accept: the card updates in place and the focus moves on.
    press(page, "KeyA")
    expect(page.locator(f"#quote-{flagged.pk}")).to_have_class(re.compile("status-verified"))
    expect(page.locator(f"#quote-{plain.pk}")).to_be_focused()

    # Reject with a reason.
    press(page, "KeyR")
    reason = page.locator(f"#reason-{plain.pk}")
    expect(reason).to_be_focused()
    reason.fill("صياغة المحرر لا اقتباس")
    reason.press("Enter")
    expect(page.locator(f"#quote-{plain.pk}")).to_have_class(re.compile("status-rejected"))
    expect(page.locator(f"#quote-{wrong_speaker.pk}")).to_be_focused()

    # Reassign the speaker through the type-ahead.
    press(page, "KeyS")
    name = page.locator(f"#speaker-name-{wrong_speaker.pk}")
    expect(name).to_be_focused()
    name.press_sequentially("منى")
    expect(page.locator(f"#speaker-options-{wrong_speaker.pk} option")).to_have_count(1)
    name.fill("منى السيد")
    name.press("Enter")
    expect(page.locator(f"#quote-{wrong_speaker.pk}-speaker")).to_have_text("منى السيد")

    # Undo the last action on the previous quote, then see its history.
    expect(page.locator(f"#quote-{short.pk}")).to_be_focused()
    press(page, "KeyK")
    expect(page.locator(f"#quote-{wrong_speaker.pk}")).to_be_focused()
    press(page, "KeyU")
    expect(page.locator(f"#quote-{wrong_speaker.pk}-speaker")).to_have_text("سليم الحداد")
    expect(page.locator(f"#quote-{wrong_speaker.pk}")).to_be_focused()  # an undone quote keeps the focus
    press(page, "KeyH")
    history = page.locator(f"#quote-{wrong_speaker.pk} details.history")
    expect(history).to_have_attribute("open", "")
    expect(history.locator("li.event")).to_have_count(2)
    expect(history.locator("li.event.undone")).to_have_count(1)

    # The cheat sheet.
    press(page, "Slash", shift=True)
    expect(page.locator("#shortcuts")).to_have_attribute("open", "")

    # The article: fix a boundary by selecting text, then add the quote the machine missed.
    page.goto(f"{live_server.url}/articles/{article.pk}/#quote-{short.pk}")
    expect(page.locator(f"#quote-{short.pk}")).to_be_focused()
    select_text(page, "التمويل متوفر بالكامل")
    press(page, "KeyE")
    expect(page.locator(f"#quote-{short.pk}")).to_have_class(re.compile("status-edited"))
    short.refresh_from_db()
    assert short.content == "التمويل متوفر بالكامل" == TEXT[short.start:short.end]

    select_text(page, "العطاءات ستطرح قريبا")
    press(page, "KeyN")
    speaker_name = page.locator("#speaker-name-add")
    expect(speaker_name).to_be_focused()
    expect(page.locator("#add-preview")).to_have_text("العطاءات ستطرح قريبا")
    speaker_name.fill("مصدر في الوزارة")
    speaker_name.press("Enter")
    expect(page.locator(".quote-item")).to_have_count(5)
    expect(page.locator(".quote-item.is-current .speaker-name")).to_have_text("مصدر في الوزارة")
    new = Quote.objects.get(article=article, origin="editor")
    assert new.content == "العطاءات ستطرح قريبا" == TEXT[new.start:new.end]
    expect(page.locator("#progress")).to_have_text(re.compile(r"\b4\D+5\b"))  # 4 of 5 reviewed

    assert ReviewEvent.objects.filter(actor=editor).count() == 6  # accept, reject, speaker, undo, edit, add
    assert violations == []


def test_a_stale_card_shows_the_conflict_instead_of_overwriting(page, live_server, editor, day):
    article, (flagged, *_rest) = day
    log_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    page.locator(f"#quote-{flagged.pk}").focus()

    from newsroom.desk import services
    services.quote_reject(quote=flagged, user=editor, version=1, reason="من زميل")  # another editor, meanwhile

    press(page, "KeyA")
    card = page.locator(f"#quote-{flagged.pk}")
    expect(card.locator(".alert.conflict")).to_be_visible()
    expect(card).to_have_class(re.compile("status-rejected"))
    assert Quote.objects.get(pk=flagged.pk).status == "rejected"
