"""search_bench --sizes: the cost of a search against the number of documents, per engine.

One row per engine, size and way (p50/p95 in ms), written as CSV and drawn as a PNG with
matplotlib (a development dependency: the site itself never imports this module).
"""

import csv
from dataclasses import dataclass
from pathlib import Path

# What each series is, in the order of the chart's legend; floors are drawn dashed.
SERIES = {
    ("sqlite", "ours"): ("SQLite (portable): service", "-"),
    ("postgresql", "ours"): ("PostgreSQL: service", "-"),
    ("postgresql", "raw"): ("PostgreSQL: bare ranked query (floor)", "--"),
    ("search-server", "server"): ("Search server: service", "-"),
    ("search-server", "server_floor"): ("Search server: bare top 10 (floor)", "--"),
    ("search-server", "server_floor_exact"): ("Search server: bare top 10, exact total", ":"),
}
FIELDS = ["engine", "way", "docs", "p50_ms", "p95_ms", "queries"]


@dataclass(frozen=True)
class Point:
    engine: str
    way: str
    docs: int
    p50_ms: float
    p95_ms: float
    queries: int


def write_csv(points: list[Point], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=FIELDS)
        writer.writeheader()
        for point in sorted(points, key=lambda p: (p.engine, p.way, p.docs)):
            writer.writerow(
                {
                    "engine": point.engine,
                    "way": point.way,
                    "docs": point.docs,
                    "p50_ms": round(point.p50_ms, 1),
                    "p95_ms": round(point.p95_ms, 1),
                    "queries": point.queries,
                }
            )


def draw(points: list[Point], path: Path, title: str) -> None:
    """p50 and p95 against the number of documents, both axes logarithmic."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(11, 5.4), dpi=100, layout="constrained")
    axes = figure.subplots(1, 2, sharey=True)
    for axis, (field, name) in zip(axes, [("p50_ms", "p50"), ("p95_ms", "p95")], strict=True):
        for (engine, way), (label, style) in SERIES.items():
            series = sorted(
                (point for point in points if (point.engine, point.way) == (engine, way)),
                key=lambda point: point.docs,
            )
            if not series:
                continue
            axis.plot(
                [point.docs for point in series],
                [getattr(point, field) for point in series],
                style,
                marker="o",
                label=label,
            )
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlabel("documents")
        axis.set_title(f"{name} per search")
        axis.grid(True, which="both", alpha=0.3)
    axes[0].set_ylabel("ms (log)")
    # Below the panels: inside either one it hid a line.
    handles, labels = axes[0].get_legend_handles_labels()
    figure.legend(handles, labels, loc="outside lower center", ncols=3, fontsize="small")
    figure.suptitle(title, fontsize="medium")
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png")
