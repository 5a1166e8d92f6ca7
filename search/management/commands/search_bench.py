import json
import os
import platform
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import override_settings

from search import benchmark
from search.engines.client import SERVER_ENGINES, client
from search.engines.engine import outage
from search.engines.lifecycle import rebuild


class Command(BaseCommand):
    help = (
        "Meet de zoekdienst op een synthetisch corpus in een eigen database: p50/p95 van de "
        "kale SQL-ondergrens, de naïeve manier en onze dienst, met de verhoudingen."
    )

    def add_arguments(self, parser):
        parser.add_argument("--docs", type=int, default=1000)
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
            help="meet ook de zoekserver (in dezelfde run): indexeersnelheid en p50/p95",
        )
        parser.add_argument(
            "--search-url",
            default=os.environ.get("SEARCH_URL", "http://127.0.0.1:9250"),
            help="adres van de zoekserver voor --engine (of de nodes van een cluster, met komma's)",
        )

    def handle(self, *args, docs, queries, database, naive_queries, engine, search_url, **options):
        if connection.vendor != "postgresql":
            raise CommandError("De benchmark draait op PostgreSQL: zet DATABASE_URL.")
        if docs < 1 or queries < 1:
            raise CommandError("--docs en --queries moeten groter dan 0 zijn.")
        questions = benchmark.queries_for(queries)
        with benchmark.separate_database(database):
            benchmark.build_corpus(docs)
            timings = {
                "raw": benchmark.measure("raw", benchmark.raw_way, questions),
                "ours": benchmark.measure("ours", benchmark.ours_way, questions),
            }
            if naive_queries:
                timings["naive"] = benchmark.measure(
                    "naive", benchmark.naive_way, questions[:naive_queries]
                )
            if engine:
                server = {
                    "SEARCH_ENGINE": engine,
                    "SEARCH_URLS": search_url.split(","),
                    "SEARCH_INDEX_PREFIX": f"{database}_{os.getpid()}",
                }
                with override_settings(**server):
                    timings["server"], indexing = self._measure_server(questions)
        machine = {"cpus": os.cpu_count(), "python": platform.python_version()}
        for timing in timings.values():
            self.stdout.write(json.dumps({"docs": docs, **timing.as_dict(), **machine}))
        ratios = {
            "ours/raw_p95": round(timings["ours"].p95_ms / timings["raw"].p95_ms, 2),
            "ours/raw_p50": round(timings["ours"].median_ms / timings["raw"].median_ms, 2),
        }
        if "naive" in timings:
            ratios["ours/naive_p95"] = round(timings["ours"].p95_ms / timings["naive"].p95_ms, 2)
            ratios["ours/naive_p50"] = round(
                timings["ours"].median_ms / timings["naive"].median_ms, 2
            )
        if engine:
            ratios["server/ours_p95"] = round(timings["server"].p95_ms / timings["ours"].p95_ms, 2)
            ratios["server/ours_p50"] = round(
                timings["server"].median_ms / timings["ours"].median_ms, 2
            )
            self.stdout.write(json.dumps({"docs": docs, "engine": engine, **indexing}))
        self.stdout.write(json.dumps({"docs": docs, **ratios}))

    def _measure_server(self, questions):
        """Bulk-index the corpus into a fresh index, then answer the same queries through it."""
        started = time.perf_counter()
        report = rebuild("nl")
        seconds = time.perf_counter() - started
        try:
            timing = benchmark.measure("server", benchmark.ours_way, questions)
        finally:
            client().indices.delete(index=report.index)
        if outage.since is not None:
            raise CommandError(
                "De zoekserver viel weg tijdens de meting; de cijfers komen van de database."
            )
        return timing, {
            "indexed": report.documents,
            "index_seconds": round(seconds, 1),
            "documents_per_second": round(report.documents / seconds),
        }
