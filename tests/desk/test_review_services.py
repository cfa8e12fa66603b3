"""Review actions: each is atomic, versioned, and leaves an append-only event behind."""

import pytest

from newsroom.desk import services
from newsroom.desk.models import Quote, ReviewEvent, ReviewStatus, Speaker, SpeakerAlias
from newsroom.desk.text import fold
from tests.factories import ArticleFactory, QuoteFactory, SpeakerFactory

TEXT = "قال الوزير سليم الحداد: «سنفتح الطريق الشهر المقبل». وأضاف أن التمويل متوفر."


@pytest.fixture
def article(newsroom):
    return ArticleFactory(newsroom=newsroom, text=TEXT)


@pytest.fixture
def quote(article):
    start = TEXT.index("سنفتح")
    return QuoteFactory(article=article, start=start, end=start + 10, content=TEXT[start:start + 10],
                        speaker_mention="سليم الحداد", flags=["low_confidence"], confidence=0.4)


def test_accepting_verifies_and_records_who_and_what(quote, editor):
    accepted = services.quote_accept(quote=quote, user=editor, version=quote.version)

    assert accepted.status == ReviewStatus.VERIFIED
    assert accepted.reviewed_by == editor and accepted.reviewed_at is not None
    assert accepted.version == quote.version + 1
    event = ReviewEvent.objects.get(quote=quote)
    assert (event.actor, event.action) == (editor, ReviewEvent.Action.ACCEPT)
    assert event.before["status"] == "machine" and event.after["status"] == "verified"


def test_a_stale_version_raises_a_conflict_with_the_current_value(quote, editor):
    services.quote_reject(quote=quote, user=editor, version=quote.version, reason="ليس اقتباسا")

    with pytest.raises(services.QuoteConflict) as conflict:
        services.quote_accept(quote=quote, user=editor, version=quote.version)

    assert conflict.value.current.status == ReviewStatus.REJECTED
    assert Quote.objects.get(pk=quote.pk).status == ReviewStatus.REJECTED
    assert ReviewEvent.objects.filter(quote=quote).count() == 1


def test_rejecting_keeps_the_reason(quote, editor):
    rejected = services.quote_reject(quote=quote, user=editor, version=quote.version, reason="مكرر")

    assert (rejected.status, rejected.reject_reason) == (ReviewStatus.REJECTED, "مكرر")
    assert ReviewEvent.objects.get(quote=quote).note == "مكرر"


def test_editing_takes_the_content_from_the_text_and_trims_quotation_marks(quote, editor):
    start, end = TEXT.index("«"), TEXT.index("»") + 1  # the editor selected the guillemets too

    edited = services.quote_edit(quote=quote, user=editor, version=quote.version, start=start - 1, end=end)

    assert edited.content == "سنفتح الطريق الشهر المقبل"
    assert TEXT[edited.start:edited.end] == edited.content
    assert edited.status == ReviewStatus.EDITED


@pytest.mark.parametrize("start,end", [(-1, 5), (5, 5), (10, 4), (0, len(TEXT) + 1), ("x", 3), (TEXT.index("«") - 1, TEXT.index("«") + 1)])
def test_editing_refuses_offsets_outside_the_text_or_empty_spans(quote, editor, start, end):
    with pytest.raises(services.QuoteInvalid):
        services.quote_edit(quote=quote, user=editor, version=quote.version, start=start, end=end)
    assert Quote.objects.get(pk=quote.pk).version == quote.version


def test_reassigning_speaker_records_alias_and_verifies_speaker(quote, editor, newsroom):
    other = SpeakerFactory(newsroom=newsroom, name="منى السيد")

    changed = services.quote_reassign(quote=quote, user=editor, version=quote.version, speaker=other)

    assert changed.speaker == other and changed.status == ReviewStatus.EDITED
    other.refresh_from_db()
    assert other.verified
    assert SpeakerAlias.objects.get(speaker=other).source == SpeakerAlias.Source.EDITOR
    assert ReviewEvent.objects.get(quote=quote).after["speaker"] == "منى السيد"


def test_reassigning_to_a_new_name_creates_a_speaker_once(quote, editor, newsroom):
    services.quote_reassign(quote=quote, user=editor, version=quote.version, new_name="هيئة الطرق", kind="organisation")
    quote.refresh_from_db()
    services.quote_reassign(quote=quote, user=editor, version=quote.version, new_name="هيئة  الطرق")

    assert Speaker.objects.filter(newsroom=newsroom, name_key=fold("هيئة الطرق")).count() == 1


