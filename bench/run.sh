#!/usr/bin/env bash
# End-to-end benchmark: the packaged service as its own process on a fresh database, driven over loopback by wrk,
# compared with pgbench TPC-B on the same PostgreSQL server; then checks the ledger. See bench/README.md.
# Environment: BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres), PGPASSWORD,
# BENCH_CLIENTS (16), BENCH_SECONDS (30), BENCH_PERSONS (10000), BENCH_WARMUP (10 s), BENCH_JMH (0),
# BENCH_JAVA_OPTS (extra JVM options for the service, e.g. a flight recording).
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST="${BENCH_PGHOST:-127.0.0.1}" PGPORT="${BENCH_PGPORT:-5432}" PGUSER="${BENCH_PGUSER:-postgres}"
clients="${BENCH_CLIENTS:-16}"
seconds="${BENCH_SECONDS:-30}"
persons="${BENCH_PERSONS:-10000}"
warmup="${BENCH_WARMUP:-10}"
threads=2
year=$(( $(date +%Y) - 1 ))   # a whole past year: every claim date is valid and no identity depends on today
tag="$(date +%Y%m%d%H%M%S)_$$"
app_db="bench_settle_$tag"
tpcb_db="bench_pgbench_$tag"
out="target/bench/$tag"
mkdir -p "$out"
admin_secret="bench-admin-$RANDOM$RANDOM"
service_pid=""

# shellcheck source=bench/lib.sh
source bench/lib.sh

cleanup() {
    local rc=$?
    if [[ -n "$service_pid" ]] && kill -0 "$service_pid" 2>/dev/null; then
        kill "$service_pid" && wait "$service_pid" 2>/dev/null || true
    fi
    for db in "$app_db" "$tpcb_db"; do
        sql -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >&2 || true
    done
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in java curl psql pgbench; do
    command -v "$tool" >/dev/null || { log "$tool is missing"; exit 2; }
done
if ! command -v wrk >/dev/null; then
    log "installing wrk"
    { apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }; } >&2
fi

if [[ "${BENCH_JMH:-0}" == 1 ]]; then
    log "JMH engine benchmark (bench/engine.sh)"
    bench/engine.sh | tee "$out/jmh.txt" >&2
fi

log "building the jar"
./mvnw -B -q -DskipTests package >&2
jar=$(ls target/settlement-*.jar | grep -v '\.original$' | head -1)

sql -d postgres -c "CREATE DATABASE \"$app_db\"" -c "CREATE DATABASE \"$tpcb_db\""

start_service "$app_db" "256m" "$out/service.log"
base="http://127.0.0.1:$port"
for i in $(seq 180); do
    curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$service_pid" 2>/dev/null || { log "the service stopped; see $out/service.log"; exit 1; }
    [[ $i == 180 ]] && { log "the service did not become healthy in 180 s"; exit 1; }
    sleep 1
done

log "seeding $persons persons through the API"
java bench/BenchClient.java seed "$port" "$admin_secret" "$persons" "$year" >"$out/clients.env"
# shellcheck disable=SC1091
source "$out/clients.env"   # HOSPITAL_CODE, HOSPITAL_AUTH

log "pgbench TPC-B: -i -s 10, then -c $clients -j $threads -T $seconds"
pgbench -i -s 10 -q "$tpcb_db" >"$out/pgbench-init.txt" 2>&1
pgbench -c "$clients" -j "$threads" -T "$seconds" "$tpcb_db" >"$out/pgbench.txt" 2>&1
tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$out/pgbench.txt")
[[ -n "$tps" ]] || { cat "$out/pgbench.txt" >&2; exit 1; }

wrk_run() { # seconds runTag
    wrk -t "$threads" -c "$clients" -d "${1}s" --timeout 10s -s bench/settle.lua "$base" -- \
        "$persons" "$year" "$HOSPITAL_CODE" "$HOSPITAL_AUTH" "$2"
}
stats() {
    sql -d postgres -F ' ' -c "SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_fetched
        FROM pg_stat_database WHERE datname = '$app_db'"
}
metric() { # name filter: sum of the samples of one Prometheus metric
    curl -fsS -H "Authorization: Basic $(printf 'admin:%s' "$admin_secret" | base64 -w0)" "$base/actuator/prometheus" \
        | awk -v m="$1" -v f="${2:-}" '$1 ~ "^"m"({|$)" && index($1, f) { s += $2 } END { printf "%.6f", s }'
}

if (( warmup > 0 )); then
    log "warm-up: wrk ${warmup} s"
    wrk_run "$warmup" w >"$out/wrk-warmup.txt"
fi
sleep 11   # PostgreSQL publishes an idle backend's statistics within 10 s
read -r c0 r0 ins0 upd0 fetch0 < <(stats)
gc0=$(metric jvm_gc_pause_seconds_sum); acq0=$(metric hikaricp_connections_acquire_seconds_sum)
acqn0=$(metric hikaricp_connections_acquire_seconds_count)
settled0=$(sql -d "$app_db" -c "SELECT count(*) FROM settlement")

