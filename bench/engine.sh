#!/usr/bin/env bash
# Throughput of the pure settlement engine (JMH), one thread on one core.
# Usage: bench/engine.sh [extra JMH options, e.g. -wi 5 -i 10]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.openjdk.jmh.Main 'EngineBenchmark' -f 1 -t 1 -wi 3 -w 2s -i 5 -r 3s "$@"
