"""What every form of the site shares."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.text import single_line


class OneLineInputsMixin:
    """A field typed in a one-line input holds one line: a name or a title may end up in a
    mail header, where a line break would start a header of its own."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            one_line_input = isinstance(field.widget, forms.TextInput | forms.HiddenInput)
            if isinstance(field, forms.CharField) and one_line_input:
                field.validators.append(single_line)


class OneTimeCodeForm(forms.Form):
    code = forms.RegexField(
        label=_("Code from your authenticator app"),
        regex=r"^\s*\d{6}\s*$",
        max_length=12,
        error_messages={"invalid": _("Enter the six digits your authenticator app shows.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )
