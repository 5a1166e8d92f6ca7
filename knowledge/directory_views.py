"""Thin views of the initiatives directory, served by ``InitiativeIndexPage``'s routes."""

import csv

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from knowledge import directory, initiative_map, initiative_reports, selectors
from knowledge.structured_data import initiative_json_ld
from uploads.selectors import uploads_of_initiative


def _facet_labels() -> dict[str, str]:
    return {
        "province": _("Province"),
        "initiative_type": _("Kind of initiative"),
        "legal_form": _("Legal form"),
        "theme": _("Theme of its cases"),
    }


def _statute_labels() -> tuple[str, str]:
    return _("Register Bijzonder Statuut"), _("With Bijzonder Statuut")


def directory_page(request, page):
    query = directory.directory_query(dict(request.GET.lists()))
    result = directory.search_directory(query, page.locale, _facet_labels(), _statute_labels())
    labels = directory.term_labels(page.locale)
    rows = [
        {
            "initiative": initiative,
            "terms": directory.localised_terms(initiative, labels),
            "url": page.initiative_url(initiative),
        }
        for initiative in result.page.object_list
    ]
    chips = [
        {
            "label": value.label,
            "facet_label": facet.label,
            "remove_url": page.url
            + query.query_string(
                **{facet.name: tuple(s for s in query.selected(facet.name) if s != value.slug)},
                page=1,
            ),
        }
        for facet in result.facets
        for value in facet.values
        if value.selected
    ]
    if query.text:
        chips.insert(
            0,
            {
                "label": f"‘{query.text}’",
                "facet_label": _("Search words"),
                "remove_url": page.url + query.query_string(text="", page=1),
            },
        )
    number = result.page.number
    return TemplateResponse(
        request,
        "knowledge/initiative_directory.html",
        {
            "page": page,
            "query": query,
            "result": result,
            "rows": rows,
            "chips": chips,
            "clear_url": page.url,
            "sort_urls": {
                "name": page.url + query.query_string(sort="name", page=1),
                "place": page.url + query.query_string(sort="place", page=1),
            },
            "previous_url": page.url + query.query_string(page=number - 1)
            if result.page.has_previous()
            else "",
            "next_url": page.url + query.query_string(page=number + 1)
            if result.page.has_next()
            else "",
            "csv_url": page.url
            + page.reverse_subpage("directory_csv")
            + query.query_string(page=1),
            "noindex": query.is_filtered or query.sort != "name",
        },
    )


def map_page(request, page):
    counts = directory.province_counts(page.locale)
    on_map = sum(item.count for item in counts)
    return TemplateResponse(
        request,
        "knowledge/initiative_map.html",
        {
            "page": page,
            "counts": counts,
            "total": on_map,
            "elsewhere": directory.published_initiatives().count() - on_map,
            "tiles": initiative_map.tiles(counts),
            "legend": initiative_map.legend(counts),
            "view_box": initiative_map.view_box(),
            "tile_size": initiative_map.TILE,
            "ring_size": initiative_map.TILE + 2 * initiative_map.RING,
            "filter_url": page.url + "?provincie=",
            "csv_url": page.url + page.reverse_subpage("province_csv"),
            "monitor_page": selectors.monitor_page(page.locale),
        },
    )


def initiative_page(request, page, slug):
    initiative = (
        directory.published_initiatives()
        .select_related("province", "initiative_type", "legal_form")
        .filter(slug=slug)
        .first()
    )
    if initiative is None:
        raise Http404
    terms = directory.localised_terms(initiative, directory.term_labels(page.locale))
    url = page.initiative_url(initiative)
    full_url = page.initiative_full_url(initiative, request) or ""
    province_url = ""
    if initiative.province:
        province_url = (
            page.url + directory.DirectoryQuery(province=(initiative.province.slug,)).query_string()
        )
    return TemplateResponse(
        request,
        "knowledge/initiative_page.html",
        {
            "page": page,
            "initiative": initiative,
            "initiative_url": url,
            "terms": terms,
            "province_url": province_url,
            "cases": directory.cases_of(initiative, page.locale),
            "initiative_uploads": uploads_of_initiative(initiative.pk, page.locale_id),
            "json_ld": initiative_json_ld(initiative, full_url, terms),
        },
    )


def _csv_response(filename: str) -> tuple[HttpResponse, csv.writer]:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # A byte order mark, so spreadsheet programs read the accents as UTF-8.
    response.write("\ufeff")
    return response, csv.writer(response)


def _cell(value) -> str:
    """A cell a spreadsheet never runs as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in {"=", "+", "-", "@", "\t", "\r"} else text


def directory_csv(request, page):
    """The directory as it is filtered (every page of it), for reuse by anyone."""
    query = directory.directory_query(dict(request.GET.lists()))
    initiatives = directory.search_directory(query, page.locale, {}).page.paginator.object_list
    response, writer = _csv_response("initiatieven.csv")
    writer.writerow(
        [
            "slug",
            "naam",
            "plaats",
            "gemeente",
            "provincie",
            "soort",
            "rechtsvorm",
            "oprichtingsjaar",
            "website",
            "laatst_gecontroleerd",
            "bijzonder_statuut_geregistreerd",
            "bijzonder_statuut_beginselen",
            "bijzonder_statuut_document",
            "pagina",
        ]
    )
    base = page.get_full_url(request) or ""
    for initiative in initiatives:
        writer.writerow(
            _cell(value)
            for value in [
                initiative.slug,
                initiative.name,
                initiative.place,
                initiative.municipality,
                initiative.province.slug if initiative.province else "",
                initiative.initiative_type.slug if initiative.initiative_type else "",
                initiative.legal_form.slug if initiative.legal_form else "",
                initiative.founding_year,
                initiative.website,
                initiative.last_checked.isoformat() if initiative.last_checked else "",
                initiative.statute_registered.isoformat() if initiative.has_statute else "",
                initiative.statute_principles if initiative.has_statute else "",
                initiative.statute_url if initiative.has_statute else "",
                base + page.reverse_subpage("initiative", args=[initiative.slug]),
            ]
        )
    return response


def province_csv(request, page):
    """The map's figures: published initiatives per province."""
    response, writer = _csv_response("initiatieven-per-provincie.csv")
    writer.writerow(["provincie", "naam", "aantal_initiatieven"])
    for item in directory.province_counts(page.locale):
        writer.writerow([_cell(item.slug), _cell(item.name), item.count])
    return response


def report_page(request, page):
    """ "Meld uw initiatief aan", or with ``?initiatief=<slug>`` "Wijziging doorgeven"."""
    slug = request.GET.get("initiatief", "")
    initiative = directory.published_initiatives().filter(slug=slug).first() if slug else None
    if slug and initiative is None:
        raise Http404
    status, message = 200, ""
    if request.method == "POST":
        result = initiative_reports.handle_report(request, page.locale, initiative)
        if result.outcome is initiative_reports.ReportOutcome.STORED:
            return redirect(request.path + "?verzonden=1")
        form, status, message = result.form, result.status, result.message
    else:
        form = initiative_reports.report_form(
            page.locale, initial=initiative_reports.initial_from(initiative)
        )
    return TemplateResponse(
        request,
        "knowledge/initiative_report.html",
        {
            "page": page,
            "initiative": initiative,
            "initiative_url": page.initiative_url(initiative) if initiative else "",
            "form": form,
            "error": message,
            "sent": request.method == "GET" and request.GET.get("verzonden") == "1",
        },
        status=status,
    )
