#!/usr/bin/env bash
# medkg serve under load: wrk against a resource page, a data document and /sparql, at 1, 16 and 64
# connections, on a small store (the demo articles) and on a store loaded from a generated dump; then the same
# SPARQL query against a plain Fuseki (FusekiMainCmd from the same shaded jar) over the same store.
#
#   bench/run-serve.sh                 # 100 MB dump (~11 min on 2 cores, plus ~1.5 min to make the stores once)
#   bench/run-serve.sh 20              # a 20 MB dump instead
#   STORES=demo DURATION=5s bench/run-serve.sh       # quick look (not for figures)
#   QUERY=queries/diseases-by-gene.rq bench/run-serve.sh
#
# Environment: MEDKG_BUILD_DIR (default target-bench; the jar is built there with -Dmedkg.buildDir when
# missing or older than the sources), MEDKG_JAR (use this jar, never build), DURATION (20s), WARMUP (10s per target), THREADS (2),
# CONNECTIONS ("1 16 64"), HEAP (1g, -Xms = -Xmx), QUERY (queries/disease-codes.rq), WRK_TIMEOUT (10s),
# STORES ("demo dump"), FUSEKI (1; 0 skips the plain-Fuseki peer), TMPDIR (stores and logs go to
# $TMPDIR/medkg-bench-serve).
#
# wrk and the server share the machine's cores; wrk is a closed-loop client, so its latencies are those of
# requests that waited for the previous one on their connection. Fails (exit 1) if any measured run had a
# response of 400 or more or a socket error (connect, read, write, timeout).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mb=${1:-100}
build_dir=${MEDKG_BUILD_DIR:-target-bench}
jar=${MEDKG_JAR:-$build_dir/medkg.jar}
work=${TMPDIR:-/tmp}/medkg-bench-serve
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-1 16 64}
HEAP=${HEAP:-1g}
QUERY=${QUERY:-queries/disease-codes.rq}
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
STORES=${STORES:-demo dump}
FUSEKI=${FUSEKI:-1}
KEY=Spinal_muscular_atrophy
DEMO_ARTICLES=(examples/zh/spinal-muscular-atrophy.wiki src/test/resources/articles)
mkdir -p "$work"
results=$work/serve-results.tsv
wrk_log=$work/wrk.log
: >"$results"
: >"$wrk_log"

# ---- jar -------------------------------------------------------------------------------------------------
stale() {  # the jar is missing or older than the sources
  [[ ! -f $jar ]] || [[ -n $(find pom.xml src/main ontology examples -newer "$jar" -print -quit 2>/dev/null) ]]
}
if [[ -n ${MEDKG_JAR:-} ]]; then
  [[ -f $jar ]] || { echo "MEDKG_JAR=$jar does not exist" >&2; exit 1; }
elif stale; then
  # Tests are not compiled (-Dmaven.test.skip): only the jar is needed, and a test mid-edit must not stop it.
  for attempt in 1 2 3; do
    if mvn -B -q -Dmedkg.buildDir="$build_dir" -Dmaven.test.skip=true package; then break; fi
    if [[ $attempt == 3 ]]; then echo "medkg does not build; giving up" >&2; exit 1; fi
    echo "build failed (attempt $attempt); retrying in 60 s" >&2
    sleep 60
  done
fi

# ---- stores ----------------------------------------------------------------------------------------------
# Each store is loaded into DIR.partial and renamed when the load succeeded, so a failed load is redone.
load_into() {  # input...: into $store.partial (set by make_store); the parser's warnings go to a log
  local log=$work/load-$name.log
  java -Xmx1g -jar "$jar" load "$@" --store "$store.partial" >>"$log" 2>&1 || { tail -20 "$log" >&2; exit 1; }
  grep -E '^[0-9]+ articles:|^stored ' "$log" | tail -2 | sed "s/^/  $name: /"
}
store_dir() {  # name
  case $1 in
    dump) echo "$work/store-dump-${mb}mb" ;;
    *) echo "$work/store-$1" ;;
  esac
}
make_store() {  # name
  local name=$1 store
  store=$(store_dir "$1")
  [[ -d $store ]] && return 0
  rm -rf "$store.partial" "$work/load-$name.log"
  case $1 in
    demo)
      load_into "${DEMO_ARTICLES[@]}" ;;
    dump)
      local dump=$work/dump-${mb}mb.xml
      (cd bench/dumpgen && java DumpGen.java --out "$dump" --mb "$mb" --lang zh --seed 7)
      load_into "$dump"
      # The demo articles too, so that the same URLs answer on both stores.
      load_into "${DEMO_ARTICLES[@]}"
      rm -f "$dump" ;;
    *) echo "unknown store $1 (demo or dump)" >&2; exit 1 ;;
  esac
  mv "$store.partial" "$store"
}

