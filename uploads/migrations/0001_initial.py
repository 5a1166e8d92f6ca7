"""The models of "Trots op mijn initiatief", moved here from the knowledge app without data loss.

Their tables already exist (knowledge 0004, 0005) and keep their names (``db_table``), so
this migration only records the models in this app's state; ``knowledge`` 0007 then drops
them from that app's state. Nothing in the database changes except the content types: their
rows move to this app, so pages, revisions, translation sources, the reference index and
permissions, which point at a content type by id, keep pointing at the right model.
"""

import django.core.validators
import django.db.models.deletion
import modelcluster.fields
import uploads.models
import uploads.storage
import wagtail.contrib.routable_page.models
from django.conf import settings
from django.db import migrations, models

MOVED_MODELS = ["submission", "submissionfile", "uploadindexpage", "uploadpage", "uploaddocument"]


def move_content_types(source: str, target: str):
    def move(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        types = ContentType.objects.using(schema_editor.connection.alias)
        for model in MOVED_MODELS:
            moving = types.filter(app_label=source, model=model).first()
            if moving is None:
                continue  # a new database: post_migrate creates the type afterwards
            # A type for the target that post_migrate created while the model was still in
            # the source app's state holds no content yet; the one that moves keeps its id.
            types.filter(app_label=target, model=model).delete()
            moving.app_label = target
            moving.save(update_fields=["app_label"])

    return move


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('knowledge', '0006_document_text_for_search'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtaildocs', '0014_alter_document_file_size'),
        ('wagtailimages', '0027_image_description'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='UploadIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', models.TextField(blank=True, max_length=800, verbose_name='introduction')),
                        ('form_intro', models.TextField(blank=True, max_length=1500, verbose_name='introduction to the form')),
                        ('privacy_statement_url', models.URLField(blank=True, verbose_name='privacy statement')),
                    ],
                    options={
                        'verbose_name': "'Trots op mijn initiatief' index",
                        'verbose_name_plural': "'Trots op mijn initiatief' indexes",
                        'db_table': 'knowledge_uploadindexpage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='Submission',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('status', models.CharField(choices=[('processing', 'being processed'), ('ready', 'waiting for moderation'), ('changes_requested', 'changes requested'), ('approved', 'approved and published'), ('rejected', 'rejected')], default='processing', max_length=20, verbose_name='status')),
                        ('initiative_name', models.CharField(blank=True, max_length=200, verbose_name="new initiative's name")),
                        ('place', models.CharField(max_length=120, verbose_name='place')),
                        ('contact_name', models.CharField(blank=True, max_length=120, verbose_name='contact name')),
                        ('contact_email', models.EmailField(blank=True, max_length=254, verbose_name='contact email address')),
                        ('material_type', models.CharField(choices=[('jaarverslag', 'annual report'), ('beleidsplan', 'policy plan'), ('nieuwsbrief', 'newsletter'), ('onderzoek', 'research'), ('presentatie', 'presentation'), ('foto', 'photo'), ('overig', 'other')], max_length=20, verbose_name='type of material')),
                        ('year', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(1900), django.core.validators.MaxValueValidator(2100)], verbose_name='year')),
                        ('title', models.CharField(max_length=200, verbose_name='title')),
                        ('description', models.TextField(max_length=1000, verbose_name='short description')),
                        ('consent_publication', models.BooleanField(default=False, verbose_name='consent to publication')),
                        ('consent_privacy', models.BooleanField(default=False, verbose_name='consent to the privacy statement')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='received')),
                        ('processed_at', models.DateTimeField(blank=True, null=True, verbose_name='processed')),
                        ('decided_at', models.DateTimeField(blank=True, null=True, verbose_name='decided')),
                        ('moderator_message', models.TextField(blank=True, verbose_name='message to the sender')),
                        ('confirmation_sent_at', models.DateTimeField(blank=True, null=True)),
                        ('decision_sent_at', models.DateTimeField(blank=True, null=True)),
                        ('personal_data_removed_at', models.DateTimeField(blank=True, null=True, verbose_name='contact details removed')),
                        ('decided_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='decided by')),
                        ('initiative', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='submissions', to='knowledge.initiative', verbose_name='initiative')),
                        ('province', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='knowledge.province', verbose_name='province')),
                        ('themes', models.ManyToManyField(blank=True, related_name='+', to='knowledge.theme', verbose_name='themes')),
                    ],
                    options={
                        'verbose_name': 'submission',
                        'verbose_name_plural': 'submissions',
                        'db_table': 'knowledge_submission',
                        'ordering': ['-created_at'],
                        'permissions': [('moderate_submission', "Can moderate 'Trots op mijn initiatief' uploads")],
                    },
                ),
                migrations.CreateModel(
                    name='SubmissionFile',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('batch', models.CharField(db_index=True, max_length=64)),
                        ('original_name', models.CharField(max_length=255, verbose_name='name as sent')),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('kind', models.CharField(max_length=10, verbose_name='type')),
                        ('content_type', models.CharField(max_length=100, verbose_name='content type')),
                        ('size', models.PositiveBigIntegerField(verbose_name='size in bytes')),
                        ('sha256', models.CharField(db_index=True, max_length=64)),
                        ('file', models.FileField(max_length=200, storage=uploads.storage.private_storage, upload_to=uploads.models.pending_file_path)),
                        ('status', models.CharField(choices=[('pending', 'waiting to be processed'), ('processed', 'processed'), ('failed', 'could not be processed')], default='pending', max_length=10, verbose_name='processing')),
                        ('outcome', models.CharField(blank=True, max_length=300, verbose_name='outcome')),
                        ('attempts', models.PositiveSmallIntegerField(default=0)),
                        ('extracted_text', models.TextField(blank=True, verbose_name='extracted text')),
                        ('removed_metadata', models.JSONField(blank=True, default=list, verbose_name='metadata removed')),
                        ('thumbnail', models.FileField(blank=True, max_length=200, storage=uploads.storage.private_storage, upload_to=uploads.models.thumbnail_path)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('processed_at', models.DateTimeField(blank=True, null=True)),
                        ('submission', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='files', to='uploads.submission', verbose_name='submission')),
                    ],
                    options={
                        'verbose_name': 'submitted file',
                        'verbose_name_plural': 'submitted files',
                        'db_table': 'knowledge_submissionfile',
                        'ordering': ['created_at', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='UploadPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('initiative_name', models.CharField(blank=True, help_text='Only when the initiative is not in the directory yet.', max_length=200, verbose_name="initiative's name")),
                        ('place', models.CharField(blank=True, max_length=120, verbose_name='place')),
                        ('material_type', models.CharField(choices=[('jaarverslag', 'annual report'), ('beleidsplan', 'policy plan'), ('nieuwsbrief', 'newsletter'), ('onderzoek', 'research'), ('presentatie', 'presentation'), ('foto', 'photo'), ('overig', 'other')], max_length=20, verbose_name='type of material')),
                        ('year', models.PositiveSmallIntegerField(validators=[django.core.validators.MinValueValidator(1900), django.core.validators.MaxValueValidator(2100)], verbose_name='year')),
                        ('description', models.TextField(max_length=1000, verbose_name='short description')),
                        ('extracted_text', models.TextField(blank=True, help_text='Taken from the files; search finds the material by it. Not shown.', verbose_name='text of the documents')),
                        ('initiative', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='uploads', to='knowledge.initiative', verbose_name='initiative')),
                        ('province', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='knowledge.province', verbose_name='province')),
                        ('themes', modelcluster.fields.ParentalManyToManyField(blank=True, to='knowledge.theme', verbose_name='themes')),
                    ],
                    options={
                        'verbose_name': 'material from an initiative',
                        'verbose_name_plural': 'material from initiatives',
                        'db_table': 'knowledge_uploadpage',
                    },
                    bases=('wagtailcore.page',),
                ),
                migrations.CreateModel(
                    name='UploadDocument',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('document', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtaildocs.document', verbose_name='document')),
                        ('thumbnail', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='thumbnail')),
                        ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='upload_documents', to='uploads.uploadpage')),
                    ],
                    options={
                        'db_table': 'knowledge_uploaddocument',
                        'ordering': ['sort_order'],
                        'abstract': False,
                    },
                ),
                migrations.AddField(
                    model_name='submission',
                    name='page',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='uploads.uploadpage', verbose_name='published page'),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(
            move_content_types("knowledge", "uploads"),
            move_content_types("uploads", "knowledge"),
        ),
    ]
