#!/usr/bin/env bash
# Installs (once) and starts (when not running) the services the test suite talks to:
# PostgreSQL, Redis, Chromium and nginx from the operating system's packages. Idempotent and quick
# when everything is already there. Needs root or sudo for the first install.
set -euo pipefail

PG_USER=nlzve
PG_PASSWORD=nlzve
PG_DB=nlzve
REDIS_PORT=${REDIS_PORT:-6379}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v pg_ctlcluster >/dev/null || missing+=(postgresql postgresql-contrib)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v chromium >/dev/null || missing+=(chromium)
command -v msgfmt >/dev/null || missing+=(gettext)
# The reverse proxy of the production stack (scripts/stack.sh, scripts/demo --stack).
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null || missing+=(openssl)
# The PDFs the site writes use DejaVu Sans (PDF_FONT_DIR).
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
    echo "services: installing ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

# PostgreSQL: the packaged cluster, started without systemd.
pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q "^$pg_version main"; then
    as_root pg_createcluster "$pg_version" main
fi
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    as_root pg_ctlcluster "$pg_version" main start
fi
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 0.5
done
pg_isready -h 127.0.0.1 -p 5432
psql_as_postgres() { as_root su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $*"; }
if [ "$(psql_as_postgres "-c \"SELECT 1 FROM pg_roles WHERE rolname='$PG_USER'\"")" != "1" ]; then
    psql_as_postgres "-c \"CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD'\""
fi
if [ "$(psql_as_postgres "-c \"SELECT 1 FROM pg_database WHERE datname='$PG_DB'\"")" != "1" ]; then
    psql_as_postgres "-c \"CREATE DATABASE $PG_DB OWNER $PG_USER\""
fi
# Extensions need a superuser; the test database is created from template1, so add them there.
psql_as_postgres "-d template1 -c \"CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;\""

# Redis on loopback.
if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save "" --appendonly no
    for _ in $(seq 1 20); do
        redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
        sleep 0.25
    done
fi
redis-cli -p "$REDIS_PORT" ping >/dev/null
echo "services: PostgreSQL $pg_version, Redis on $REDIS_PORT and $(chromium --version 2>/dev/null) ready"
