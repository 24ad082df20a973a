#!/usr/bin/env bash
# Extraction and load throughput on a generated dump, side by side with decompressing the same file.
# Usage: bench/run-extract.sh [MB]   (default 100 MB of XML; needs the medkg jar: mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mb=${1:-100}
work=${TMPDIR:-/tmp}/medkg-bench-extract
mkdir -p "$work"
jar=${MEDKG_JAR:-target/medkg.jar}
[[ -f $jar ]] || mvn -B -q -DskipTests package
cp_compress=$(find ~/.m2/repository/org/apache/commons/commons-compress -name 'commons-compress-1.28.0.jar' | head -1)
(cd bench/dumpgen && java -cp "$cp_compress" DumpGen.java --out "$work/dump.xml.bz2" --mb "$mb" --lang zh --seed 7)
(cd bench/dumpgen && java DumpGen.java --out "$work/dump.xml" --mb "$mb" --lang zh --seed 7)
measure() {  # label, command...
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %M KB peak RSS" "$@" 2>&1 >/dev/null | grep -F -e "$label:" -e "articles:" -e "stored" || true
}
echo "== $mb MB of XML, $(du -h "$work/dump.xml.bz2" | cut -f1) as bz2"
measure "bzip2 -dc" bzip2 -dc "$work/dump.xml.bz2"
measure "medkg extract (xml -> nt)" java -Xmx1g -jar "$jar" extract "$work/dump.xml" -f nt -o "$work/out.nt"
measure "medkg extract (bz2 -> nt)" java -Xmx1g -jar "$jar" extract "$work/dump.xml.bz2" -f nt -o "$work/out.nt"
rm -rf "$work/store"
measure "medkg load (bz2 -> TDB2)" java -Xmx1g -jar "$jar" load "$work/dump.xml.bz2" --store "$work/store"
