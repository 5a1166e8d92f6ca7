import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import override_settings

from search import benchmark
from search.engines.client import SERVER_ENGINES, client
from search.engines.engine import outage
from search.engines.lifecycle import rebuild

SQLITE_MAX_DOCS = 20000


def sizes_of(value: str) -> list[int]:
    try:
        sizes = sorted({int(size) for size in value.split(",") if size.strip()})
    except ValueError:
        raise CommandError("--sizes is een lijst van aantallen, zoals 1000,5000,20000.") from None
    if not sizes or sizes[0] < 1:
        raise CommandError("--sizes is een lijst van aantallen groter dan 0.")
    return sizes


class Command(BaseCommand):
    help = (
        "Meet de zoekdienst op een synthetisch corpus in een eigen database: p50/p95 van de "
        "kale SQL-ondergrens, de naïeve manier en onze dienst, met de verhoudingen; met "
        "--sizes de kostencurve van elke engine (CSV en grafiek)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--docs", type=int, default=1000)
        parser.add_argument(
            "--sizes",
            type=sizes_of,
            help="meet elke engine bij elk aantal documenten (bijvoorbeeld "
            "1000,5000,20000,100000) en schrijf een CSV en een grafiek; SQLite tot "
            f"{SQLITE_MAX_DOCS}, de naïeve manier niet",
        )
        parser.add_argument(
            "--freshness",
            type=int,
            metavar="N",
            help="meet de tijd van publiceren tot gevonden door een echte Celery-worker, over N "
            "publicaties (de database-engine, en met --engine ook de zoekserver)",
        )
        parser.add_argument("--queries", type=int, default=200)
        parser.add_argument("--database", default="nlzve_bench")
        parser.add_argument(
            "--naive-queries",
            type=int,
            default=20,
            help="de naïeve manier haalt alle treffers op en duurt lang: meet haar op de eerste "
            "zoveel vragen (0 = overslaan)",
        )
        parser.add_argument(
            "--engine",
            choices=sorted(SERVER_ENGINES),
            help="meet ook de zoekserver (in dezelfde run): indexeersnelheid, p50/p95 en de "
            "kale top 10 van de server als ondergrens",
        )
        parser.add_argument(
            "--breakdown",
            action="store_true",
            help="met --engine: meet ook het verzoek van de dienst aan de server zonder elk van "
            "zijn delen, en de profile-API erop (wat elk deel kost)",
        )
        parser.add_argument(
            "--search-url",
            default=os.environ.get("SEARCH_URL", "http://127.0.0.1:9250"),
            help="adres van de zoekserver voor --engine (of de nodes van een cluster, met komma's)",
        )
        parser.add_argument(
            "--csv",
            type=Path,
            default=Path(settings.BASE_DIR) / "docs" / "benchmarks" / "cost-curve.csv",
            help="met --sizes: waar de CSV komt",
        )
        parser.add_argument(
            "--chart",
            type=Path,
            default=Path(settings.BASE_DIR) / "docs" / "benchmarks" / "cost-curve.png",
            help="met --sizes: waar de grafiek (PNG) komt",
        )
        parser.add_argument(
            "--sqlite-max",
            type=int,
            default=SQLITE_MAX_DOCS,
            help="met --sizes: SQLite alleen tot zoveel documenten",
        )

    def handle(self, *args, docs, sizes, queries, database, naive_queries, engine, **options):
        if connection.vendor != "postgresql":
            raise CommandError("De benchmark draait op PostgreSQL: zet DATABASE_URL.")
        if docs < 1 or queries < 1:
            raise CommandError("--docs en --queries moeten groter dan 0 zijn.")
        self.engine = engine
        self.search_url = options["search_url"]
        self.breakdown = options["breakdown"]
        self.machine = {"cpus": os.cpu_count(), "python": platform.python_version()}
        if options["freshness"] is not None:
            self._freshness(options["freshness"], database)
            return
        questions = benchmark.queries_for(queries)
        if sizes is None:
            with benchmark.separate_database(database):
                benchmark.build_corpus(docs)
                self._measure_size(docs, questions, database, naive_queries)
            return
        self._cost_curve(sizes, questions, database, options)

    def _cost_curve(self, sizes, questions, database, options):
        from search.cost_curve import Point, draw, write_csv

        try:
            import matplotlib  # noqa: F401
        except ImportError:
            raise CommandError(
                "--sizes tekent met matplotlib: installeer de ontwikkelpakketten "
                "(scripts/install.sh dev)."
            ) from None
        points: list[Point] = []
        with benchmark.separate_database(database):
            for size in sizes:
                benchmark.empty_corpus()
                benchmark.build_corpus(size)
                timings = self._measure_size(size, questions, database, naive_queries=0)
                for way, timing in timings.items():
                    name = "postgresql" if way in {"raw", "ours"} else "search-server"
                    points.append(self._point(name, size, timing))
        small = [size for size in sizes if size <= options["sqlite_max"]]
        if small:
            with (
                tempfile.TemporaryDirectory(prefix="search-bench-") as folder,
                benchmark.sqlite_database(str(Path(folder) / "bench.sqlite3")),
            ):
                for size in small:
                    benchmark.empty_corpus()
                    benchmark.build_corpus(size)
                    timing = benchmark.measure("ours", benchmark.ours_way, questions)
                    self._print({"docs": size, "engine": "sqlite", **timing.as_dict()})
                    points.append(self._point("sqlite", size, timing))
        write_csv(points, options["csv"])
        draw(
            points,
            options["chart"],
            title=f"search_bench --sizes {','.join(map(str, sizes))} --queries {len(questions)}"
            f" ({self.machine['cpus']} cores{f', {self.engine}' if self.engine else ''})",
        )
        self._print({"csv": str(options["csv"]), "chart": str(options["chart"])})

    def _freshness(self, publications, database):
        """Publish to found, through a real worker: p50/p95/max per engine, in one run."""
        from search import freshness

        if publications < 1:
            raise CommandError("--freshness moet groter dan 0 zijn.")
        if not settings.CELERY_BROKER_URL:
            raise CommandError("--freshness meet door een echte worker: zet CELERY_BROKER_URL.")
        queue = f"search_bench_freshness_{os.getpid()}"
        with benchmark.separate_database(database):
            engines = [
                (
                    "database",
                    {"SEARCH_ENGINE": "database", "SEARCH_URL": None},
                    {"SEARCH_ENGINE": "database", "SEARCH_URLS": []},
                )
            ]
            if self.engine:
                prefix = f"{database}_{os.getpid()}"
                engines.append(
                    (
                        self.engine,
                        {
                            "SEARCH_ENGINE": self.engine,
                            "SEARCH_URL": self.search_url,
                            "SEARCH_INDEX_PREFIX": prefix,
                        },
                        {
                            "SEARCH_ENGINE": self.engine,
                            "SEARCH_URLS": self.search_url.split(","),
                            "SEARCH_INDEX_PREFIX": prefix,
                        },
                    )
                )
            done = 0
            for name, worker_env, server in engines:
                with override_settings(**server):
                    reports = [] if name == "database" else [rebuild("nl")]
                    try:
                        with freshness.worker(queue, worker_env):
                            seconds = freshness.measure(publications, first=done)
                    finally:
                        for report in reports:
                            client().indices.delete(index=report.index)
                        if reports:  # and any index the worker made on the way (English)
                            for index in client().indices.get(index=f"{prefix}_*"):
                                client().indices.delete(index=index)
                    if reports and outage.since is not None:
                        raise CommandError(
                            "De zoekserver viel weg tijdens de meting; de cijfers komen van de "
                            "database."
                        )
                done += publications
                self._print(self._freshness_line(name, seconds))

    def _freshness_line(self, engine, seconds):
        durations = sorted(second * 1000 for second in seconds)
        p95 = durations[min(len(durations) - 1, round(0.95 * len(durations)) - 1)]
        return {
            "freshness": engine,
            "publications": len(durations),
            "p50_ms": round(statistics.median(durations), 1),
            "p95_ms": round(p95, 1),
            "max_ms": round(durations[-1], 1),
            **self.machine,
        }

    @staticmethod
    def _point(engine, size, timing):
        from search.cost_curve import Point

        return Point(engine, timing.way, size, timing.median_ms, timing.p95_ms, timing.queries)

    def _print(self, line: dict) -> None:
        self.stdout.write(json.dumps(line))

    def _measure_size(self, docs, questions, database, naive_queries):
        """Every way on the corpus now in the database; prints and returns the timings."""
        timings = {
            "raw": benchmark.measure("raw", benchmark.raw_way, questions),
            "ours": benchmark.measure("ours", benchmark.ours_way, questions),
        }
        if naive_queries:
            timings["naive"] = benchmark.measure(
                "naive", benchmark.naive_way, questions[:naive_queries]
            )
        indexing = None
        if self.engine:
            server = {
                "SEARCH_ENGINE": self.engine,
                "SEARCH_URLS": self.search_url.split(","),
                "SEARCH_INDEX_PREFIX": f"{database}_{os.getpid()}",
            }
            with override_settings(**server):
                server_timings, indexing = self._measure_server(questions)
            timings.update(server_timings)
        for timing in timings.values():
            self._print({"docs": docs, **timing.as_dict(), **self.machine})
        if indexing:
            self._print({"docs": docs, "engine": self.engine, **indexing})
        self._print({"docs": docs, **self._ratios(timings)})
        return timings

    @staticmethod
    def _ratios(timings):
        def ratio(top, bottom, field):
            return round(getattr(timings[top], field) / getattr(timings[bottom], field), 2)

        pairs = [("ours", "raw"), ("ours", "naive"), ("server", "ours")]
        pairs += [("server", "server_floor"), ("server", "server_floor_exact")]
        ratios = {}
        for top, bottom in pairs:
            if top in timings and bottom in timings:
                name = bottom.removeprefix("server_") if top == "server" else bottom
                ratios[f"{top}/{name}_p95"] = ratio(top, bottom, "p95_ms")
                ratios[f"{top}/{name}_p50"] = ratio(top, bottom, "median_ms")
        return ratios

    @staticmethod
    def _segments() -> int:
        from search.engines.mapping import alias_name

        return len(client().cat.segments(index=alias_name("nl"), format="json"))

    def _measure_server(self, questions):
        """Bulk-index the corpus into a fresh index, then answer the same queries through it:
        the service, and the server's own bare top 10 for the same words (the floor)."""
        started = time.perf_counter()
        report = rebuild("nl")
        seconds = time.perf_counter() - started
        try:
            timings = {
                "server": benchmark.measure("server", benchmark.ours_way, questions),
                "server_floor": benchmark.measure(
                    "server_floor", benchmark.server_floor(), questions
                ),
                "server_floor_exact": benchmark.measure(
                    "server_floor_exact", benchmark.server_floor(exact_total=True), questions
                ),
            }
            if self.breakdown:
                for way, answer in benchmark.server_parts().items():
                    self._print(benchmark.measure(way, answer, questions).as_dict())
                profile = benchmark.server_profile(questions)
                self._print({"profile_median_ms": profile, "segments": self._segments()})
        finally:
            client().indices.delete(index=report.index)
        if outage.since is not None:
            raise CommandError(
                "De zoekserver viel weg tijdens de meting; de cijfers komen van de database."
            )
        return timings, {
            "indexed": report.documents,
            "index_seconds": round(seconds, 1),
            "documents_per_second": round(report.documents / seconds),
        }
