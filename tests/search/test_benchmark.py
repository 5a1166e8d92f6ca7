import csv
import json
import os
import struct
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection

import pytest

from search.benchmark import Sampler, demo_word_frequencies, queries_for

pytestmark = pytest.mark.django_db(transaction=True)


def test_queries_are_one_to_four_words_from_the_demo_vocabulary():
    vocabulary = set(demo_word_frequencies())

    queries = queries_for(50)

    assert all(1 <= len(query.split()) <= 4 for query in queries)
    assert all(set(query.split()) <= vocabulary for query in queries)


def test_common_words_are_drawn_more_often():
    counts = demo_word_frequencies()
    sampler = Sampler(counts, seed=1)
    drawn = sampler.words_of(5000).split()
    most_common = counts.most_common(1)[0][0]

    assert drawn.count(most_common) > 5000 / len(counts)


def test_benchmark_runs_end_to_end_in_its_own_database(capsys):
    call_command("search_bench", docs=60, queries=5, naive_queries=3, database="nlzve_bench_test")

    lines = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert [line.get("way") for line in lines[:3]] == ["raw", "ours", "naive"]
    assert {"ours/raw_p95", "ours/naive_p95"} <= set(lines[-1])
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = 'nlzve_bench_test'")
        assert cursor.fetchone() is None


def checkout_files() -> dict[str, float]:
    """Every file of the checkout outside the virtualenv, git's folder and bytecode caches."""
    skipped = {".venv", ".git", "__pycache__", "target"}
    files = {}
    for folder, subfolders, names in os.walk(settings.BASE_DIR):
        subfolders[:] = [name for name in subfolders if name not in skipped]
        for name in names:
            path = Path(folder) / name
            files[str(path)] = path.stat().st_mtime
    return files


def test_benchmark_writes_nothing_in_the_checkout(capsys):
    before = checkout_files()

    call_command("search_bench", docs=20, queries=3, naive_queries=0, database="nlzve_bench_files")

    assert checkout_files() == before


def test_benchmark_measures_the_search_server_in_the_same_run(capsys, search_node):
    from tests.search.conftest import SEARCH_NODE_URL, engine_for

    call_command(
        "search_bench",
        docs=60,
        queries=5,
        naive_queries=0,
        database="nlzve_bench_server_test",
        engine=engine_for(search_node),
        search_url=SEARCH_NODE_URL,
    )

    lines = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    ways = ["raw", "ours", "server", "server_floor", "server_floor_exact"]
    assert [line.get("way") for line in lines[:5]] == ways
    assert lines[5]["indexed"] == 60
    assert {"server/ours_p95", "server/floor_p95", "server/floor_exact_p95"} <= set(lines[-1])


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_cost_curve_writes_a_csv_and_a_chart_of_every_engine(tmp_path, capsys, search_node):
    from tests.search.conftest import SEARCH_NODE_URL, engine_for

    csv_path, chart_path = tmp_path / "curve.csv", tmp_path / "curve.png"

    call_command(
        "search_bench",
        "--sizes=50,20",
        queries=3,
        database="nlzve_bench_curve_test",
        engine=engine_for(search_node),
        search_url=SEARCH_NODE_URL,
        csv=csv_path,
        chart=chart_path,
    )

    with csv_path.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    measured = {(row["engine"], row["way"], int(row["docs"])) for row in rows}
    for series in [
        ("sqlite", "ours"),
        ("postgresql", "raw"),
        ("postgresql", "ours"),
        ("search-server", "server"),
        ("search-server", "server_floor"),
    ]:
        assert {(*series, 20), (*series, 50)} <= measured
    assert all(float(row["p95_ms"]) >= float(row["p50_ms"]) > 0 for row in rows)
    png = chart_path.read_bytes()
    assert png[:8] == PNG_SIGNATURE
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (1100, 540)


def test_freshness_publishes_through_a_real_worker_and_prints_figures(capsys, redis_client):
    call_command("search_bench", freshness=2, database="nlzve_bench_fresh_test")

    lines = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert [line["freshness"] for line in lines] == ["database"]
    assert lines[0]["publications"] == 2
    assert lines[0]["max_ms"] >= lines[0]["p95_ms"] >= lines[0]["p50_ms"] > 0


def test_freshness_measures_the_search_server_in_the_same_run(capsys, redis_client, search_node):
    from tests.search.conftest import SEARCH_NODE_URL, engine_for

    call_command(
        "search_bench",
        freshness=2,
        database="nlzve_bench_fresh_server_test",
        engine=engine_for(search_node),
        search_url=SEARCH_NODE_URL,
    )

    lines = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert [line["freshness"] for line in lines] == ["database", engine_for(search_node)]
    assert all(line["publications"] == 2 for line in lines)


def test_freshness_tasks_go_to_its_queue_though_the_routes_were_read_before():
    from config.celery import app as celery_app
    from search.freshness import routed_to

    def queue_of_ping() -> str:
        return celery_app.amqp.router.route({}, "core.ping")["queue"].name

    default = queue_of_ping()
    with routed_to("search_bench_freshness_test"):
        routed = queue_of_ping()

    assert (routed, queue_of_ping()) == ("search_bench_freshness_test", default)
