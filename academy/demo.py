"""Loads the demo courses: idempotent, matched on slugs."""

from datetime import datetime, time, timedelta
from pathlib import Path

from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from academy import demo_content
from academy.models import AcademyIndexPage, Audience, CoursePage, ModulePage, Session, Teacher
from academy.staff import ensure_academy_group
from academy.vocabulary_data import load_audience_translations, load_audiences
from knowledge.models import Theme


def _session_time(days_ahead: int, at: time) -> datetime:
    day = timezone.localdate() + timedelta(days=days_ahead)
    return timezone.make_aware(datetime.combine(day, at))


def _links(knowledge_index: Page, slugs: list[str]) -> list[dict]:
    pages = {page.slug: page for page in knowledge_index.get_children().filter(slug__in=slugs)}
    return [{"page": pages[slug], "note": ""} for slug in slugs if slug in pages]


def _module_body(item: dict, knowledge_index: Page, whitepaper: str) -> list[tuple[str, object]]:
    body = [
        ("text" if kind == "paragraph" else kind, RichText(value) if kind == "paragraph" else value)
        for kind, value in item["body"]
    ]
    body.append(("reflection", {"intro": "", "questions": item["reflection_questions"]}))
    links = _links(knowledge_index, [*item["related_cases"], whitepaper])
    if links:
        body.append(("knowledge_links", {"heading": "", "links": links}))
    return body


def _load_course(index, knowledge_index, locale, item, teacher, whitepaper, report) -> None:
    if index.get_children().filter(slug=item["slug"]).exists():
        return
    course = CoursePage(
        slug=item["slug"],
        title=item["title"],
        intro=item["intro"],
        search_description=item["intro"][:300],
        learning_goals=[("goal", text) for text in item["learning_goals"]],
        format=item["format"],
        duration=item["duration"],
        cost=item["cost"] if item["cost"].lower() != "om niet" else "",
        language=item["language"],
        prerequisites=item["prerequisites"],
    )
    course.themes = list(Theme.objects.filter(locale=locale, slug__in=item["themes"]))
    course.audiences = list(Audience.objects.filter(locale=locale, slug__in=item["audience"]))
    course.teachers = [teacher]
    index.add_child(instance=course)
    course.save_revision().publish()
    for module_item in item["modules"]:
        module = ModulePage(
            slug=module_item["slug"],
            title=module_item["title"],
            intro=module_item["intro"],
            body=_module_body(module_item, knowledge_index, whitepaper),
        )
        course.add_child(instance=module)
        module.save_revision().publish()
    session = item["session"]
    starts_at = _session_time(session["days_ahead"], session["start"])
    Session.objects.create(
        course=course,
        starts_at=starts_at,
        ends_at=_session_time(session["days_ahead"], session["end"]),
        venue=session["venue"],
        address=session["address"],
        online_url=session["online_url"],
        capacity=session["capacity"],
        registration_deadline=starts_at - timedelta(days=2),
    )
    report.append(f"leergang: {item['slug']}")


def load_academy_demo(
    root: Path, index: AcademyIndexPage, knowledge_index: Page, locale: Locale
) -> list[str]:
    report: list[str] = []
    load_audiences(lambda app, model: Audience, locale)
    english = Locale.objects.filter(language_code="en").first()
    if english is not None:
        load_audience_translations(lambda app, model: Audience, locale, english)
    ensure_academy_group()
    shared = demo_content.academy(root)
    person = shared["teacher"]
    teacher, _ = Teacher.objects.get_or_create(
        name=person["name"], defaults={"role": person["role"], "bio": person["bio"]}
    )
    whitepaper = shared["whitepaper_in_every_module"]
    for item in demo_content.courses(root):
        _load_course(index, knowledge_index, locale, item, teacher, whitepaper, report)
    return report
