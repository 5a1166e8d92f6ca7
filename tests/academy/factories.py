from datetime import timedelta

from django.utils import timezone

import factory
import wagtail_factories

from academy import models


class AcademyIndexPageFactory(wagtail_factories.PageFactory):
    title = "Ella Vogelaar Academie"
    slug = "academie"

    class Meta:
        model = models.AcademyIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Leergang {n}")
    slug = factory.Sequence(lambda n: f"leergang-{n}")
    intro = "Bewoners leren van elkaar hoe je samen zorg regelt."
    format = models.CoursePage.FORMAT_BLENDED
    language = "nl"

    class Meta:
        model = models.CoursePage
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes.set(extracted)
            self.save_revision().publish()

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if extracted:
            self.audiences.set(extracted)
            self.save_revision().publish()


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")
    slug = factory.Sequence(lambda n: f"module-{n}")
    intro = "Wat u in deze module leert."

    class Meta:
        model = models.ModulePage


class SessionFactory(factory.django.DjangoModelFactory):
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=20))
    ends_at = factory.LazyAttribute(lambda session: session.starts_at + timedelta(hours=2))
    venue = "Dorpshuis De Linde"
    address = "Dorpsstraat 1\n1234 AB Ergens"
    capacity = 10

    class Meta:
        model = models.Session


class RegistrationFactory(factory.django.DjangoModelFactory):
    status = models.Registration.REGISTERED
    name = factory.Sequence(lambda n: f"Deelnemer {n}")
    email = factory.Sequence(lambda n: f"deelnemer{n}@example.org")
    consent_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = models.Registration
