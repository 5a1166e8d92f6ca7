import json
import os
import platform

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from search import benchmark


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

    def handle(self, *args, docs, queries, database, naive_queries, **options):
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
        self.stdout.write(json.dumps({"docs": docs, **ratios}))
