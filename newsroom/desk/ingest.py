"""Turning uploaded bytes into article text, or a clear reason why not."""

import codecs

from django.utils.translation import gettext as _

from .services import ArticleRejected

ACCEPTED_SUFFIXES = (".txt",)


def decode_article_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding) for an uploaded file; raises ArticleRejected with a message an editor understands."""
    if not data or not data.strip():
        raise ArticleRejected(_("The file is empty."))
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ArticleRejected(_("This is a binary file, not a text article."))
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise ArticleRejected(_("The file says it is %(encoding)s but is not valid %(encoding)s.") % {"encoding": encoding}) from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        raise ArticleRejected(
            _("The file is not valid UTF-8 text (byte %(position)d). Save it as UTF-8 and upload again.")
            % {"position": exc.start}
        ) from None
