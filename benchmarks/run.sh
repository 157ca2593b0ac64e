#!/usr/bin/env bash
# Runs crossmargin's JMH benchmarks with short settings (1 fork, 3 x 1 s warm-up, 5 x 1 s measurement; about 3
# minutes on 2 cores) and writes the JSON results to benchmarks/results/jmh-<UTC time>.json (or $1).
# Extra JMH options go after the file, e.g.: benchmarks/run.sh /tmp/k.json KernelBenchmark -p scenario=calm
# Builds benchmarks/target/benchmarks.jar first when it is missing or older than any source.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/benchmarks/target/benchmarks.jar"
OUT="${1:-$ROOT/benchmarks/results/jmh-$(date -u +%Y%m%dT%H%M%SZ).json}"
shift || true

if [[ ! -f "$JAR" || -n "$(find "$ROOT/pom.xml" "$ROOT/core" "$ROOT/simulation" "$ROOT/benchmarks" \
        \( -path '*/target' -prune \) -o \( -type f \( -name '*.java' -o -name 'pom.xml' \) -newer "$JAR" -print \) \
        | head -n 1)" ]]; then
    echo "run.sh: building benchmarks/target/benchmarks.jar..." >&2
    (cd "$ROOT" && mvn -B -q -pl benchmarks -am package -DskipTests) >&2
fi

mkdir -p "$(dirname "$OUT")"
cd "$ROOT" # the benchmarks load scenarios/bench-*.yaml from here
echo "run.sh: $(nproc) cores, $(java -version 2>&1 | head -n 1)" >&2
java -jar "$JAR" -f 1 -wi 3 -w 1 -i 5 -r 1 -rf json -rff "$OUT" "$@"
echo "run.sh: results in $OUT" >&2
