"""The foundation's promise: an editor pastes an article and, moments later, sees its quotes highlighted."""

import pytest
from playwright.sync_api import expect

from newsroom.desk.models import Article
from tests.factories import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTICLE = (
    "عمّان - خاص\n\n"
    "قال وزير المياه الأردني رائد الخطيب إن الموسم المطري الحالي هو الأضعف منذ عشر سنوات.\n\n"
    "وأضاف الخطيب: \"سنبدأ برنامج ترشيد في الأحياء الشرقية خلال أسبوعين\".\n"
)


def test_editor_pastes_an_article_and_sees_its_quotes_highlighted(page, live_server, editor, celery_worker_process):
    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", PASSWORD)
    page.click("form:has(#id_password) button[type=submit]")

    page.goto(f"{live_server.url}/articles/new/")
    page.fill("#id_text", ARTICLE)
    page.fill("#id_title", "موسم مطري ضعيف")
    page.click("form.upload-form button[type=submit]")

    article = Article.objects.get()
    page.wait_for_url(f"{live_server.url}/articles/{article.pk}/")
    # The page polls while the real worker extracts; the highlights appear without a reload.
    highlighted = page.locator("#article-text mark.q")
    expect(highlighted.first).to_be_visible(timeout=20_000)
    text = " ".join(highlighted.all_inner_texts())
    assert "الموسم المطري الحالي هو الأضعف" in text
    assert "سنبدأ برنامج ترشيد" in text
    expect(page.locator(".quote-list")).to_contain_text("رائد الخطيب")
