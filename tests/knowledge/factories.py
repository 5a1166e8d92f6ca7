from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Locale

import factory
import wagtail_factories
from django_otp.plugins.otp_totp.models import TOTPDevice

from knowledge import models


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "nl"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class ThemeFactory(factory.django.DjangoModelFactory):
    locale = factory.SubFactory(LocaleFactory)
    slug = factory.Sequence(lambda n: f"thema-{n}")
    name = factory.LazyAttribute(lambda theme: theme.slug.replace("-", " ").capitalize())

    class Meta:
        model = models.Theme
        django_get_or_create = ("locale", "slug")


class InitiativeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Zorgcoöperatie {n}")
    slug = factory.Sequence(lambda n: f"initiatief-{n}")
    place = "Hoogeloon"

    class Meta:
        model = models.Initiative


class KnowledgeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kennisbank"
    slug = "kennisbank"

    class Meta:
        model = models.KnowledgeIndexPage


class WithThemes(factory.django.DjangoModelFactory):
    """themes=[...] sets the page's themes and publishes that revision."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes.set(extracted)
            self.save_revision().publish()


class CasePageFactory(WithThemes, wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Praktijkvoorbeeld {n}")
    slug = factory.Sequence(lambda n: f"praktijkvoorbeeld-{n}")
    summary = "Bewoners regelen samen zorg en ondersteuning in hun dorp."

    class Meta:
        model = models.CasePage
        skip_postgeneration_save = True


class WhitepaperPageFactory(WithThemes, wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Whitepaper {n}")
    slug = factory.Sequence(lambda n: f"whitepaper-{n}")
    summary = "Hoe formele en informele zorg samen optrekken."
    chapters = factory.LazyFunction(
        lambda: [
            ("chapter", {"title": "Waarom deze whitepaper?", "anchor": "", "body": []}),
            ("chapter", {"title": "Financiering", "anchor": "geld", "body": []}),
        ]
    )

    class Meta:
        model = models.WhitepaperPage
        skip_postgeneration_save = True


class GlossaryPageFactory(wagtail_factories.PageFactory):
    title = "Begrippen"
    slug = "begrippen"

    class Meta:
        model = models.GlossaryPage


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    locale = factory.SubFactory(LocaleFactory)
    term = factory.Sequence(lambda n: f"begrip {n}")
    slug = factory.Sequence(lambda n: f"begrip-{n}")
    definition = "Uitleg in gewone taal."

    class Meta:
        model = models.GlossaryTerm


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"gebruiker{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "geheim-wachtwoord-123")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if extracted:
            self.groups.set(Group.objects.filter(name__in=extracted))
        self.save()

    @factory.post_generation
    def second_factor(self, create, extracted, **kwargs):
        """Staff have set up an authenticator app unless a test says otherwise
        (``second_factor=False``). django-otp keeps ``otp_device`` in the session on login,
        so a test client's ``force_login`` with this instance counts as verified."""
        if extracted is not False:
            self.otp_device = TOTPDevice.objects.create(user=self, name="test", confirmed=True)
