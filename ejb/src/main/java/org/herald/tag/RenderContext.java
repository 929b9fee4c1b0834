package org.herald.tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.herald.entity.EntityLookup;
import org.herald.entity.EntityRecord;
import org.herald.entity.FieldPath;

/**
 * Everything one communication's tags are rendered from: its referring entities, the notification
 * run's item, its unrestricted values, its dynamic links, its language and the escaping its medium
 * needs. Built per communication and used by one thread: it remembers the records it looked up so
 * that repeated tags ask the repository once.
 */
public final class RenderContext {

  private final LanguageFormat format;
  private final Escaping escaping;
  private final EntityLookup lookup;
  private final EntityRecord[] referringEntities;
  private final EntityRecord notificationItem;
  private final Map<String, String> unrestrictedValues;
  private final DynamicLinkRenderer dynamicLinks;

  private RenderContext(Builder builder) {
    this.format = builder.format;
    this.escaping = builder.escaping;
    this.lookup = builder.lookup.remembering();
    this.referringEntities = Arrays.copyOf(builder.referringEntities, builder.referringCount);
    this.notificationItem = builder.notificationItem;
    this.unrestrictedValues =
        builder.unrestrictedValues == null ? Map.of() : Map.copyOf(builder.unrestrictedValues);
    this.dynamicLinks = builder.dynamicLinks;
  }

  public static Builder builder(LanguageFormat format) {
    return new Builder(format);
  }

  EntityRecord referringEntity(String type) {
    for (EntityRecord entity : referringEntities) {
      if (entity.type().equals(type)) {
        return entity;
      }
    }
    return null;
  }

  EntityRecord notificationItem(String type) {
    return notificationItem != null && notificationItem.type().equals(type)
        ? notificationItem
        : null;
  }

  /** The value at the end of {@code path} from {@code root}, formatted; nothing if undefined. */
  void appendValue(EntityRecord root, FieldPath path, StringBuilder out) {
    if (root == null) {
      return;
    }
    Object value = path.valueIn(root, lookup);
    if (value == null) {
      return;
    }
    switch (path.kind()) {
      case AMOUNT -> format.appendAmount(decimal(value), out);
      case NUMBER -> format.appendNumber(decimal(value), out);
      // Numbers and dates are digits and separators only: nothing to escape.
      case DATE -> format.appendDate((LocalDate) value, out);
      case BOOLEAN -> escaping.append(out, format.word((Boolean) value));
      case COLLECTION -> appendCollection((Collection<?>) value, out);
      case TEXT, REFERENCE -> escaping.append(out, value.toString());
    }
  }

  void appendUnrestricted(String name, StringBuilder out) {
    String value = unrestrictedValues.get(name);
    if (value != null) {
      escaping.append(out, value);
    }
  }

  void appendDynamicLink(DynamicLinkType type, StringBuilder out) {
    dynamicLinks.appendTo(out, type, escaping);
  }

  private void appendCollection(Collection<?> items, StringBuilder out) {
    boolean first = true;
    for (Object item : items) {
      if (!first) {
        out.append(", ");
      }
      escaping.append(out, String.valueOf(item));
      first = false;
    }
  }

  /** Stored values are BigDecimal; a repository may still hand back another Number. */
  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
  }

  /** Collects a communication's inputs; everything but the language is optional. */
  public static final class Builder {

    private final LanguageFormat format;
    private Escaping escaping = Escaping.PLAIN;
    private EntityLookup lookup = (type, number) -> Optional.empty();
    // A communication refers to a few entities: an array searched in order is all it needs, and
    // a context is built per communication, millions of times in a bulk run.
    private EntityRecord[] referringEntities = new EntityRecord[2];
    private int referringCount;
    private EntityRecord notificationItem;
    private Map<String, String> unrestrictedValues;
    private DynamicLinkRenderer dynamicLinks = DynamicLinkRenderer.NONE;

    private Builder(LanguageFormat format) {
      this.format = Objects.requireNonNull(format, "format");
    }

    public Builder escaping(Escaping escaping) {
      this.escaping = Objects.requireNonNull(escaping, "escaping");
      return this;
    }

    /** Where references are followed to (a payment's accounts receivable, its wallet). */
    public Builder lookup(EntityLookup lookup) {
      this.lookup = Objects.requireNonNull(lookup, "lookup");
      return this;
    }

    /** A referring entity of the communication: {@code #<its type>.…} tags start from it. */
    public Builder referringTo(EntityRecord entity) {
      for (int i = 0; i < referringCount; i++) {
        if (referringEntities[i].type().equals(entity.type())) {
          referringEntities[i] = entity; // one entity per type: the later one wins
          return this;
        }
      }
      if (referringCount == referringEntities.length) {
        referringEntities = Arrays.copyOf(referringEntities, referringCount * 2);
      }
      referringEntities[referringCount++] = entity;
      return this;
    }

    /** The notification run's item: {@code #notification.<its type>.…} tags start from it. */
    public Builder notificationItem(EntityRecord item) {
      this.notificationItem = item;
      return this;
    }

    /**
     * The communication's values of its {@code #unrestricted.<name>} tags; null ones are left out.
     */
    public Builder unrestrictedValues(Map<String, String> values) {
      if (unrestrictedValues == null) {
        unrestrictedValues = new HashMap<>();
      }
      values.forEach(
          (name, value) -> {
            if (value != null) {
              unrestrictedValues.put(name, value);
            }
          });
      return this;
    }

    public Builder dynamicLinks(DynamicLinkRenderer renderer) {
      this.dynamicLinks = Objects.requireNonNull(renderer, "renderer");
      return this;
    }

    public RenderContext build() {
      return new RenderContext(this);
    }
  }
}
