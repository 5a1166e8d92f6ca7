"""iCalendar (RFC 5545) for sessions: the attachment of a confirmation and the public feed."""

from datetime import UTC, datetime

from django.conf import settings
from django.utils import timezone

PRODUCT_ID = "-//Nederland Zorgt Voor Elkaar//Ella Vogelaar Academie//NL"


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode()
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode())
            current = b""
        current += piece
    parts.append(current.decode())
    return "\r\n ".join(parts)


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _location(session, *, private: bool) -> str:
    where = [session.venue, " ".join(session.address.split())]
    if private and session.online_url:
        where.append(session.online_url)
    elif session.online_url and not session.venue:
        where.append("Online")
    return ", ".join(part for part in where if part)


def session_event(session, *, url: str, private: bool = False) -> list[str]:
    """One VEVENT; ``private`` adds the online link, for a registered participant only."""
    description = session.course.specific.intro if session.course_id else ""
    if private and session.online_url:
        description = f"{description}\n\nOnline: {session.online_url}"
    lines = [
        "BEGIN:VEVENT",
        f"UID:academie-bijeenkomst-{session.pk}@{settings.ACADEMY_CALENDAR_DOMAIN}",
        f"DTSTAMP:{_utc(timezone.now())}",
        f"DTSTART:{_utc(session.starts_at)}",
        f"DTEND:{_utc(session.ends_at)}",
        f"SUMMARY:{_escape(session.display_title)}",
        f"DESCRIPTION:{_escape(description.strip())}",
        f"URL:{url}",
        f"STATUS:{'CANCELLED' if session.status == session.CANCELLED else 'CONFIRMED'}",
    ]
    location = _location(session, private=private)
    if location:
        lines.append(f"LOCATION:{_escape(location)}")
    lines.append("END:VEVENT")
    return lines


def calendar(events: list[list[str]], *, name: str) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(name)}",
        "X-WR-TIMEZONE:Europe/Amsterdam",
        *(line for event in events for line in event),
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
