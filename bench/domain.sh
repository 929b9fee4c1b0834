# Shared by bench/e2e.sh and bench/kill.sh: a Payara Server domain of the script's own, on a
# PostgreSQL database of its own, through scripts/payara.sh. Source it from the repository's root
# with PORTBASE, DOMAIN_NAME and DB_NAME set.

# The domain's ports derive from PORTBASE as create-domain's do (admin +48, HTTP +80, JMS broker
# +76); the sinks the benchmarks bring take +25 (SMTP) and +75 (SMSC).
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))
BROKER_PORT=$((PORTBASE + 76))
SMTP_PORT=$((PORTBASE + 25))
SMPP_PORT=$((PORTBASE + 75))
DB_HOST="${DB_HOST:-localhost}"
DB_PORT="${DB_PORT:-5432}"
DB_USER="${DB_USER:-postgres}"
DB_PASSWORD="${DB_PASSWORD:-postgres}"
PAYARA_HOME="$PWD/target/payara6"
DOMAIN_DIR="$PWD/bench/target/domains"
source scripts/payara.sh

# Builds Herald and the benchmarks unless SKIP_BUILD is set; exits with $1 without Payara.
build_unless_skipped() {
  if [ -z "${SKIP_BUILD:-}" ]; then
    echo "==> Building Herald and the benchmark (and unpacking Payara Server on first use)"
    mvn -B -q -DskipTests -DskipITs package
  fi
  [ -x "$PAYARA_HOME/bin/asadmin" ] || { echo "Payara is missing from $PAYARA_HOME: build first" >&2; exit "$1"; }
}

# The process the script runs beside the domain (set it to $!), stopped with it.
client=
stop_domain_on_exit() {
  trap stop_all EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}
stop_all() {
  trap - EXIT INT TERM
  [ -n "$client" ] && kill "$client" 2>/dev/null || true
  echo "==> Stopping domain $DOMAIN_NAME (its log: $DOMAIN_DIR/$DOMAIN_NAME/logs/server.log)"
  stop_domain >/dev/null 2>&1 || true
}

psql_own() { PGPASSWORD="$DB_PASSWORD" psql -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" "$@"; }

# Creates the database if missing, else empties it: Flyway builds the schema at deployment.
empty_database() {
  echo "==> Emptying database $DB_NAME"
  if [ -z "$(psql_own -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" ]; then
    psql_own -d postgres -c "CREATE DATABASE $DB_NAME"
  fi
  psql_own -d "$DB_NAME" -c 'SET client_min_messages TO WARNING; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;'
}

# Payara keeps an archive it deploys under its own name in java.io.tmpdir: a temporary directory
# of the domain's own keeps other domains on the machine from swapping EARs with this one.
start_own_domain() {
  mkdir -p "$DOMAIN_DIR/$DOMAIN_NAME/tmp"
  JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$DOMAIN_DIR/$DOMAIN_NAME/tmp" start_domain >/dev/null
}

# A new domain on PORTBASE, started, with (as it/domain.sh and the README's deployment steps) a
# non-XA pool on the database behind jdbc/__default.
create_and_start_domain() {
  echo "==> Creating and starting domain $DOMAIN_NAME (portbase $PORTBASE)"
  create_domain --portbase "$PORTBASE"
  cp target/jdbc/postgresql.jar "$DOMAIN_DIR/$DOMAIN_NAME/lib/"
  start_own_domain
  asadmin_remote create-jdbc-connection-pool \
    --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
    --property "serverName=$DB_HOST:portNumber=$DB_PORT:databaseName=$DB_NAME:user=$DB_USER:password=$DB_PASSWORD" \
    HeraldPool >/dev/null
  asadmin_remote set resources.jdbc-resource.jdbc/__default.pool-name=HeraldPool >/dev/null
  untraced_pool HeraldPool
  use_default_datasource_for_batch
}
