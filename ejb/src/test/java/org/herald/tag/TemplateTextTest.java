package org.herald.tag;

import static org.herald.tag.CompanyZx.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag grammar {@code #[a-z_]+(\.[a-z_]+)+}, as the seed's own templates write tags. */
class TemplateTextTest {

  @Test
  void aTagRightAfterACurrencySignOrAColonIsStillATag() {
    assertEquals(
        List.of(new Literal("for €"), tag("payment.amount", 5, 1, 6), new Literal(" done")),
        parse("for €#payment.amount done").segments());
    assertEquals(
        List.of(new Literal("is:"), tag("payment.accounts_receivable.outstanding_amount", 3, 1, 4)),
        parse("is:#payment.accounts_receivable.outstanding_amount").segments());
  }

  @Test
  void aFullStopEndingTheSentenceIsNotPartOfTheTag() {
    assertEquals(
        List.of(new Literal("settled by "), tag("bill.due_date", 11, 1, 12), new Literal(".")),
        parse("settled by #bill.due_date.").segments());
    assertEquals(
        List.of(tag("bill.due_date", 0, 1, 1), new Literal(". Next")),
        parse("#bill.due_date. Next").segments());
  }

  @Test
  void anyCharacterOutsideTheGrammarEndsTheTag() {
    assertEquals(
        List.of(tag("payment.amount", 0, 1, 1), new Literal("2,")),
        parse("#payment.amount2,").segments());
    assertEquals(
        List.of(tag("payment.amount", 0, 1, 1), new Literal(".Total")),
        parse("#payment.amount.Total").segments());
  }

  @Test
  void aHashWithoutADottedLowercasePathIsText() {
    for (String text :
        List.of("#1 offer", "# tag", "#hashtag", "#Payment.amount", "#payment.", "##")) {
      assertEquals(List.of(new Literal(text)), parse(text).segments(), text);
    }
    assertEquals(
        List.of(new Literal("#"), tag("payment.number", 1, 1, 2)),
        parse("##payment.number").segments());
  }

  @Test
  void eachTagKnowsItsOffsetLineAndColumn() {
    TemplateText text = parse("Dear #contact_information.name,\n\nYour bill #bill.number is due");

    assertEquals(
        List.of(tag("contact_information.name", 5, 1, 6), tag("bill.number", 43, 3, 11)),
        text.tags());
  }

  @Test
  void aTextWithoutTagsIsOneLiteralAndAnEmptyTextHasNoSegments() {
    assertEquals(List.of(new Literal("Hello")), parse("Hello").segments());
    assertEquals(List.of(), parse("").segments());
    assertEquals("Hello", parse("Hello").render(CompanyZx.context("en").build()));
  }

  @Test
  void aParsedTextIsImmutable() {
    TemplateText text = parse("Dear #contact_information.name");

    assertThrows(UnsupportedOperationException.class, () -> text.segments().clear());
    assertThrows(UnsupportedOperationException.class, () -> text.tags().clear());
    assertSame(text.tags(), text.tags());
  }

  @Test
  void theUnrestrictedTagsUsedAreListedOnceEachAndTheMissingOnesNamed() {
    TemplateText text =
        parse(
            "Use #unrestricted.offer_code before #unrestricted.offer_end"
                + " (#unrestricted.offer_code) #payment.number");

    assertEquals(List.of("offer_code", "offer_end"), text.unrestrictedNames());
    assertEquals(
        List.of("offer_end"),
        text.missingUnrestricted(java.util.Map.of("offer_code", "ZX10", "other", "x")));
    assertEquals(
        List.of("offer_code"),
        text.missingUnrestricted(java.util.Map.of("offer_code", " ", "offer_end", "Friday")));
  }

  private static Tag tag(String path, int offset, int line, int column) {
    return new Tag(path, offset, line, column, null);
  }
}
