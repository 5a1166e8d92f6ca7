"""Thin views: the adviser's side (logged in, Helpdesk group) and the recipient's private page."""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db.models import Count, Q
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import ratelimit
from core.request_values import row_id
from core.text import one_line
from helpdesk import bundles
from helpdesk.case_notes import cases_due_for_a_check, mark_checked, note_for
from helpdesk.finder import find_precedents
from helpdesk.forms import BundleForm, CallForm, CaseNoteForm, ProfileForm, RecipientForm
from helpdesk.models import Bundle, BundleEvent, BundleItem
from helpdesk.pdf import bundle_document
from helpdesk.workbench import finder_data_from_search, panel_for
from knowledge.initiative_checks import initiatives_due_for_a_check, mark_initiative_checked
from knowledge.models import CasePage, Initiative, Theme


def adviser_required(view):
    """Anonymous: to the login. Logged in without the Helpdesk group: not found, nothing told."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        if not bundles.is_adviser(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


def _next(request) -> str:
    # The add button names the page it stands on in its own URL; that wins over the form's field.
    target = request.GET.get("next") or request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return ""


def _back(request, fallback: str):
    return redirect(_next(request) or fallback)


def _search_params(request) -> str:
    return one_line(request.GET.get("search") or request.POST.get("search", ""))[:1000]


def _fetched(request) -> bool:
    """The workbench script asks; it wants the panel back instead of a redirect."""
    return request.headers.get("X-Requested-With") == "fetch"


def _answer(request, level: int, message: str, fallback: str, **forms):
    """Without JavaScript: the message and back to the page. With it: the panel, as JSON."""
    if not _fetched(request):
        messages.add_message(request, level, message)
        return _back(request, fallback)
    panel = panel_for(request.user, request.session, **forms)
    html = render_to_string(
        "helpdesk/includes/panel.html",
        {
            "show": True,
            "panel": panel,
            "next": _next(request),
            "search": _search_params(request),
        },
        request=request,
    )
    return JsonResponse(
        {
            "ok": level < messages.ERROR,
            "message": message,
            "panel": html,
            "in_bundle": sorted(panel.item_urls),
        },
        status=200 if level < messages.ERROR else 400,
    )


# --- Collecting -------------------------------------------------------------------------------


@require_POST
@adviser_required
def add(request):
    search_params = _search_params(request)
    fallback = reverse("helpdesk:current")
    try:
        ref = bundles.resolve_item(request.POST.get("item", ""))
        bundle = bundles.current_bundle(request.user, request.session) or bundles.start_bundle(
            request.user, request.session, search_params=search_params
        )
        if search_params and not bundle.search_params:
            Bundle.objects.filter(pk=bundle.pk).update(search_params=search_params)
        _item, created = bundles.add_item(
            bundle, ref, request.user, comment=request.POST.get("comment", "")
        )
    except bundles.BundleError as error:
        return _answer(request, messages.ERROR, str(error), fallback)
    if created:
        return _answer(
            request,
            messages.SUCCESS,
            _("Added to the bundle: %(title)s") % {"title": ref.title},
            fallback,
        )
    message = _("Already in the bundle: %(title)s") % {"title": ref.title}
    return _answer(request, messages.INFO, message, fallback)


@require_POST
@adviser_required
def remove(request):
    """The toggle on a search hit: take that page or term out of the current bundle."""
    fallback = reverse("helpdesk:current")
    bundle = bundles.current_bundle(request.user, request.session)
    try:
        ref = bundles.resolve_item(request.POST.get("item", ""))
        removed = bundle is not None and bundles.remove_ref(bundle, ref, request.user)
    except bundles.BundleError as error:
        return _answer(request, messages.ERROR, str(error), fallback)
    if removed:
        message = _("Removed from the bundle: %(title)s") % {"title": ref.title}
        return _answer(request, messages.SUCCESS, message, fallback)
    message = _("Not in the bundle: %(title)s") % {"title": ref.title}
    return _answer(request, messages.INFO, message, fallback)


@require_POST
@adviser_required
def call(request):
    """The panel's two small forms: the call (question, initiative) and the recipient, + send."""
    bundle = bundles.bundle_for_call(request.user, request.session)
    fallback = reverse("helpdesk:detail", args=[bundle.pk])
    part = request.POST.get("part")
    form_class = {"call": CallForm, "recipient": RecipientForm}.get(part)
    if form_class is None:
        return _answer(request, messages.ERROR, _("Unknown action."), fallback)
    form = form_class(request.POST, instance=bundle)
    forms = {f"{part}_form": form}
    if not form.is_valid():
        errors = " ".join(
            f"{form.fields[name].label}: {' '.join(errors)}" for name, errors in form.errors.items()
        )
        return _answer(request, messages.ERROR, errors, fallback, **forms)
    try:
        form.save()
        bundles.record_edit(bundle, request.user)
        if request.POST.get("action") == "send":
            bundles.request_send(bundle, request.user)
            return _answer(request, messages.SUCCESS, _("The bundle is being sent."), fallback)
    except bundles.BundleError as error:
        return _answer(request, messages.ERROR, str(error), fallback)
    return _answer(request, messages.SUCCESS, _("Saved."), fallback)


