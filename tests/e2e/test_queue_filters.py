"""The review queue's speaker filter in real Chromium: type part of a name, get the registry's
suggestions, apply, and the URL (shareable) says what was asked for."""

import re

import pytest
from playwright.sync_api import expect

from newsroom.desk.models import SpeakerAlias
from newsroom.desk.text import fold
from tests.e2e.test_editor_day import log_in
from tests.factories import ArticleFactory, QuoteFactory, SpeakerFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_an_editor_filters_the_queue_by_a_speaker_name(page, live_server, editor, newsroom):
    article = ArticleFactory(newsroom=newsroom, title="الطريق الصحراوي", uploaded_by=editor)
    minister = SpeakerFactory(newsroom=newsroom, name="سليم الحداد", verified=True)
    SpeakerAlias.objects.create(speaker=minister, alias="وزير النقل", alias_key=fold("وزير النقل"))
    mayor = SpeakerFactory(newsroom=newsroom, name="منى السيد", verified=True)
    mine = QuoteFactory(article=article, start=0, end=10, speaker=minister)
    QuoteFactory(article=article, start=11, end=20, speaker=mayor)
    log_in(page, live_server, editor)
    page.goto(f"{live_server.url}/review/")
    expect(page.locator("#queue .quote-item")).to_have_count(2)

    field = page.locator("#id_speaker_name")
    field.press_sequentially("وزير", delay=30)
    expect(page.locator("#queue-speaker-options option[value='سليم الحداد']")).to_have_count(1)
    assert "/review/speakers/" not in page.url  # a suggestion request never becomes the page's URL

    field.fill("سليم الحداد")
    page.click(".filter-form button[type=submit]")
    expect(page.locator("#queue .quote-item")).to_have_count(1)
    expect(page.locator(f"#quote-{mine.pk}")).to_be_visible()
    expect(page).to_have_url(re.compile(r"speaker_name=%D8%B3%D9%84%D9%8A%D9%85"))

    # A link by id, as from a speaker's page, names the speaker and can be removed.
    page.goto(f"{live_server.url}/review/?speaker={mayor.pk}&status=all")
    expect(page.locator(".pinned strong")).to_have_text("منى السيد")
    expect(page.locator("#queue .quote-item")).to_have_count(1)
    page.click(".pinned a")
    expect(page.locator("#queue .quote-item")).to_have_count(2)
