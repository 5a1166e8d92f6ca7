"""Relevance evaluation: recall@k and mean reciprocal rank over a TSV of questions."""

from dataclasses import dataclass
from pathlib import Path

from search.query import SearchQuery
from search.service import search


@dataclass(frozen=True)
class Judgement:
    query: str
    expected: tuple[str, ...]
    rank: int | None  # 1-based rank of the first expected slug within the first k, else None


@dataclass(frozen=True)
class Evaluation:
    judgements: list[Judgement]
    k: int

    @property
    def recall(self) -> float:
        return sum(j.rank is not None for j in self.judgements) / max(1, len(self.judgements))

    @property
    def mrr(self) -> float:
        return sum(1 / j.rank for j in self.judgements if j.rank) / max(1, len(self.judgements))


def read_questions(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    questions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        query, slugs = line.split("\t", 1)
        questions.append((query.strip(), tuple(s.strip() for s in slugs.split(",") if s.strip())))
    return questions


def slug_of(url: str) -> str:
    return url.split("#")[0].rstrip("/").rsplit("/", 1)[-1]


def evaluate(questions, k: int, locale: str) -> Evaluation:
    judgements = []
    for query, expected in questions:
        result = search(SearchQuery(text=query, locale=locale, page_size=k))
        ranks = [i for i, hit in enumerate(result.hits, 1) if slug_of(hit.url) in expected]
        judgements.append(Judgement(query, expected, ranks[0] if ranks else None))
    return Evaluation(judgements, k)