log "measuring: wrk -t $threads -c $clients -d ${seconds}s"
( while sleep 1; do metric hikaricp_connections_pending; echo; done ) >"$out/hikari-pending.txt" 2>/dev/null &
sampler=$!
wrk_run "$seconds" m | tee "$out/wrk.txt" >&2
kill "$sampler" 2>/dev/null || true
gc1=$(metric jvm_gc_pause_seconds_sum); acq1=$(metric hikaricp_connections_acquire_seconds_sum)
acqn1=$(metric hikaricp_connections_acquire_seconds_count)
sleep 11
read -r c1 r1 ins1 upd1 fetch1 < <(stats)
settled1=$(sql -d "$app_db" -c "SELECT count(*) FROM settlement")

line=$(grep '^WRK ' "$out/wrk.txt")
val() { sed -n "s/.* $1=\([0-9]*\).*/\1/p" <<<" $line"; }
requests=$(val requests); duration=$(val duration_us); non2xx=$(val non2xx); socket=$(val socket_errors)
errors=$(( non2xx + socket ))
sps=$(awk -v n="$(( requests - non2xx ))" -v d="$duration" 'BEGIN { printf "%.1f", n / (d / 1e6) }')
p50=$(awk -v u="$(val p50_us)" 'BEGIN { printf "%.1f", u / 1000 }')
p99=$(awk -v u="$(val p99_us)" 'BEGIN { printf "%.1f", u / 1000 }')
ratio=$(awk -v s="$sps" -v t="$tps" 'BEGIN { printf "%.3f", s / t }')
settled=$(( settled1 - settled0 ))
per() { awk -v a="$1" -v n="$settled" 'BEGIN { printf "%.2f", (n > 0 ? a / n : 0) }'; }
pending_max=$(sort -g "$out/hikari-pending.txt" | tail -1 | awk '{ printf "%d", $1 }')

log "checking the ledger"
check_failed=0
sql -d "$app_db" -f bench/check.sql >"$out/check.txt"
grep -qx 'mismatched=0' "$out/check.txt" && grep -qx 'negative=0' "$out/check.txt" || check_failed=1
sample=$(sql -d "$app_db" -c "SELECT DISTINCT person_id FROM settlement WHERE person_id NOT IN
    ('bp0','bp1','bp2','bp3','bp4','bp5','bp6','bp7','bp8','bp9') ORDER BY person_id LIMIT 90" | tr '\n' ' ')
# shellcheck disable=SC2086
java bench/BenchClient.java caps "$port" "$admin_secret" "$year" bp0 bp1 bp2 bp3 bp4 bp5 bp6 bp7 bp8 bp9 $sample \
    >"$out/caps.txt" || check_failed=1

cat <<EOF
== bench/run.sh $(date -u +%FT%TZ): $(nproc) cores, PostgreSQL $(sql -d postgres -c 'SHOW server_version') at $PGHOST:$PGPORT
clients $clients, threads $threads, $seconds s measured after ${warmup} s warm-up, $persons persons, ledger year $year
load average       $(cut -d' ' -f1-3 /proc/loadavg) at the end (other work on the machine skews every figure)
settlements/s      $sps  ($(( requests - non2xx )) answered 2xx in $(awk -v d="$duration" 'BEGIN { printf "%.1f", d / 1e6 }') s; $settled new settlement rows)
latency            p50 $p50 ms, p90 $(awk -v u="$(val p90_us)" 'BEGIN { printf "%.1f", u / 1000 }') ms, p99 $p99 ms, max $(awk -v u="$(val max_us)" 'BEGIN { printf "%.1f", u / 1000 }') ms
errors             $errors  (non-2xx $non2xx, socket $socket)
pgbench TPC-B tps  $tps  (-s 10 -c $clients -j $threads -T $seconds)
ratio              $ratio  (settlements/s ÷ pgbench tps)
per settlement     $(per $(( c1 - c0 ))) commits, $(per $(( r1 - r0 ))) rollbacks, $(per $(( ins1 - ins0 ))) rows inserted, $(per $(( upd1 - upd0 ))) rows updated, $(per $(( fetch1 - fetch0 ))) rows fetched
service            GC pauses $(awk -v a="$gc0" -v b="$gc1" 'BEGIN { printf "%.2f", b - a }') s; Hikari acquire mean $(awk -v a="$acq0" -v b="$acq1" -v n="$acqn0" -v m="$acqn1" 'BEGIN { printf "%.2f", (m > n ? (b - a) / (m - n) * 1000 : 0) }') ms, pending max ${pending_max:-?}
ledger check       $(tr '\n' ' ' <"$out/check.txt")
caps check         $(tail -1 "$out/caps.txt")
files              $out
EOF
if (( check_failed )); then
    echo "LEDGER CHECK FAILED: see $out/check.txt and $out/caps.txt"
fi
echo "ratio=$ratio p99_ms=$p99 errors=$errors"
exit "$check_failed"
