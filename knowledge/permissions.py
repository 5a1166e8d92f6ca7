"""Who may change a translatable snippet: translators change translations, editors the sources."""

from django.contrib.auth.models import Permission
from django.db.models import Q, QuerySet

from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy

from knowledge.translators import TRANSLATORS


class SourceLocalePermissionPolicy(ModelPermissionPolicy):
    """A term in the default language is changed only by those who hold ``change`` for it.

    The Vertalers group holds ``change`` on the vocabularies and the glossary because
    wagtail-localize's editor asks for the model permission; what it grants covers the
    translations only. A Dutch term stays with the editors: a superuser, or whoever holds the
    permission directly or through a group other than Vertalers.
    """

    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        if not self.user_has_permission(user, action):
            return False
        if action != "change" or instance.locale_id != Locale.get_default().pk:
            return True
        return self._may_change_sources(user)

    def instances_user_has_permission_for(self, user, action) -> QuerySet:
        instances = super().instances_user_has_permission_for(user, action)
        if action == "change" and not self._may_change_sources(user):
            return instances.exclude(locale=Locale.get_default())
        return instances

    def _may_change_sources(self, user) -> bool:
        if user.is_superuser:
            return True
        other_groups = user.groups.exclude(name=TRANSLATORS)
        return Permission.objects.filter(
            Q(user=user) | Q(group__in=other_groups),
            content_type=self._content_type,
            codename=self._get_permission_codename("change"),
        ).exists()
