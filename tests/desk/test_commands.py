"""import_articles and export_quotes as an operator uses them."""

import csv
import io
import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils.translation import gettext

from newsroom.desk.models import Article, ExtractionStatus, Quote, ReviewStatus
from tests.factories import ArticleFactory, NewsroomFactory, QuoteFactory

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "sample-article.txt"
ARTICLE_TEXT = "قال رئيس البلدية سليم الحداد: «سنصلح الشبكة قبل الصيف».\nوأضاف أن العمل بدأ فعلا.\n"


def run(*args):
    """(exit status, stdout) of a management command, as the shell would see them."""
    out = io.StringIO()
    try:
        call_command(*args, stdout=out, stderr=io.StringIO())
    except CommandError as exc:
        return exc.returncode, out.getvalue()
    return 0, out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_import_wait_goes_through_the_real_worker_and_export_shows_the_quotes(celery_worker_process, newsroom):
    status, out = run("import_articles", "--wait", "--timeout", "90", str(SAMPLE))

    assert status == 0, out
    match = re.fullmatch(rf"imported {re.escape(str(SAMPLE))} article=(\d+) quotes=(\d+)\n", out)
    assert match, out
    article = Article.objects.get(pk=int(match[1]))
    assert article.extraction_status == ExtractionStatus.DONE
    assert article.newsroom == newsroom
    # The worker, not this process, did the extraction.
    assert article.runs.get().worker == celery_worker_process
    quotes = int(match[2])
    assert quotes >= 3 and quotes == article.quotes.count()

    status, exported = run("export_quotes", "--status", "all", "--format", "jsonl")
    rows = [json.loads(line) for line in exported.splitlines()]
    assert status == 0
    assert len(rows) == quotes
    assert {row["article_id"] for row in rows} == {article.pk}
    for row in rows:
        assert article.text[row["start"]:row["end"]] == row["content"]
    assert any(row["type"] == "direct" and "لن نترك أي حي من دون ماء" in row["content"] for row in rows)


@pytest.mark.django_db
def test_importing_the_same_text_again_reports_a_duplicate(newsroom, tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(ARTICLE_TEXT, encoding="utf-8")
    # Same words with a BOM, Windows line ends and trailing spaces: still the same article.
    second = tmp_path / "b.txt"
    second.write_bytes(b"\xef\xbb\xbf" + ARTICLE_TEXT.replace("\n", "  \r\n").encode("utf-8"))

    status, out = run("import_articles", str(first))
    assert status == 0
    article = Article.objects.get()
    assert out == f"imported {first} article={article.pk} quotes=?\n"

    status, out = run("import_articles", str(second), str(first))
    assert status == 0
    assert out == f"duplicate {second} article={article.pk}\nduplicate {first} article={article.pk}\n"
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "The file is empty."),
        (b"   \n\t\n", "The file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "This is a binary file, not a text article."),
        ("قال الوزير إن الطريق سيفتح".encode("cp1256"),
         "The file is not valid UTF-8 text (byte %(position)d). Save it as UTF-8 and upload again."),
    ],
    ids=["empty", "blank", "binary", "not-utf8"],
)
@pytest.mark.django_db
def test_unusable_files_are_rejected_with_a_reason_and_exit_2(newsroom, tmp_path, content, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)

    status, out = run("import_articles", str(bad))

    assert status == 2
    # The reason is the one an upload shows, in the active language.
    assert out.startswith(f"rejected {bad}: {gettext(reason)[:15]}"), out
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_one_rejected_file_does_not_stop_the_others_but_sets_exit_2(newsroom, tmp_path):
    (tmp_path / "1-good.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    (tmp_path / "2-empty.txt").write_bytes(b"")

    status, out = run("import_articles", str(tmp_path / "1-good.txt"), str(tmp_path / "2-empty.txt"),
                      str(tmp_path / "3-missing.txt"))

    assert status == 2
    lines = out.splitlines()
    assert lines[0].startswith(f"imported {tmp_path / '1-good.txt'} article=")
    assert lines[1].startswith(f"rejected {tmp_path / '2-empty.txt'}: ")
    assert lines[2].startswith(f"rejected {tmp_path / '3-missing.txt'}: cannot read the file")
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_a_directory_imports_its_files_in_name_order(newsroom, tmp_path):
    for name, sentence in [("b.txt", "وقال الناطق إن الاجتماع تأجل."), ("a.txt", "وأكدت الوزيرة أن الميزانية جاهزة."),
                           (".hidden", "ليس خبرا")]:
        (tmp_path / name).write_text(sentence, encoding="utf-8")
    (tmp_path / "subdir").mkdir()

    status, out = run("import_articles", str(tmp_path))

    assert status == 0, out
    assert [line.split(" article=")[0] for line in out.splitlines()] == [
        f"imported {tmp_path / 'a.txt'}", f"imported {tmp_path / 'b.txt'}",
    ]
    assert list(Article.objects.order_by("pk").values_list("source_name", flat=True)) == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
    ]


