"""Who moderates: the group's name and the permission it holds, named once for the app."""

# The group that ensure_moderators() sets up; its members get the mail about new material.
MODERATORS = "Moderatoren"

# Every moderation view and the admin menu item ask for this permission.
MODERATE_CODENAME = "moderate_submission"
MODERATE_PERMISSION = f"uploads.{MODERATE_CODENAME}"
