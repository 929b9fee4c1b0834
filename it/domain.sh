#!/usr/bin/env bash
# The integration tests' Payara domain: `start` (pre-integration-test) creates, configures and
# starts it, deploys the EAR once for every test class and waits until Herald is ready; `stop`
# (post-integration-test) stops it. Settings come from it/pom.xml as environment variables.
set -euo pipefail

DOMAIN_NAME=herald-it
source "$(dirname "$0")/../scripts/payara.sh"

start() {
  check_ports
  # A start that fails half-way stops what it started: post-integration-test never runs then.
  started=
  trap 'if [ -z "$started" ]; then abandon_start; fi' EXIT

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
  untraced_pool HeraldPool
  asadmin_remote ping-connection-pool HeraldPool
  use_default_datasource_for_batch
  # Persistent EJB timers (scheduled notification runs) in the database too, as a cluster keeps
  # them (each fires on one instance); Payara creates EJB__TIMER__TBL there at the deployment.
  asadmin_remote set configs.config.server-config.ejb-container.ejb-timer-service.timer-datasource=jdbc/__default
  configure_openapi
  allow_bodies_on_every_method

  # The secrets key as a password alias, as operators should keep it; the system property below
  # names the alias, and MicroProfile Config resolves it.
  local alias_file="$DOMAIN_DIR/$DOMAIN_NAME/config/secrets-key-alias"
  printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$SECRETS_KEY" >"$alias_file"
  asadmin_remote --passwordfile "$alias_file" create-password-alias herald-secrets-key
  rm -f "$alias_file"

  # Herald's configuration for the tests: GreenMail's and the SMSC simulator's ports, fast sweeps
  # and retries, links pointing at this domain, webhook receivers on loopback allowed, the portal's
  # first admin. asadmin separates properties with ':' (escaped).
  asadmin_remote create-system-properties \
    "herald.backoffice.api-key=$API_KEY:herald.portal.admin.username=$PORTAL_ADMIN_USERNAME:herald.portal.admin.password=$PORTAL_ADMIN_PASSWORD:herald.secrets.key=\${ALIAS=herald-secrets-key}:herald.demo-data=true:herald.sms.smpp.enabled=true:herald.sms.smpp.host=127.0.0.1:herald.sms.smpp.port=$SMPP_PORT:herald.sms.smpp.password=secret:herald.sms.smpp.rebind-max-delay=PT2S:herald.mail.smtp.host=127.0.0.1:herald.mail.smtp.rate-limit=100:herald.mail.smtp.port=$SMTP_PORT:herald.mail.from=herald@herald.test:herald.webhook.allow-private-addresses=true:herald.external-system.key-grace=PT4S:herald.queue.expiry-sweep=PT1S:herald.queue.redispatch-after=PT30S:herald.queue.receipt-timeout=PT8S:herald.queue.claim-timeout=PT20S:herald.queue.retry.max-attempts=3:herald.queue.retry.initial-delay=PT2S:herald.notification.chunk-size=20:herald.public-base-url=http\\://localhost\\:$HTTP_PORT"

  # One deployment for every test class, once the domain is configured (a deploy in
  # start-domain's post-boot command file deadlocks on a fresh domain).
  [ -f "$EAR" ] || { echo "No EAR at $EAR: build the ear module first" >&2; exit 1; }
  echo "Deploying $EAR"
  asadmin_remote deploy --name herald "$EAR"
  await_ready "${READY_TIMEOUT:-120}"
  # The served OpenAPI document, from which the build generates the client GeneratedClientIT uses.
  if [ -n "${OPENAPI_DOCUMENT:-}" ]; then
    # Payara builds the document on the first request: minutes on a loaded machine.
    curl -sS --fail --max-time "${OPENAPI_TIMEOUT:-300}" -o "$OPENAPI_DOCUMENT" "http://localhost:$HTTP_PORT/openapi?format=JSON"
  fi
  started=1
}

# The admin and HTTP ports the tests are given must be the ones create-domain derives from the
# portbase, or the tests would talk to some other domain.
check_ports() {
  if [ "$ADMIN_PORT" != $((PORTBASE + 48)) ] || [ "$HTTP_PORT" != $((PORTBASE + 80)) ]; then
    echo "herald.it.admin.port ($ADMIN_PORT) and herald.it.http.port ($HTTP_PORT) must be" \
      "herald.it.portbase ($PORTBASE) + 48 and + 80" >&2
    exit 2
  fi
}

abandon_start() {
  local log="$DOMAIN_DIR/$DOMAIN_NAME/logs/server.log"
  echo "The test domain did not come up; stopping it." >&2
  if [ -f "$log" ]; then
    echo "Last lines of $log:" >&2
    tail -n 40 "$log" >&2
  fi
  stop_domain >/dev/null 2>&1 || true
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
