"""The page under load: simulated visitors against the production stack (scripts/load).

Runs inside `scripts/stack.sh manage` (the stack's environment), fills a database of its own
with the demo content and the search benchmark's synthetic corpus (search.benchmark), starts
the stack on it with scripts/stack.sh, once per engine, and times whole pages through nginx.
"""

import cProfile
import io
import itertools
import json
import os
import pstats
import shlex
import subprocess
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django.test import Client, override_settings
from django.urls import reverse

import httpx

from academy.models import AcademyIndexPage
from knowledge.models import CasePage
from search import benchmark

ROOT = Path(settings.BASE_DIR)
MAX_REQUESTS_PER_LEVEL = 50_000
REQUEST_TIMEOUT = 30.0


def percentile(sorted_values: list[float], share: float) -> float:
    """Nearest rank, as search.benchmark.measure takes its p95."""
    if not sorted_values:
        return 0.0
    return sorted_values[min(len(sorted_values) - 1, max(0, round(share * len(sorted_values)) - 1))]


@dataclass
class Level:
    visitors: int
    seconds: float = 0.0
    pages: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    service: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, ms: float, service_ms: float | None, error: str | None):
        with self.lock:
            if error:
                self.errors.append(f"{kind}: {error}")
            else:
                self.pages[kind].append(ms)
                if service_ms is not None:
                    self.service.append(service_ms)

    @property
    def requests(self) -> int:
        return sum(map(len, self.pages.values())) + len(self.errors)

    def summary(self) -> dict:
        pages = {}
        for kind, values in sorted(self.pages.items()):
            values.sort()
            pages[kind] = {
                "n": len(values),
                "p50": round(percentile(values, 0.50), 1),
                "p95": round(percentile(values, 0.95), 1),
                "p99": round(percentile(values, 0.99), 1),
            }
        service = sorted(self.service)
        return {
            "visitors": self.visitors,
            "seconds": round(self.seconds, 1),
            "requests": self.requests,
            "per_second": round(self.requests / self.seconds, 1) if self.seconds else 0.0,
            "errors": len(self.errors),
            "pages": pages,
            "service_p50": round(percentile(service, 0.50), 1),
            "service_p95": round(percentile(service, 0.95), 1),
        }


def visits(queries: list[str], themes: list[str], case_url: str, catalogue_url: str):
    """The benchmark's queries as a visitor clicks them: search, a facet, page 2, a case."""
    search = reverse("search")
    for number, text in enumerate(itertools.cycle(queries)):
        yield "search", search + "?" + urlencode({"q": text})
        yield "facet", search + "?" + urlencode({"q": text, "thema": themes[number % len(themes)]})
        yield "page 2", search + "?" + urlencode({"q": text, "pagina": 2})
        yield "case", case_url
        if number % 2:
            yield "catalogue", catalogue_url


def service_ms(response: httpx.Response) -> float | None:
    for part in response.headers.get("server-timing", "").split(","):
        name, _, rest = part.strip().partition(";")
        if name == "search" and rest.startswith("dur="):
            return float(rest[4:])
    return None


