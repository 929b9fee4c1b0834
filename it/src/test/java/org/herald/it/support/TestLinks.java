package org.herald.it.support;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dynamic-link settings and links for tests. */
public final class TestLinks {

  public static final List<String> TYPES =
      List.of(
          "OPT_IN_DIRECT_MARKETING",
          "OPT_OUT_DIRECT_MARKETING",
          "OPT_IN_AFFILIATE_MARKETING",
          "OPT_OUT_AFFILIATE_MARKETING",
          "SERVICE_REQUEST_RESPONSE_ACCEPTANCE",
          "SERVICE_REQUEST_TEMPORARY_RESOLUTION_ACCEPTANCE",
          "SERVICE_REQUEST_FINAL_RESOLUTION_ACCEPTANCE");

  private static final Pattern HREF =
      Pattern.compile(
          "href=\"(" + Pattern.quote(HeraldClient.ROOT) + "/herald/api/v1/public/links/[^\"]+)\"");

  private TestLinks() {}

  /** Every link type enabled (or not), at the test server, without redirection unless given. */
  public static void setAll(HeraldClient api, boolean enabled, Map<String, String> redirections) {
    List<Map<String, Object>> links =
        TYPES.stream()
            .map(
                type -> {
                  Map<String, Object> link = new HashMap<>();
                  link.put("type", type);
                  link.put("enabled", enabled);
                  link.put("linkText", text(type));
                  link.put("redirectionUrl", redirections.get(type));
                  return link;
                })
            .toList();
    ApiResponse response =
        api.put("/settings/dynamic-links", Map.of("endPoint", HeraldClient.ROOT, "links", links));
    if (response.status() != 200) {
      throw new IllegalStateException(response.toString());
    }
  }

  /** The link text the tests give each type, e.g. "Link OPT_OUT_DIRECT_MARKETING". */
  public static String text(String type) {
    return "Link " + type;
  }

  /** The dynamic links of an HTML content, in order. */
  public static List<String> linksIn(String html) {
    Matcher matcher = HREF.matcher(html);
    List<String> links = new ArrayList<>();
    while (matcher.find()) {
      links.add(matcher.group(1));
    }
    return links;
  }

  public static JsonObject settings(HeraldClient api) {
    return api.get("/settings/dynamic-links").json();
  }
}
