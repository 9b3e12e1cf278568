#!/bin/bash
# Load figures for docs/benchmarks.md: N nodes of ecaf.jar on one fresh PostgreSQL database (behind HAProxy when
# N > 1), the load driver with USERS virtual users for SECONDS, then everything stopped and the database dropped.
# Usage: mvn -B -DskipTests package && mvn -B -q -Pbenchmarks -pl ecaf-benchmarks -am -DskipTests package
#        bash ecaf-benchmarks/load.sh NODES "USERS [USERS…]" [SECONDS] [THINK_MS]   (one run per number of users)
# Nodes run as docs/operations.md advises (-Xmx512m -XX:+UseParallelGC); NODE_OPTS adds JVM options to every node
# (e.g. a flight recording, or -XX:+UseG1GC to compare); HISTORY=N also runs the history mode;
# STATEMENTS=N lists the N statements that took PostgreSQL longest (pg_stat_statements must be loaded).
# Needs: PostgreSQL at 127.0.0.1:5432 (trust, user postgres), haproxy for NODES > 1. Only 127.0.0.1 is used.
set -euo pipefail
cd "$(dirname "$0")/.."
NODES=${1:-1}; USERS=${2:-50}; SECONDS_=${3:-120}; THINK=${4:-2000}
JAR=ecaf-web/target/ecaf.jar; DRIVER=ecaf-benchmarks/target/benchmarks.jar
OUT=ecaf-benchmarks/target/load; mkdir -p "$OUT"
DB=ecaf_load_$$; psql -q -h 127.0.0.1 -U postgres -c "create database $DB"
PIDS=(); HA=""
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -n "$HA" ] && kill "$HA" 2>/dev/null || true
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" || true
}
trap cleanup EXIT
MEMBERS=""; for i in $(seq 1 "$NODES"); do MEMBERS="$MEMBERS${MEMBERS:+,}127.0.0.1:$((5900 + i))"; done
for i in $(seq 1 "$NODES"); do
  CLUSTER_ENV=(); [ "$NODES" -gt 1 ] && CLUSTER_ENV=(ECAF_CLUSTER="$MEMBERS" ECAF_CLUSTER_PORT=$((5900 + i)) ECAF_CLUSTER_INTERFACE=127.0.0.1 ECAF_CLUSTER_NAME=ecaf-load-$$)
  env ECAF_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" ECAF_DB_USER=postgres ECAF_DEMO=true "${CLUSTER_ENV[@]}" \
    java -Xmx512m -XX:+UseParallelGC ${NODE_OPTS:-} -Djava.io.tmpdir=ecaf-web/target -jar "$JAR" --port $((18080 + i)) > "$OUT/node$i.log" 2>&1 &
  PIDS+=($!)
  [ "$i" -eq 1 ] && sleep 5   # the first node migrates; the others wait on Flyway's lock anyway
done
for i in $(seq 1 "$NODES"); do
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$((18080 + i))/health/ready" >/dev/null && break; sleep 1; done
done
TARGET="http://127.0.0.1:18081"
if [ "$NODES" -gt 1 ]; then
  { printf 'defaults\n  mode http\n  timeout connect 2s\n  timeout client 60s\n  timeout server 60s\n  option redispatch\n  retries 3\n'
    printf 'frontend ecaf\n  bind 127.0.0.1:18080\n  default_backend nodes\nbackend nodes\n  balance roundrobin\n'
    printf '  option httpchk GET /health/ready\n  http-check expect status 200\n  default-server inter 2s fall 2 rise 2\n'
    for i in $(seq 1 "$NODES"); do printf '  server node%d 127.0.0.1:%d check\n' "$i" $((18080 + i)); done; } > "$OUT/haproxy.cfg"
  haproxy -f "$OUT/haproxy.cfg" -db > "$OUT/haproxy.log" 2>&1 & HA=$!
  for _ in $(seq 1 30); do curl -sf http://127.0.0.1:18080/health/ready >/dev/null && break; sleep 1; done
  TARGET="http://127.0.0.1:18080"
fi
for U in $USERS; do
  echo "== $NODES node(s), $U users; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp "$DRIVER" org.ecaf.benchmarks.load.LoadDriver --target "$TARGET" --users "$U" --seconds "$SECONDS_" --think "$THINK" --ramp 20
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
if [ "${STATEMENTS:-0}" -gt 0 ]; then   # needs pg_stat_statements preloaded and created in template1
  psql -h 127.0.0.1 -U postgres -d "$DB" -c "select calls, round(total_exec_time) as ms, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 110) as statement from pg_stat_statements where dbid = (select oid from pg_database where datname = '$DB') order by total_exec_time desc limit $STATEMENTS"
fi
if [ "${HISTORY:-0}" -gt 0 ]; then
  java -cp "$DRIVER" org.ecaf.benchmarks.load.LoadDriver --mode history --target "$TARGET" --saves "$HISTORY"
  psql -h 127.0.0.1 -U postgres -d "$DB" -c "select r.number, octet_length(coalesce(r.answers, r.answers_patch)) as stored_bytes, r.answers is not null as whole_set from assessment_revision r join assessment a on a.id = r.assessment_id where a.latest_number >= $HISTORY and r.number in (1, 10, 11, 100, 999, 1000) order by r.number"
fi
