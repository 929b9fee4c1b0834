package org.herald.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider every part of Herald builds and reads JSON with. {@code Json.create…}
 * looks the provider up through a {@code ServiceLoader} on every call, which under Payara is a
 * resource scan through the application's class loaders (10 % of a create's CPU when the strict
 * JSON reader did it per request).
 */
public final class JsonProviders {

  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonProviders() {}
}
