"""The scripts that run a search node work wherever the checkout lies.

Elasticsearch refuses root, so root runs it as ``nobody``, who cannot enter a checkout in a
folder only its owner may open (root's home, mode 700).
"""

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import PROJECT_DIR
from tests.processes import free_port

ELASTICSEARCH_BUILD = PROJECT_DIR / "tools" / "elasticsearch8" / "target"


def copy_checkout(target: Path) -> None:
    """The tracked files plus the node already built here (hard links: no second build)."""
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=PROJECT_DIR, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, files):
        source = PROJECT_DIR / os.fsdecode(name)
        if source.is_file():
            (target / source.relative_to(PROJECT_DIR)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / source.relative_to(PROJECT_DIR))
    if ELASTICSEARCH_BUILD.is_dir():
        shutil.copytree(
            ELASTICSEARCH_BUILD,
            target / ELASTICSEARCH_BUILD.relative_to(PROJECT_DIR),
            copy_function=os.link,
        )


@pytest.mark.search_server
@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands the node to another user")
def test_elasticsearch_starts_from_a_checkout_that_only_root_can_enter(tmp_path):
    home = tmp_path / "home"
    checkout = home / "kennisbank"
    checkout.mkdir(parents=True)
    home.chmod(0o700)
    copy_checkout(checkout)
    environment = {**os.environ, "ELASTICSEARCH_PORT": str(free_port())}
    script = checkout / "scripts" / "elasticsearch.sh"
    try:
        started = subprocess.run(
            [script, "start"], env=environment, capture_output=True, text=True, timeout=600
        )
        assert started.returncode == 0, started.stdout + started.stderr
        status = subprocess.run(
            [script, "status"], env=environment, capture_output=True, text=True, timeout=30
        )
        assert '"status":"green"' in status.stdout
    finally:
        subprocess.run([script, "stop"], env=environment, capture_output=True, timeout=60)
        checkout_key = hashlib.sha256(str(checkout).encode()).hexdigest()[:12]
        shutil.rmtree(f"/var/tmp/nlzve-search-{checkout_key}", ignore_errors=True)  # noqa: S108
