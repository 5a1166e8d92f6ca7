"""schema.org JSON-LD for courses (Course with CourseInstance) and their sessions (Event)."""

import json

from django.utils.safestring import mark_safe

from academy.models import Session
from core.text import clean_data

MODES = {"online": "online", "locatie": "onsite", "combinatie": "blended"}
JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def _event(session: Session, url: str) -> dict:
    if session.venue:
        location = {
            "@type": "Place",
            "name": session.venue,
            "address": " ".join(session.address.split()),
        }
        mode = "https://schema.org/OfflineEventAttendanceMode"
    else:
        location = {"@type": "VirtualLocation", "url": url}
        mode = "https://schema.org/OnlineEventAttendanceMode"
    status = (
        "https://schema.org/EventCancelled"
        if session.status == Session.CANCELLED
        else "https://schema.org/EventScheduled"
    )
    return {
        "@type": "Event",
        "name": session.display_title,
        "startDate": session.starts_at.isoformat(),
        "endDate": session.ends_at.isoformat(),
        "eventStatus": status,
        "eventAttendanceMode": mode,
        "location": location,
        "url": url,
        "organizer": {"@type": "Organization", "name": "Nederland Zorgt Voor Elkaar"},
        "isAccessibleForFree": True,
    }


def course_json_ld(course, sessions, request) -> str:
    url = course.get_full_url(request) or ""
    data = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": course.title,
        "description": course.intro,
        "url": url,
        "inLanguage": course.language,
        "provider": {
            "@type": "Organization",
            "name": "Ella Vogelaar Academie voor Gemeenschapskracht",
            "parentOrganization": {"@type": "Organization", "name": "Nederland Zorgt Voor Elkaar"},
        },
        "isAccessibleForFree": not course.cost,
        "teaches": [block.value for block in course.learning_goals],
        "hasCourseInstance": [
            {
                "@type": "CourseInstance",
                "courseMode": MODES.get(course.format, course.format),
                "startDate": session.starts_at.isoformat(),
                "endDate": session.ends_at.isoformat(),
                "location": _event(session, url)["location"],
            }
            for session in sessions
        ],
        "subEvent": [_event(session, url) for session in sessions],
    }
    if course.cost:
        data.pop("isAccessibleForFree")
    # Escaping <, > and & keeps "</script>" and "<!--" inside the JSON from ending the element.
    text = json.dumps(clean_data(data), ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(text)  # noqa: S308
