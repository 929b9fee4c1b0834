#!/usr/bin/env bash
# The notification run benchmark (bench/README.md, "Run benchmark"): builds Herald, starts a
# Payara Server domain of its own on PostgreSQL (a database of its own, emptied first), deploys the
# EAR and runs `benchmarks.jar runs`, which writes N accounts receivable with their contacts straight
# into the entity store's tables (COPY), makes a financial notification type over REST and runs it
# with dispatch paused: a run over the first tenth (warm-up, heap baseline) beside a raw JDBC batch
# insert of the same rows, then a run over all N killed with kill -9 at about 40 % and resumed
# after a restart (exactly N communications, none twice), then drains every email to the
# benchmark's SMTP sink beside raw pooled Jakarta Mail. Whatever it started is stopped at the end,
# also on failure or Ctrl-C.
#
#   bench/runs.sh                          1,000,000 accounts receivable
#   bench/runs.sh --recipients 20000       a quicker run
#   bench/runs.sh --kill-at 0.5            kill the server once half the run is made
#   bench/runs.sh --profile                records the server with JFR during the full run, to the kill
#   SKIP_BUILD=1 bench/runs.sh             reuse the last build
#   EAR=path/to/herald.ear …               deploy another build
#
# Ports: HERALD_BENCH_PORTBASE (default 35000): admin +48, HTTP +80, JMS broker +76, SMTP sink +25
# (or the next free port up to +35).
# Database: HERALD_BENCH_DB (default herald_runbench) on DB_HOST:DB_PORT as DB_USER.
set -euo pipefail
cd "$(dirname "$0")/.."

PORTBASE="${HERALD_BENCH_PORTBASE:-35000}"
DB_NAME="${HERALD_BENCH_DB:-herald_runbench}"
DOMAIN_NAME=herald-runs
source bench/domain.sh
# The SMTP sink's port: +25 unless another process holds it (an ephemeral port of another domain
# once did), then the next free one up to +35.
for offset in $(seq 25 35); do
  SMTP_PORT=$((PORTBASE + offset))
  ss -Hltn "sport = :$SMTP_PORT" | grep -q . || break
done
API_KEY=runs-backoffice-key
EAR="${EAR:-ear/target/herald.ear}"
OUTPUT="$PWD/bench/target/runs"

# Called back by the benchmark after its kill -9: the same domain, started again, until ready.
if [ "${1:-}" = "--restart-domain" ]; then
  start_own_domain
  await_ready 900
  exit 0
fi

args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --recipients) args+=(--recipients "$2"); shift 2 ;;
    --kill-at) args+=(--kill-at "$2"); shift 2 ;;
    --profile) args+=(--profile); shift ;;
    *) echo "usage: $0 [--recipients N] [--kill-at FRACTION] [--profile]" >&2; exit 2 ;;
  esac
done

build_unless_skipped 1
stop_domain_on_exit
empty_database
create_and_start_domain

# SMTP to the benchmark's sink, no rate limit; the queue's sweeps hourly (nothing is lost while
# dispatch is paused). asadmin separates properties with ':'.
asadmin_remote create-system-properties \
  "herald.backoffice.api-key=$API_KEY:herald.mail.smtp.host=127.0.0.1:herald.mail.smtp.port=$SMTP_PORT:herald.mail.smtp.rate-limit=0:herald.mail.from=herald@company-zx.com:herald.queue.expiry-sweep=PT1H:herald.queue.redispatch-after=PT1H:herald.queue.claim-timeout=PT1H:herald.public-base-url=http\\://localhost\\:$HTTP_PORT" >/dev/null

echo "==> Deploying $EAR"
asadmin_remote deploy --name herald "$EAR" >/dev/null
await_ready 120 >/dev/null

mkdir -p "$OUTPUT"
java -jar bench/target/benchmarks.jar runs "${args[@]}" \
  --http-port "$HTTP_PORT" --smtp-port "$SMTP_PORT" --broker-port "$BROKER_PORT" \
  --imqcmd "$PAYARA_HOME/mq/bin/imqcmd" --api-key "$API_KEY" \
  --pid-file "$(domain_pid_file)" --restart "$PWD/bench/runs.sh" --output "$OUTPUT" \
  --db-url "jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" --db-user "$DB_USER" --db-password "$DB_PASSWORD" &
client=$!
wait "$client"
client=
