"""Staff groups and what they may do: one idempotent setup for every app's group.

A permission is named ``(app_label, codename)``. Page and collection permissions are granted
on one page (and its subtree) or one collection, the way Wagtail's own group editor does.
"""

from collections.abc import Iterable, Mapping

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

PermissionName = tuple[str, str]


def permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def ensure_group(
    name: str,
    permissions: Iterable[PermissionName] = (),
    *,
    only_these: bool = False,
    pages: Mapping[Page, Iterable[str]] | None = None,
    collections: Mapping[Collection, Iterable[PermissionName]] | None = None,
) -> Group:
    """The group with at least these permissions; with ``only_these``, exactly these.

    ``only_these`` is for groups that see personal data: a permission given by hand in the
    admin is taken away again, so the group never sees more than it needs.
    """
    group, _created = Group.objects.get_or_create(name=name)
    granted = [permission(app_label, codename) for app_label, codename in permissions]
    if only_these:
        group.permissions.set(granted)
    else:
        group.permissions.add(*granted)
    for page, codenames in (pages or {}).items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=permission("wagtailcore", codename)
            )
    for collection, names in (collections or {}).items():
        for app_label, codename in names:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission(app_label, codename)
            )
    return group


def root_collection() -> Collection:
    return Collection.get_first_root_node() or Collection.add_root(name="Root")
