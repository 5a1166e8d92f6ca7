#!/usr/bin/env bash
# The site on the production stack, on loopback: gunicorn (production settings) behind Debian's
# nginx with deploy/nginx.conf, a Celery worker and beat, PostgreSQL, Redis and the search
# server. One way to start it, used by `scripts/demo --stack` and `scripts/load`:
#   scripts/stack.sh start          start what is not running (gunicorn, worker, beat, nginx,
#                                   and the search node when none answers), wait until it serves
#   scripts/stack.sh stop           stop exactly what `start` started (pid files in the run folder)
#   scripts/stack.sh status         list the processes and the address; exit 1 when one is down
#   scripts/stack.sh manage ARGS    run manage.py with the stack's environment (prepares content)
#   scripts/stack.sh env            print the stack's environment (for a shell: eval "$(… env)")
# PostgreSQL and Redis are the machine's services (scripts/services.sh starts them); the stack
# uses its own database and Redis database and leaves the services running when it stops.
#
# Settings (environment): STACK_PORT (default 8443) is nginx's HTTPS port, STACK_PORT+1 its
# HTTP port (redirects), STACK_PORT+2 gunicorn's; STACK_DATABASE (nlzve_stack_demo) or
# STACK_DATABASE_URL; STACK_REDIS_URL (redis://127.0.0.1:6379/10: broker, results and cache);
# STACK_SEARCH_ENGINE (opensearch2; `database` for the database engine), STACK_SEARCH_URL
# (http://127.0.0.1:${OPENSEARCH_PORT:-9250}), STACK_INDEX_PREFIX (the database's name);
# STACK_WORKERS (gunicorn workers, two per core); STACK_RUN (the run folder,
# .services/stack-$STACK_PORT): pid files, logs, the generated nginx configuration, the
# self-signed certificate, the secret key, media and private uploads.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

