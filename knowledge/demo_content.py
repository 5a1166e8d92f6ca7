"""The knowledge base's demo content, read from ``demo/knowledge/`` (see docs/demo-content.md)."""

import datetime
import re
from pathlib import Path

from core.content_files import (
    DEMO_ROOT,
    REQUIRED,
    ContentFileError,
    blocks,
    fields,
    headed_html,
    markdown_files,
    read_front_matter,
    read_yaml,
)

INITIATIVE = {
    "slug": REQUIRED,
    "name": REQUIRED,
    "place": "",
    "municipality": None,
    "province": None,
    "initiative_type": None,
    "legal_form": None,
    "website": None,
    "founding_year": None,
}

GLOSSARY_TERM = {
    "slug": REQUIRED,
    "term": REQUIRED,
    "definition": REQUIRED,
    "synonyms": [],
    "abbreviations": [],
    "themes": [],
}

CASE = {
    "slug": REQUIRED,
    "title": REQUIRED,
    "initiative": None,
    "summary": REQUIRED,
    "themes": [],
    "initiative_type": None,
    "legal_form": None,
    "province": None,
    "setting": None,
    "founding_year": None,
    "members": None,
    "paid_staff": None,
    "volunteers": None,
    "funding_sources": [],
    "development_stage": None,
    "what_worked": [],
    "lessons": [],
    "tags": [],
    "keywords_nl": "",
}

WHITEPAPER = {
    "slug": REQUIRED,
    "title": REQUIRED,
    "authors": [],
    "organisations": [],
    "publication_date": None,
    "version_label": "",
    "changelog": [],
    "summary": REQUIRED,
    "themes": [],
    "tags": [],
}

MONITOR = {"slug": REQUIRED, "title": REQUIRED, "intro": "", "editions": []}

EDITION = {
    "year": REQUIRED,
    "total": None,
    "summary": "",
    "source": REQUIRED,
    "source_url": None,
    "province_counts": [],
    "results": [],
}

PROVINCE_COUNT = {"province": REQUIRED, "count": None}

RESULT = {"label": REQUIRED, "value": ""}

CHANGE = {"version": REQUIRED, "date": None, "note": ""}

# "## Chapter title {#anchor}": the anchor is the chapter's stable link target.
CHAPTER_HEADING = re.compile(r"(?P<title>.+?)\s*\{#(?P<anchor>[a-z0-9-]+)\}")


def initiatives(root: Path = DEMO_ROOT) -> list[dict]:
    path = root / "knowledge" / "initiatives.yaml"
    return [fields(path, item, INITIATIVE, "een initiatief") for item in _list(path)]


def glossary(root: Path = DEMO_ROOT) -> list[dict]:
    path = root / "knowledge" / "glossary.yaml"
    return [fields(path, item, GLOSSARY_TERM, "een begrip") for item in _list(path)]


def cases(root: Path = DEMO_ROOT) -> list[dict]:
    result = []
    for path in markdown_files(root / "knowledge" / "cases"):
        meta, body = read_front_matter(path)
        result.append({**fields(path, meta, CASE), "body": blocks(path, body)})
    return result


def whitepapers(root: Path = DEMO_ROOT) -> list[dict]:
    result = []
    for path in markdown_files(root / "knowledge" / "whitepapers"):
        meta, body = read_front_matter(path)
        paper = fields(path, meta, WHITEPAPER)
        paper["publication_date"] = _date(path, paper["publication_date"])
        paper["changelog"] = [_change(path, change) for change in paper["changelog"]]
        paper["chapters"] = [
            _chapter(path, heading, html) for heading, html in headed_html(path, body)
        ]
        result.append(paper)
    return result


def monitor(root: Path = DEMO_ROOT) -> dict:
    """The Monitor page: its text, and its editions with only the figures a source gives."""
    path = root / "knowledge" / "monitor.md"
    meta, body = read_front_matter(path)
    page = fields(path, meta, MONITOR)
    page["editions"] = [_edition(path, edition) for edition in page["editions"]]
    page["body"] = blocks(path, body)
    return page


def _edition(path: Path, values) -> dict:
    edition = fields(path, values, EDITION, "een editie")
    edition["province_counts"] = [
        fields(path, item, PROVINCE_COUNT, "een aantal per provincie")
        for item in edition["province_counts"]
    ]
    edition["results"] = [
        fields(path, item, RESULT, "een resultaat") for item in edition["results"]
    ]
    return edition


def _change(path: Path, values) -> dict:
    change = fields(path, values, CHANGE, "een wijziging")
    return {**change, "date": _date(path, change["date"])}


def _date(path: Path, value) -> datetime.date | None:
    """YAML reads an unquoted 2021-11-01 as a date; anything else but empty is a mistake."""
    if value is None or isinstance(value, datetime.date):
        return value
    raise ContentFileError(path, f"{value!r} is geen datum zoals 2021-11-01")


def _chapter(path: Path, heading: str, html: str) -> dict:
    match = CHAPTER_HEADING.fullmatch(heading)
    if match is None:
        raise ContentFileError(path, f"hoofdstuk '{heading}' heeft geen {{#anker}} achter de titel")
    return {"title": match["title"], "anchor": match["anchor"], "body": html}


def _list(path: Path) -> list:
    items = read_yaml(path)
    if not isinstance(items, list):
        raise ContentFileError(path, "is geen lijst")
    return items
