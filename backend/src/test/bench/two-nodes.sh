#!/usr/bin/env bash
# Two nodes of the packaged app over one fresh MariaDB database, for the Gatling load test
# (WorkingMorningSimulation). Run from the repository root after packaging the jar:
#
#   backend/src/test/bench/two-nodes.sh start    # fresh database with demo data, nodes on 18081 and 18082
#   backend/src/test/bench/two-nodes.sh stop     # stops both nodes and drops the database
#
# Environment: DB (database name, default sa_load), PORTS (default "18081 18082"), RUN_DIR (copied jar,
# shared file store, logs; default /tmp/sa-two-nodes), MYSQL (client command, default "mysql -uroot"),
# NODE_HEAP (default 1g).
set -euo pipefail

DB=${DB:-sa_load}
PORTS=${PORTS:-"18081 18082"}
RUN_DIR=${RUN_DIR:-/tmp/sa-two-nodes}
MYSQL=${MYSQL:-"mysql -uroot -h127.0.0.1"}
NODE_HEAP=${NODE_HEAP:-1g}
JAR=${JAR:-backend/target/social-assist.jar}

start() {
    [[ -f "$JAR" ]] || { echo "no $JAR: package it first" >&2; exit 1; }
    mkdir -p "$RUN_DIR/files"
    # A copy: a later build rewrites the jar under a running node.
    cp "$JAR" "$RUN_DIR/social-assist.jar"
    $MYSQL -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
    local n=0
    for port in $PORTS; do
        n=$((n + 1))
        mkdir -p "$RUN_DIR/node$n"
        # per-client sign-in limit raised: every virtual user signs in from 127.0.0.1, where behind a
        # real balancer each phone has its own address (failures would still lock the account).
        (cd "$RUN_DIR/node$n" && exec java -Xms512m -Xmx"$NODE_HEAP" -Duser.timezone=Asia/Shanghai \
            -jar "$RUN_DIR/social-assist.jar" \
            --server.port="$port" \
            --spring.profiles.active=mysql \
            "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/$DB?useUnicode=true&characterEncoding=utf8&serverTimezone=UTC&nullCatalogMeansCurrent=true" \
            --spring.datasource.username=root --spring.datasource.password= \
            --app.demo-data.enabled=true \
            --app.storage.dir="$RUN_DIR/files" \
            --logging.file.name="$RUN_DIR/node$n/social-assist.json" \
            --app.security.login.per-client.attempts=10000 \
            >"$RUN_DIR/node$n/console.log" 2>&1) &
        echo $! >"$RUN_DIR/node$n.pid"
        # The first node creates the schema and the demo data; the next ones find them.
        wait_healthy "$port" "$RUN_DIR/node$n/console.log"
        echo "node$n up on http://127.0.0.1:$port (pid $(cat "$RUN_DIR/node$n.pid"))"
    done
}

wait_healthy() {
    for _ in $(seq 1 300); do
        if curl -fsS "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"UP"'; then
            return 0
        fi
        sleep 1
    done
    echo "node on port $1 not healthy in 300 s; see $2" >&2
    tail -30 "$2" >&2
    exit 1
}

stop() {
    for pidfile in "$RUN_DIR"/node*.pid; do
        [[ -f "$pidfile" ]] || continue
        kill "$(cat "$pidfile")" 2>/dev/null || true
        rm -f "$pidfile"
    done
    sleep 3
    $MYSQL -e "DROP DATABASE IF EXISTS \`$DB\`"
    echo "nodes stopped, database $DB dropped"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