port=${STACK_PORT:-8443}
http_port=$((port + 1))
web_port=$((port + 2))
database=${STACK_DATABASE:-nlzve_stack_demo}
database_url=${STACK_DATABASE_URL:-postgres://nlzve:nlzve@127.0.0.1:5432/$database}
database=${database_url##*/}
redis_url=${STACK_REDIS_URL:-redis://127.0.0.1:6379/10}
engine=${STACK_SEARCH_ENGINE:-opensearch2}
search_url=${STACK_SEARCH_URL:-http://127.0.0.1:${OPENSEARCH_PORT:-9250}}
workers=${STACK_WORKERS:-$((2 * $(nproc)))}
run=${STACK_RUN:-$root/.services/stack-$port}
mkdir -p "$run"
run=$(cd "$run" && pwd)
site=https://127.0.0.1:$port

# The key is made once per run folder, so sessions survive a restart.
if [ ! -s "$run/secret_key" ]; then
    (umask 077 && python3 -c 'import secrets; print(secrets.token_urlsafe(64))' >"$run/secret_key")
fi
export DJANGO_SETTINGS_MODULE=config.settings.production
SECRET_KEY=$(cat "$run/secret_key")
export SECRET_KEY
export ALLOWED_HOSTS=127.0.0.1,localhost
export CSRF_TRUSTED_ORIGINS=$site,https://localhost:$port
export SITE_URL=$site
export DATABASE_URL=$database_url
export CELERY_BROKER_URL=$redis_url CELERY_RESULT_BACKEND=$redis_url CACHE_URL=$redis_url
export TRUSTED_PROXIES=1
# A browser must not remember HSTS for 127.0.0.1: other local servers there speak plain HTTP.
export SECURE_HSTS_SECONDS=0
export SEARCH_ENGINE=$engine SEARCH_URL=$search_url
export SEARCH_INDEX_PREFIX=${STACK_INDEX_PREFIX:-$database}
export MEDIA_ROOT=$run/media UPLOADS_PRIVATE_ROOT=$run/private_uploads
mkdir -p "$MEDIA_ROOT" "$UPLOADS_PRIVATE_ROOT"

# The stack's own database, created when missing (services.sh gives the role CREATEDB).
ensure_database() {
    .venv/bin/python - "$DATABASE_URL" <<'PYTHON'
import sys

import psycopg

base, name = sys.argv[1].rsplit("/", 1)
with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
    if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
        admin.execute(f'CREATE DATABASE "{name}"')
PYTHON
}

alive() { [ -f "$run/$1.pid" ] && kill -0 "$(cat "$run/$1.pid")" 2>/dev/null; }

wait_for() {
    local what=$1 tries=$2
    shift 2
    for _ in $(seq 1 "$tries"); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "stack: $what did not come up; see the logs in $run" >&2
    return 1
}

# deploy/nginx.conf with only what loopback needs changed: the upstream and listen addresses,
# the certificate and media paths, the redirect's port. Every other rule is the shipped one.
nginx_config() {
    local shipped=deploy/nginx.conf
    local needle
    for needle in 'server web:8000;' 'listen 80;' 'listen 443 ssl;' '/etc/nginx/certs/' \
        '/data/media/' 'https://$host$request_uri'; do
        if ! grep -qF "$needle" "$shipped"; then
            echo "stack: $shipped no longer contains '$needle'; adapt scripts/stack.sh" >&2
            exit 1
        fi
    done
    # nginx before 1.25.1 (Debian 12 has 1.22) knows HTTP/2 only as a listen parameter.
    local http2='http2 on;' listen_tls="listen 127.0.0.1:$port ssl;"
    if ! nginx -V 2>&1 | awk '/nginx version/ {split($3, v, "/"); split(v[2], n, ".");
            exit !(n[1] > 1 || (n[1] == 1 && (n[2] > 25 || (n[2] == 25 && n[3] >= 1)))) }'; then
        http2='' listen_tls="listen 127.0.0.1:$port ssl http2;"
    fi
    sed -e "s|server web:8000;|server 127.0.0.1:$web_port;|" \
        -e "s|listen 80;|listen 127.0.0.1:$http_port;|" \
        -e "s|listen 443 ssl;|$listen_tls|" \
        -e "s|http2 on;|$http2|" \
        -e "s|/etc/nginx/certs/|$run/certs/|g" \
        -e "s|/data/media/|$MEDIA_ROOT/|g" \
        -e "s|https://\$host\$request_uri|https://\$host:$port\$request_uri|" \
        "$shipped" >"$run/nginx-site.conf"
    mkdir -p "$run/nginx-temp"
    {
        # Not root: nginx keeps the invoking user for its workers. As root, name that user, so
        # the workers read the clone's media folder wherever it is (also a closed home folder).
        [ "$(id -u)" -ne 0 ] || echo "user $(id -un) $(id -gn);"
        cat <<EOF
worker_processes 2;
pid $run/nginx.pid;
error_log $run/nginx-error.log warn;
events { worker_connections 512; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    access_log $run/nginx-access.log;
    client_body_temp_path $run/nginx-temp/body;
    proxy_temp_path $run/nginx-temp/proxy;
    fastcgi_temp_path $run/nginx-temp/fastcgi;
    uwsgi_temp_path $run/nginx-temp/uwsgi;
    scgi_temp_path $run/nginx-temp/scgi;
    include $run/nginx-site.conf;
}
EOF
    } >"$run/nginx.conf"
}

certificate() {
    [ -s "$run/certs/fullchain.pem" ] && return
    mkdir -p "$run/certs"
    openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=127.0.0.1" \
        -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
        -keyout "$run/certs/privkey.pem" -out "$run/certs/fullchain.pem" 2>/dev/null
    chmod 600 "$run/certs/privkey.pem"
}

search_answers() { curl -fsS --max-time 2 "${search_url%%,*}/_cluster/health" >/dev/null 2>&1; }

start() {
    if [ "$engine" != database ] && ! search_answers; then
        OPENSEARCH_PORT=$(echo "${search_url%%,*}" | sed 's|.*:\([0-9]*\).*|\1|') scripts/opensearch.sh start
        echo "${search_url%%,*}" >"$run/opensearch.started"
    fi
    ensure_database
    .venv/bin/python manage.py compilemessages -v0 --ignore=.venv
    .venv/bin/python manage.py migrate --no-input -v0
    .venv/bin/python manage.py collectstatic --no-input -v0
    if ! alive gunicorn; then
        # Sync workers, two per core (docs/deployment.md); each request holds one worker.
        .venv/bin/gunicorn config.wsgi --bind "127.0.0.1:$web_port" --workers "$workers" \
            --daemon --pid "$run/gunicorn.pid" --error-logfile "$run/gunicorn.log" \
            --access-logfile "$run/gunicorn-access.log" --capture-output
        wait_for "the pid file of gunicorn" 40 test -s "$run/gunicorn.pid"
    fi
    if ! alive worker; then
        .venv/bin/celery -A config worker --concurrency 2 --detach -n "stack-$port@%h" \
            --pidfile "$run/worker.pid" --logfile "$run/worker.log" -l info
    fi
    if ! alive beat; then
        .venv/bin/celery -A config beat --detach --schedule "$run/celerybeat-schedule" \
            --pidfile "$run/beat.pid" --logfile "$run/beat.log" -l info
    fi
    if ! alive nginx; then
        certificate
        nginx_config
        nginx -q -e "$run/nginx-error.log" -p "$run" -c "$run/nginx.conf"
    fi
    wait_for "the site on $site" 120 curl -fsS --max-time 5 --cacert "$run/certs/fullchain.pem" "$site/robots.txt"
    wait_for "the Celery worker" 40 alive worker
    wait_for "Celery beat" 40 alive beat
    echo "stack: $site (gunicorn $workers workers on :$web_port, search: $engine, database:" \
        "$database, run folder: $run)"
}

stop_one() {
    local name=$1 pid
    if ! alive "$name"; then
        rm -f "$run/$name.pid"
        return
    fi
    pid=$(cat "$run/$name.pid")
    kill "$pid"
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "stack: $name (pid $pid) did not stop within 30 s" >&2
        return 1
    fi
    rm -f "$run/$name.pid"
    echo "stack: $name stopped (pid $pid)"
}

stop() {
    local name
    for name in nginx gunicorn beat worker; do
        stop_one "$name"
    done
    if [ -f "$run/opensearch.started" ]; then
        OPENSEARCH_PORT=$(sed 's|.*:\([0-9]*\).*|\1|' "$run/opensearch.started") scripts/opensearch.sh stop
        rm -f "$run/opensearch.started"
    fi
}

status() {
    local name down=0
    for name in nginx gunicorn worker beat; do
        if alive "$name"; then
            echo "$name: running (pid $(cat "$run/$name.pid"))"
        else
            echo "$name: not running"
            down=1
        fi
    done
    echo "site: $site"
    return $down
}

case ${1:-} in
    start) start ;;
    stop) stop ;;
    status) status ;;
    manage)
        shift
        ensure_database
        exec .venv/bin/python manage.py "$@"
        ;;
    env)
        for name in DJANGO_SETTINGS_MODULE SECRET_KEY ALLOWED_HOSTS CSRF_TRUSTED_ORIGINS SITE_URL \
            DATABASE_URL CELERY_BROKER_URL CELERY_RESULT_BACKEND CACHE_URL TRUSTED_PROXIES \
            SECURE_HSTS_SECONDS SEARCH_ENGINE SEARCH_URL SEARCH_INDEX_PREFIX MEDIA_ROOT \
            UPLOADS_PRIVATE_ROOT; do
            printf 'export %s=%q\n' "$name" "${!name}"
        done
        echo "export STACK_RUN=$(printf %q "$run") STACK_SITE=$site"
        ;;
    *)
        echo "usage: $0 start|stop|status|manage ARGS|env" >&2
        exit 2
        ;;
esac
