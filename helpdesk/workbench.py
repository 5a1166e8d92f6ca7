"""What the adviser's side panel on the search page shows (a selector: reads only)."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from helpdesk import bundles
from helpdesk.finder import CallerProfile, find_precedents, size_of
from helpdesk.forms import CallForm, RecipientForm
from helpdesk.models import Bundle, BundleItem
from knowledge.models import CasePage
from search.params import FACET_PARAMS, PARAMS_OF_FACET


@dataclass(frozen=True)
class Panel:
    bundle: Bundle | None
    items: list[BundleItem]
    call_form: CallForm
    recipient_form: RecipientForm
    profile: list[tuple[str, str]] = field(default_factory=list)
    item_urls: set[str] = field(default_factory=set)
    send_problems: list[str] = field(default_factory=list)
    profile_search_url: str = ""
    finder_url: str = ""


PROFILE_FACETS = ("province", "initiative_type", "legal_form")


def profile_links(bundle: Bundle | None) -> tuple[str, str]:
    """The initiative's profile as search filters and as the finder's form, one click each."""
    initiative = bundle.recipient_initiative if bundle else None
    if initiative is None:
        return "", ""
    slugs = {
        facet: getattr(initiative, facet).slug
        for facet in PROFILE_FACETS
        if getattr(initiative, facet) is not None
    }
    if not slugs:
        return "", ""
    search = urlencode([(PARAMS_OF_FACET[facet], slug) for facet, slug in slugs.items()])
    size = size_of(initiative_members(initiative))
    finder = urlencode(list(slugs.items()) + ([("size", size)] if size else []))
    return f"{reverse('search')}?{search}", f"{reverse('helpdesk:finder')}?{finder}"


def initiative_members(initiative) -> int | None:
    """The members count its most recent live case records: the directory keeps none."""
    return (
        CasePage.objects.live()
        .filter(initiative=initiative, members__isnull=False)
        .order_by("-first_published_at")
        .values_list("members", flat=True)
        .first()
    )


def initiative_profile(bundle: Bundle | None) -> list[tuple[str, str]]:
    """Place, province, type, legal form and size of the calling initiative, where known."""
    initiative = bundle.recipient_initiative if bundle else None
    if initiative is None:
        return []
    members = initiative_members(initiative)
    size = (
        ngettext("%(count)d member", "%(count)d members", members) % {"count": members}
        if members is not None
        else ""
    )
    rows = [
        (_("Place"), initiative.place),
        (_("Province"), str(initiative.province or "")),
        (_("Kind of initiative"), str(initiative.initiative_type or "")),
        (_("Legal form"), str(initiative.legal_form or "")),
        (_("Size"), size),
    ]
    return [(label, value) for label, value in rows if value]


# Search facet -> the finder's field of the same vocabulary.
FINDER_FIELD_OF_FACET = {
    "theme": "themes",
    "initiative_type": "initiative_type",
    "province": "province",
    "legal_form": "legal_form",
    "funding_source": "funding_sources",
    "development_stage": "development_stage",
}


def finder_data_from_search(params: QueryDict) -> QueryDict | None:
    """The search page's filters (and words) as the finder's form, or None when there are none.

    Lets "Voorbeeldenzoeker met deze zoekopdracht" carry the search into the finder; what the
    finder does not know (type, year) is left out, and its form validates the rest as usual.
    """
    data = QueryDict(mutable=True)
    for param, facet in FACET_PARAMS.items():
        field_name = FINDER_FIELD_OF_FACET.get(facet)
        values = params.getlist(param)
        if field_name and values:
            if field_name in ("themes", "funding_sources"):
                data.setlist(field_name, values)
            else:
                data[field_name] = values[0]
    if params.get("q"):
        data["keywords"] = params["q"][:200]
    return data or None


def reasons_by_url(bundle: Bundle | None, locale: str) -> dict[str, list[str]]:
    """The finder's reasons for each case resembling the calling initiative, by the case's URL,
    so a search hit that matches the profile can say why."""
    initiative = bundle.recipient_initiative if bundle else None
    if initiative is None:
        return {}
    profile = CallerProfile(
        **{
            facet: getattr(initiative, facet).slug
            for facet in PROFILE_FACETS
            if getattr(initiative, facet) is not None
        },
        size=size_of(initiative_members(initiative)),
        locale=locale,
    )
    return {
        precedent.page.url: precedent.reasons
        for precedent in find_precedents(profile, limit=200)
        if precedent.page.url
    }


def panel_for(user, session, *, call_form=None, recipient_form=None) -> Panel:
    bundle = bundles.current_bundle(user, session)
    if bundle is not None:
        bundle = (
            Bundle.objects.select_related(
                "recipient_initiative__province",
                "recipient_initiative__initiative_type",
                "recipient_initiative__legal_form",
            )
            .filter(pk=bundle.pk)
            .first()
        )
    items = list(bundle.items.all()) if bundle else []
    profile_search_url, finder_url = profile_links(bundle)
    return Panel(
        profile_search_url=profile_search_url,
        finder_url=finder_url,
        bundle=bundle,
        items=items,
        call_form=call_form or CallForm(instance=bundle),
        recipient_form=recipient_form or RecipientForm(instance=bundle),
        profile=initiative_profile(bundle),
        item_urls=bundles.item_urls(bundle),
        send_problems=[
            problem
            for problem in (bundles.send_problems(bundle) if bundle else [])
            if items  # an empty bundle's only problem is obvious from the panel itself
        ],
    )
