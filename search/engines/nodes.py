"""The HTTP node for an Elasticsearch 8 server, for our client and for Wagtail's backend.

Without Django imports: the settings use it to configure Wagtail's search backend.
"""

from elastic_transport import HttpHeaders, Urllib3HttpNode


class Elasticsearch8Node(Urllib3HttpNode):
    """Asks for version 8 of the API: the 9.x client asks for version 9 in its compatibility
    headers, which an Elasticsearch 8 server refuses (400)."""

    def perform_request(self, method, target, body=None, headers=None, **options):
        if headers:
            headers = HttpHeaders(
                {
                    name: value.replace("compatible-with=9", "compatible-with=8")
                    for name, value in headers.items()
                }
            )
        return super().perform_request(method, target, body, headers, **options)
