"""The public form of 'Trots op mijn initiatief' and the filters of its index page."""

import re
import secrets

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import OneLineInputsMixin
from knowledge.models import Initiative, Province, Theme
from uploads.models import MaterialType

BATCH_PATTERN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


def new_batch() -> str:
    return secrets.token_urlsafe(24)


def valid_batch(value: str | None) -> str:
    return value if value and BATCH_PATTERN.match(value) else new_batch()


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Files are checked one by one by the intake service, which names each refusal."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [item for item in data if item]
        return [data] if data else []


class AccessibleForm(forms.Form):
    """Marks invalid fields for screen readers and links them to their message."""

    def add_error(self, field, error):
        super().add_error(field, error)
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-describedby"] = f"id_{name}-error"
                attrs["aria-invalid"] = "true"


class SubmissionForm(OneLineInputsMixin, AccessibleForm):
    initiative = forms.ModelChoiceField(
        label=_("Your initiative"),
        queryset=Initiative.objects.all(),
        required=False,
        empty_label=_("— not in this list —"),
        help_text=_("Choose your initiative, or type its name in the next field."),
    )
    initiative_name = forms.CharField(
        label=_("Name of your initiative, if it is not in the list"),
        max_length=200,
        required=False,
    )
    place = forms.CharField(
        label=_("Place"),
        max_length=120,
        error_messages={"required": _("Fill in the place of your initiative.")},
    )
    province = forms.ModelChoiceField(
        label=_("Province"),
        queryset=Province.objects.none(),
        empty_label=_("— choose a province —"),
        error_messages={"required": _("Choose the province of your initiative.")},
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        help_text=_("Never published. Only the moderators see it."),
        error_messages={"required": _("Fill in your name, so we know whom to ask.")},
    )
    contact_email = forms.EmailField(
        label=_("Your email address"),
        help_text=_("Never published. We send you a confirmation and our decision."),
        error_messages={
            "required": _("Fill in your email address, so we can tell you our decision."),
            "invalid": _("This is not a complete email address. Check for example the @."),
        },
    )
    material_type = forms.ChoiceField(
        label=_("Type of material"),
        choices=[("", _("— choose a type —")), *MaterialType.choices],
        error_messages={"required": _("Choose what kind of material you send.")},
    )
    year = forms.IntegerField(
        label=_("Year"),
        min_value=1900,
        help_text=_("The year the material is about, for example 2024."),
        error_messages={
            "required": _("Fill in the year, for example 2024."),
            "invalid": _("Fill in a year in figures, for example 2024."),
            "min_value": _("Fill in a year after 1900."),
            "max_value": _("The year cannot be in the future."),
        },
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        error_messages={"required": _("Give your material a title.")},
    )
    description = forms.CharField(
        label=_("Short description"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What is it, and what can others learn from it? At most 1000 characters."),
        error_messages={
            "required": _("Write a short description, please."),
            "max_length": _("The description is too long: at most %(limit_value)d characters."),
        },
    )
    files = MultipleFileField(
        label=_("Files (one to five)"),
        required=False,
        help_text=_(
            "PDF, Word (.docx), OpenDocument (.odt), Excel (.xlsx), PowerPoint (.pptx), JPG or "
            "PNG; at most %(file)d MB per file and %(total)d MB together."
        ),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes (optional)"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent_publication = forms.BooleanField(
        label=_("I agree that NLZVE publishes this material on this website."),
        error_messages={"required": _("We can only publish your material with your consent.")},
    )
    consent_privacy = forms.BooleanField(
        label=_("I have read the privacy statement."),
        error_messages={"required": _("Please confirm that you have read the privacy statement.")},
    )
    remove = forms.MultipleChoiceField(
        label=_("Remove"), required=False, widget=forms.CheckboxSelectMultiple
    )
    batch = forms.CharField(widget=forms.HiddenInput, required=False)
    # Honeypot: hidden from people and screen readers, filled in by spam robots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, locale=None, pending=(), limits=(25, 60), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = Province.objects.filter(locale=locale)
        self.fields["themes"].queryset = Theme.objects.filter(locale=locale)
        self.fields["year"].max_value = timezone.now().year
        self.fields["year"].widget.attrs.update(
            {"max": timezone.now().year, "inputmode": "numeric"}
        )
        self.fields["remove"].choices = [(str(item.pk), item.name) for item in pending]
        self.fields["files"].help_text = self.fields["files"].help_text % {
            "file": limits[0],
            "total": limits[1],
        }
        self.fields["files"].widget.attrs.update(
            {"accept": ".pdf,.docx,.odt,.xlsx,.pptx,.jpg,.jpeg,.png"}
        )

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year > timezone.now().year:
            raise forms.ValidationError(self.fields["year"].error_messages["max_value"])
        return year

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("initiative") and not cleaned.get("initiative_name", "").strip():
            self.add_error(
                "initiative_name",
                _("Choose your initiative from the list, or type its name here."),
            )
        return cleaned


class UploadFilterForm(forms.Form):
    provincie = forms.ModelChoiceField(
        label=_("Province"),
        queryset=Province.objects.none(),
        required=False,
        to_field_name="slug",
        empty_label=_("All provinces"),
    )
    soort = forms.ChoiceField(
        label=_("Type of material"),
        choices=[("", _("All types")), *MaterialType.choices],
        required=False,
    )
    thema = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.none(),
        required=False,
        to_field_name="slug",
        empty_label=_("All themes"),
    )
    jaar = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False, empty_value=None)

    def __init__(self, *args, locale=None, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["provincie"].queryset = Province.objects.filter(locale=locale)
        self.fields["thema"].queryset = Theme.objects.filter(locale=locale)
        self.fields["jaar"].choices = [("", _("All years"))] + [(y, str(y)) for y in years]
