#!/usr/bin/env bash
# Regenerates genes-protein-coding.tsv (the gene source of BuildLexicons.java) from Debian's
# r-bioc-org.hs.eg.db package (Bioconductor org.Hs.eg.db: NCBI Gene + HGNC).
#
#   lexicons/genes-from-debian.sh OUT.tsv [PACKAGE.deb]
#
# Without PACKAGE.deb it runs `apt-get download r-bioc-org.hs.eg.db` (about 37 MB; the unpacked
# sqlite file is about 330 MB) in a temporary folder, which it removes at the end. Needs dpkg-deb
# and sqlite3 (`apt-get install sqlite3`). Output: one row per protein-coding gene, sorted by
# symbol, columns Entrez id, symbol, approved name, gene type, aliases (|, sorted, without the
# symbol itself), OMIM numbers (|, sorted) -- the format of genes-protein-coding.tsv.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 OUT.tsv [r-bioc-org.hs.eg.db_VERSION_all.deb]" >&2
  exit 2
fi
out=$1
deb=${2:-}
command -v sqlite3 >/dev/null || { echo "$0: sqlite3 is missing (apt-get install sqlite3)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$deb" ]; then
  (cd "$work" && apt-get download r-bioc-org.hs.eg.db >&2)
  deb=$(ls "$work"/r-bioc-org.hs.eg.db_*.deb)
fi
version=$(dpkg-deb -f "$deb" Version)
dpkg-deb -x "$deb" "$work/x"
db=$(find "$work/x" -name org.Hs.eg.sqlite | head -n 1)
[ -n "$db" ] || { echo "$0: no org.Hs.eg.sqlite in $deb" >&2; exit 1; }
date=$(sqlite3 "$db" "select value from metadata where name = 'EGSOURCEDATE'")

# group_concat's order is not defined, so the lists are built from pre-sorted subqueries and
# sorted again below in the shell, byte-wise (LC_ALL=C), to be certain.
sqlite3 -batch -noheader -separator $'\t' "$db" > "$work/rows.tsv" <<'SQL'
SELECT g.gene_id, i.symbol, i.gene_name, t.gene_type,
       COALESCE((SELECT group_concat(a.alias_symbol, '|')
                 FROM (SELECT DISTINCT alias_symbol FROM alias
                       WHERE alias._id = g._id AND alias_symbol <> i.symbol
                       ORDER BY alias_symbol) a), ''),
       COALESCE((SELECT group_concat(o.omim_id, '|')
                 FROM (SELECT DISTINCT omim_id FROM omim WHERE omim._id = g._id ORDER BY omim_id) o), '')
FROM genes g
JOIN gene_info i ON i._id = g._id
JOIN genetype t ON t._id = g._id
WHERE t.gene_type = 'protein-coding';
SQL

{
  printf '# Entrez gene id\tsymbol\tapproved name\tgene type\taliases (|)\tOMIM numbers (|)\n'
  LC_ALL=C awk -F'\t' -v OFS='\t' '
    function sortlist(s,   n, a, i, j, t, r) {
      n = split(s, a, "|")
      for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      r = ""; for (i = 1; i <= n; i++) r = r (i > 1 ? "|" : "") a[i]
      return r
    }
    { $5 = sortlist($5); $6 = sortlist($6); print }' "$work/rows.tsv" | LC_ALL=C sort -t$'\t' -k2,2 -k1,1n
} > "$out"
echo "$0: wrote $(($(wc -l < "$out") - 1)) genes to $out from r-bioc-org.hs.eg.db $version (NCBI Gene $date)" >&2
