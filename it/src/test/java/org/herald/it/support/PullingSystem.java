package org.herald.it.support;

import java.util.List;
import org.herald.api.externalsystem.ExternalSystemDto;
import org.herald.api.externalsystem.QueueStateChangeDto;

/**
 * An external system that pulls its emails and reports what became of them, as a portal does: the
 * test chooses each delivery's outcome, whatever a test mail server would make of it.
 */
public final class PullingSystem {

  private final String code;
  private final HeraldClient client;

  private PullingSystem(String code, HeraldClient client) {
    this.code = code;
    this.client = client;
  }

  /** Registers a new one handling email, over the back-office API. */
  public static PullingSystem register(HeraldClient api) {
    return register(api, "EMAIL");
  }

  /** Registers a new one handling these media, over the back-office API. */
  public static PullingSystem register(HeraldClient api, String... media) {
    String code = "PULL_" + Long.toString(System.nanoTime(), 36).toUpperCase();
    ApiResponse registered =
        api.post(
            "/external-systems",
            new ExternalSystemDto(
                code, "Pulling " + code, null, List.of(media), 500, null, null, null, null));
    if (registered.status() != 201) {
      throw new AssertionError("External system not registered: " + registered);
    }
    return new PullingSystem(code, HeraldClient.withKey(registered.json().getString("apiKey")));
  }

  public String code() {
    return code;
  }

  /** Rejects its entry for this communication with a code and the reason it gives. */
  public void reject(String communication, String errorCode, String reason) {
    ApiResponse reported =
        client.put(
            "/queue/entries/" + communication + "/state",
            new QueueStateChangeDto("REJECTED", errorCode, reason));
    if (reported.status() != 200) {
      throw new AssertionError("Rejection not reported: " + reported);
    }
  }

  /** The system's own client, with its key: it pulls its queue entries with it. */
  public HeraldClient client() {
    return client;
  }

  /** Reports a state of its entry for this communication (with an error code when rejecting). */
  public void report(String communication, String state, String errorCode) {
    ApiResponse reported =
        client.put(
            "/queue/entries/" + communication + "/state",
            new QueueStateChangeDto(state, errorCode, errorCode == null ? null : "test outcome"));
    if (reported.status() != 200) {
      throw new AssertionError("State not reported: " + reported);
    }
  }
}
