"""The admin's additions to the site-wide Content-Security-Policy (CONTENT_SECURITY_POLICY).

Wagtail 8's admin still writes inline scripts and style attributes and shows previews in a
frame of its own, so its views (and only those: ``config/urls.py`` decorates the admin's URL
patterns) allow inline code, data/blob images and same-origin framing. Everything else keeps
the strict policy, and Wagtail's document downloads keep their own ``default-src 'none'``.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_replace, csp_update

ADMIN_ADDITIONS = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["data:", "blob:"],
}
ADMIN_REPLACEMENTS = {"frame-ancestors": [SELF]}


def admin_policy(view):
    return csp_replace(ADMIN_REPLACEMENTS)(csp_update(ADMIN_ADDITIONS)(view))
