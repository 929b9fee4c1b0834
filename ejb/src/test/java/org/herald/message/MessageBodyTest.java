package org.herald.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.herald.api.Medium;
import org.herald.entity.EntityModel;
import org.herald.entity.EntitySnapshot;
import org.herald.tag.LanguageFormat;
import org.herald.tag.RenderContext;
import org.herald.tag.TagCatalogue;
import org.herald.tag.TemplateText;
import org.junit.jupiter.api.Test;

/** No tag value ever becomes markup, whatever the body is written as. */
class MessageBodyTest {

  private static String render(Medium medium, String source, String name) {
    RenderContext.Builder context =
        RenderContext.builder(LanguageFormat.of("en"))
            .referringTo(
                new EntitySnapshot(
                    EntityModel.CONTACT_INFORMATION, "CT000001", Map.of("name", name)));
    return MessageBody.render(
        medium, source, TemplateText.parse(source, TagCatalogue.crm()), context);
  }

  @Test
  void anHtmlEmailEscapesItsValues() {
    assertEquals(
        "<p>Dear &lt;b&gt;Bob&lt;/b&gt; &amp; Co</p>",
        render(Medium.EMAIL, "<p>Dear #contact_information.name</p>", "<b>Bob</b> & Co"));
  }

  @Test
  void aPlainEmailKeepsItsValuesAsTheyAre() {
    assertEquals(
        "Dear Smith & Sons (5 < 6)",
        render(Medium.EMAIL, "Dear #contact_information.name", "Smith & Sons (5 < 6)"));
  }

  @Test
  void aPlainEmailAValueWouldTurnIntoHtmlGoesAsEscapedHtml() {
    assertEquals(
        "<div style=\"white-space:pre-wrap\">Dear &lt;script&gt;alert(1)&lt;/script&gt;\n"
            + "Thanks &amp; bye</div>",
        render(
            Medium.EMAIL,
            "Dear #contact_information.name\nThanks & bye",
            "<script>alert(1)</script>"));
  }

  @Test
  void anSmsIsTextWhateverItHolds() {
    assertEquals("Hi <b>Bob</b>", render(Medium.SMS, "Hi #contact_information.name", "<b>Bob</b>"));
  }
}
