#!/usr/bin/env bash
# What-if simulation benchmark: seeds BENCH_SETTLEMENTS Zibo settlements of last year directly into a fresh database
# (bench/README.md), starts the packaged service on it, simulates a change of the minimum-living assistance rate over
# the whole year through the API, and prints settlements/s and peak memory. Drops its database on exit.
# Environment: BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres), PGPASSWORD,
# BENCH_SETTLEMENTS (100000), BENCH_RUNS (2: the same simulation again, JIT warm), BENCH_HEAP (256m),
# BENCH_JAVA_OPTS (extra JVM options for the service).
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST="${BENCH_PGHOST:-127.0.0.1}" PGPORT="${BENCH_PGPORT:-5432}" PGUSER="${BENCH_PGUSER:-postgres}"
settlements="${BENCH_SETTLEMENTS:-100000}"
runs="${BENCH_RUNS:-2}"
heap="${BENCH_HEAP:-256m}"
year=$(( $(date +%Y) - 1 ))
tag="$(date +%Y%m%d%H%M%S)_$$"
db="bench_simulation_$tag"
out="target/bench/$tag"
mkdir -p "$out"
admin_secret="bench-admin-$RANDOM$RANDOM$RANDOM"
service_pid=""
sampler_pid=""

# shellcheck source=bench/lib.sh
source bench/lib.sh

cleanup() {
    local rc=$?
    [[ -n "$sampler_pid" ]] && kill "$sampler_pid" 2>/dev/null || true
    if [[ -n "$service_pid" ]] && kill -0 "$service_pid" 2>/dev/null; then
        kill "$service_pid" && wait "$service_pid" 2>/dev/null || true
    fi
    sql -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >&2 || true
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in java jstat curl psql; do
    command -v "$tool" >/dev/null || { log "$tool is missing"; exit 2; }
done

log "building the jar and the seeder's classpath"
./mvnw -B -q -DskipTests -Dcodegen.skip=true package dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
jar=$(ls target/settlement-*.jar | grep -v '\.original$' | head -1)

sql -d postgres -c "CREATE DATABASE \"$db\""
start_service "$db" "$heap" "$out/service.log"
base="http://127.0.0.1:$port"
for i in $(seq 240); do
    curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$service_pid" 2>/dev/null || { log "the service stopped; see $out/service.log"; exit 1; }
    [[ $i == 240 ]] && { log "the service did not become healthy in 240 s"; exit 1; }
    sleep 1
done

log "seeding $settlements settlements of $year (Flyway has migrated the database)"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.onestop.settlement.bench.SimulationSeeder "jdbc:postgresql://$PGHOST:$PGPORT/$db" "$PGUSER" \
    "${PGPASSWORD:-}" "$settlements" "$year" >&2
sql -d "$db" -c "VACUUM ANALYZE"

# Heap in use (survivor, eden and old generation, KB), sampled every 200 ms by jstat from the JVM's shared
# performance counters while the runs go on: nothing asks the service itself.
jstat -gc "$service_pid" 200 | awk 'NR > 1 {print ($3 + $4 + $6 + $8) * 1024; fflush()}' >"$out/heap.txt" &
sampler_pid=$!

field() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | cut -d'"' -f4; }
body="{\"name\": \"bench\", \"region\": \"ZIBO\", \"from\": \"$year-01-01\", \"to\": \"$year-12-31\",
       \"changes\": [{\"path\": \"assistance.schemes[0].programs[0].rate\", \"value\": 0.80}]}"
for run in $(seq "$runs"); do
    uptime_before=$(uptime)
    posted=$(date +%s.%N)
    id=$(curl -fsS -u "admin:$admin_secret" -H 'Content-Type: application/json' -d "$body" \
        "$base/api/v1/simulations" | field simulationId)
    status=""
    while [[ "$status" != DONE && "$status" != FAILED ]]; do
        sleep 0.2
        status=$(curl -fsS -u "admin:$admin_secret" "$base/api/v1/simulations/$id" | field status)
    done
    answered=$(date +%s.%N)
    [[ "$status" == DONE ]] || { log "the simulation failed; see $out/service.log"; exit 1; }
    curl -fsS -u "admin:$admin_secret" "$base/api/v1/simulations/$id" >"$out/result-$run.json"
    read -r simulated run_s < <(sql -d "$db" -F ' ' -c "SELECT done, extract(epoch FROM finished_at - started_at)
                                                        FROM simulation WHERE simulation_id = '$id'")
    check=$(grep -o '"baselineCheck":{"compared":[0-9]*,"reproduced":[0-9]*' "$out/result-$run.json" \
        | awk -F'[:,]' '{print $5 " of " $3}')
    echo "run $run: load before: $uptime_before"
    echo "run $run: load after:  $(uptime)"
    awk -v r="$run" -v n="$simulated" -v s="$run_s" -v p="$posted" -v a="$answered" 'BEGIN {
        printf "run %d: simulated %d settlements in %.2f s (started_at to finished_at): %.0f settlements/s; ", r, n, s, n / s
        printf "POST to DONE as the client saw it %.2f s\n", a - p }'
    echo "run $run: baseline reproduced $check stored settlements to the cent"
done
kill "$sampler_pid" 2>/dev/null || true
sampler_pid=""
heap_peak=$(sort -n "$out/heap.txt" | tail -1)
rss_peak=$(awk '/VmHWM/ {print $2}' "/proc/$service_pid/status")
awk -v h="${heap_peak:-0}" -v x="$heap" -v r="${rss_peak:-0}" 'BEGIN {
    printf "peak heap in use %.0f MB (jstat every 200 ms; -Xmx%s); peak RSS of the service process %.0f MB\n",
        h / 1048576, x, r / 1024 }'
