"""The academy's demo content, read from ``demo/academy/`` (see docs/demo-content.md).

Sessions are placed ``days_ahead`` days after the day the demo is loaded, so they are always
upcoming.
"""

import datetime
from pathlib import Path

from core.content_files import (
    DEMO_ROOT,
    REQUIRED,
    ContentFileError,
    fields,
    headed_blocks,
    markdown_files,
    read_front_matter,
    read_yaml,
)

ACADEMY = {"teacher": REQUIRED, "whitepaper_in_every_module": REQUIRED}

TEACHER = {"name": REQUIRED, "role": "", "bio": ""}

COURSE = {
    "slug": REQUIRED,
    "title": REQUIRED,
    "intro": REQUIRED,
    "audience": [],
    "learning_goals": [],
    "format": REQUIRED,
    "duration": "",
    "cost": "",
    "language": "nl",
    "prerequisites": "",
    "themes": [],
    "session": REQUIRED,
    "modules": REQUIRED,
}

SESSION = {
    "days_ahead": REQUIRED,
    "start": REQUIRED,
    "end": REQUIRED,
    "venue": "",
    "address": "",
    "online_url": "",
    "capacity": REQUIRED,
}

MODULE = {"slug": REQUIRED, "intro": "", "reflection_questions": [], "related_cases": []}


def academy(root: Path = DEMO_ROOT) -> dict:
    """The teacher of every demo course, and the whitepaper every module links to."""
    path = root / "academy" / "academy.yaml"
    values = fields(path, read_yaml(path), ACADEMY, "het bestand")
    return {**values, "teacher": fields(path, values["teacher"], TEACHER, "de docent")}


def courses(root: Path = DEMO_ROOT) -> list[dict]:
    return [_course(path) for path in markdown_files(root / "academy" / "courses")]


def _course(path: Path) -> dict:
    """Course fields in the front matter, one ``#`` heading per module in the text (the
    module's title), in the order of the front matter's ``modules``."""
    meta, body = read_front_matter(path)
    course = fields(path, meta, COURSE)
    session = fields(path, course["session"], SESSION, "de bijeenkomst")
    session["start"] = _time(path, session["start"])
    session["end"] = _time(path, session["end"])
    texts = headed_blocks(path, body)
    if not isinstance(course["modules"], list) or len(course["modules"]) != len(texts):
        raise ContentFileError(
            path, "de front matter noemt niet evenveel modules als de tekst koppen # heeft"
        )
    modules = [
        {**fields(path, module, MODULE, "een module"), "title": title, "body": module_blocks}
        for module, (title, module_blocks) in zip(course["modules"], texts, strict=True)
    ]
    return {**course, "session": session, "modules": modules}


def _time(path: Path, value) -> datetime.time:
    try:
        return datetime.time.fromisoformat(str(value))
    except ValueError as error:
        raise ContentFileError(
            path, f"de tijd {value!r} is geen tijd tussen aanhalingstekens, zoals '19:30'"
        ) from error
