from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Locale

from search.evaluation import evaluate, read_questions


class Command(BaseCommand):
    help = "Meet recall@k en MRR van de zoekdienst op een TSV-bestand: vraag<TAB>slug[,slug…]."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--k", type=int, default=3)
        parser.add_argument("--locale", default="nl")

    def handle(self, *args, file: Path, k: int, locale: str, **options):
        if not file.is_file():
            raise CommandError(f"Bestand niet gevonden: {file}")
        if not Locale.objects.filter(language_code=locale).exists():
            raise CommandError(f"Onbekende taal: {locale}")
        evaluation = evaluate(read_questions(file), k, locale)
        for judgement in evaluation.judgements:
            rank = judgement.rank if judgement.rank else "-"
            self.stdout.write(f"{rank}\t{judgement.query}\t{','.join(judgement.expected)}")
        recall, mrr, count = evaluation.recall, evaluation.mrr, len(evaluation.judgements)
        self.stdout.write(f"recall@{k}={recall:.2f} mrr={mrr:.2f} n={count}")
