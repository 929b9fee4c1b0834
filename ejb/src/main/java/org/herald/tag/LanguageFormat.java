package org.herald.tag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How tag values read in one language: numbers with the language's grouping and decimal separators
 * (en 1,234.56; el 1.234,56), amounts always with 2 decimals and no currency symbol (templates
 * carry their own €), dates as day/month/year, booleans as the language's yes and no.
 *
 * <p>Immutable and shared by every thread: numbers are written by hand into the caller's builder
 * instead of through {@link java.text.NumberFormat}, which is neither thread-safe nor cheap, and
 * dates through a {@link DateTimeFormatter}, which is both.
 *
 * <p>Dates are {@code dd/MM/yyyy} in English and Greek: Herald's languages carry no region, and the
 * CLDR default for plain "en" is the US month-first order, which the seed's customers (euro
 * amounts, Greek and English speakers) would misread; all-numeric day-first dates are what both
 * audiences write, need no translated month names and fit an SMS.
 */
public final class LanguageFormat {

  private static final long[] POWERS_OF_TEN = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L
  };
  private static final int MAX_LONG_DIGITS = 18;

  private static final Map<String, LanguageFormat> SHARED = new ConcurrentHashMap<>();

  static {
    SHARED.put("en", new LanguageFormat("en", ',', '.', "dd/MM/yyyy", "yes", "no"));
    SHARED.put("el", new LanguageFormat("el", '.', ',', "dd/MM/yyyy", "ναι", "όχι"));
  }

  private final String language;
  private final char groupingSeparator;
  private final char decimalSeparator;
  private final DateTimeFormatter dates;
  private final String yes;
  private final String no;

  public LanguageFormat(
      String language,
      char groupingSeparator,
      char decimalSeparator,
      String datePattern,
      String yes,
      String no) {
    this.language = language;
    this.groupingSeparator = groupingSeparator;
    this.decimalSeparator = decimalSeparator;
    this.dates = DateTimeFormatter.ofPattern(datePattern, Locale.forLanguageTag(language));
    this.yes = yes;
    this.no = no;
  }

  /**
   * The shared format of an ISO 639-1 language. English and Greek are Herald's own; another
   * language takes its separators from the JDK's locale data, day/month/year dates and English
   * yes/no until someone words them.
   */
  public static LanguageFormat of(String language) {
    return SHARED.computeIfAbsent(
        language,
        code -> {
          DecimalFormatSymbols symbols =
              DecimalFormatSymbols.getInstance(Locale.forLanguageTag(code));
          return new LanguageFormat(
              code,
              symbols.getGroupingSeparator(),
              symbols.getDecimalSeparator(),
              "dd/MM/yyyy",
              "yes",
              "no");
        });
  }

  public String language() {
    return language;
  }

  /** An amount with exactly two decimals, e.g. 1,234.50 (rounded half-even if it had more). */
  public void appendAmount(BigDecimal amount, StringBuilder out) {
    appendDecimal(amount, 2, out);
  }

  /** A number with the decimals it was given, e.g. 1,234.5 or 42. */
  public void appendNumber(BigDecimal number, StringBuilder out) {
    appendDecimal(number, Math.max(number.scale(), 0), out);
  }

  public void appendDate(LocalDate date, StringBuilder out) {
    dates.formatTo(date, out);
  }

  public String word(boolean value) {
    return value ? yes : no;
  }

  private void appendDecimal(BigDecimal value, int scale, StringBuilder out) {
    BigDecimal scaled =
        value.scale() == scale ? value : value.setScale(scale, RoundingMode.HALF_EVEN);
    if (scaled.precision() > MAX_LONG_DIGITS || scale >= POWERS_OF_TEN.length) {
      appendDigits(scaled.toPlainString(), out);
      return;
    }
    // The unscaled value is cached inside the BigDecimal after its first use.
    long unscaled = scaled.unscaledValue().longValue();
    if (unscaled < 0) {
      out.append('-');
      unscaled = -unscaled;
    }
    long power = POWERS_OF_TEN[scale];
    appendGrouped(unscaled / power, out);
    if (scale > 0) {
      out.append(decimalSeparator);
      long fraction = unscaled % power;
      for (long digit = power / 10; digit > 1 && fraction < digit; digit /= 10) {
        out.append('0');
      }
      out.append(fraction);
    }
  }

  private void appendGrouped(long integer, StringBuilder out) {
    if (integer < 1000) {
      out.append(integer);
      return;
    }
    appendGrouped(integer / 1000, out);
    out.append(groupingSeparator);
    int group = (int) (integer % 1000);
    if (group < 100) {
      out.append('0');
    }
    if (group < 10) {
      out.append('0');
    }
    out.append(group);
  }

  /** The slow path for numbers too long for a long: regroups a plain decimal string. */
  private void appendDigits(String plain, StringBuilder out) {
    int start = 0;
    if (plain.charAt(0) == '-') {
      out.append('-');
      start = 1;
    }
    int point = plain.indexOf('.');
    int integerEnd = point < 0 ? plain.length() : point;
    for (int i = start; i < integerEnd; i++) {
      if (i > start && (integerEnd - i) % 3 == 0) {
        out.append(groupingSeparator);
      }
      out.append(plain.charAt(i));
    }
    if (point >= 0) {
      out.append(decimalSeparator).append(plain, point + 1, plain.length());
    }
  }

  @Override
  public String toString() {
    return language;
  }
}
