from django.urls import path

from helpdesk import views

app_name = "helpdesk"
urlpatterns = [
    path("pakket/<str:token>/", views.bundle_page, name="bundle_page"),
    path("pakket/<str:token>/pdf/", views.bundle_pdf, name="bundle_pdf"),
    path("helpdesk/pakket/", views.current, name="current"),
    path("helpdesk/pakket/toevoegen/", views.add, name="add"),
    path("helpdesk/pakket/verwijderen/", views.remove, name="remove"),
    path("helpdesk/pakket/gesprek/", views.call, name="call"),
    path("helpdesk/pakket/nieuw/", views.new, name="new"),
    path("helpdesk/pakket/item/<int:item_id>/", views.item, name="item"),
    path("helpdesk/pakketten/", views.bundle_list, name="list"),
    path("helpdesk/pakketten/<int:bundle_id>/", views.detail, name="detail"),
    path("helpdesk/pakketten/<int:bundle_id>/<str:action>/", views.bundle_action, name="action"),
    path("helpdesk/voorbeelden-zoeken/", views.finder, name="finder"),
    path("helpdesk/praktijkvoorbeelden/<int:case_id>/", views.case_note, name="case_note"),
    path("helpdesk/controleren/", views.due_checks, name="due_checks"),
    path("helpdesk/initiatieven-controleren/", views.initiatives_due, name="initiatives_due"),
]
