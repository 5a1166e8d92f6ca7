"""Races for the last seats on real PostgreSQL: the session row lock serves them in turn."""

import threading

from django.db import connection

import pytest

from academy.models import Registration
from academy.registration import Outcome, RegistrationRequest, register

from .factories import SessionFactory

pytestmark = pytest.mark.django_db(transaction=True)


def race(session, count: int) -> list:
    barrier = threading.Barrier(count)
    outcomes, errors = [], []

    def one(number: int) -> None:
        try:
            barrier.wait(timeout=20)
            result = register(
                RegistrationRequest(
                    session_id=session.pk,
                    name=f"Bewoner {number}",
                    email=f"bewoner{number}@example.org",
                    consent=True,
                )
            )
            outcomes.append(result.outcome)
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=one, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    return outcomes


def test_parallel_registrations_fill_exactly_the_capacity_and_queue_the_rest(course):
    session = SessionFactory(course=course, capacity=3)

    outcomes = race(session, 8)

    assert outcomes.count(Outcome.REGISTERED) == 3
    assert outcomes.count(Outcome.WAITING) == 5
    assert session.registrations.filter(status=Registration.REGISTERED).count() == 3
    assert session.registrations.filter(status=Registration.WAITING).count() == 5


def test_two_people_racing_for_the_last_seat_give_exactly_one_seat(course):
    session = SessionFactory(course=course, capacity=1)

    outcomes = race(session, 2)

    assert sorted(outcome.value for outcome in outcomes) == ["registered", "waiting"]
