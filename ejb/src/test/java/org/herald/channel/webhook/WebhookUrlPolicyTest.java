package org.herald.channel.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookUrlPolicyTest {

  /** A DNS of its own: names to literal addresses, and a record of what was asked. */
  private final List<String> asked = new ArrayList<>();

  private final HostResolver dns =
      host -> {
        asked.add(host);
        List<String> literals =
            Map.of(
                    "portal.example.com", List.of("93.184.216.34"),
                    "internal.example.com", List.of("10.1.2.3"),
                    "split.example.com", List.of("93.184.216.34", "127.0.0.1"),
                    "metadata.example.com", List.of("169.254.169.254"),
                    "none.example.com", List.<String>of())
                .get(host);
        if (literals == null) {
          throw new UnknownHostException(host);
        }
        List<InetAddress> addresses = new ArrayList<>();
        for (String literal : literals) {
          addresses.add(InetAddress.getByName(literal));
        }
        return addresses;
      };

  private final WebhookUrlPolicy strict = new WebhookUrlPolicy(false, dns);
  private final WebhookUrlPolicy allowingPrivate = new WebhookUrlPolicy(true, dns);

  @Test
  void aPublicHostOverHttpOrHttpsIsAllowed() {
    assertEquals(Optional.empty(), strict.refusal(URI.create("https://portal.example.com/hook")));
    assertEquals(
        Optional.empty(), strict.refusal(URI.create("HTTP://portal.example.com:8080/hook")));
  }

  @Test
  void onlyAbsoluteHttpAndHttpsUrlsWithAHost() {
    for (String url :
        List.of(
            "ftp://portal.example.com/hook",
            "file:///etc/passwd",
            "gopher://portal.example.com/",
            "/hook",
            "http:///hook",
            "http://127.1/hook")) { // java.net.URI finds no host in "127.1"
      assertEquals(Refusal.INVALID_URL, code(allowingPrivate, url), url);
    }
    assertTrue(asked.isEmpty(), "nothing is looked up for a URL refused by its form");
  }

  @Test
  void aHostResolvingToAPrivateAddressIsRefusedUnlessAllowed() {
    String url = "https://internal.example.com/hook";
    Refusal refusal = strict.refusal(URI.create(url)).orElseThrow();
    assertEquals(Refusal.PRIVATE_ADDRESS, refusal.code());
    assertEquals(
        "internal.example.com: 10.1.2.3 is a private address (RFC 1918) (allowed only with"
            + " herald.webhook.allow-private-addresses=true)",
        refusal.message());
    assertTrue(refusal.isLasting());
    assertEquals(Optional.empty(), allowingPrivate.refusal(URI.create(url)));
  }

  @Test
  void everyAddressOfTheHostCountsNotOnlyTheFirst() {
    assertEquals(Refusal.PRIVATE_ADDRESS, code(strict, "https://split.example.com/hook"));
  }

  @Test
  void literalAddressesAreJudgedLikeResolvedOnes() {
    WebhookUrlPolicy system = new WebhookUrlPolicy(false, HostResolver.SYSTEM);
    assertEquals(Refusal.PRIVATE_ADDRESS, code(system, "http://127.0.0.1:8080/hook"));
    assertEquals(Refusal.PRIVATE_ADDRESS, code(system, "http://10.0.0.1/hook"));
    assertEquals(Refusal.PRIVATE_ADDRESS, code(system, "http://[::1]/hook"));
    assertEquals(Refusal.PRIVATE_ADDRESS, code(system, "http://[::ffff:192.168.0.1]/hook"));
    assertEquals(Refusal.FORBIDDEN_ADDRESS, code(system, "http://169.254.169.254/latest/"));
    assertEquals(Refusal.FORBIDDEN_ADDRESS, code(system, "http://[::]/hook"));
    assertEquals(Refusal.PRIVATE_ADDRESS, code(system, "http://2130706433/hook")); // 127.0.0.1
  }

  @Test
  void theMetadataEndpointIsRefusedEvenWhenPrivateAddressesAreAllowed() {
    assertEquals(
        Refusal.FORBIDDEN_ADDRESS, code(allowingPrivate, "http://metadata.example.com/latest/"));
  }

  @Test
  void aHostThatDoesNotResolveMayResolveLater() {
    for (String url : List.of("https://missing.example.com/", "https://none.example.com/")) {
      Refusal refusal = strict.refusal(URI.create(url)).orElseThrow();
      assertEquals(Refusal.UNKNOWN_HOST, refusal.code(), url);
      assertFalse(refusal.isLasting());
    }
  }

  private static String code(WebhookUrlPolicy policy, String url) {
    return policy.refusal(URI.create(url)).map(Refusal::code).orElse(null);
  }
}
