package org.herald.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.junit.jupiter.api.Test;

/** A template's texts are parsed once and shared until the template changes. */
class ParsedTemplatesTest {

  private final ParsedTemplates cache = new ParsedTemplates();

  private static CommunicationTemplate template(TemplateContent... contents) {
    return new CommunicationTemplate(
        "RECEIPT",
        new CommunicationTemplate.Definition(
            "Payment Receipt",
            Medium.SMS,
            Direction.OUTGOING,
            null,
            Set.of("payment"),
            null,
            true,
            "en",
            List.of(contents),
            null),
        Instant.now());
  }

  @Test
  void theSameVersionIsParsedOnceAndSharedInEveryLanguage() {
    CommunicationTemplate template =
        template(
            new TemplateContent("en", null, "Paid: €#payment.amount #unrestricted.offer"),
            new TemplateContent("el", "Θέμα #payment.number", "Πληρώθηκαν €#payment.amount"));

    ParsedTemplate parsed = cache.of(template);

    assertSame(parsed, cache.of(template));
    assertNull(parsed.in("en").orElseThrow().subject());
    assertEquals(List.of("offer"), parsed.in("en").orElseThrow().unrestrictedNames());
    assertEquals(1, parsed.in("el").orElseThrow().subject().tags().size());
    assertTrue(parsed.in("fr").isEmpty());
  }

  @Test
  void aChangedTemplateIsParsedAgain() {
    CommunicationTemplate template = template(new TemplateContent("en", null, "First"));
    ParsedTemplate first = cache.of(template);

    template.define(
        new CommunicationTemplate.Definition(
            "Payment Receipt",
            Medium.SMS,
            Direction.OUTGOING,
            null,
            Set.of(),
            null,
            true,
            "en",
            List.of(new TemplateContent("en", null, "Second")),
            null),
        Instant.now());
    cache.invalidate(template.getCode());

    ParsedTemplate second = cache.of(template);
    assertNotSame(first, second);
    assertEquals("Second", second.in("en").orElseThrow().body().source());
  }
}
