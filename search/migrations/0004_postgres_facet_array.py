"""PostgreSQL only: the facet keys as an array, kept by the database from ``facet_keys``.

Counting the facets of many matches then unnests a stored array instead of splitting a string
per row (see docs/benchmarks.md).
"""

from django.db import migrations

FORWARD = (
    "ALTER TABLE search_searchdocument ADD COLUMN IF NOT EXISTS facet_array text[] "
    "GENERATED ALWAYS AS (string_to_array(trim(facet_keys), ' ')) STORED"
)
BACKWARD = "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS facet_array"


def run(statement):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0003_facet_keys_head_vector")]

    operations = [migrations.RunPython(run(FORWARD), run(BACKWARD))]
