from django import template

register = template.Library()


@register.filter
def get_item(mapping: dict, key: str):
    return mapping.get(key, "")


@register.filter
def has_selection(facet) -> bool:
    return any(value.selected for value in facet.values)


@register.filter
def first_number(page: int, page_size: int) -> int:
    """The number of the first result on this page, for <ol start>."""
    return (page - 1) * page_size + 1
