"""Every main page loads in Chromium without a script error or a Content-Security-Policy refusal."""

import pytest

from tests.factories import PASSWORD, ArticleFactory, QuoteFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_main_pages_load_without_errors_or_policy_refusals(page, live_server, editor, newsroom):
    article = ArticleFactory(newsroom=newsroom)
    QuoteFactory(article=article)
    problems = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))

    page.goto(f"{live_server.url}/login/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", PASSWORD)
    page.click("form:has(#id_password) button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")

    for path in ["/", "/articles/", f"/articles/{article.pk}/", "/review/", "/speakers/", "/articles/new/"]:
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        assert page.evaluate("typeof window.htmx") == "object", path

    assert problems == []
