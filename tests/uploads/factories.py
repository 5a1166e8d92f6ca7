import factory
import wagtail_factories

from uploads import models


class UploadIndexPageFactory(wagtail_factories.PageFactory):
    title = "Trots op mijn initiatief"
    slug = "trots-op-mijn-initiatief"

    class Meta:
        model = models.UploadIndexPage


class SubmissionFactory(factory.django.DjangoModelFactory):
    """A stored submission as the public form leaves it, before processing."""

    initiative_name = "Zorgcoöperatie De Linde"
    place = "Hoogeloon"
    contact_name = "Mies Jansen"
    contact_email = "mies@example.org"
    material_type = "jaarverslag"
    year = 2024
    title = factory.Sequence(lambda n: f"Jaarverslag {n}")
    description = "Wat we dit jaar deden met onze vrijwilligers."
    consent_publication = True
    consent_privacy = True

    class Meta:
        model = models.Submission
