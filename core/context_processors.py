from django.conf import settings


def site_contact(request):
    """The helpdesk contact shown in every footer."""
    return {
        "helpdesk_phone": settings.HELPDESK_PHONE,
        "helpdesk_email": settings.HELPDESK_EMAIL,
    }
