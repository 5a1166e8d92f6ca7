from django import forms
from django.core.validators import URLValidator
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


class _TermChoiceField(forms.ModelChoiceField):
    """A vocabulary term of the default locale, labelled in the visitor's language."""

    def __init__(self, *args, labels: dict[str, str] | None = None, **kwargs):
        self.labels = labels or {}
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj) -> str:
        return self.labels.get(obj.slug, obj.name)


# The definition of a caring community, asked as four statements; each message says in plain
# words why the directory needs it, so an initiative that does not fit knows why.
SELF_CHECK = {
    "check_resident_led": (
        _("The initiative is run by residents themselves."),
        _(
            "The directory lists initiatives that residents run themselves. An organisation "
            "run by professionals can work with a caring community, but is not one itself."
        ),
    ),
    "check_own_area": (
        _("It is aimed at its own village, district or neighbourhood."),
        _(
            "A caring community works for the people of its own village or neighbourhood. "
            "A national or regional organisation does not fit the directory."
        ),
    ),
    "check_lasting": (
        _("It is meant to last, not a single event or project."),
        _(
            "The directory lists initiatives that keep going. A one-off event or a project "
            "with an end date is not a caring community."
        ),
    ),
    "check_open": (
        _("Everyone in the area can take part or ask for help."),
        _(
            "A caring community is open to everyone in its area. An initiative only for its "
            "own members or one group does not fit the directory."
        ),
    ),
}


class InitiativeReportForm(OneLineInputsMixin, forms.Form):
    name = forms.CharField(
        label=_("Name of the initiative"),
        max_length=200,
        error_messages={"required": _("Fill in the name of the initiative.")},
    )
    place = forms.CharField(
        label=_("Place"),
        max_length=120,
        error_messages={"required": _("Fill in the place where the initiative works.")},
    )
    municipality = forms.CharField(
        label=_("Municipality (optional)"), max_length=120, required=False
    )
    province = _TermChoiceField(queryset=None, label=_("Province"), required=False)
    initiative_type = _TermChoiceField(
        queryset=None, label=_("Kind of initiative (optional)"), required=False
    )
    legal_form = _TermChoiceField(queryset=None, label=_("Legal form (optional)"), required=False)
    website_address = forms.URLField(
        label=_("Website (optional)"),
        required=False,
        assume_scheme="https",
        error_messages={"invalid": _("This is not a web address. Start it with https://.")},
    )
    founding_year = forms.IntegerField(
        label=_("Founding year (optional)"),
        required=False,
        min_value=1800,
        max_value=2100,
        error_messages={
            "invalid": _("Fill in the year as a number, for example 2015."),
            "min_value": _("Fill in a year after 1800."),
            "max_value": _("Fill in a year before 2100."),
        },
    )
    note = forms.CharField(
        label=_("What should we know, or what has changed? (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": _("At most %(limit_value)d characters, please.")},
    )
    check_resident_led = forms.BooleanField(label=SELF_CHECK["check_resident_led"][0])
    check_own_area = forms.BooleanField(label=SELF_CHECK["check_own_area"][0])
    check_lasting = forms.BooleanField(label=SELF_CHECK["check_lasting"][0])
    check_open = forms.BooleanField(label=SELF_CHECK["check_open"][0])
    # Register Bijzonder Statuut (optional): the registration date is set by the moderator's
    # approval, never reported (docs/decisions/0025-bijzonder-statuut.md).
    statute_principles = forms.CharField(
        label=_("Your principles, in your own words (optional)"),
        help_text=_(
            "What your caring community stands for and how it works, as you would write it "
            "in the register, in Dutch. Shown on your page as written; an empty line starts a "
            "new paragraph. Leave it empty if you do not register; empty it to leave the "
            "register."
        ),
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"max_length": _("At most %(limit_value)d characters, please.")},
    )
    statute_url = forms.URLField(
        label=_("Link to your statute document (optional)"),
        help_text=_("Only if you publish it online, for example as a PDF on your website."),
        max_length=500,
        required=False,
        assume_scheme="https",
        # Only http(s), as on the entry: the link is shown on the initiative's public page.
        validators=[URLValidator(schemes=["http", "https"])],
        error_messages={
            "invalid": _(
                "This is not a web address of a document. Give the full address, "
                "starting with https://."
            ),
            "max_length": _("This address is too long: at most %(limit_value)d characters."),
        },
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        error_messages={"required": _("Fill in your name, so we know whom to ask.")},
    )
    contact_email = forms.EmailField(
        label=_("Your email address"),
        error_messages={
            "required": _("Fill in your email address: we send you our decision."),
            "invalid": _("This is not a complete email address. Check for example the @."),
        },
    )
    # Honeypot: hidden from people and screen readers, filled in by spam robots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    SELF_CHECK_FIELDS = tuple(SELF_CHECK)
    STATUTE_FIELDS = ("statute_principles", "statute_url")

    def __init__(self, *args, vocabularies: dict, labels: dict, **kwargs):
        super().__init__(*args, **kwargs)
        for name, queryset in vocabularies.items():
            self.fields[name].queryset = queryset
            self.fields[name].labels = labels.get(name, {})
            self.fields[name].empty_label = "—"
        for name, (_label, explanation) in SELF_CHECK.items():
            self.fields[name].error_messages["required"] = explanation
        for name, field in self.fields.items():
            described_by = [f"id_{name}-help"] if field.help_text else []
            if name != "website" and self.is_bound and name in self.errors:
                described_by.insert(0, f"id_{name}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)

    def clean_statute_principles(self) -> str:
        # Browsers send a textarea's lines ending in \r\n; store plain \n line ends.
        return self.cleaned_data["statute_principles"].replace("\r\n", "\n")

    def clean(self):
        data = super().clean()
        if data.get("statute_url") and not data.get("statute_principles"):
            self.add_error(
                "statute_principles",
                _(
                    "A statute document goes with principles: write your principles down "
                    "here, or leave the link empty."
                ),
            )
        return data

    def self_check_fields(self):
        return [self[name] for name in self.SELF_CHECK_FIELDS]

    def statute_fields(self):
        return [self[name] for name in self.STATUTE_FIELDS]

    def detail_fields(self):
        skip = {
            *self.SELF_CHECK_FIELDS,
            *self.STATUTE_FIELDS,
            "contact_name",
            "contact_email",
            "website",
        }
        return [field for field in self if field.name not in skip]

    def contact_fields(self):
        return [self["contact_name"], self["contact_email"]]
