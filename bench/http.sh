#!/usr/bin/env bash
# Settlements per second through HTTP, security, the ledger lock and PostgreSQL, with the service in-process.
# Uses a fresh database on the PostgreSQL server in TEST_DATABASE_URL (default: the local server at
# 127.0.0.1:5432), dropped afterwards. Usage: bench/http.sh [persons] [claims-per-person] [client-threads]
set -euo pipefail
cd "$(dirname "$0")/.."
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/postgres}"
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.onestop.settlement.bench.HttpSettlementBenchmark "$@"
