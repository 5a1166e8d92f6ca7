from django.contrib.auth.models import Group

import factory

from helpdesk.bundles import HELPDESK_GROUP
from helpdesk.models import Bundle, BundleItem
from tests.knowledge.factories import UserFactory


class AdviserFactory(UserFactory):
    username = factory.Sequence(lambda n: f"adviseur{n}")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        self.groups.set(Group.objects.filter(name__in=extracted or [HELPDESK_GROUP]))
        self.save()


class BundleFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Pakket {n}")
    question = "Hoe regelen anderen een Wmo-contract met de gemeente?"
    recipient_name = "Zorgcoöperatie De Linde"
    recipient_email = "bestuur@delinde.example.org"
    introduction = "Zoals beloofd aan de telefoon: drie voorbeelden."
    created_by = factory.SubFactory(AdviserFactory)

    class Meta:
        model = Bundle


class BundleItemFactory(factory.django.DjangoModelFactory):
    bundle = factory.SubFactory(BundleFactory)
    title = factory.LazyAttribute(lambda item: item.page.title if item.page else "begrip")
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = BundleItem
