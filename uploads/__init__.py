"""'Trots op mijn initiatief': intake, processing, moderation and publication of uploads."""
