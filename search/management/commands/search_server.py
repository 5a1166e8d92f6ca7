from django.core.management.base import BaseCommand, CommandError

from search.engines import lifecycle, mapping
from search.engines.client import server_configured, server_version, transport_errors


class Command(BaseCommand):
    help = (
        "Beheer van de zoekserver (OpenSearch/Elasticsearch): 'rebuild' bouwt per taal een "
        "nieuwe index en zet de alias om zonder onderbreking (ook na gewijzigde synoniemen in "
        "de woordenlijst); 'check' vergelijkt de index met de database, met --repair herstelt "
        "het de verschillen; 'status' toont server en indexen."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "check", "status"])
        parser.add_argument("--repair", action="store_true", help="herstel wat 'check' vindt")
        parser.add_argument("--language", help="alleen deze taal (nl of en)")

    def handle(self, *args, action, repair, language, **options):
        if not server_configured():
            raise CommandError(
                "SEARCH_ENGINE is 'database': er is geen zoekserver ingesteld "
                "(zet SEARCH_ENGINE en SEARCH_URL)."
            )
        languages = [language] if language else mapping.languages()
        try:
            # Prefixed: BaseCommand already has a check() (the system checks).
            getattr(self, f"run_{action}")(languages, repair=repair)
        except transport_errors() as error:
            raise CommandError(f"De zoekserver antwoordt niet goed: {error}") from error

    def run_rebuild(self, languages, **options):
        for language in languages:
            report = lifecycle.rebuild(language)
            self.stdout.write(
                f"{language}: {report.documents} documenten in {report.index}"
                f" (oude index verwijderd: {', '.join(report.removed) or 'geen'})"
            )

    def run_check(self, languages, *, repair, **options):
        drifted = False
        for language in languages:
            drift = lifecycle.check(language)
            self.stdout.write(
                f"{language}: {len(drift.missing)} ontbreken, {len(drift.stale)} verouderd, "
                f"{len(drift.extra)} te veel"
            )
            if drift.outdated:
                self.stdout.write(
                    f"{language}: de index is met een oudere mapping of andere synoniemen "
                    "gebouwd; herstel bouwt hem opnieuw op"
                )
            if drift.is_clean:
                continue
            drifted = True
            if repair:
                lifecycle.repair(drift)
                self.stdout.write(f"{language}: hersteld")
        if drifted and not repair:
            raise CommandError("De index wijkt af van de database; herstel met --repair.")

    def run_status(self, languages, **options):
        self.stdout.write(server_version())
        for language in languages:
            targets = lifecycle.alias_targets(language)
            self.stdout.write(f"{mapping.alias_name(language)} -> {', '.join(targets) or '-'}")
