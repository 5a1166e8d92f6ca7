"""The calendar and the JSON-LD carry any text a course or a session may hold."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from icalendar import Calendar

from academy.calendar import calendar, session_event
from academy.structured_data import course_json_ld
from core.text import clean_text, one_line
from tests.core.hostile import hostile_text

pytestmark = pytest.mark.django_db
FIXTURES_KEPT = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FIXTURES_KEPT
@given(title=hostile_text, intro=hostile_text, venue=hostile_text, address=hostile_text)
def test_any_text_makes_a_calendar_that_parses(session, title, intro, venue, address):
    session.title, session.venue, session.address = title, venue, address
    session.course.intro = intro
    session.online_url = "https://meet.example/kamer"

    body = calendar(
        [session_event(session, url="https://kennisbank.example/", private=True)], name=title
    )

    parsed = Calendar.from_ical(body)
    event = parsed.walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == one_line(title or session.course.title)
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))


@FIXTURES_KEPT
@given(title=hostile_text, intro=hostile_text, goal=hostile_text, venue=hostile_text)
def test_any_text_makes_json_ld_that_parses_and_stays_in_its_script(
    rf, course, session, title, intro, goal, venue
):
    course.title, course.intro, session.venue = title, intro, venue
    course.learning_goals = [("goal", goal)]

    text = course_json_ld(course, [session], rf.get("/"))

    assert "<" not in text and ">" not in text
    text.encode("utf-8")
    data = json.loads(text)
    assert data["name"] == clean_text(title)
    assert data["teaches"] == [clean_text(goal)]


def test_a_title_that_closes_the_script_cannot_end_the_element(client, course, session):
    course.title = "</script><script>alert(1)</script>"
    course.save_revision().publish()

    content = client.get(course.url).content.decode()

    assert "<script>alert(1)" not in content