store_facts() {  # name: one line with the size on disk and the counts of graphs and quads
  local store stats
  store=$(store_dir "$1")
  stats=$(java -jar "$jar" stats --store "$store" 2>/dev/null)
  printf '%s: %s on disk, %s graphs, %s quads, %s diseases\n' "$1" "$(du -sh "$store" | cut -f1)" \
    "$(awk '$1=="graphs"{print $2}' <<<"$stats")" "$(awk '$1=="quads"{print $2}' <<<"$stats")" \
    "$(awk '$1=="diseases"{print $2}' <<<"$stats")"
}

# ---- servers ---------------------------------------------------------------------------------------------
server_pid=
server_log=
stop_server() {
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
  fi
}
trap stop_server EXIT
trap 'exit 130' INT TERM

wait_for() {  # log-pattern (extended regex ending in the port): sets port once the server answers
  local pattern=$1 i
  for i in $(seq 1 120); do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "the server exited; its log ($server_log):" >&2
      cat "$server_log" >&2
      exit 1
    fi
    if port=$(grep -oE "$pattern" "$server_log" | grep -oE '[0-9]+$' | head -1) && [[ -n $port ]] \
        && curl -s -o /dev/null "http://127.0.0.1:$port/"; then
      return 0
    fi
    sleep 0.5
  done
  echo "the server did not answer within 60 s; its log ($server_log):" >&2
  cat "$server_log" >&2
  exit 1
}

start_medkg() {  # store-name
  server_log=$work/medkg-serve-$1.log
  java -Xms"$HEAP" -Xmx"$HEAP" -jar "$jar" serve --store "$(store_dir "$1")" --port 0 >"$server_log" 2>&1 &
  server_pid=$!
  wait_for '127\.0\.0\.1:[0-9]+'
  base=http://127.0.0.1:$port
  sparql_path=/sparql
}

# Plain Fuseki from the same jar: same JVM flags, union default graph as medkg's store sets it, the same 30 s
# query timeout as medkg serve; logging at WARN like medkg (Fuseki's INFO logs every request), except the one
# startup line that names the port.
start_fuseki() {  # store-name
  server_log=$work/fuseki-$1.log
  java -Xms"$HEAP" -Xmx"$HEAP" -Dlog4j2.configurationFile=none \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.org.apache.jena.fuseki.Server=info \
    -cp "$jar" org.apache.jena.fuseki.main.cmds.FusekiMainCmd \
    --loc="$(store_dir "$1")" --localhost --port=0 --timeout=30000 --set tdb:unionDefaultGraph=true /ds \
    >"$server_log" 2>&1 &
  server_pid=$!
  wait_for 'Start Fuseki \(http=[0-9]+'
  base=http://127.0.0.1:$port
  sparql_path=/ds/sparql
}

cpu_ticks() {  # user + system clock ticks of the server so far
  awk '{print $14 + $15}' "/proc/$server_pid/stat"
}

# ---- measuring -------------------------------------------------------------------------------------------
urlencode() {
  local LC_ALL=C s=$1 out= c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) printf -v c '%%%02X' "'$c"; out+=$c ;;
    esac
  done
  printf '%s' "$out"
}
query_param=query=$(urlencode "$(cat "$QUERY")")
query_name=$(basename "$QUERY")

url_of() {  # target
  case $1 in
    page) echo "$base/page/disease/$KEY?lang=zh-Hans" ;;
    data) echo "$base/data/disease/$KEY.ttl" ;;
    sparql) echo "$base$sparql_path?$query_param" ;;
  esac
}
accept_of() {  # target
  case $1 in
    page) echo "text/html" ;;
    data) echo "text/turtle" ;;
    sparql) echo "application/sparql-results+json" ;;
  esac
}

check() {  # server target: one request, must be 2xx; prints status, size, time and type; keeps the body
  local url code size secs type
  url=$(url_of "$2")
  IFS=$'\t' read -r code size secs type < <(curl -s -o "$work/body-$1-$2" -H "Accept: $(accept_of "$2")" \
    -w '%{http_code}\t%{size_download}\t%{time_total}\t%{content_type}\n' "$url")
  echo "  check $1 $2: HTTP $code, $size bytes, $secs s, $type"
  [[ $code == 2* ]] || { echo "  $2 does not answer 2xx: $url" >&2; exit 1; }
}

