package org.herald.web.api.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Problems quote what a client sent only as a short excerpt: a 1 MB value never comes back. */
public final class Excerpt {

  /** Characters of a value a problem may quote. */
  public static final int LENGTH = 60;

  /** Characters a problem's message or detail may have in all. */
  public static final int MESSAGE_LENGTH = 500;

  private static final Pattern QUOTED = Pattern.compile("'([^']{" + LENGTH + "})[^']++'");

  private Excerpt() {}

  /** The value, cut to {@link #LENGTH} characters ending in … when longer. */
  public static String of(String value) {
    return value == null || value.length() <= LENGTH ? value : value.substring(0, LENGTH) + "…";
  }

  /**
   * A message with every quoted value ({@code '…'}) cut to an excerpt, and the whole cut to {@link
   * #MESSAGE_LENGTH}: one guard for every message that quotes its input.
   */
  public static String ofMessage(String message) {
    if (message == null || message.length() <= LENGTH) {
      return message;
    }
    Matcher quoted = QUOTED.matcher(message);
    String shortened = quoted.replaceAll(m -> Matcher.quoteReplacement("'" + m.group(1) + "…'"));
    return shortened.length() <= MESSAGE_LENGTH
        ? shortened
        : shortened.substring(0, MESSAGE_LENGTH) + "…";
  }
}
