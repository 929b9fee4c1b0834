#!/usr/bin/env bash
# Builds Herald and runs it on Payara Server Full with its embedded defaults (H2 database,
# OpenMQ broker), demo data loaded, in the foreground until Ctrl-C (or `./run.sh stop` from
# another terminal). Needs only a JDK 17 and Maven; Payara comes from Maven Central.
#
#   ./run.sh              build, start, deploy, print the URLs, follow the log
#   ./run.sh stop         stop the server a running ./run.sh started
#   SKIP_BUILD=1 ./run.sh reuse the last build
#
# Ports: HTTP 8080, admin 4848 (HERALD_HTTP_PORT / HERALD_ADMIN_PORT change them).
set -euo pipefail
cd "$(dirname "$0")"

PAYARA_HOME="$PWD/target/payara6"
DOMAIN_DIR="$PWD/target/domains"
DOMAIN_NAME=herald
ADMIN_PORT="${HERALD_ADMIN_PORT:-4848}"
HTTP_PORT="${HERALD_HTTP_PORT:-8080}"
DEMO_KEY=herald-demo-key
source scripts/payara.sh

if [ "${1:-}" = stop ]; then
  stop_domain
  exit 0
fi

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "==> Building Herald (and unpacking Payara Server into target/ on first use)"
  mvn -B -q -DskipTests -DskipITs package
fi
[ -x "$PAYARA_HOME/bin/asadmin" ] || { echo "Payara is missing from $PAYARA_HOME: run without SKIP_BUILD" >&2; exit 1; }

echo "==> Creating a fresh domain in $DOMAIN_DIR/$DOMAIN_NAME"
create_domain --adminport "$ADMIN_PORT" --instanceport "$HTTP_PORT"

# The server inherits its configuration from this environment (MicroProfile Config reads it).
export HERALD_BACKOFFICE_API_KEY="${HERALD_BACKOFFICE_API_KEY:-$DEMO_KEY}"
export HERALD_DEMO_DATA="${HERALD_DEMO_DATA:-true}"
# The portal's first admin, created as the run's new database has no user yet.
export HERALD_PORTAL_ADMIN_USERNAME="${HERALD_PORTAL_ADMIN_USERNAME:-admin}"
export HERALD_PORTAL_ADMIN_PASSWORD="${HERALD_PORTAL_ADMIN_PASSWORD:-herald-demo-admin}"
# Links in messages (dynamic links, tracking) point at this server unless set otherwise.
export HERALD_PUBLIC_BASE_URL="${HERALD_PUBLIC_BASE_URL:-http://localhost:$HTTP_PORT}"
# The key stored passwords and signing keys are sealed with: a new one each run, as the run's
# database (H2, inside the domain) is new each run too.
export HERALD_SECRETS_KEY="${HERALD_SECRETS_KEY:-$(head -c 32 /dev/urandom | base64)}"

stopping=
pid=
cleanup() {
  [ -n "$stopping" ] && return
  stopping=1
  echo
  echo "==> Stopping Herald"
  [ -n "${tail_pid:-}" ] && kill "$tail_pid" 2>/dev/null || true
  # Only our own server: a newer ./run.sh may already have replaced the domain.
  if [ -z "$pid" ] || [ "$(cat "$(domain_pid_file)" 2>/dev/null)" = "$pid" ]; then
    stop_domain >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "==> Starting Payara Server"
start_domain >/dev/null
pid=$(cat "$(domain_pid_file)")

# H2 in PostgreSQL mode, so one set of SQL serves both; set before the database file exists.
asadmin_remote set 'resources.jdbc-connection-pool.H2Pool.property.URL=jdbc:h2:${com.sun.aas.instanceRoot}/lib/databases/embedded_default;AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE' >/dev/null
untraced_pool H2Pool
configure_openapi
allow_bodies_on_every_method
# Jakarta Batch (notification runs) keeps its job repository in the server's own H2 database
# (jdbc/__TimerPool, the default): its tables do not create in H2's PostgreSQL mode (no BLOB).

echo "==> Deploying ear/target/herald.ear"
asadmin_remote deploy --name herald ear/target/herald.ear >/dev/null

base="http://localhost:$HTTP_PORT"
cat <<INFO

Herald is running.
  Admin portal   $base/herald/   (log in as $HERALD_PORTAL_ADMIN_USERNAME / $HERALD_PORTAL_ADMIN_PASSWORD)
  REST API       $base/herald/api/v1   (Authorization: Bearer $HERALD_BACKOFFICE_API_KEY)
  OpenAPI        $base/openapi
  Health         $base/health
  Payara admin   http://localhost:$ADMIN_PORT
  Try:  curl -H 'Authorization: Bearer $HERALD_BACKOFFICE_API_KEY' $base/herald/api/v1/contacts

Following the server log; Ctrl-C stops Herald.
INFO

log="$DOMAIN_DIR/$DOMAIN_NAME/logs/server.log"
tail -n 0 -F "$log" &
tail_pid=$!
while kill -0 "$pid" 2>/dev/null; do sleep 2; done
echo "Payara Server stopped."
