# Shared by bench/run.sh and bench/simulation.sh (sourced, not run): logging, psql, and starting the packaged
# service on a free loopback port against a database of the benchmark's PostgreSQL server.

log() { echo "[bench] $*" >&2; }
sql() { psql -X -q -v ON_ERROR_STOP=1 -At "$@"; }

# start_service DATABASE HEAP LOGFILE: starts $jar on 127.0.0.1 at a free port with the admin secret $admin_secret;
# sets $port and $service_pid. The admin secret is bound from settlement.security.admin-password; both spellings are
# set so that either binds.
start_service() {
    local database=$1 heap=$2 logfile=$3 candidate
    port=""
    for _ in $(seq 50); do
        candidate=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
    done
    [[ -n "$port" ]] || { log "no free port found"; exit 2; }
    log "starting $jar (-Xmx$heap) on 127.0.0.1:$port, database $database (log: $logfile)"
    # shellcheck disable=SC2086
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" SPRING_DATASOURCE_USERNAME="$PGUSER" \
        SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" SERVER_ADDRESS=127.0.0.1 SERVER_PORT="$port" \
        SETTLEMENT_SECURITY_ADMIN_PASSWORD="$admin_secret" SETTLEMENT_ADMIN_PASSWORD="$admin_secret" \
        java -Xmx"$heap" ${BENCH_JAVA_OPTS:-} -jar "$jar" >"$logfile" 2>&1 &
    service_pid=$!
}