class Command(BaseCommand):
    help = (
        "Belast de site op de productiestapel (gunicorn achter nginx) met 1, 4 en 16 "
        "gelijktijdige bezoekers per zoekmachine en meldt doorvoer, p50/p95/p99 per soort "
        "pagina, fouten en de p95 van de zoekdienst zelf."
    )

    def add_arguments(self, parser):
        parser.add_argument("--docs", type=int, default=20_000, help="synthetische documenten")
        parser.add_argument("--seconds", type=float, default=60.0, help="duur per niveau")
        parser.add_argument("--visitors", default="1,4,16", help="niveaus, met komma's")
        parser.add_argument("--queries", type=int, default=200)
        parser.add_argument(
            "--engines",
            default="database,opensearch2",
            help="zoekmachines na elkaar (database en/of een zoekserver)",
        )
        parser.add_argument(
            "--profile", action="store_true", help="profileer daarna één zoekpagina (cProfile)"
        )

    def handle(self, *args, docs, seconds, visitors, queries, engines, profile, **options):
        if connections["default"].vendor != "postgresql":
            raise CommandError(
                "De belastingstest draait op PostgreSQL: start hem met scripts/load."
            )
        try:
            levels = [int(value) for value in visitors.split(",")]
        except ValueError as error:
            raise CommandError("--visitors: gehele getallen met komma's, bijv. 1,4,16") from error
        if docs < 1 or not 0 < seconds <= 600 or not levels or not all(0 < n <= 64 for n in levels):
            raise CommandError("--docs > 0, 0 < --seconds <= 600 en 1 tot 64 bezoekers per niveau.")
        questions = benchmark.queries_for(queries)
        database = f"{connections['default'].settings_dict['NAME']}_pages"
        with benchmark.separate_database(database):
            started = time.perf_counter()
            call_command("setup_site", verbosity=0)
            call_command("load_demo_content", stdout=io.StringIO())
            call_command("rebuild_search_index", stdout=io.StringIO())
            benchmark.build_corpus(docs)
            self.stdout.write(
                f"database {database}: demo content and {docs} synthetic documents in "
                f"{time.perf_counter() - started:.0f} s"
            )
            targets = {
                "themes": benchmark.vocabularies()["theme"],
                "case_url": CasePage.objects.live().filter(locale__language_code="nl").first().url,
                "catalogue_url": AcademyIndexPage.objects.live()
                .filter(locale__language_code="nl")
                .first()
                .url,
            }
            env = {**os.environ, "STACK_DATABASE_URL": self._url(database)}
            env["STACK_INDEX_PREFIX"] = database
            results = {}
            for engine in engines.split(","):
                results[engine] = self._run_engine(engine, env, levels, seconds, questions, targets)
            if profile:
                # The stack's index, not the prefix of this process's own database.
                with override_settings(SEARCH_INDEX_PREFIX=database):
                    self._profile(questions[0])
            self._delete_indexes(database)
        self._report(results, docs)

    def _url(self, name: str) -> str:
        s = connections["default"].settings_dict
        return f"postgres://{s['USER']}:{s['PASSWORD']}@{s['HOST']}:{s['PORT'] or 5432}/{name}"

    def _stack(self, action: str, env: dict, *args: str) -> None:
        command = [str(ROOT / "scripts/stack.sh"), action, *args]
        done = subprocess.run(  # noqa: S603 - our own script, fixed arguments
            command, env=env, capture_output=True, text=True, check=False
        )
        if done.returncode:
            raise CommandError(f"{' '.join(command[1:])} failed:\n{done.stdout}{done.stderr}")
        self.stdout.write(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else "")

    def _run_engine(self, engine, env, levels, seconds, questions, targets) -> list[dict]:
        env = {**env, "STACK_SEARCH_ENGINE": engine}
        if engine != "database":
            self._stack("manage", env, "search_server", "rebuild")
        self._stack("start", env)
        try:
            printed = subprocess.run(  # noqa: S603 - our own script, fixed arguments
                [str(ROOT / "scripts/stack.sh"), "env"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            stack = dict(word.split("=", 1) for word in shlex.split(printed) if "=" in word)
            site = stack["STACK_SITE"]
            certificate = Path(stack["STACK_RUN"]) / "certs/fullchain.pem"
            # Warm-up, not counted: every worker's connections, templates and caches.
            self._level(site, certificate, 4, min(seconds, 5.0), questions, targets)
            summaries = []
            for count in levels:
                level = self._level(site, certificate, count, seconds, questions, targets)
                summary = {"engine": engine, **level.summary()}
                summaries.append(summary)
                self.stdout.write(json.dumps(summary))
                for error in level.errors[:5]:
                    self.stdout.write(f"  error: {error}")
            return summaries
        finally:
            self._stack("stop", env)

    def _level(self, site, certificate, count, seconds, questions, targets) -> Level:
        level = Level(count)
        deadline = time.perf_counter() + seconds
        budget = itertools.count()

        def visitor(number: int) -> None:
            # Each visitor starts elsewhere in the fixed query list; one keep-alive connection.
            offset = number * len(questions) // count
            path = visits(questions[offset:] + questions[:offset], **targets)
            with httpx.Client(
                base_url=site, verify=str(certificate), timeout=REQUEST_TIMEOUT
            ) as web:
                while time.perf_counter() < deadline and next(budget) < MAX_REQUESTS_PER_LEVEL:
                    kind, url = next(path)
                    started = time.perf_counter()
                    try:
                        response = web.get(url)
                    except httpx.HTTPError as error:
                        level.record(kind, 0, None, f"{url}: {type(error).__name__}")
                        continue
                    ms = (time.perf_counter() - started) * 1000
                    error = (
                        None if response.status_code == 200 else f"{url}: {response.status_code}"
                    )
                    level.record(kind, ms, service_ms(response), error)

        threads = [threading.Thread(target=visitor, args=(n,)) for n in range(count)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        level.seconds = time.perf_counter() - started
        return level

    def _profile(self, text: str) -> None:
        """One search page in this process (engine as configured), the top costs by own time."""
        client = Client(HTTP_HOST="127.0.0.1")
        url = reverse("search") + "?" + urlencode({"q": text})
        client.get(url, secure=True)
        profiler = cProfile.Profile()
        profiler.enable()
        response = client.get(url, secure=True)
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(40)
        self.stdout.write(f"profile of {url} ({response.status_code}, {settings.SEARCH_ENGINE}):")
        self.stdout.write(out.getvalue())

    def _delete_indexes(self, prefix: str) -> None:
        if not settings.SEARCH_URLS:
            return
        base = settings.SEARCH_URLS[0].rstrip("/")
        try:
            listed = httpx.get(f"{base}/_cat/indices/{prefix}_*?h=index&format=json", timeout=10)
            for row in listed.json() if listed.status_code == 200 else []:
                httpx.delete(f"{base}/{row['index']}", timeout=30)
        except httpx.HTTPError:
            self.stderr.write(f"the indexes {prefix}_* were not removed from {base}")

    def _report(self, results: dict, docs: int) -> None:
        self.stdout.write(f"\n{docs} documents; milliseconds; nproc {os.cpu_count()}")
        self.stdout.write(
            f"{'engine':<12} {'visitors':>8} {'req/s':>7} {'errors':>6}  page: p50/p95/p99 (n)"
        )
        for engine, summaries in results.items():
            for summary in summaries:
                pages = "  ".join(
                    f"{kind} {v['p50']}/{v['p95']}/{v['p99']} ({v['n']})"
                    for kind, v in summary["pages"].items()
                )
                self.stdout.write(
                    f"{engine:<12} {summary['visitors']:>8} {summary['per_second']:>7} "
                    f"{summary['errors']:>6}  {pages}"
                )
                search_p95 = summary["pages"].get("search", {}).get("p95")
                if search_p95 and summary["service_p95"]:
                    self.stdout.write(
                        f"{'':<12} {'':>8} service p50/p95 {summary['service_p50']}/"
                        f"{summary['service_p95']}; search page p95 / service p95 = "
                        f"{search_p95 / summary['service_p95']:.2f}"
                    )
        total = sum(s["errors"] for summaries in results.values() for s in summaries)
        self.stdout.write(f"errors: {total}")
