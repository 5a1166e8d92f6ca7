from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import OneLineInputsMixin


class FeedbackForm(OneLineInputsMixin, forms.Form):
    name = forms.CharField(label=_("Your name (optional)"), max_length=120, required=False)
    email = forms.EmailField(
        label=_("Your email address"),
        error_messages={
            "required": _("Fill in your email address, so we can answer you."),
            "invalid": _("This is not a complete email address. Check for example the @."),
        },
    )
    comment = forms.CharField(
        label=_("Your comment"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Write your comment, please."),
            "max_length": _("Your comment is too long: at most %(limit_value)d characters."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name != "website" and self.is_bound and name in self.errors:
                field.widget.attrs["aria-describedby"] = f"id_{name}-error"
                field.widget.attrs["aria-invalid"] = "true"

    # Honeypot: hidden from people and screen readers, filled in by spam robots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
