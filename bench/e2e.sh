#!/usr/bin/env bash
# The end-to-end benchmark (bench/README.md): builds Herald, starts a Payara Server domain of its
# own on PostgreSQL (a database of its own, emptied first), deploys the EAR, and runs
# `benchmarks.jar e2e`, which brings the SMTP and SMSC sinks, drives Herald over REST and prints
# every figure beside a raw loop to the same sink. Whatever it started is stopped at the end, also
# on failure or Ctrl-C.
#
#   bench/e2e.sh                    100,000 messages a phase
#   bench/e2e.sh --messages 10000   a quicker run
#   bench/e2e.sh --phases email     only some of the phases (email, sms, external)
#   bench/e2e.sh --phases events --messages 20000   business events until every communication is
#                                   queued, against raw JDBC (not run unless named; bench/README.md)
#   bench/e2e.sh --profile          also records the server with JFR during the email, SMS and external phases
#   bench/e2e.sh --pages-in-flight 8  the external system's batch completes at once (default 4)
#   SKIP_BUILD=1 bench/e2e.sh       reuse the last build
#   EAR=path/to/herald.ear …        deploy another build (e.g. to compare before and after)
#
# Ports: HERALD_BENCH_PORTBASE (default 33000): admin +48, HTTP +80, JMS broker +76, SMTP sink +25,
# SMSC sink +75. Database: HERALD_BENCH_DB (default herald_bench) on DB_HOST:DB_PORT as DB_USER.
# HERALD_BENCH_HTTP_THREADS: the server's HTTP worker threads (Payara's default: 5).
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --messages) args+=(--messages "$2"); shift 2 ;;
    --profile) args+=(--profile); shift ;;
    --phases) args+=(--phases "$2"); shift 2 ;;
    --pages-in-flight) args+=(--pages-in-flight "$2"); shift 2 ;;
    *) echo "usage: $0 [--messages N] [--phases email,sms,external,events] [--pages-in-flight K] [--profile]" >&2; exit 2 ;;
  esac
done

PORTBASE="${HERALD_BENCH_PORTBASE:-33000}"
DB_NAME="${HERALD_BENCH_DB:-herald_bench}"
DOMAIN_NAME=herald-bench
source bench/domain.sh
API_KEY=bench-backoffice-key
EAR="${EAR:-ear/target/herald.ear}"
OUTPUT="$PWD/bench/target/e2e"

build_unless_skipped 1
stop_domain_on_exit
empty_database
create_and_start_domain

# For throughput: the sinks' ports, no rate limits, sweeps and redispatch rare (nothing is lost in
# a run), SMS receipts awaited for the run's whole length. asadmin separates properties with ':'.
asadmin_remote create-system-properties \
  "herald.backoffice.api-key=$API_KEY:herald.mail.smtp.host=127.0.0.1:herald.mail.smtp.port=$SMTP_PORT:herald.mail.smtp.rate-limit=0:herald.mail.from=herald@company-zx.com:herald.sms.smpp.enabled=true:herald.sms.smpp.host=127.0.0.1:herald.sms.smpp.port=$SMPP_PORT:herald.sms.smpp.password=secret:herald.sms.smpp.rate-limit=0:herald.queue.expiry-sweep=PT1H:herald.queue.redispatch-after=PT1H:herald.queue.claim-timeout=PT1H:herald.queue.receipt-timeout=P2D:herald.public-base-url=http\\://localhost\\:$HTTP_PORT" >/dev/null

# Payara's default HTTP thread pool has 5 threads: more only when asked (e.g. to match the 16
# requests in flight), so that the default figures are those of a new installation. The pool's
# size takes effect at the next start.
if [ -n "${HERALD_BENCH_HTTP_THREADS:-}" ]; then
  asadmin_remote set "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=$HERALD_BENCH_HTTP_THREADS" >/dev/null
  asadmin_remote set "configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=$HERALD_BENCH_HTTP_THREADS" >/dev/null
  stop_domain >/dev/null
  start_own_domain
fi
server_pid=$(cat "$(domain_pid_file)")

echo "==> Deploying $EAR"
asadmin_remote deploy --name herald "$EAR" >/dev/null
# scripts/payara.sh waits for /health/ready where it can (newer main); else the deploy's return.
if declare -F await_ready >/dev/null; then
  await_ready 120 >/dev/null
fi

mkdir -p "$OUTPUT"
java -jar bench/target/benchmarks.jar e2e "${args[@]}" \
  --http-port "$HTTP_PORT" --smtp-port "$SMTP_PORT" --smpp-port "$SMPP_PORT" \
  --broker-port "$BROKER_PORT" --imqcmd "$PAYARA_HOME/mq/bin/imqcmd" \
  --server-pid "$server_pid" --api-key "$API_KEY" \
  --db-url "jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" --db-user "$DB_USER" --db-password "$DB_PASSWORD" \
  --output "$OUTPUT" &
client=$!
wait "$client"
client=