@require_POST
@adviser_required
def new(request):
    bundle = bundles.start_bundle(request.user, request.session)
    messages.success(request, _("A new bundle has been started."))
    return redirect("helpdesk:detail", bundle.pk)


@require_POST
@adviser_required
def item(request, item_id):
    item = get_object_or_404(BundleItem.objects.select_related("bundle"), pk=item_id)
    bundle = item.bundle
    fallback = reverse("helpdesk:detail", args=[bundle.pk])
    action = request.POST.get("action", "")
    try:
        if action in ("up", "down"):
            bundles.move_item(bundle, item.pk, -1 if action == "up" else 1)
            moved = _("Moved up: %(title)s") if action == "up" else _("Moved down: %(title)s")
            message = moved % {"title": item}
            return _answer(request, messages.SUCCESS, message, fallback)
        if action == "remove":
            bundles.remove_item(bundle, item.pk, request.user)
            message = _("Removed from the bundle: %(title)s") % {"title": item}
            return _answer(request, messages.SUCCESS, message, fallback)
        if action == "comment":
            bundles.set_comment(bundle, item.pk, request.POST.get("comment", ""))
            return _answer(request, messages.SUCCESS, _("Comment saved."), fallback)
    except bundles.BundleError as error:
        return _answer(request, messages.ERROR, str(error), fallback)
    return _answer(request, messages.ERROR, _("Unknown action."), fallback)


# --- The bundle -------------------------------------------------------------------------------


@adviser_required
def current(request):
    bundle = bundles.current_bundle(request.user, request.session)
    if bundle is not None:
        return redirect("helpdesk:detail", bundle.pk)
    return redirect("helpdesk:list")


@adviser_required
def detail(request, bundle_id):
    bundle = get_object_or_404(Bundle.objects.select_related("recipient_initiative"), pk=bundle_id)
    language = get_language()
    form = None
    if bundle.status == Bundle.DRAFT:
        form = BundleForm(request.POST or None, instance=bundle, language=language)
        if request.method == "POST":
            if form.is_valid():
                form.save()
                BundleEvent.objects.create(
                    bundle=bundle, action=BundleEvent.EDITED, user=request.user
                )
                messages.success(request, _("The bundle has been saved."))
                return redirect("helpdesk:detail", bundle.pk)
            messages.error(request, _("The bundle has not been saved. Check the marked fields."))
    elif request.method == "POST":
        messages.error(request, _("This bundle has been sent and can no longer be changed."))
        return redirect("helpdesk:detail", bundle.pk)
    items = list(bundle.items.select_related("page", "glossary_term"))
    visible = bundles.visible_items(bundle)
    return TemplateResponse(
        request,
        "helpdesk/detail.html",
        {
            "bundle": bundle,
            "form": form,
            "rows": list(zip(items, visible, strict=True)),
            "events": bundle.events.select_related("user"),
            "is_current": bundle == bundles.current_bundle(request.user, request.session),
            "sending": bundles.sending(bundle),
            "problems": bundles.send_problems(bundle) if bundle.status == Bundle.DRAFT else [],
            "private_url": bundles.bundle_url(bundle, absolute=False),
            "link_state": bundle.link_state(),
        },
        status=400 if form is not None and form.errors else 200,
    )


@require_POST
@adviser_required
def bundle_action(request, bundle_id, action):
    bundle = get_object_or_404(Bundle, pk=bundle_id)
    try:
        if action == "verzenden":
            bundles.request_send(bundle, request.user)
            messages.success(request, _("The bundle is being sent."))
        elif action == "intrekken":
            bundles.revoke(bundle, request.user)
            messages.success(request, _("The link has been revoked; it no longer works."))
        elif action == "dupliceren":
            copy = bundles.duplicate(bundle, request.user, request.session)
            messages.success(request, _("A copy has been made; it is now your current bundle."))
            return redirect("helpdesk:detail", copy.pk)
        elif action == "kiezen":
            bundles.choose_bundle(request.user, request.session, bundle.pk)
            messages.success(request, _("This is now your current bundle."))
        else:
            raise Http404
    except bundles.BundleError as error:
        messages.error(request, str(error))
    return redirect("helpdesk:detail", bundle.pk)


@adviser_required
def bundle_list(request):
    """Bundles and the questions behind them ("eerdere vragen"), newest first."""
    text = one_line(request.GET.get("q", "")).strip()[:200]
    theme = one_line(request.GET.get("thema", ""))[:80]
    found = Bundle.objects.select_related("created_by", "recipient_initiative")
    if text:
        found = found.filter(
            Q(title__icontains=text) | Q(question__icontains=text) | Q(introduction__icontains=text)
        )
    if theme:
        found = found.filter(question_themes__slug=theme).distinct()
    most_sent = (
        BundleItem.objects.filter(bundle__status=Bundle.SENT)
        .values("page_id", "glossary_term_id", "title")
        .annotate(times=Count("id"))
        .order_by("-times", "title")
    )
    if theme:
        most_sent = most_sent.filter(bundle__question_themes__slug=theme)
    return TemplateResponse(
        request,
        "helpdesk/list.html",
        {
            "bundles": found.annotate(item_count=Count("items", distinct=True))[:50],
            "query_text": text,
            "theme": theme,
            "themes": Theme.objects.filter(locale__language_code=get_language()),
            "most_sent": most_sent[:10],
            "current": bundles.current_bundle(request.user, request.session),
        },
    )


