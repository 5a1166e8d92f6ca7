#!/usr/bin/env bash
# A real Elasticsearch node on loopback for the test suite, from tools/elasticsearch8 or
# tools/elasticsearch9 (Elastic's integration-test distribution from Maven Central plus our
# analysis plugin; no Docker).
# Idempotent, like scripts/opensearch.sh:
#   scripts/elasticsearch.sh start    build when needed, start unless running, wait for green
#   scripts/elasticsearch.sh stop     stop the node started from this checkout
#   scripts/elasticsearch.sh status   print the cluster health, exit 1 when not answering
# ELASTICSEARCH_PORT (default 9290) is the HTTP port (transport: +100), ELASTICSEARCH_HEAP the
# heap (default 768m), ELASTICSEARCH_TOOL the Maven project (default tools/elasticsearch8),
# JAVA_HOME the JDK (Java 21 or newer). Config, data, logs and pid file live under .services/.
# Elasticsearch refuses to run as root, so root runs it as nobody; nobody may not be able to
# enter the checkout (a clone in root's home, mode 700), so root runs a copy of the node, with
# its config, data, logs and pid file, from a folder of this checkout's own under /var/tmp.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${ELASTICSEARCH_PORT:-9290}
heap=${ELASTICSEARCH_HEAP:-768m}
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
tool=${ELASTICSEARCH_TOOL:-tools/elasticsearch8}
if [ "$(id -u)" = 0 ]; then
    base=/var/tmp/nlzve-search-$(printf '%s' "$PWD" | sha256sum | cut -c1-12)
else
    base=$PWD/.services
fi
run=$base/elasticsearch-$port
pidfile=$run/pid
url=http://127.0.0.1:$port

health() { curl -fsS --max-time 2 "$url/_cluster/health?wait_for_status=${1:-yellow}&timeout=${2:-1s}"; }

# shellcheck source=scripts/node-process.sh
source scripts/node-process.sh

home() { ls -d "$tool"/target/elasticsearch-*/ 2>/dev/null | head -n 1; }

# The node's home as the user who runs it sees it: the build itself, or root's copy for nobody,
# copied again after each build.
node_home() {
    local built staged
    built=$(home)
    if [ "$(id -u)" != 0 ]; then
        echo "$built"
        return
    fi
    staged=$base/$(basename "$built")
    if [ ! -f "$staged/.copied" ] || [ "$tool/target/nlzve-analysis.stamp" -nt "$staged/.copied" ]; then
        rm -rf "$staged"
        mkdir -p "$base"
        chmod 755 "$base"
        cp -a "$built" "$staged"
        touch "$staged/.copied"
    fi
    echo "$staged"
}

build() {
    local stamp=$tool/target/nlzve-analysis.stamp
    if [ ! -f "$stamp" ] || [ -n "$(find "$tool/pom.xml" tools/elasticsearch8/src -newer "$stamp" -print -quit)" ]; then
        echo "elasticsearch: building $tool (the first build downloads the node from Maven Central)"
        JAVA_HOME=$java_home mvn -q -B -f "$tool/pom.xml" package
        touch "$stamp"
    fi
}

configure() {
    mkdir -p "$run/config" "$run/data" "$run/logs" "$run/tmp"
    cp "$1"/config/{jvm.options,log4j2.properties} "$run/config/"
    cat >"$run/config/elasticsearch.yml" <<YAML
cluster.name: nlzve-search
node.name: node-$port
network.host: 127.0.0.1
http.port: $port
transport.port: $((port + 100))
discovery.type: single-node
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.auto_create_index: false
path.data: $run/data
path.logs: $run/logs
YAML
}

start() {
    if health >/dev/null 2>&1; then
        echo "elasticsearch: already answering on $url"
        return
    fi
    if running; then
        echo "elasticsearch: process $(cat "$pidfile") holds $pidfile but $url does not answer" >&2
        exit 1
    fi
    build
    local node
    node=$(node_home)
    configure "$node"
    local as=()
    if [ "$(id -u)" = 0 ]; then
        chown -R nobody:nogroup "$run"
        as=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
    fi
    local started=$SECONDS
    "${as[@]}" env ES_JAVA_HOME="$java_home" ES_PATH_CONF="$run/config" \
        ES_JAVA_OPTS="-Xms$heap -Xmx$heap" ES_TMPDIR="$run/tmp" \
        "$node"/bin/elasticsearch -d -p "$pidfile" >"$run/start.log" 2>&1 || {
        echo "elasticsearch: the node did not start; the end of $run/start.log:" >&2
        tail -n 30 "$run/start.log" >&2
        exit 1
    }
    for _ in $(seq 1 180); do
        if health green 1s >/dev/null 2>&1; then
            echo "elasticsearch: $(curl -fsS "$url/_nodes/_local?filter_path=nodes.*.version" |
                sed -n 's/.*"version" *: *"\([^"]*\)".*/Elasticsearch \1/p')" \
                "green on $url after $((SECONDS - started)) s (pid $(cat "$pidfile"))"
            return
        fi
        if ! running; then
            echo "elasticsearch: the node exited while starting; see $run/logs" >&2
            exit 1
        fi
        sleep 1
    done
    echo "elasticsearch: no green cluster on $url after 180 s; see $run/logs" >&2
    exit 1
}

stop() {
    if ! running; then
        rm -f "$pidfile"
        echo "elasticsearch: not running from this checkout on port $port"
        return
    fi
    stop_node_process elasticsearch
}

case ${1:-} in
    start) start ;;
    stop) stop ;;
    status) health && echo ;;
    *)
        echo "usage: $0 start|stop|status" >&2
        exit 2
        ;;
esac
