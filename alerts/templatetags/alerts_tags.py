"""The "Keep me posted" link of a listing: its filters as the search page's query string."""

from urllib.parse import urlencode

from django import template

register = template.Library()

# What each listing's own filters are called on the search page (search/params.py).
LISTING_PARAMS = {
    "upload": ("thema", "provincie", "jaar"),
    "course": ("thema",),
}


@register.inclusion_tag("alerts/includes/follow_link.html", takes_context=True)
def follow_link(context, kind: str):
    """The search's kind of content plus the listing's filters; the alert form reads them
    as the search page does, so a value it does not know is left out there."""
    request = context.get("request")
    params = [("soort", kind)]
    if request is not None:
        for name in LISTING_PARAMS.get(kind, ()):
            value = request.GET.get(name, "")
            if value:
                params.append((name, value[:100]))
    return {"alert_params": "?" + urlencode(params)}