clk=$(getconf CLK_TCK)
measure() {  # store server target connections
  local store=$1 server=$2 target=$3 c=$4 t=$THREADS url out report cpu0 cpu1
  if ((c < t)); then t=$c; fi  # wrk needs at least one connection per thread
  url=$(url_of "$target")
  cpu0=$(cpu_ticks)
  out=$(wrk -t"$t" -c"$c" -d"$DURATION" --timeout "$WRK_TIMEOUT" --latency -H "Accept: $(accept_of "$target")" \
    -s bench/wrk-report.lua "$url")
  cpu1=$(cpu_ticks)
  { echo "### $store $server $target c=$c t=$t"; echo "$out"; } >>"$wrk_log"
  report=$(grep '^WRK_REPORT ' <<<"$out") || { echo "no WRK_REPORT line from wrk:" >&2; echo "$out" >&2; exit 1; }
  local requests duration_s rps p50_ms p99_ms non2xx3xx socket_errors connect read write timeout bytes_per_req
  local kv
  for kv in ${report#WRK_REPORT }; do printf -v "${kv%%=*}" '%s' "${kv#*=}"; done
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$store" "$server" "$target" "$c" "$rps" "$p50_ms" \
    "$p99_ms" "$non2xx3xx" "$socket_errors" "$bytes_per_req" \
    "$(awk -v d="$((cpu1 - cpu0))" -v k="$clk" -v s="$duration_s" 'BEGIN{printf "%.0f", 100 * d / k / s}')" \
    "$(cut -d' ' -f1 /proc/loadavg)" >>"$results"
  printf '  %-6s %-6s %-6s c=%-3s %9s req/s  p50 %8s ms  p99 %8s ms  non-2xx/3xx %s  socket errors %s (connect %s read %s write %s timeout %s)\n' \
    "$store" "$server" "$target" "$c" "$rps" "$p50_ms" "$p99_ms" "$non2xx3xx" "$socket_errors" "$connect" "$read" \
    "$write" "$timeout"
}

warm() {  # target
  wrk -t"$THREADS" -c16 -d"$WARMUP" --timeout "$WRK_TIMEOUT" -H "Accept: $(accept_of "$1")" "$(url_of "$1")" >/dev/null
}

log_problems() {  # server: lines of the server's log that look like trouble
  local n
  n=$(grep -cE 'WARN|ERROR|Exception' "$server_log" || true)
  echo "  $1 log: $n WARN/ERROR/Exception lines ($server_log)"
  grep -E 'WARN|ERROR|Exception' "$server_log" | sort | uniq -c | sort -rn | head -5 | sed 's/^/    /' || true
}

# ---- run -------------------------------------------------------------------------------------------------
echo "== machine: nproc $(nproc), load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1 | sed 's/^/  /'
echo "  $(wrk -v 2>&1 | head -1)"
if [[ -n ${MEDKG_JAR:-} ]]; then
  echo "  jar $jar (MEDKG_JAR) built $(date -r "$jar" '+%F %T')"
else
  echo "  medkg at $(git rev-parse --short HEAD 2>/dev/null || echo '?')$( [[ -n $(git status --porcelain -- src/main pom.xml 2>/dev/null) ]] && echo ' (src/main or pom.xml has uncommitted changes)'); jar $jar built $(date -r "$jar" '+%F %T')"
fi
echo "== settings: wrk $DURATION per run, $THREADS threads (1 at 1 connection), connections $CONNECTIONS, warm-up $WARMUP per target at 16 connections, timeout $WRK_TIMEOUT; server heap $HEAP; query $QUERY"

for s in $STORES; do make_store "$s"; done
echo "== stores"
for s in $STORES; do echo "  $(store_facts "$s")"; done

for s in $STORES; do
  echo "== $s: medkg serve"
  start_medkg "$s"
  for target in page data sparql; do check medkg "$target"; done
  for target in page data sparql; do
    warm "$target"
    for c in $CONNECTIONS; do measure "$s" medkg "$target" "$c"; done
  done
  stop_server
  log_problems medkg
  if [[ $FUSEKI == 1 ]]; then
    echo "== $s: plain Fuseki (FusekiMainCmd), same store, after medkg serve has stopped"
    start_fuseki "$s"
    check fuseki sparql
    if cmp -s "$work/body-medkg-sparql" "$work/body-fuseki-sparql"; then
      echo "  same answer as medkg serve ($(wc -c <"$work/body-fuseki-sparql") bytes, identical)"
    else
      # Not fatal: without ORDER BY the rows may come in another order. Same size at least is expected.
      echo "  WARNING: the answers differ ($(wc -c <"$work/body-medkg-sparql") vs $(wc -c <"$work/body-fuseki-sparql") bytes):" \
        "$work/body-medkg-sparql vs $work/body-fuseki-sparql" >&2
    fi
    warm sparql
    for c in $CONNECTIONS; do measure "$s" fuseki sparql "$c"; done
    stop_server
    log_problems fuseki
  fi
done

echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== summary ($results; wrk's full output in $wrk_log)"
{
  echo "| store | server | target | connections | req/s | p50 ms | p99 ms | non-2xx/3xx | socket errors | bytes/resp | server CPU % | load 1 min |"
  echo "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  awk -F'\t' -v q="$query_name" '{ t = $3 == "sparql" ? "sparql (" q ")" : $3
    printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, t, $4, $5, $6, $7, $8, $9, $10, $11, $12 }' "$results"
} | tee "$work/serve-results.md"

bad=$(awk -F'\t' '$8 > 0 || $9 > 0' "$results")
if [[ -n $bad ]]; then
  echo "FAILED: runs with error responses or socket errors:" >&2
  echo "$bad" >&2
  exit 1
fi
echo "no error responses, no socket errors"
