"""Adviser controls on public pages; for everybody else they render nothing at all."""

from urllib.parse import urlencode

from django import template
from django.utils.translation import get_language

from helpdesk import bundles
from helpdesk.case_notes import note_for
from helpdesk.workbench import panel_for, reasons_by_url
from knowledge.models import CasePage

register = template.Library()


def _search_params(request) -> str:
    match = request.resolver_match
    return request.GET.urlencode() if match and match.url_name == "search" else ""


def _in_bundle(request) -> set[str]:
    """The search URLs in the adviser's current bundle, looked up once per request."""
    if not hasattr(request, "_helpdesk_item_urls"):
        request._helpdesk_item_urls = bundles.item_urls(
            bundles.current_bundle(request.user, request.session)
        )
    return request._helpdesk_item_urls


@register.inclusion_tag("helpdesk/includes/add_button.html", takes_context=True)
def helpdesk_add(context, value="", title="", page=None, term=None, kind=""):
    """A toggle for the hidden form of ``helpdesk_panel``: value is a search hit's URL or a key.

    "Add" when the item is not in the current bundle, "remove" when it is; the workbench
    script flips it in place after each answer.
    """
    request = context.get("request")
    show = (
        request is not None
        and bundles.is_adviser(request.user)
        and (not kind or kind in bundles.ADDABLE_KINDS)
    )
    if not show:
        return {"show": False}
    url = value
    if page is not None:
        value, title, url = f"page:{page.pk}", page.title, page.url
    if term is not None:
        value, title, url = f"glossary:{term.pk}", term.term, ""
    return {
        # Where to come back to, on the button itself: the search page's script replaces the
        # results (and so this button) after each filter change, but not the panel's form.
        "back": urlencode({"next": request.get_full_path(), "search": _search_params(request)}),
        "show": True,
        "value": value,
        "url": url,
        "title": title,
        "in_bundle": bool(url) and url in _in_bundle(request),
    }


def _reasons(request) -> dict[str, list[str]]:
    if not hasattr(request, "_helpdesk_reasons"):
        request._helpdesk_reasons = reasons_by_url(
            bundles.current_bundle(request.user, request.session), get_language()
        )
    return request._helpdesk_reasons


@register.inclusion_tag("helpdesk/includes/reasons.html", takes_context=True)
def helpdesk_reasons(context, url: str):
    """Beside a search hit: why it resembles the calling initiative (the finder's reasons)."""
    request = context.get("request")
    if request is None or not bundles.is_adviser(request.user):
        return {"reasons": []}
    return {"reasons": _reasons(request).get(url, [])}


@register.inclusion_tag("helpdesk/includes/panel.html", takes_context=True)
def helpdesk_panel(context):
    request = context.get("request")
    if request is None or not bundles.is_adviser(request.user):
        return {"show": False}
    return {
        "show": True,
        "csrf_token": context.get("csrf_token"),
        "panel": panel_for(request.user, request.session),
        "next": request.get_full_path(),
        "search": _search_params(request),
    }


@register.inclusion_tag("helpdesk/includes/case_note.html", takes_context=True)
def helpdesk_case_note(context, page):
    """On a case page, for advisers only: internal notes, contact route and check markers."""
    request = context.get("request")
    if request is None or not bundles.is_adviser(request.user) or not isinstance(page, CasePage):
        return {"show": False}
    return {
        "show": True,
        "case": page,
        "note": note_for(page),
        "csrf_token": context.get("csrf_token"),
        "next": request.get_full_path(),
    }


@register.simple_tag(takes_context=True)
def helpdesk_is_adviser(context) -> bool:
    request = context.get("request")
    return request is not None and bundles.is_adviser(request.user)
