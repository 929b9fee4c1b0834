package org.herald.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.herald.dynamiclink.DynamicLinkSettingsService;
import org.herald.dynamiclink.DynamicLinks;
import org.herald.tag.DynamicLinkType;
import org.junit.jupiter.api.Test;

/**
 * The dynamic-link settings form hands the service every link type with its row, and the service's
 * field errors find their inputs by that row.
 */
class DynamicLinkSettingsFormTest {

  private final DynamicLinkSettingsForm form = new DynamicLinkSettingsForm();

  @Test
  void aRowPerLinkTypeInTheSeedsOrderWithItsTag() {
    form.show(stored());

    assertEquals(7, form.getLinks().size());
    assertEquals(
        Arrays.stream(DynamicLinkType.values()).map(t -> "#dynamic_link." + t.tagName()).toList(),
        form.getLinks().stream().map(LinkTypeForm::getTag).toList());
    assertEquals("https://crm.example.com", form.getEndPoint());
    LinkTypeForm optOut = form.getLinks().get(1);
    assertTrue(optOut.isEnabled());
    assertEquals("Unsubscribe", optOut.getLinkText());
    assertEquals("https://example.com/bye", optOut.getRedirectionUrl());
  }

  @Test
  void theChangeCarriesEveryTypeAndTheirPositionsAreTheirRows() {
    form.show(stored());
    LinkTypeForm optIn = form.getLinks().get(0);
    optIn.setEnabled(true);
    optIn.setLinkText("  Subscribe  ");
    optIn.setRedirectionUrl("https://example.com/welcome");
    form.getLinks().get(1).setRedirectionUrl("  ");
    form.setCustomUrl("https://crm.example.com/links");

    DynamicLinkSettingsService.Change change = form.change();

    assertEquals(7, change.types().size());
    assertEquals(
        new DynamicLinks.TypeSetting(true, "Subscribe", "https://example.com/welcome"),
        change.types().get(DynamicLinkType.OPT_IN_DIRECT_MARKETING));
    assertNull(
        change.types().get(DynamicLinkType.OPT_OUT_DIRECT_MARKETING).redirectionUrl(),
        "a blank redirection URL means Herald's own page");
    assertEquals("https://crm.example.com/links", change.customUrl());
    for (DynamicLinkType type : DynamicLinkType.values()) {
      assertEquals(type.ordinal(), form.positions().get(type));
    }
  }

  @Test
  void aFieldErrorFindsTheInputOfItsRow() {
    assertEquals("redirectionUrl_2", DynamicLinkSettingsForm.inputOf("links[2].redirectionUrl"));
    assertEquals("linkText_6", DynamicLinkSettingsForm.inputOf("links[6].linkText"));
    assertEquals("linksEndPoint", DynamicLinkSettingsForm.inputOf("endPoint"));
    assertEquals("linksCustomUrl", DynamicLinkSettingsForm.inputOf("customUrl"));
    assertNull(DynamicLinkSettingsForm.inputOf("links[2].type"), "no input: a page message");
    assertNull(DynamicLinkSettingsForm.inputOf("links[2]"));
  }

  @Test
  void aLinkTypeWithoutStoredSettingsStartsDisabledAndEmpty() {
    form.show(new DynamicLinks(null, null, Map.of()));

    LinkTypeForm first = form.getLinks().get(0);
    assertFalse(first.isEnabled());
    assertNull(first.getLinkText());
    assertNull(form.getEndPoint());
  }

  private static DynamicLinks stored() {
    Map<DynamicLinkType, DynamicLinks.TypeSetting> types = new EnumMap<>(DynamicLinkType.class);
    for (DynamicLinkType type : DynamicLinkType.values()) {
      types.put(type, new DynamicLinks.TypeSetting(false, "Text " + type, null));
    }
    types.put(
        DynamicLinkType.OPT_OUT_DIRECT_MARKETING,
        new DynamicLinks.TypeSetting(true, "Unsubscribe", "https://example.com/bye"));
    return new DynamicLinks("https://crm.example.com", null, types);
  }
}
