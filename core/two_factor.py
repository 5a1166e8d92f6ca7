"""Second factor for staff: enrolling an authenticator app and checking its codes (TOTP).

Built on django-otp's TOTP devices, which also throttle wrong codes per device.
"""

from base64 import b32encode
from dataclasses import dataclass

from django.db import transaction

import segno
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Authenticator-app"


@dataclass(frozen=True)
class Enrolment:
    device_id: int
    config_url: str
    secret: str
    qr_svg: str


def enrolment_for(user) -> Enrolment:
    """The user's unconfirmed device (made on first use), ready to be scanned or typed in."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    secret = b32encode(device.bin_key).decode("ascii")
    return Enrolment(
        device_id=device.pk,
        config_url=device.config_url,
        secret=" ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        # A viewBox instead of a fixed size: admin.css scales the code to the screen.
        qr_svg=segno.make(device.config_url, error="m").svg_inline(
            omitsize=True, title=DEVICE_NAME
        ),
    )


@transaction.atomic
def confirm_enrolment(user, device_id: int, code: str) -> TOTPDevice | None:
    """Confirms the device when the code is right; other unconfirmed devices are removed."""
    device = (
        TOTPDevice.objects.select_for_update()
        .filter(pk=device_id, user=user, confirmed=False)
        .first()
    )
    if device is None or not device.verify_token(code.strip()):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    return device


def verified_device(user, code: str) -> TOTPDevice | None:
    """The confirmed device that accepts this code, if any."""
    for device in TOTPDevice.objects.devices_for_user(user, confirmed=True):
        if device.verify_token(code.strip()):
            return device
    return None
