package org.herald.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.herald.it.support.ApiResponse;
import org.herald.it.support.HeraldClient;
import org.junit.jupiter.api.Test;

/** The editor's '#' autocomplete: the catalogue's tags that start with what was typed. */
class TagApiIT {

  private final HeraldClient api = HeraldClient.backOffice();

  @Test
  void typingAPrefixOffersTheTagsUnderItWithTheirKinds() {
    ApiResponse response = api.get("/tags?prefix=payment.acc&size=200");

    assertEquals(200, response.status(), response::toString);
    List<JsonObject> items =
        response.json().getJsonArray("items").stream().map(v -> v.asJsonObject()).toList();
    List<String> paths = items.stream().map(tag -> tag.getString("path")).toList();
    assertEquals("payment.accounts_receivable", paths.get(0));
    assertTrue(paths.contains("payment.accounts_receivable.balance"), paths::toString);
    assertTrue(paths.contains("payment.accounts_receivable.wallet.balance"), paths::toString);
    assertTrue(paths.stream().allMatch(path -> path.startsWith("payment.acc")), paths::toString);
    assertEquals(paths.stream().sorted().toList(), paths);
    assertEquals(
        "AMOUNT",
        items.stream()
            .filter(tag -> tag.getString("path").equals("payment.accounts_receivable.balance"))
            .findFirst()
            .orElseThrow()
            .getString("kind"));
    assertEquals(paths.size(), response.json().getInt("totalItems"));
  }

  @Test
  void aLeadingHashIsIgnoredAndDynamicLinksAreListed() {
    ApiResponse response = api.get("/tags?prefix=%23dynamic_link.opt_in");

    List<String> kinds =
        response.json().getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getString("kind"))
            .toList();
    assertEquals(List.of("DYNAMIC_LINK", "DYNAMIC_LINK"), kinds);
  }

  @Test
  void theListIsPagedAndABadPageSizeIsNamed() {
    JsonObject page = api.get("/tags?prefix=bill.&page=1&size=2").json();
    assertEquals(1, page.getInt("page"));
    assertEquals(2, page.getJsonArray("items").size());
    assertTrue(page.getInt("totalItems") > 4);

    ApiResponse refused = api.get("/tags?size=500");
    assertEquals(422, refused.status(), refused::toString);
    assertEquals(List.of("size"), refused.errorFields());
  }
}