@adviser_required
def finder(request):
    language = get_language()
    # From the workbench: the search page's own parameters, turned into the finder's.
    data = finder_data_from_search(request.GET) if "uit_zoeken" in request.GET else request.GET
    form = ProfileForm(data or None, language=language)
    precedents = None
    if form.is_bound and form.is_valid():
        precedents = find_precedents(form.profile())
    return TemplateResponse(
        request,
        "helpdesk/finder.html",
        {"form": form, "precedents": precedents},
        status=400 if form.is_bound and form.errors else 200,
    )


# --- Adviser-only knowledge on cases ---------------------------------------------------------


@adviser_required
def case_note(request, case_id):
    case = get_object_or_404(CasePage, pk=case_id)
    note = note_for(case)
    if request.method == "POST" and request.POST.get("action") == "checked":
        mark_checked(case, request.user)
        messages.success(request, _("Marked as checked today."))
        return _back(request, reverse("helpdesk:case_note", args=[case.pk]))
    form = CaseNoteForm(request.POST or None, instance=note)
    if request.method == "POST":
        if form.is_valid():
            note = form.save(commit=False)
            note.updated_by = request.user
            note.save()
            messages.success(request, _("The notes have been saved."))
            return redirect(case.url or reverse("helpdesk:due_checks"))
        messages.error(request, _("The notes have not been saved. Check the marked fields."))
    return TemplateResponse(
        request,
        "helpdesk/case_note.html",
        {"case": case, "form": form},
        status=400 if form.errors else 200,
    )


@adviser_required
def due_checks(request):
    return TemplateResponse(
        request,
        "helpdesk/due_checks.html",
        {"due": cases_due_for_a_check(language=get_language())},
    )


@adviser_required
def initiatives_due(request):
    """Directory entries nobody checked for a year; a button marks one as checked today."""
    if request.method == "POST":
        initiative = get_object_or_404(Initiative, pk=row_id(request.POST.get("initiative")) or 0)
        mark_initiative_checked(initiative)
        message = _("%(name)s is marked as checked today.") % {"name": initiative.name}
        messages.success(request, message)
        return redirect(reverse("helpdesk:initiatives_due"))
    return TemplateResponse(
        request, "helpdesk/initiatives_due.html", {"due": initiatives_due_for_a_check()}
    )


# --- The recipient's private page -------------------------------------------------------------


def _miss_over_the_limit(request) -> bool:
    """Counts an unknown link from this address; True past the hourly limit."""
    return ratelimit.exceeded(
        "helpdesk-token-miss",
        request,
        settings.HELPDESK_TOKEN_MISSES_PER_HOUR,
        window_seconds=60 * 60,
    )


def _noindex(response):
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, no-store"
    return response


def _open_bundle(request, token):
    """The bundle behind a link, or the friendly refusal: 404 (unknown), 429 or 410.

    Only unknown links are counted and refused past the limit: a real link always opens, so
    someone else's mistyped links behind the same address (one office) lock nobody out. The
    token's 256 random bits, not the limit, are what makes guessing hopeless.
    """
    bundle = Bundle.objects.filter(token=token[:64]).first() if token else None
    state = bundle.link_state(timezone.now()) if bundle else "unknown"
    if state in ("unknown", "unsent"):
        if _miss_over_the_limit(request):
            response = TemplateResponse(request, "helpdesk/link_unavailable.html", {}, status=429)
        else:
            response = TemplateResponse(
                request, "helpdesk/link_unavailable.html", {"state": "unknown"}, status=404
            )
        return None, _noindex(response)
    if state != "open":
        response = TemplateResponse(
            request, "helpdesk/link_unavailable.html", {"state": state}, status=410
        )
        return None, _noindex(response)
    return bundle, None


def bundle_page(request, token):
    """No login: the token is the key. Expired or revoked links get a friendly 410."""
    bundle, refusal = _open_bundle(request, token)
    if refusal is not None:
        return refusal
    with translation.override(bundle.recipient_language):
        response = TemplateResponse(
            request,
            "helpdesk/bundle_page.html",
            {
                "bundle": bundle,
                "items": bundles.visible_items(bundle),
                "print_view": request.GET.get("afdrukken") == "1",
            },
        )
        response.render()
    return _noindex(response)


def bundle_pdf(request, token):
    bundle, refusal = _open_bundle(request, token)
    if refusal is not None:
        return refusal
    base_url = request.build_absolute_uri("/").rstrip("/")
    with translation.override(bundle.recipient_language):
        data = bundle_document(bundle, bundles.visible_items(bundle, base_url=base_url))
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{slugify(bundle.title)[:60]}.pdf"'
    return _noindex(response)
