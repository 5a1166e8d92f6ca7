"""The admin's additions to the site-wide Content-Security-Policy (CONTENT_SECURITY_POLICY).

Wagtail 8's admin still writes inline scripts and style attributes and shows previews in a
frame of its own, so its views (and only those: ``config/urls.py`` decorates the admin's URL
patterns) allow inline code, data/blob images and same-origin framing. Everything else keeps
the strict policy, and Wagtail's document downloads keep their own ``default-src 'none'``.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_replace, csp_update
from csp.middleware import CSPMiddleware

ADMIN_ADDITIONS = {
    "script-src": [UNSAFE_INLINE],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["data:", "blob:"],
    # The editor's preview panel frames /admin/pages/<id>/edit/preview/.
    "frame-src": [SELF],
}
ADMIN_REPLACEMENTS = {"frame-ancestors": [SELF]}


def admin_policy(view):
    return csp_replace(ADMIN_REPLACEMENTS)(csp_update(ADMIN_ADDITIONS)(view))


class SitePolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, letting the admin frame a page shown in its preview panel.

    Wagtail renders a preview by sending a request of its own through every middleware, so
    the page gets the public policy (kept: editors see what visitors get) before the admin's
    view can add to it; only ``frame-ancestors 'none'`` must give way, or the panel stays empty.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if getattr(request, "is_preview", False):
            parts.replace = {**(parts.replace or {}), **ADMIN_REPLACEMENTS}
        return parts
