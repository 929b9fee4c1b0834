#!/usr/bin/env bash
# The integration tests' Payara domain: `start` (pre-integration-test) and `stop`
# (post-integration-test). Settings come from it/pom.xml as environment variables.
set -euo pipefail

DOMAIN_NAME=herald-it
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))
source "$(dirname "$0")/../scripts/payara.sh"

start() {
  reset_database
  # The JDBC driver goes into the domain's lib/ before its first start: no restart needed.
  create_domain --portbase "$PORTBASE"
  cp "$JDBC_DRIVER" "$DOMAIN_DIR/$DOMAIN_NAME/lib/"
  # Payara keeps an uploaded archive under its own name in java.io.tmpdir while it deploys it:
  # domains sharing /tmp (test runs side by side on one machine) deployed each other's herald.ear.
  mkdir -p "$DOMAIN_DIR/$DOMAIN_NAME/tmp"
  JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$DOMAIN_DIR/$DOMAIN_NAME/tmp" start_domain

  # Non-XA pool: PostgreSQL here has no prepared transactions; last-agent commits it with JMS.
  asadmin_remote create-jdbc-connection-pool \
    --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
    --property "serverName=$DB_HOST:portNumber=$DB_PORT:databaseName=$DB_NAME:user=$DB_USER:password=${DB_PASSWORD:-unused}" \
    HeraldPool
  asadmin_remote set resources.jdbc-resource.jdbc/__default.pool-name=HeraldPool
  asadmin_remote ping-connection-pool HeraldPool
  enable_openapi_lib_scan

  # Herald's configuration for the tests: GreenMail's and the SMSC simulator's ports, fast sweeps
  # and retries, links pointing at this domain. asadmin separates properties with ':' (escaped).
  asadmin_remote create-system-properties \
    "herald.backoffice.api-key=$API_KEY:herald.demo-data=true:herald.sms.smpp.enabled=true:herald.sms.smpp.host=127.0.0.1:herald.sms.smpp.port=$SMPP_PORT:herald.sms.smpp.password=secret:herald.sms.smpp.rebind-max-delay=PT2S:herald.mail.smtp.host=127.0.0.1:herald.mail.smtp.rate-limit=100:herald.mail.smtp.port=$SMTP_PORT:herald.mail.from=herald@herald.test:herald.queue.expiry-sweep=PT1S:herald.queue.redispatch-after=PT30S:herald.queue.receipt-timeout=PT8S:herald.queue.claim-timeout=PT20S:herald.queue.retry.max-attempts=3:herald.queue.retry.initial-delay=PT2S:herald.public-base-url=http\\://localhost\\:$HTTP_PORT"
}

# Starts each run from an empty schema, so migrations and demo data are proven from scratch.
reset_database() {
  PGPASSWORD="${DB_PASSWORD:-}" psql -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" \
    -c 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;'
}

case "${1:-}" in
  start) start ;;
  stop) stop_domain ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
