"""The Initiatievenkaart as a tile cartogram: one square per province, in our own layout.

No map geometry is used: each province is a tile placed roughly where it lies (column, row),
so the map needs no data from outside and its layout is ours (licensed with the code).
"""

from dataclasses import dataclass

from knowledge.directory import ProvinceCount

TILE = 96
GAP = 14
MARGIN = 8
RING = 5

# slug -> (column, row, short label). North at the top, the sea to the west.
LAYOUT = {
    "friesland": (1, 0, "FR"),
    "groningen": (2, 0, "GR"),
    "noord-holland": (0, 1, "NH"),
    "flevoland": (1, 1, "FL"),
    "drenthe": (2, 1, "DR"),
    "zuid-holland": (0, 2, "ZH"),
    "utrecht": (1, 2, "UT"),
    "overijssel": (2, 2, "OV"),
    "zeeland": (0, 3, "ZE"),
    "noord-brabant": (1, 3, "NB"),
    "gelderland": (2, 3, "GE"),
    "limburg": (2, 4, "LI"),
}
COLUMNS = 1 + max(column for column, _, _ in LAYOUT.values())
ROWS = 1 + max(row for _, row, _ in LAYOUT.values())
# Shades from none to most; the darker two carry white text (contrast checked with axe).
SHADES = 5


@dataclass(frozen=True)
class Tile:
    province: ProvinceCount
    short: str
    x: int
    y: int
    shade: int

    @property
    def ring_x(self) -> int:
        return self.x - RING

    @property
    def ring_y(self) -> int:
        return self.y - RING

    @property
    def centre_x(self) -> int:
        return self.x + TILE // 2

    @property
    def centre_y(self) -> int:
        return self.y + TILE // 2


def shade(count: int, most: int) -> int:
    """0 for none; 1 to SHADES - 1 in equal steps up to the province with the most."""
    if count <= 0 or most <= 0:
        return 0
    return max(1, -(-count * (SHADES - 1) // most))


@dataclass(frozen=True)
class LegendStep:
    shade: int
    low: int
    high: int


def legend(counts: list[ProvinceCount]) -> list[LegendStep]:
    """The range of counts each shade stands for, from none to the most."""
    most = max((item.count for item in counts), default=0)
    steps = [LegendStep(0, 0, 0)]
    for step in range(1, SHADES):
        low, high = (step - 1) * most // (SHADES - 1) + 1, step * most // (SHADES - 1)
        if low <= high:
            steps.append(LegendStep(step, low, high))
    return steps


def tiles(counts: list[ProvinceCount]) -> list[Tile]:
    most = max((item.count for item in counts), default=0)
    result = []
    for item in counts:
        if item.slug not in LAYOUT:
            continue
        column, row, short = LAYOUT[item.slug]
        result.append(
            Tile(
                province=item,
                short=short,
                x=MARGIN + column * (TILE + GAP),
                y=MARGIN + row * (TILE + GAP),
                shade=shade(item.count, most),
            )
        )
    return sorted(result, key=lambda tile: (tile.y, tile.x))


def view_box() -> str:
    width = 2 * MARGIN + COLUMNS * TILE + (COLUMNS - 1) * GAP
    height = 2 * MARGIN + ROWS * TILE + (ROWS - 1) * GAP
    return f"0 0 {width} {height}"
