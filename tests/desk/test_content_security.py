"""A strict Content-Security-Policy, and pages that live within it."""

import re

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, QuoteFactory

pytestmark = pytest.mark.django_db

PAGES = ["dashboard", "article_list", "article_upload", "review_queue", "speaker_list"]


def directives(response):
    header = response.headers["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_scripts_and_styles_come_only_from_our_own_files(editor_client):
    policy = directives(editor_client.get(reverse("dashboard")))
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]


def test_htmx_runs_without_eval(editor_client):
    page = editor_client.get(reverse("dashboard")).content.decode()
    assert re.search(r'name="htmx-config" content=\'\{[^\']*"allowEval": false', page)


@pytest.mark.parametrize("name", PAGES)
def test_pages_have_no_inline_script_or_style(editor_client, name):
    page = editor_client.get(reverse(name)).content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), "inline <script>"
    assert not re.search(r"\son[a-z]+=\"", page), "inline event handler"
    assert not re.search(r"\sstyle=\"", page), "inline style attribute"


def test_the_article_page_has_no_inline_script_or_style(editor_client, newsroom):
    article = ArticleFactory(newsroom=newsroom)
    QuoteFactory(article=article)
    page = editor_client.get(reverse("article_detail", args=[article.pk])).content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page)
    assert not re.search(r"\sstyle=\"", page)
