package org.herald.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

/** JPA 3.1 does not map {@link Instant}; store it as a UTC {@code TIMESTAMP WITH TIME ZONE}. */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return toNative(instant);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }

  /**
   * A point in time as a JDBC parameter of a time column (null stays null): native queries and JDBC
   * batches bypass this converter and bind times as it stores them.
   */
  public static OffsetDateTime toNative(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /**
   * A time column as a native query answers it, past this converter: PostgreSQL's driver gives a
   * Timestamp, H2's an OffsetDateTime.
   */
  public static Instant fromNative(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC); // H2 without a zone: stored as UTC
    }
    throw new IllegalStateException("Not a point in time: " + value.getClass());
  }
}
