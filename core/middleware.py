"""Middleware that belongs to no area of the site."""


class DropEmptyHeadersMiddleware:
    """Headers without a value are not sent.

    Wagtail's document download sets ``Content-Encoding`` from ``mimetypes.guess_type``,
    which is None for every document, and Django sends that as the text "None": a client may
    then try to undo an encoding of that name. Any view doing the same is caught here.
    """

    EMPTY = {"", "None"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        for header in [name for name, value in response.items() if value.strip() in self.EMPTY]:
            del response[header]
        return response
