package org.herald.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The build's test domain, on which it/domain.sh deployed Herald once for every test class before
 * the tests started. A test that must see a deployment happen (start-up work such as the demo data)
 * redeploys the same EAR here and waits until Herald is ready again, so the tests after it find a
 * working server.
 */
public final class TestDomain {

  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

  private TestDomain() {}

  /**
   * Deploys the build's EAR again over the running application ({@code asadmin deploy --force}), as
   * an upgrade would, then waits until Herald is ready.
   */
  public static void redeploy() {
    List<String> command =
        List.of(
            System.getProperty("herald.it.asadmin"),
            "--interactive=false",
            "--port",
            System.getProperty("herald.it.admin.port", "28048"),
            "deploy",
            "--force",
            "--name",
            "herald",
            System.getProperty("herald.it.ear", "../ear/target/herald.ear"));
    try {
      Path log = Files.createTempFile("herald-redeploy", ".log");
      Process asadmin =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      if (!asadmin.waitFor(DEPLOY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        asadmin.destroyForcibly();
        throw new AssertionError("Redeployment still running after " + DEPLOY_TIMEOUT);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.delete(log);
      if (asadmin.exitValue() != 0) {
        throw new AssertionError("Redeployment failed (" + asadmin.exitValue() + "): " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    awaitReady();
  }

  /**
   * Waits until {@code /health/ready} answers UP with Herald's own database check among its checks
   * (Payara answers UP without any check while no application is deployed).
   */
  public static void awaitReady() {
    HeraldClient anyone = HeraldClient.withKey(null);
    Eventually.await(
        READY_TIMEOUT,
        () -> {
          try {
            return anyone.page("/health/ready");
          } catch (IllegalStateException e) {
            return null; // not answering yet
          }
        },
        ready -> ready != null && ready.status() == 200 && ready.body().contains("\"database\""));
  }
}
