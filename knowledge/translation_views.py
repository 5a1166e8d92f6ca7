"""wagtail-localize's "update translations" view, without a publish for those who may not.

Its "Publish immediately" box publishes every translation for anyone who may submit
translations; a translator may not publish, so the box is refused unless the user may publish
each translated page. Served at the library's own address, so its links and buttons keep working.
"""

from django.core.exceptions import PermissionDenied

from wagtail.models import Page

from wagtail_localize.views.update_translations import UpdateTranslationsView


class UpdateTranslationsWithoutPublishView(UpdateTranslationsView):
    def may_publish_every_translation(self) -> bool:
        for translation in self.object.translations.filter(enabled=True):
            target = translation.get_target_instance()
            if (
                isinstance(target, Page)
                and not target.permissions_for_user(self.request.user).can_publish()
            ):
                return False
        return True

    def form_valid(self, form):
        if form.cleaned_data["publish_translations"] and not self.may_publish_every_translation():
            raise PermissionDenied
        return super().form_valid(form)
