package org.herald.condition;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.error.InvalidValueException;

/**
 * A condition's date: a fixed day ({@code 2026-01-31}) or a day relative to the day it is evaluated
 * ({@code today}, {@code today-1} for the seed's "due 1 day ago", {@code today+7}), so a saved
 * automation or segment keeps meaning "yesterday" every day.
 */
public record RelativeDate(LocalDate fixed, int daysFromToday) {

  private static final Pattern RELATIVE = Pattern.compile("today(?:([+-])(\\d{1,4}))?");

  /**
   * @throws InvalidValueException when the text is neither an ISO date nor {@code today±N}
   */
  public static RelativeDate parse(String text) {
    Matcher relative = RELATIVE.matcher(text.trim());
    if (relative.matches()) {
      int days = relative.group(2) == null ? 0 : Integer.parseInt(relative.group(2));
      return new RelativeDate(null, "-".equals(relative.group(1)) ? -days : days);
    }
    try {
      return new RelativeDate(LocalDate.parse(text.trim()), 0);
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          "INVALID_DATE", "'" + text + "' is not a date (yyyy-mm-dd, today, today-1, today+7)");
    }
  }

  /** The day meant, when evaluated on {@code today}. */
  public LocalDate on(LocalDate today) {
    return fixed != null ? fixed : today.plusDays(daysFromToday);
  }
}
