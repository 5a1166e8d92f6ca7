"""The precedent finder: which live cases resemble the calling initiative, and why.

Plain weighted rules, so an adviser can read each score back as reasons. The case model has
initiative type, legal form, province, setting (dorp/wijk/stad), development stage, members,
themes, funding sources and tags; "size" is compared with the members count, and only when
the case records it (the demo cases do not, so size then adds nothing).
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from knowledge.models import CasePage

WEIGHTS = {
    "initiative_type": 3.0,
    "legal_form": 2.0,
    "setting": 2.0,
    "province": 1.5,
    "development_stage": 1.0,
    "size": 1.0,
    "theme": 1.0,
    "funding_source": 1.5,
    "keyword": 1.0,
}
SIZES = {"klein": (0, 100), "middel": (100, 500), "groot": (500, None)}


@dataclass(frozen=True)
class CallerProfile:
    """What the adviser knows of the calling initiative; every field may stay empty."""

    initiative_type: str = ""
    setting: str = ""
    province: str = ""
    legal_form: str = ""
    development_stage: str = ""
    size: str = ""
    themes: tuple[str, ...] = ()
    funding_sources: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    locale: str = "nl"

    @property
    def is_empty(self) -> bool:
        return not any(
            [
                self.initiative_type,
                self.setting,
                self.province,
                self.legal_form,
                self.development_stage,
                self.size,
                self.themes,
                self.funding_sources,
                self.keywords,
            ]
        )


@dataclass(frozen=True)
class Precedent:
    page: object
    score: float
    reasons: list[str] = field(default_factory=list)


def size_of(members: int | None) -> str:
    """The size class of a members count ("klein", "middel", "groot"), "" when unknown."""
    if members is None:
        return ""
    return next(
        (
            key
            for key, (low, high) in SIZES.items()
            if members >= low and (high is None or members < high)
        ),
        "",
    )


def _size_matches(size: str, members: int | None) -> bool:
    return size in SIZES and size_of(members) == size


def _setting_reason(setting: str) -> str:
    return {
        "dorp": _("also a village"),
        "wijk": _("also a neighbourhood"),
        "stad": _("also a city"),
    }[setting]


def score_case(case, profile: CallerProfile) -> Precedent:
    reasons: list[tuple[float, str]] = []

    def match(kind: str, reason: str, weight: float | None = None) -> None:
        reasons.append((WEIGHTS[kind] if weight is None else weight, reason))

    if (
        profile.initiative_type
        and case.initiative_type
        and (case.initiative_type.slug == profile.initiative_type)
    ):
        match("initiative_type", _("also a %(type)s") % {"type": case.initiative_type.name.lower()})
    if profile.legal_form and case.legal_form and case.legal_form.slug == profile.legal_form:
        match("legal_form", _("same legal form (%(form)s)") % {"form": case.legal_form.name})
    if profile.setting and case.setting == profile.setting:
        match("setting", _setting_reason(profile.setting))
    if profile.province and case.province and case.province.slug == profile.province:
        match("province", _("also in %(province)s") % {"province": case.province.name})
    if (
        profile.development_stage
        and case.development_stage
        and (case.development_stage.slug == profile.development_stage)
    ):
        match(
            "development_stage",
            _("same stage (%(stage)s)") % {"stage": case.development_stage.name.lower()},
        )
    if profile.size and _size_matches(profile.size, case.members):
        match("size", _("similar size (%(members)s members)") % {"members": case.members})
    for theme in case.themes.all():
        if theme.slug in profile.themes:
            match("theme", _("also about %(theme)s") % {"theme": theme.name.lower()})
    for source in case.funding_sources.all():
        if source.slug in profile.funding_sources:
            match("funding_source", _("also funded by %(source)s") % {"source": source.name})
    words = {word.lower() for word in profile.keywords}
    tags = {tag.name.lower() for tag in case.tags.all()}
    keywords = set(case.search_keywords.lower().split())
    for word in sorted(words):
        if word in tags or word in keywords:
            match("keyword", _("also about %(word)s") % {"word": word})
    ordered = sorted(reasons, key=lambda pair: -pair[0])
    return Precedent(case, sum(weight for weight, _reason in ordered), [r for _w, r in ordered])


def find_precedents(profile: CallerProfile, *, limit: int = 10) -> list[Precedent]:
    """Live, public cases of the profile's language, best match first; zero scores left out."""
    if profile.is_empty:
        return []
    cases = (
        CasePage.objects.live()
        .public()
        .filter(locale__language_code=profile.locale)
        .select_related("initiative_type", "legal_form", "province", "development_stage")
        .prefetch_related("themes", "funding_sources", "tags")
    )
    scored = [score_case(case, profile) for case in cases]
    ranked = sorted(
        (precedent for precedent in scored if precedent.score > 0),
        key=lambda precedent: (-precedent.score, precedent.page.title),
    )
    return ranked[:limit]
