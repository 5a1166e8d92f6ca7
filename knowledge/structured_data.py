"""schema.org JSON-LD for an initiative's page (Organization)."""

import json

from django.utils.safestring import mark_safe

from core.text import clean_data

JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def initiative_json_ld(initiative, url: str, terms: dict[str, str]) -> str:
    address = {"@type": "PostalAddress", "addressLocality": initiative.place}
    if terms.get("province"):
        # A Dutch province: the initiative is in the Netherlands.
        address.update(addressRegion=terms["province"], addressCountry="NL")
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": initiative.name,
        "url": url,
        "address": address,
    }
    if initiative.website:
        data["sameAs"] = [initiative.website]
    if initiative.founding_year:
        data["foundingDate"] = str(initiative.founding_year)
    # Escaping <, > and & keeps "</script>" and "<!--" inside the JSON from ending the element.
    text = json.dumps(clean_data(data), ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(text)  # noqa: S308
