#!/usr/bin/env bash
# Builds the main project and the benchmark, generates the corpus, checks every parser on it, runs the JMH
# parser benchmark and prints MB/s per parser with the ratios medkg/Sweble and medkg/Bliki.
#
#   bench/run-parse.sh                      # everything (~10 min on 2 cores)
#   bench/run-parse.sh -p input=corpus      # extra arguments go to JMH (here: only the generated corpus);
#                                           # not -wi/-i/-f/-w/-r (set already; JMH refuses repeats)
#   WI=3 IT=3 bench/run-parse.sh            # fewer JMH iterations (quick look, not for figures)
#   SKIP_INSTALL=1 bench/run-parse.sh       # do not re-install the main project first
#   SEED=7 BYTES=20000000 bench/run-parse.sh   # another corpus
#   WARM=0 bench/run-parse.sh               # skip the warm CPU-time cross-check (failure check only)
#
# Warm-up is long on purpose: Sweble's generated parser (Rats!) takes 10–20 s to reach speed, medkg's a few
# seconds, more when other processes share the cores.
set -euo pipefail
cd "$(dirname "$0")"
BENCH_DIR=$PWD
SEED=${SEED:-20240611}
BYTES=${BYTES:-12000000}
WARM=${WARM:-10}
WI=${WI:-10}     # JMH warm-up iterations (2 s each)
IT=${IT:-5}      # JMH measurement iterations (2 s each)
MEASURE=${MEASURE:-5}
CORPUS=$BENCH_DIR/target/corpus.wiki
RESULTS=$BENCH_DIR/target/parse-results.csv

if [[ "${SKIP_INSTALL:-0}" != 1 ]]; then
  # Someone may be mid-edit in the main tree: retry a few times.
  for attempt in 1 2 3; do
    if (cd .. && mvn -B -q install -DskipTests); then break; fi
    if [[ $attempt == 3 ]]; then echo "main project does not build; giving up" >&2; exit 1; fi
    echo "main build failed (attempt $attempt); retrying in 60 s" >&2
    sleep 60
  done
fi
mvn -B -q package -DskipTests

JAR=$BENCH_DIR/target/benchmarks.jar
# medkg brings slf4j-simple, the bench slf4j-nop: pick nop explicitly so nothing logs while measuring.
NOLOG=-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider
java -cp "$JAR" org.medkg.bench.CorpusGenerator --out "$CORPUS" --seed "$SEED" --bytes "$BYTES"
sha256sum "$CORPUS"

echo "== machine"
echo "nproc: $(nproc)"
java -version 2>&1 | sed 's/^/  /'

echo "== failures per parser (one cold pass each), then a warm CPU-time cross-check ($WARM s warm-up + $MEASURE s each)"
java -Xms3g -Xmx3g $NOLOG -Dmedkg.bench.corpus="$CORPUS" -cp "$JAR" org.medkg.bench.ParserCheck --warm "$WARM" --measure "$MEASURE"

echo "== JMH (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
set -x
java -jar "$JAR" ParseBenchmark -f 1 -wi "$WI" -i "$IT" -w 2s -r 2s -tu s \
  -jvmArgsAppend "-Xms3g -Xmx3g $NOLOG -Dmedkg.bench.corpus=$CORPUS" \
  -rf csv -rff "$RESULTS" "$@"
{ set +x; } 2>/dev/null

echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== summary"
java $NOLOG -Dmedkg.bench.corpus="$CORPUS" -cp "$JAR" org.medkg.bench.Summarize "$RESULTS" "$BENCH_DIR/target/parse-results.md"
