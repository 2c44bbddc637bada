#!/usr/bin/env bash
# The paired whole-process comparison: each aantafel-cli command against a plain sqlite3 query that
# reads the same rows from the same file, run alternately (cli, sqlite3, cli, sqlite3, …) so that both
# see the same machine at the same moment. Prints per command the median wall time and peak resident
# memory of each side, the ratio of the medians and the range of the ratios of the pairs, the median CPU
# time (user + system) of each side and their ratio, which a busy machine inflates far less than the
# wall time, and the load average before and after, so that a busy machine shows in the figures.
#
#   tests/bench/paired-cli.sh AANTAFEL_CLI FILE [RUNS] [YEAR]
#
# FILE is a municipality file, e.g. made by `aantafel-cli demo FILE --cases 100000`. RUNS defaults
# to 5, YEAR (the yearly report) to 2025. RAW_FILE=path lets sqlite3 read another file with the same
# cases (a program of an older file version against the same demo, migrated). Needs sqlite3 and GNU
# time (/usr/bin/time).
set -euo pipefail

if [ $# -lt 2 ]; then
    sed -n "2,14p" "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
CLI=$1
FILE=$2
RUNS=${3:-5}
YEAR=${4:-2025}
RAW=${RAW_FILE:-$FILE}
for tool in sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$tool ontbreekt" >&2; exit 2; }
done
[ -f "$FILE" ] || { echo "$FILE bestaat niet" >&2; exit 2; }
[ -f "$RAW" ] || { echo "$RAW bestaat niet" >&2; exit 2; }

# The raw queries read the rows the command shows: the open cases with their next deadline; the
# pending deadlines with their case; the cases received in the year with the columns the report counts.
LIST_SQL="SELECT c.reference, c.received, c.kind, c.channel, c.domain, c.phase, c.outcome, c.klager_name,
  c.handler, d.kind, d.due, d.basis FROM cases AS c LEFT JOIN case_deadlines AS d ON d.case_id = c.id AND d.next = 1
  WHERE c.phase <> 'closed' ORDER BY c.received DESC, c.reference"
DUE_SQL="SELECT d.case_id, d.kind, d.due, d.basis, c.reference, c.anonymous, c.klager_name, c.handler, c.domain
  FROM case_deadlines AS d JOIN cases AS c ON c.id = d.case_id ORDER BY d.due, c.reference"
REPORT_SQL="SELECT c.id, c.kind, c.channel, c.domain, c.phase, c.outcome, c.received, c.closed_on,
  c.closing_notice_sent, c.adjourned_on, c.consent_received, c.agreed_due_date, c.committee, c.subject_provider,
  (SELECT group_concat(ct.theme_id) FROM case_themes AS ct WHERE ct.case_id = c.id)
  FROM cases AS c WHERE c.received BETWEEN '$YEAR-01-01' AND '$YEAR-12-31'"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# One measured run: "seconds peak-KiB user system" appended to the file $1; the output is discarded.
measure() {
    local into=$1
    shift
    /usr/bin/time -f '%e %M %U %S' -o "$TMP/one" "$@" >/dev/null 2>"$TMP/stderr" || {
        echo "mislukt: $*" >&2
        cat "$TMP/stderr" >&2
        exit 1
    }
    cat "$TMP/one" >>"$into"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

pair() {
    local name=$1 sql=$2 mode=$3
    shift 3
    : >"$TMP/cli"
    : >"$TMP/raw"
    # One unmeasured run of each warms the file cache.
    "$@" >/dev/null 2>&1 || true
    sqlite3 "$mode" "$RAW" "$sql" >/dev/null
    for ((i = 0; i < RUNS; ++i)); do
        measure "$TMP/cli" "$@"
        measure "$TMP/raw" sqlite3 "$mode" "$RAW" "$sql"
    done
    local cliWall rawWall cliMem rawMem ratios cliCpu rawCpu
    cliWall=$(cut -d' ' -f1 "$TMP/cli" | median)
    rawWall=$(cut -d' ' -f1 "$TMP/raw" | median)
    cliMem=$(cut -d' ' -f2 "$TMP/cli" | median)
    rawMem=$(cut -d' ' -f2 "$TMP/raw" | median)
    cliCpu=$(awk '{ print $3 + $4 }' "$TMP/cli" | median)
    rawCpu=$(awk '{ print $3 + $4 }' "$TMP/raw" | median)
    ratios=$(paste -d' ' "$TMP/cli" "$TMP/raw" |
        awk '{ r = ($5 > 0 ? $1 / $5 : 0); if (NR == 1 || r < lo) lo = r; if (NR == 1 || r > hi) hi = r }
             END { printf "%.1f–%.1f", lo, hi }')
    awk -v n="$name" -v cw="$cliWall" -v rw="$rawWall" -v cm="$cliMem" -v rm="$rawMem" -v rr="$ratios" \
        -v cc="$cliCpu" -v rc="$rawCpu" \
        'BEGIN { printf "| %s | %.2f s | %.0f MiB | %.2f s | %.0f MiB | %.1f× (pairs %s) | %.2f s / %.2f s = %.1f× |\n",
                 n, cw, cm / 1024, rw, rm / 1024, (rw > 0 ? cw / rw : 0), rr, cc, rc, (rc > 0 ? cc / rc : 0) }'
}

cases=$(sqlite3 "$RAW" "SELECT count(*) FROM cases")
echo "Bestand: $FILE ($cases zaken), $RUNS paren per opdracht, $(nproc) kernen"
echo "Belasting vooraf (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| opdracht | aantafel-cli | piekgeheugen | sqlite3 | piekgeheugen | verhouding (mediaan) | CPU-tijd (mediaan) |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
pair "list --open --json" "$LIST_SQL" -json "$CLI" list "$FILE" --open --json
pair "due --format json" "$DUE_SQL" -json "$CLI" due "$FILE" --format json
pair "report --year $YEAR --format csv" "$REPORT_SQL" -csv "$CLI" report "$FILE" --year "$YEAR" --format csv \
    --out "$TMP/verslag.csv"
echo
echo "Belasting achteraf (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
