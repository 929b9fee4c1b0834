package org.herald.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers, amounts, dates and yes/no as each language writes them. */
class LanguageFormatTest {

  private final LanguageFormat en = LanguageFormat.of("en");
  private final LanguageFormat el = LanguageFormat.of("el");

  @Test
  void amountsHaveTwoDecimalsAndTheLanguagesSeparatorsWithoutACurrencySymbol() {
    assertEquals("1,234.56", amount(en, "1234.56"));
    assertEquals("1.234,56", amount(el, "1234.56"));
    assertEquals("0.50", amount(en, "0.5"));
    assertEquals("7.00", amount(en, "7"));
    assertEquals("-1,234,567.89", amount(en, "-1234567.89"));
    assertEquals("-0,05", amount(el, "-0.05"));
    assertEquals("999.00", amount(en, "999"));
    assertEquals("1,000.00", amount(en, "1000"));
    assertEquals("1,000,001.01", amount(en, "1000001.01"));
  }

  @Test
  void amountsWithMoreDecimalsRoundHalfEven() {
    assertEquals("2.12", amount(en, "2.125"));
    assertEquals("2.14", amount(en, "2.135"));
  }

  @Test
  void numbersKeepTheDecimalsTheyWereGiven() {
    assertEquals("42", number(en, "42"));
    assertEquals("1,234.5", number(en, "1234.5"));
    assertEquals("1.234,5", number(el, "1234.5"));
    assertEquals("12,000", number(en, "1.2E+4"));
    assertEquals("0.001", number(en, "0.001"));
  }

  @Test
  void numbersTooLongForALongAreStillGrouped() {
    assertEquals("123,456,789,012,345,678,901.25", amount(en, "123456789012345678901.25"));
    assertEquals(
        "-12.345.678.901.234.567.890,1234567891", number(el, "-12345678901234567890.1234567891"));
  }

  @Test
  void theHandWrittenFormatAgreesWithTheJdksForManyValues() {
    Random random = new Random(42);
    for (String language : new String[] {"en", "el"}) {
      DecimalFormat jdk =
          new DecimalFormat(
              "#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag(language)));
      for (int i = 0; i < 10_000; i++) {
        BigDecimal value = BigDecimal.valueOf(random.nextLong() % 100_000_000_000L, 2);
        assertEquals(jdk.format(value), amount(LanguageFormat.of(language), value.toPlainString()));
      }
    }
  }

  @Test
  void otherLanguagesTakeTheirSeparatorsFromTheJdk() {
    NumberFormat german = NumberFormat.getNumberInstance(Locale.GERMAN);
    german.setMinimumFractionDigits(2);
    assertEquals(german.format(1234.56), amount(LanguageFormat.of("de"), "1234.56"));
  }

  @Test
  void datesAreDayMonthYearInEnglishAndGreek() {
    StringBuilder out = new StringBuilder();
    en.appendDate(LocalDate.of(2026, 11, 30), out);
    out.append(' ');
    el.appendDate(LocalDate.of(2026, 1, 5), out);
    assertEquals("30/11/2026 05/01/2026", out.toString());
  }

  @Test
  void booleansReadAsYesOrNoInTheLanguage() {
    assertEquals("yes", en.word(true));
    assertEquals("no", en.word(false));
    assertEquals("ναι", el.word(true));
    assertEquals("όχι", el.word(false));
  }

  private static String amount(LanguageFormat format, String value) {
    StringBuilder out = new StringBuilder();
    format.appendAmount(new BigDecimal(value), out);
    return out.toString();
  }

  private static String number(LanguageFormat format, String value) {
    StringBuilder out = new StringBuilder();
    format.appendNumber(new BigDecimal(value), out);
    return out.toString();
  }
}
