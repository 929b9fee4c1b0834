package org.herald.automation;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.herald.api.Medium;
import org.herald.api.contact.EmailType;
import org.herald.api.contact.PhoneType;
import org.herald.error.InvalidValueException;

/**
 * The seed's "send to media type": all of the contact's addresses of the medium ({@code ALL}), the
 * primary one ({@code PRIMARY}), or those of one type ({@code WORK}, {@code MOBILE}, …).
 */
public record SendTo(String name) {

  public static final SendTo ALL = new SendTo("ALL");
  public static final SendTo PRIMARY = new SendTo("PRIMARY");

  /**
   * @throws InvalidValueException unless ALL, PRIMARY or a type of each medium's addresses
   */
  public static SendTo parse(String text, Set<Medium> media) {
    if (text == null || text.equals(ALL.name)) {
      return text == null ? PRIMARY : ALL;
    }
    if (text.equals(PRIMARY.name)) {
      return PRIMARY;
    }
    for (Medium medium : media) {
      Set<String> types = types(medium);
      if (!types.contains(text)) {
        throw new InvalidValueException(
            "UNKNOWN_VALUE",
            "'"
                + text
                + "' is not ALL, PRIMARY or a "
                + medium
                + " type ("
                + String.join(", ", types)
                + ")");
      }
    }
    return new SendTo(text);
  }

  public boolean isAll() {
    return this.equals(ALL);
  }

  public boolean isPrimary() {
    return this.equals(PRIMARY);
  }

  private static Set<String> types(Medium medium) {
    Enum<?>[] types = medium == Medium.EMAIL ? EmailType.values() : (Enum<?>[]) PhoneType.values();
    return Arrays.stream(types)
        .map(Enum::name)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
