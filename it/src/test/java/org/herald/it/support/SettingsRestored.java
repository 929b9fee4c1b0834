package org.herald.it.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives back, after a test class, the shared settings as it found them: dynamic links, tracking and
 * general settings. Every class runs against the one deployment, in any order, so a class that
 * changes a setting registers this ({@code @RegisterExtension static}) and the classes after it
 * find the server as deployed (the demo data's links enabled, tracking off, the seed's general
 * settings). A class still sets itself what its tests need.
 */
public final class SettingsRestored implements BeforeAllCallback, AfterAllCallback {

  private static final List<String> SETTINGS =
      List.of("/settings/dynamic-links", "/settings/tracking", "/settings/general");

  private final HeraldClient api = HeraldClient.backOffice();
  private final Map<String, String> found = new LinkedHashMap<>();

  @Override
  public void beforeAll(ExtensionContext context) {
    for (String settings : SETTINGS) {
      found.put(settings, read(settings));
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    found.forEach(
        (settings, before) -> {
          if (!read(settings).equals(before)) {
            ApiResponse restored = api.put(settings, before);
            if (restored.status() != 200) {
              throw new IllegalStateException(settings + " not restored: " + restored);
            }
          }
        });
  }

  private String read(String settings) {
    ApiResponse response = api.get(settings);
    if (response.status() != 200) {
      throw new IllegalStateException(settings + " unreadable: " + response);
    }
    return response.body();
  }
}
