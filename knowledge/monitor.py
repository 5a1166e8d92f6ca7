"""Read side of the Monitor page: each edition's figures, the twelve provinces and its bar chart.

The chart is drawn here as numbers for an inline SVG (no scripts, no outside files): one bar
per province, in the order of the map's table (by name). A province without a figure gets no
bar and the words "not yet known", never a zero.
"""

from dataclasses import dataclass

from wagtail.models import Locale

from knowledge.initiative_map import LAYOUT
from knowledge.models import MonitorEdition, Province
from knowledge.vocabulary_data import PROVINCES

# Chart geometry in SVG units; the SVG scales to the column's width.
LABEL_WIDTH = 122
BAR_WIDTH = 170
VALUE_WIDTH = 68
ROW = 30
BAR_HEIGHT = 20
TOP = 6


@dataclass(frozen=True)
class ProvinceFigure:
    slug: str
    name: str
    count: int | None


@dataclass(frozen=True)
class Bar:
    figure: ProvinceFigure
    y: int
    width: int

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT // 2

    @property
    def value_x(self) -> int:
        return LABEL_WIDTH + self.width + 6


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    width: int
    height: int
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height}"


@dataclass(frozen=True)
class EditionFigures:
    edition: MonitorEdition
    provinces: list[ProvinceFigure]
    results: list
    chart: Chart | None

    @property
    def known(self) -> list[ProvinceFigure]:
        return [item for item in self.provinces if item.count is not None]

    @property
    def unknown(self) -> list[ProvinceFigure]:
        return [item for item in self.provinces if item.count is None]

    @property
    def province_sum(self) -> int | None:
        """The sum of the provinces' counts, only when all twelve are known."""
        if self.unknown:
            return None
        return sum(item.count for item in self.provinces)


def province_names(locale: Locale) -> dict[str, str]:
    """The twelve provinces of the map, named in the page's language where a name exists."""
    names = dict(PROVINCES)
    names.update(
        Province.objects.filter(locale=locale, slug__in=LAYOUT).values_list("slug", "name")
    )
    return {slug: names[slug] for slug in LAYOUT}


def chart(provinces: list[ProvinceFigure]) -> Chart | None:
    """Bars scaled to the largest count; None when no province has a figure yet."""
    most = max((item.count for item in provinces if item.count is not None), default=None)
    if most is None:
        return None
    bars = []
    for row, item in enumerate(provinces):
        width = 0 if not item.count or not most else round(BAR_WIDTH * item.count / most)
        bars.append(Bar(item, TOP + row * ROW, width))
    return Chart(bars, LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH, TOP * 2 + len(provinces) * ROW)


def edition_figures(edition: MonitorEdition, names: dict[str, str]) -> EditionFigures:
    counts = {item.province: item.count for item in edition.province_counts.all()}
    provinces = sorted(
        (ProvinceFigure(slug, name, counts.get(slug)) for slug, name in names.items()),
        key=lambda item: item.name,
    )
    return EditionFigures(edition, provinces, list(edition.results.all()), chart(provinces))


def editions(locale: Locale) -> list[EditionFigures]:
    """Every edition, newest first."""
    names = province_names(locale)
    queryset = MonitorEdition.objects.prefetch_related("province_counts", "results")
    return [edition_figures(edition, names) for edition in queryset.order_by("-year")]