def test_reassigning_refuses_a_speaker_of_another_newsroom(quote, editor, other_newsroom):
    stranger = SpeakerFactory(newsroom=other_newsroom)
    with pytest.raises(services.QuoteInvalid):
        services.quote_reassign(quote=quote, user=editor, version=quote.version, speaker=stranger)


def test_retyping_changes_the_type(quote, editor):
    assert services.quote_retype(quote=quote, user=editor, version=quote.version, type="direct").type == "direct"
    with pytest.raises(services.QuoteInvalid):
        services.quote_retype(quote=quote, user=editor, version=quote.version + 1, type="poem")


def test_undo_reverts_the_last_action_then_the_one_before(quote, editor):
    original_speaker = quote.speaker
    services.quote_accept(quote=quote, user=editor, version=1)
    services.quote_reassign(quote=quote, user=editor, version=2, new_name="منى السيد")

    undone = services.quote_undo(quote=quote, user=editor)
    assert undone.speaker == original_speaker and undone.status == ReviewStatus.VERIFIED

    undone = services.quote_undo(quote=quote, user=editor)
    assert undone.status == ReviewStatus.MACHINE and undone.reviewed_by is None

    with pytest.raises(services.QuoteInvalid):
        services.quote_undo(quote=quote, user=editor)
    actions = list(ReviewEvent.objects.filter(quote=quote).order_by("id").values_list("action", "undone"))
    assert actions == [("accept", True), ("reassign", True), ("undo", False), ("undo", False)]


def test_adding_a_missed_quote_is_verified_and_editor_made(article, editor):
    start, end = TEXT.index("أن التمويل"), len(TEXT) - 1

    added = services.quote_add(article=article, user=editor, start=start, end=end, type="indirect", new_name="الوزير")

    assert (added.origin, added.status, added.content) == ("editor", "verified", TEXT[start:end])
    assert added.speaker.verified
    assert ReviewEvent.objects.get(quote=added).action == "add"


def test_adding_over_an_existing_quote_is_refused(quote, editor):
    with pytest.raises(services.QuoteInvalid):
        services.quote_add(article=quote.article, user=editor, start=quote.start, end=quote.end + 3)


def test_bulk_accept_takes_only_unreviewed_quotes_above_the_threshold(article, editor):
    high = QuoteFactory(article=article, start=0, end=3, confidence=0.95)
    low = QuoteFactory(article=article, start=4, end=10, confidence=0.5)
    rejected = QuoteFactory(article=article, start=11, end=16, confidence=0.99, status=ReviewStatus.REJECTED)

    assert services.quotes_bulk_accept(article=article, user=editor, min_confidence="0.9") == 1

    statuses = dict(Quote.objects.values_list("pk", "status"))
    assert statuses == {high.pk: "verified", low.pk: "machine", rejected.pk: "rejected"}
    assert ReviewEvent.objects.get().quote_id == high.pk


def test_bulk_reassign_gives_selected_quotes_one_speaker(article, editor, newsroom):
    quotes = [QuoteFactory(article=article, start=0, end=3), QuoteFactory(article=article, start=4, end=10)]
    target = SpeakerFactory(newsroom=newsroom, name="منى السيد")

    assert services.quotes_bulk_reassign(quotes=quotes, user=editor, speaker=target) == 2

    assert set(Quote.objects.values_list("speaker_id", flat=True)) == {target.pk}
    assert ReviewEvent.objects.filter(action="reassign").count() == 2


def test_machine_reextraction_leaves_reviewed_quotes_alone(quote, editor):
    from types import SimpleNamespace

    services.quote_edit(quote=quote, user=editor, version=1, start=quote.start, end=quote.end + 4)
    quote.refresh_from_db()
    found = SimpleNamespace(start=quote.start, end=quote.end, content="x", type="direct", cue="", cue_start=-1,
                            cue_end=-1, speaker="", speaker_role="", speaker_kind="person", speaker_mention="",
                            mention_start=-1, mention_end=-1, confidence=0.1, flags=())

    services._quotes_replace_machine(article=quote.article, run=None, result=SimpleNamespace(quotes=[found]))

    assert list(Quote.objects.values_list("content", "status")) == [(quote.content, "edited")]
