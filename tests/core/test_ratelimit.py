from django.test import RequestFactory

from core import ratelimit

VISITOR = "198.51.100.7"
PROXY = "10.0.0.2"


def request_via_proxy(forwarded_for: str):
    return RequestFactory().post("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded_for)


def test_without_trusted_proxies_the_connecting_address_counts(settings):
    settings.TRUSTED_PROXIES = 0

    assert ratelimit.client_address(request_via_proxy(VISITOR)) == PROXY


def test_behind_one_proxy_the_address_it_saw_counts(settings):
    settings.TRUSTED_PROXIES = 1

    assert ratelimit.client_address(request_via_proxy(VISITOR)) == VISITOR


def test_an_address_the_visitor_put_in_the_header_is_not_trusted(settings):
    settings.TRUSTED_PROXIES = 1

    address = ratelimit.client_address(request_via_proxy(f"203.0.113.99, {VISITOR}"))

    assert address == VISITOR


def test_a_request_that_passed_fewer_proxies_than_configured_counts_its_connection(settings):
    settings.TRUSTED_PROXIES = 2

    assert ratelimit.client_address(request_via_proxy(VISITOR)) == PROXY


def test_two_visitors_behind_the_same_proxy_have_their_own_limit(settings):
    settings.TRUSTED_PROXIES = 1
    first, second = request_via_proxy(VISITOR), request_via_proxy("198.51.100.8")

    over = [ratelimit.exceeded("test", first, limit=2, window_seconds=60) for _ in range(3)]

    assert over == [False, False, True]
    assert not ratelimit.exceeded("test", second, limit=2, window_seconds=60)


def test_counted_reads_without_adding():
    request = request_via_proxy(VISITOR)
    ratelimit.count("test", request, window_seconds=60)

    assert [ratelimit.counted("test", request) for _ in range(2)] == [1, 1]
