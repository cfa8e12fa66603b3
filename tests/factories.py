"""factory_boy factories for the desk's models. Every user's password is PASSWORD."""

import factory
from django.contrib.auth import get_user_model

from newsroom.desk import models, services
from newsroom.desk.text import fold

PASSWORD = "correct-horse-battery-staple"


class NewsroomFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Newsroom
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"غرفة أخبار {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password(PASSWORD)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Membership

    user = factory.SubFactory(UserFactory)
    newsroom = factory.SubFactory(NewsroomFactory)
    role = models.Role.EDITOR


class ArticleFactory(factory.django.DjangoModelFactory):
    """An article stored as extracted-and-done without queuing anything; quotes come from QuoteFactory."""

    class Meta:
        model = models.Article

    newsroom = factory.SubFactory(NewsroomFactory)
    title = factory.Sequence(lambda n: f"خبر رقم {n}")
    text = factory.Sequence(
        lambda n: f"قال وزير النقل إن الطريق رقم {n} سيفتح الشهر المقبل. "
        f"وأضاف: «العمل يسير وفق الخطة». ونقلت الصحيفة عن مصدر قوله إن التمويل متوفر."
    )
    content_hash = factory.LazyAttribute(lambda a: services.article_hash(a.text))
    extraction_status = models.ExtractionStatus.DONE


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Speaker

    newsroom = factory.SubFactory(NewsroomFactory)
    name = factory.Sequence(lambda n: f"سليم الحداد {n}")
    name_key = factory.LazyAttribute(lambda s: fold(s.name))
    role = "وزير النقل"
    kind = models.SpeakerKind.PERSON


class QuoteFactory(factory.django.DjangoModelFactory):
    """A machine quote over the first words of its article's text."""

    class Meta:
        model = models.Quote

    article = factory.SubFactory(ArticleFactory)
    start = 0
    end = factory.LazyAttribute(lambda q: min(len(q.article.text), q.start + 40))
    content = factory.LazyAttribute(lambda q: q.article.text[q.start:q.end])
    type = models.QuoteType.INDIRECT
    cue = "قال"
    speaker = factory.SubFactory(SpeakerFactory, newsroom=factory.SelfAttribute("..article.newsroom"))
    confidence = 0.8
