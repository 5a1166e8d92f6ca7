"""Forms of the academy: the catalogue filter, registration and the staff's messages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from academy.models import Audience, CoursePage
from academy.selectors import SORT_TITLE, SORT_UPCOMING, CatalogueFilters
from core.forms import OneLineInputsMixin
from knowledge.models import Initiative, Theme


class AccessibleErrorsMixin:
    """Fields with an error point to their message, so screen readers read it with the field."""

    def mark_errors(self) -> None:
        for name, field in self.fields.items():
            if name in self._errors:
                field.widget.attrs["aria-describedby"] = f"id_{name}-error"
                field.widget.attrs["aria-invalid"] = "true"


class CatalogueFilterForm(forms.Form):
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    audience = forms.ChoiceField(label=_("For whom"), required=False)
    format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=[("", _("All formats")), *CoursePage.FORMAT_CHOICES],
    )
    sort = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=[(SORT_UPCOMING, _("Next session first")), (SORT_TITLE, _("Title A to Z"))],
    )

    def __init__(self, *args, locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [
            ("", _("All themes")),
            *Theme.objects.filter(locale=locale).values_list("slug", "name"),
        ]
        self.fields["audience"].choices = [
            ("", _("Everyone")),
            *Audience.objects.filter(locale=locale).values_list("slug", "name"),
        ]

    def filters(self) -> CatalogueFilters:
        """Unknown values in the address are ignored rather than shown as an error."""
        if not self.is_bound:
            return CatalogueFilters()
        self.is_valid()
        data = {name: value for name, value in self.cleaned_data.items() if value}
        return CatalogueFilters(**data)


ROLE_CHOICES = [
    ("", _("Choose your role (optional)")),
    ("bewoner", _("Resident or volunteer")),
    ("bestuur", _("Board member")),
    ("coordinator", _("Coordinator")),
    ("professional", _("Care or welfare professional")),
    ("gemeente", _("Municipality")),
    ("anders", _("Other")),
]


class RegistrationForm(OneLineInputsMixin, AccessibleErrorsMixin, forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        error_messages={
            "required": _("Fill in your name."),
            "max_length": _("Your name is too long: at most %(limit_value)d characters."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        error_messages={
            "required": _("Fill in your email address: we send the confirmation there."),
            "invalid": _("This is not a complete email address. Check for example the @."),
            "max_length": _("This email address is too long."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    initiative = forms.ModelChoiceField(
        label=_("Your initiative, if it is in our directory"),
        queryset=Initiative.objects.order_by("name"),
        required=False,
        empty_label=_("Not in the list, or no initiative"),
        error_messages={"invalid_choice": _("Choose an initiative from the list.")},
    )
    initiative_name = forms.CharField(
        label=_("Or write the name of your initiative"),
        max_length=200,
        required=False,
        error_messages={
            "max_length": _("This name is too long: at most %(limit_value)d characters.")
        },
    )
    role = forms.ChoiceField(
        label=_("Your role"),
        choices=ROLE_CHOICES,
        required=False,
        error_messages={"invalid_choice": _("Choose a role from the list.")},
    )
    accessibility_needs = forms.CharField(
        label=_("Do you need anything to take part? (optional)"),
        help_text=_("For example a hearing loop, an accessible entrance or large print."),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": _("Your answer is too long: at most %(limit_value)d characters.")
        },
    )
    consent = forms.BooleanField(
        label=_("I agree that the academy uses my details for this session, as described above."),
        error_messages={"required": _("Tick the box to agree to the privacy statement.")},
    )

    def full_clean(self):
        super().full_clean()
        self.mark_errors()


class SessionMessageForm(OneLineInputsMixin, forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=150)
    body = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea)
    include_waiting_list = forms.BooleanField(label=_("Also to the waiting list"), required=False)


class CancelSessionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, for the email to participants"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