@pytest.mark.django_db
def test_wait_reports_extraction_that_never_finished_and_exits_2(newsroom, tmp_path, settings):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_TEXT, encoding="utf-8")

    status, out = run("import_articles", "--wait", "--timeout", "0.2", str(path))

    # In this test nothing commits, so no task runs: the article stays queued.
    assert status == 2
    assert re.fullmatch(rf"pending {re.escape(str(path))} article=\d+: extraction still queued after 0.2s .*\n", out)


@pytest.mark.django_db
def test_unknown_newsroom_is_an_internal_error(newsroom, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_TEXT, encoding="utf-8")
    with pytest.raises(CommandError, match="No newsroom named"):
        call_command("import_articles", "--newsroom", "nowhere", str(path), stdout=io.StringIO())


@pytest.mark.django_db
def test_user_option_imports_into_the_users_newsroom(editor, other_newsroom, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_TEXT, encoding="utf-8")

    status, _out = run("import_articles", "--user", "editor", str(path))

    article = Article.objects.get()
    assert status == 0
    assert article.newsroom == editor.membership.newsroom
    assert article.uploaded_by == editor


# export_quotes -------------------------------------------------------------------------

@pytest.fixture
def reviewed_quotes(newsroom):
    text = "عنوان الخبر\nقال الوزير إن الطريق سيفتح قريبا. وأضاف: «نحن جاهزون للعمل»."

    def span(part):
        return text.index(part), text.index(part) + len(part)

    article = ArticleFactory(newsroom=newsroom, title="", text=text)
    spans = {
        ReviewStatus.REJECTED: span("عنوان"),
        ReviewStatus.MACHINE: span("قال الوزير"),
        ReviewStatus.VERIFIED: span("الطريق سيفتح قريبا"),
        ReviewStatus.EDITED: span("نحن جاهزون للعمل"),
    }
    quotes = {
        status: QuoteFactory(article=article, status=status, start=start, end=end, content=text[start:end],
                             flags=["no_speaker"] if status == ReviewStatus.MACHINE else [])
        for status, (start, end) in spans.items()
    }
    QuoteFactory(article=ArticleFactory(newsroom=NewsroomFactory()), status=ReviewStatus.VERIFIED)  # another newsroom
    return quotes


@pytest.mark.django_db
def test_default_export_is_reviewed_quotes_as_csv_with_bom(reviewed_quotes, tmp_path, newsroom):
    target = tmp_path / "quotes.csv"

    status, _ = run("export_quotes", "--newsroom", newsroom.name, "-o", str(target))

    assert status == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [row["quote_id"] for row in rows] == [str(reviewed_quotes[s].pk) for s in ("verified", "edited")]
    verified = rows[0]
    quote = reviewed_quotes["verified"]
    assert verified["content"] == quote.content
    assert verified["speaker"] == quote.speaker.name
    assert verified["speaker_role"] == "وزير النقل"
    assert verified["article_title"] == "عنوان الخبر"  # untitled: its first line
    assert (verified["status"], verified["type"], verified["cue"]) == ("verified", "indirect", "قال")
    assert (int(verified["start"]), int(verified["end"])) == (quote.start, quote.end)


@pytest.mark.parametrize("status, expected", [
    ("all", ["rejected", "machine", "verified", "edited"]), ("machine", ["machine"]), ("rejected", ["rejected"]),
    ("verified", ["verified"]), ("edited", ["edited"]),
])
@pytest.mark.django_db
def test_export_status_filter_and_json(reviewed_quotes, status, expected, newsroom):
    code, out = run("export_quotes", "--newsroom", newsroom.name, "--status", status, "--format", "json")

    rows = json.loads(out)
    assert code == 0
    assert [row["status"] for row in rows] == expected  # article order: by start offset
    if "machine" in expected:
        assert next(r for r in rows if r["status"] == "machine")["flags"] == ["no_speaker"]


@pytest.mark.django_db
def test_export_of_nothing_is_valid_json(newsroom):
    code, out = run("export_quotes", "--format", "json")
    assert code == 0
    assert json.loads(out) == []


@pytest.mark.django_db
def test_export_streams_with_a_server_side_cursor(reviewed_quotes, newsroom, django_assert_max_num_queries):
    from newsroom.desk.exports import quotes_for_export

    # One query, whatever the number of rows: no per-row article or speaker lookups.
    with django_assert_max_num_queries(2):
        rows = list(quotes_for_export(newsroom=newsroom, status="all", chunk_size=1))
    assert len(rows) == 4
    assert Quote.objects.count() == 5
