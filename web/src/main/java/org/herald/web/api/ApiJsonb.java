package org.herald.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The API's JSON binding: JSON-B's defaults, with every point in time written to the microsecond,
 * rounded as the database keeps it (PostgreSQL's and H2's drivers round half up). Otherwise the
 * answer to a create showed the time it was made with the clock's nanoseconds, and every later read
 * (a repeated idempotent request, a GET) the stored one, so "the same answer" differed in its last
 * digits.
 */
@Provider
public class ApiJsonb implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(new JsonbConfig().withAdapters(new StoredPrecision()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }

  /**
   * An instant as ISO-8601 in UTC, to the nearest microsecond (half up, as stored); read as {@link
   * Instant#parse} reads it.
   */
  public static final class StoredPrecision implements JsonbAdapter<Instant, String> {

    @Override
    public String adaptToJson(Instant instant) {
      return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
    }

    @Override
    public Instant adaptFromJson(String text) {
      return Instant.parse(text);
    }
  }
}
