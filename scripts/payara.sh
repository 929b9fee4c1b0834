# Shared by ./run and it/domain.sh: manage one Payara Server domain that a script owns.
# Source it with PAYARA_HOME, DOMAIN_DIR and DOMAIN_NAME set. Every call is non-interactive
# (CI has no standard input).

ASADMIN="$PAYARA_HOME/bin/asadmin"

asadmin() { "$ASADMIN" --interactive=false "$@"; }

# Remote commands go to this domain's admin port (ADMIN_PORT).
asadmin_remote() { "$ASADMIN" --interactive=false --port "$ADMIN_PORT" "$@"; }

domain_pid_file() { echo "$DOMAIN_DIR/$DOMAIN_NAME/config/pid"; }

# Stops a domain left behind by an earlier run (even one whose script was killed), then removes it.
remove_domain() {
  if [ -d "$DOMAIN_DIR/$DOMAIN_NAME" ]; then
    asadmin stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN_NAME" >/dev/null 2>&1 || true
    local pid_file
    pid_file=$(domain_pid_file)
    if [ -f "$pid_file" ]; then
      local pid
      pid=$(cat "$pid_file")
      if kill -0 "$pid" 2>/dev/null && grep -q glassfish "/proc/$pid/cmdline" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null || true
      fi
    fi
    rm -rf "${DOMAIN_DIR:?}/$DOMAIN_NAME"
  fi
}

# Replaces any earlier domain of this name with a new one. Arguments: create-domain port options.
create_domain() {
  remove_domain
  mkdir -p "$DOMAIN_DIR"
  asadmin create-domain --nopassword --domaindir "$DOMAIN_DIR" "$@" "$DOMAIN_NAME" >/dev/null
}

start_domain() {
  # Times are UTC everywhere; a JVM option would need a restart to take effect.
  TZ=UTC asadmin start-domain --domaindir "$DOMAIN_DIR" "$DOMAIN_NAME"
}

stop_domain() {
  asadmin stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN_NAME" || remove_domain
}

# Waits until the application deployed on this domain (HTTP_PORT) is ready: /health/ready answers
# UP with Herald's own database check among its checks (Payara answers UP with no checks at all
# before an application is in). Fails, naming the last answer, after $1 seconds.
await_ready() {
  local url="http://localhost:$HTTP_PORT/health/ready" deadline=$((SECONDS + $1)) answer=
  until answer=$(curl -sS --fail-with-body --max-time 5 "$url" 2>&1) && [[ $answer == *'"database"'* ]]; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "Not ready after $1 s: $url answered: ${answer:-nothing}" >&2
      return 1
    fi
    sleep 1
  done
  echo "Ready: $answer"
}

# Lets Payara's OpenAPI document show the DTOs that live in the EAR's lib/, and corrects what its
# scanner gets wrong (org.herald.web.api.openapi). Both are read at deployment; the filter must be
# set on the domain: an EAR's WAR-level microprofile-config.properties is not read for it.
configure_openapi() {
  asadmin_remote set-config-property --propertyName=mp.openapi.extensions.scan.lib \
    --propertyValue=true --source=domain >/dev/null
  asadmin_remote set-config-property --propertyName=mp.openapi.filter \
    --propertyValue=org.herald.web.api.openapi.ContractFilter --source=domain >/dev/null
}

# The HTTP listener passes a request with a body to the application whatever its method: left to
# itself, Grizzly answers a GET or DELETE with a body with a bare 400 (no problem, no body) before
# the API sees it. The API reads no body there and answers as it would without one.
allow_bodies_on_every_method() {
  asadmin_remote set \
    configs.config.server-config.network-config.protocols.protocol.http-listener-1.http.allow-payload-for-undefined-http-methods=true >/dev/null
}

# No SQL trace listener on the pool: Payara gives every new pool a listener that does nothing
# (fish.payara.jdbc.SilentSqlTraceListener), and any listener makes each JDBC call on the pool's
# connections, every setString of a batch included, a reflective proxy call (a quarter of an SMS
# drain's CPU went there). "null" is the value the pool takes for none; Payara's request tracing,
# when an operator turns it on, still adds its own listener.
untraced_pool() {
  asadmin_remote set "resources.jdbc-connection-pool.$1.sql-trace-listeners=null" >/dev/null
}

# Notification runs are Jakarta Batch jobs: keep their job repository in Herald's PostgreSQL database
# (jdbc/__default), beside the runs it checkpoints, rather than in the domain's private H2 file.
use_default_datasource_for_batch() {
  asadmin_remote set-batch-runtime-configuration --datasourcelookupname jdbc/__default >/dev/null
}
