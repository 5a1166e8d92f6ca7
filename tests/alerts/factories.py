from django.utils import timezone

import factory

from alerts.models import Subscription


class SubscriptionFactory(factory.django.DjangoModelFactory):
    """A confirmed alert on the theme "financiering", once a day."""

    email = factory.Sequence(lambda n: f"volger{n}@example.org")
    query = "thema=financiering"
    frequency = Subscription.DAILY
    status = Subscription.ACTIVE
    confirmed_at = factory.LazyFunction(timezone.now)
    checked_until = factory.SelfAttribute("confirmed_at")

    class Meta:
        model = Subscription
