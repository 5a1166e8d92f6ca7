# Sourced by scripts/opensearch.sh and scripts/elasticsearch.sh: the search node's process,
# known by its pid file ($pidfile, set by the script that sources this).

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

# stop_node_process LABEL: stop the process and wait for it to exit (at most 30 s).
stop_node_process() {
    local label=$1 pid
    pid=$(cat "$pidfile")
    kill "$pid"
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
        echo "$label: process $pid did not stop within 30 s" >&2
        exit 1
    fi
    rm -f "$pidfile"
    echo "$label: stopped (pid $pid)"
}
