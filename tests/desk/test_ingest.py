"""Uploaded bytes become article text, or a reason an editor understands."""

import codecs

import pytest

from newsroom.desk.ingest import decode_article_bytes
from newsroom.desk.services import ArticleRejected

pytestmark = pytest.mark.usefixtures("english")


ARTICLE = "وقال الوزير إن الموازنة لن تمس الدعم."


def test_utf8_text_is_decoded_as_is():
    assert decode_article_bytes(ARTICLE.encode("utf-8")) == (ARTICLE, "utf-8")


def test_a_utf8_byte_order_mark_is_not_part_of_the_text():
    assert decode_article_bytes(codecs.BOM_UTF8 + ARTICLE.encode("utf-8")) == (ARTICLE, "utf-8-sig")


def test_utf16_with_a_byte_order_mark_is_decoded():
    text, encoding = decode_article_bytes(ARTICLE.encode("utf-16"))
    assert (text, encoding) == (ARTICLE, "utf-16")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \n\t ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (ARTICLE.encode("cp1256"), "UTF-8"),
])
def test_unusable_files_are_rejected_with_a_reason(data, reason):
    with pytest.raises(ArticleRejected, match=reason):
        decode_article_bytes(data)
