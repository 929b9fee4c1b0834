#!/usr/bin/env bash
# The kill -9 test of dispatch (bench/README.md, "Kill test"): builds Herald, starts a Payara Server
# domain of its own on PostgreSQL (a database of its own, emptied first), deploys the EAR and runs
# `benchmarks.jar kill`, which brings an SMTP sink that records every Message-ID, queues N emails
# with dispatch paused at the broker, resumes it, kills the server with SIGKILL once about a third
# has reached the sink, starts the same domain again (the EAR stays deployed), waits until no entry
# is pending and counts: duplicates, entries held for review, entries missing. The exit status is
# the test's: 0 passed, 1 failed (the counts say why), 2 could not run. Whatever the script started
# is stopped at the end, also on failure or Ctrl-C.
#
#   bench/kill.sh                     10,000 emails, in-flight policy HOLD
#   bench/kill.sh --policy RESEND     the in-flight entries sent again instead of held
#   bench/kill.sh --messages 2000     fewer emails
#   bench/kill.sh --kill-at 0.5       kill once half has reached the sink
#   SKIP_BUILD=1 bench/kill.sh        reuse the last build
#   EAR=path/to/herald.ear …          deploy another build
#
# Ports: HERALD_KILL_PORTBASE (default 34000): admin +48, HTTP +80, JMS broker +76, SMTP sink +25.
# Database: HERALD_KILL_DB (default herald_kill) on DB_HOST:DB_PORT as DB_USER.
# HERALD_KILL_LOOPS: the server's dispatch loops (herald.queue.dispatch.loops, default 12), the
# most entries whose handover can be under way at the kill.
set -euo pipefail
cd "$(dirname "$0")/.."

PORTBASE="${HERALD_KILL_PORTBASE:-34000}"
DB_NAME="${HERALD_KILL_DB:-herald_kill}"
DOMAIN_NAME=herald-kill
source bench/domain.sh
LOOPS="${HERALD_KILL_LOOPS:-12}"
API_KEY=kill-backoffice-key
EAR="${EAR:-ear/target/herald.ear}"

# Called back by the test after its kill -9: the same domain, started again, until Herald is ready.
if [ "${1:-}" = "--restart-domain" ]; then
  start_own_domain
  await_ready 300
  exit 0
fi

policy=HOLD
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --messages) args+=(--messages "$2"); shift 2 ;;
    --kill-at) args+=(--kill-at "$2"); shift 2 ;;
    --timeout) args+=(--timeout "$2"); shift 2 ;;
    --policy) policy="$2"; shift 2 ;;
    *) echo "usage: $0 [--messages N] [--policy HOLD|RESEND] [--kill-at FRACTION] [--timeout SECONDS]" >&2; exit 2 ;;
  esac
done
case "$policy" in HOLD | RESEND) ;; *) echo "--policy is HOLD or RESEND" >&2; exit 2 ;; esac

build_unless_skipped 2
stop_domain_on_exit
empty_database
create_and_start_domain

# SMTP to the test's sink, no rate limit, the policy under test. The sweeps that could decide an
# entry on their own (claims outliving any send, overdue entries) run hourly: what the restart
# decides comes from the handover journal alone. asadmin separates properties with ':'.
asadmin_remote create-system-properties \
  "herald.backoffice.api-key=$API_KEY:herald.mail.smtp.host=127.0.0.1:herald.mail.smtp.port=$SMTP_PORT:herald.mail.smtp.rate-limit=0:herald.mail.from=herald@company-zx.com:herald.queue.expiry-sweep=PT1H:herald.queue.redispatch-after=PT1H:herald.queue.claim-timeout=PT1H:herald.queue.in-flight-policy=$policy:herald.queue.dispatch.loops=$LOOPS:herald.public-base-url=http\\://localhost\\:$HTTP_PORT" >/dev/null

echo "==> Deploying $EAR"
asadmin_remote deploy --name herald "$EAR" >/dev/null
await_ready 120 >/dev/null

java -jar bench/target/benchmarks.jar kill "${args[@]}" --policy "$policy" --loops "$LOOPS" \
  --http-port "$HTTP_PORT" --smtp-port "$SMTP_PORT" --broker-port "$BROKER_PORT" \
  --imqcmd "$PAYARA_HOME/mq/bin/imqcmd" --api-key "$API_KEY" \
  --pid-file "$(domain_pid_file)" --restart "$PWD/bench/kill.sh" \
  --journal "$DOMAIN_DIR/$DOMAIN_NAME/herald/journal" \
  --server-log "$DOMAIN_DIR/$DOMAIN_NAME/logs/server.log" \
  --db-url "jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" --db-user "$DB_USER" --db-password "$DB_PASSWORD" &
client=$!
wait "$client"
client=
