"""iCalendar (RFC 5545) for sessions: the attachment of a confirmation and the public feed.

The icalendar library escapes, folds and writes the file; text goes in cleaned, because
RFC 5545 TEXT has no place for control characters and a stored title may still hold one.
"""

from datetime import UTC

from django.conf import settings
from django.utils import timezone

from icalendar import Calendar, Event

from core.text import clean_text, one_line

PRODUCT_ID = "-//Nederland Zorgt Voor Elkaar//Ella Vogelaar Academie//NL"


def _location(session, *, private: bool) -> str:
    where = [session.venue, " ".join(session.address.split())]
    if private and session.online_url:
        where.append(session.online_url)
    elif session.online_url and not session.venue:
        where.append("Online")
    return ", ".join(part for part in where if part)


def session_event(session, *, url: str, private: bool = False) -> Event:
    """One VEVENT; ``private`` adds the online link, for a registered participant only."""
    description = session.course.specific.intro if session.course_id else ""
    if private and session.online_url:
        description = f"{description}\n\nOnline: {session.online_url}"
    event = Event()
    event.add("uid", f"academie-bijeenkomst-{session.pk}@{settings.ACADEMY_CALENDAR_DOMAIN}")
    event.add("dtstamp", timezone.now().astimezone(UTC))
    event.add("dtstart", session.starts_at.astimezone(UTC))
    event.add("dtend", session.ends_at.astimezone(UTC))
    event.add("summary", one_line(session.display_title))
    event.add("description", clean_text(description.strip()))
    if url:
        event.add("url", one_line(url))
    event.add("status", "CANCELLED" if session.status == session.CANCELLED else "CONFIRMED")
    location = _location(session, private=private)
    if location:
        event.add("location", one_line(location))
    return event


def calendar(events: list[Event], *, name: str) -> str:
    feed = Calendar()
    feed.add("prodid", PRODUCT_ID)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("method", "PUBLISH")
    feed.add("x-wr-calname", one_line(str(name)))
    feed.add("x-wr-timezone", "Europe/Amsterdam")
    for event in events:
        feed.add_component(event)
    return feed.to_ical().decode()
