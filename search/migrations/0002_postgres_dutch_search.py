"""PostgreSQL only: a Dutch text search configuration that folds accents, and the GIN index.

unaccent and pg_trgm are trusted extensions (PostgreSQL 13+), so the database owner may
create them; scripts/services.sh also adds them to template1 for the test databases.
"""

from django.db import migrations

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'nlzve_dutch') THEN
            CREATE TEXT SEARCH CONFIGURATION nlzve_dutch (COPY = pg_catalog.dutch);
            ALTER TEXT SEARCH CONFIGURATION nlzve_dutch
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'nlzve_english') THEN
            CREATE TEXT SEARCH CONFIGURATION nlzve_english (COPY = pg_catalog.english);
            ALTER TEXT SEARCH CONFIGURATION nlzve_english
                ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
        END IF;
    END $$
    """,
    "CREATE INDEX IF NOT EXISTS search_document_vector_gin "
    "ON search_searchdocument USING gin (search_vector)",
    "CREATE INDEX IF NOT EXISTS search_document_title_trgm "
    "ON search_searchdocument USING gin (lower(title) gin_trgm_ops)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_document_title_trgm",
    "DROP INDEX IF EXISTS search_document_vector_gin",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS nlzve_english",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS nlzve_dutch",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
