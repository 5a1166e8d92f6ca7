"""The subscribe form and the manage page's change of frequency."""

from django import forms
from django.utils.translation import gettext_lazy as _

from alerts.filters import MAX_QUERY_LENGTH
from alerts.models import Subscription
from core.forms import OneLineInputsMixin


class SubscribeForm(OneLineInputsMixin, forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        error_messages={
            "required": _("Fill in your email address: we send the alerts there."),
            "invalid": _("This is not a complete email address. Check for example the @."),
            "max_length": _("This email address is too long."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    frequency = forms.ChoiceField(
        label=_("How often do you want an email?"),
        choices=Subscription.FREQUENCY_CHOICES,
        initial=Subscription.DAILY,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how often you want an email."),
            "invalid_choice": _("Choose how often you want an email."),
        },
    )
    # The filtered view, as the search page's query string.
    filters = forms.CharField(
        required=False,
        max_length=MAX_QUERY_LENGTH,
        widget=forms.HiddenInput,
        error_messages={"max_length": _("These are too many filters for one alert.")},
    )
    # Honeypot: hidden from people and screen readers, filled in by spam robots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def full_clean(self):
        super().full_clean()
        for name, field in self.fields.items():
            if name in self._errors and name in ("email", "frequency"):
                field.widget.attrs["aria-describedby"] = f"id_{name}-error"
                field.widget.attrs["aria-invalid"] = "true"


class FrequencyForm(forms.Form):
    frequency = forms.ChoiceField(label=_("How often"), choices=Subscription.FREQUENCY_CHOICES)
