"""The models of "Trots op mijn initiatief" now belong to the uploads app (its 0001).

Removed from this app's state only: the tables stay, under the same names, and are the
uploads app's from here on.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('knowledge', '0006_document_text_for_search'),
        ('uploads', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='submissionfile',
                    name='submission',
                ),
                migrations.RemoveField(
                    model_name='uploaddocument',
                    name='document',
                ),
                migrations.RemoveField(
                    model_name='uploaddocument',
                    name='page',
                ),
                migrations.RemoveField(
                    model_name='uploaddocument',
                    name='thumbnail',
                ),
                migrations.RemoveField(
                    model_name='uploadindexpage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='uploadpage',
                    name='initiative',
                ),
                migrations.RemoveField(
                    model_name='uploadpage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='uploadpage',
                    name='province',
                ),
                migrations.RemoveField(
                    model_name='uploadpage',
                    name='themes',
                ),
                migrations.DeleteModel(
                    name='Submission',
                ),
                migrations.DeleteModel(
                    name='SubmissionFile',
                ),
                migrations.DeleteModel(
                    name='UploadDocument',
                ),
                migrations.DeleteModel(
                    name='UploadIndexPage',
                ),
                migrations.DeleteModel(
                    name='UploadPage',
                ),
            ],
            database_operations=[],
        ),
    ]
