from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from core.forms import OneLineInputsMixin
from knowledge.models import (
    DevelopmentStage,
    FundingSource,
    InitiativeType,
    LegalForm,
    Province,
    Theme,
)

from .bundles import expiry_problem
from .finder import SIZES, CallerProfile
from .models import Bundle, CaseNote


class ExpiryCheck:
    """A chosen expiry date must leave the link working when it arrives, and not for ever.

    Only a date the adviser changes is checked: a sent bundle's link may have expired since.
    """

    def clean_expires_at(self):
        expires_at = self.cleaned_data["expires_at"]
        problem = expiry_problem(expires_at) if "expires_at" in self.changed_data else None
        if problem:
            raise forms.ValidationError(problem)
        return expires_at


class BundleAdminForm(ExpiryCheck, WagtailAdminModelForm):
    pass


class BundleForm(ExpiryCheck, OneLineInputsMixin, forms.ModelForm):
    class Meta:
        model = Bundle
        fields = [
            "title",
            "question",
            "question_themes",
            "recipient_initiative",
            "recipient_name",
            "recipient_email",
            "recipient_language",
            "introduction",
            "expires_at",
        ]
        widgets = {
            "question": forms.Textarea(attrs={"rows": 3}),
            "introduction": forms.Textarea(attrs={"rows": 6}),
            "question_themes": forms.CheckboxSelectMultiple,
            "expires_at": forms.DateTimeInput(attrs={"type": "datetime-local"}),
        }

    def __init__(self, *args, language: str = "nl", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["question_themes"].queryset = Theme.objects.filter(
            locale__language_code=language
        )
        self.fields["expires_at"].help_text = _("Empty: the standard period after sending.")


class CallForm(OneLineInputsMixin, forms.ModelForm):
    """The top of the workbench panel: what the caller asked and which initiative calls."""

    class Meta:
        model = Bundle
        fields = ["question", "recipient_initiative"]
        widgets = {"question": forms.Textarea(attrs={"rows": 2})}
        labels = {"question": _("The caller's question"), "recipient_initiative": _("Initiative")}
        help_texts = {
            "question": "",
            "recipient_initiative": _("From the directory; its profile shows below."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="call", **kwargs)
        self.fields["recipient_initiative"].queryset = self.fields[
            "recipient_initiative"
        ].queryset.order_by("name")
        self.fields["recipient_initiative"].empty_label = _("not in the directory")


class RecipientForm(OneLineInputsMixin, forms.ModelForm):
    """The foot of the panel: where the bundle goes, then send."""

    class Meta:
        model = Bundle
        fields = ["recipient_name", "recipient_email"]
        labels = {"recipient_name": _("Recipient"), "recipient_email": _("E-mail address")}
        help_texts = {"recipient_name": _("Not needed when the initiative is chosen above.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="recipient", **kwargs)


def _choices(model, language: str, empty: str):
    return [("", empty)] + [
        (term.slug, term.name) for term in model.objects.filter(locale__language_code=language)
    ]


class ProfileForm(OneLineInputsMixin, forms.Form):
    """What the adviser knows of the caller; every field optional."""

    initiative_type = forms.ChoiceField(label=_("Kind of initiative"), required=False)
    setting = forms.ChoiceField(
        label=_("Setting"),
        required=False,
        choices=[
            ("", _("unknown")),
            ("dorp", _("village")),
            ("wijk", _("neighbourhood")),
            ("stad", _("city")),
        ],
    )
    province = forms.ChoiceField(label=_("Province"), required=False)
    legal_form = forms.ChoiceField(label=_("Legal form"), required=False)
    development_stage = forms.ChoiceField(label=_("Stage"), required=False)
    size = forms.ChoiceField(
        label=_("Size (members)"),
        required=False,
        choices=[("", _("unknown"))] + [(key, key) for key in SIZES],
    )
    themes = forms.MultipleChoiceField(
        label=_("Themes of the question"), required=False, widget=forms.CheckboxSelectMultiple
    )
    funding_sources = forms.MultipleChoiceField(
        label=_("Funding in the question"), required=False, widget=forms.CheckboxSelectMultiple
    )
    keywords = forms.CharField(
        label=_("Other words of the question"),
        required=False,
        max_length=200,
        help_text=_("For example: wmo dementie"),
    )

    def __init__(self, *args, language: str = "nl", **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        unknown = _("unknown")
        self.fields["initiative_type"].choices = _choices(InitiativeType, language, unknown)
        self.fields["province"].choices = _choices(Province, language, unknown)
        self.fields["legal_form"].choices = _choices(LegalForm, language, unknown)
        self.fields["development_stage"].choices = _choices(DevelopmentStage, language, unknown)
        self.fields["themes"].choices = _choices(Theme, language, "")[1:]
        self.fields["funding_sources"].choices = _choices(FundingSource, language, "")[1:]

    def profile(self) -> CallerProfile:
        data = self.cleaned_data
        return CallerProfile(
            initiative_type=data["initiative_type"],
            setting=data["setting"],
            province=data["province"],
            legal_form=data["legal_form"],
            development_stage=data["development_stage"],
            size=data["size"],
            themes=tuple(data["themes"]),
            funding_sources=tuple(data["funding_sources"]),
            keywords=tuple(data["keywords"].lower().split()[:10]),
            locale=self.language,
        )


class CaseNoteForm(OneLineInputsMixin, forms.ModelForm):
    class Meta:
        model = CaseNote
        fields = [
            "internal_notes",
            "willing_to_be_contacted",
            "contact_route",
            "last_checked",
            "still_active",
        ]
        widgets = {
            "internal_notes": forms.Textarea(attrs={"rows": 4}),
            "contact_route": forms.Textarea(attrs={"rows": 2}),
            "last_checked": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
