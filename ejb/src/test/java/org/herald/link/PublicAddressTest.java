package org.herald.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

  private final PublicAddress address = new PublicAddress();

  {
    address.baseUrl = "http://localhost:8080/";
  }

  @Test
  void aBareHostEndPointMeansHttpsAFullUrlKeepsItsScheme() {
    assertEquals(
        "https://crm.example.com/herald/api/v1/public/links/t",
        address.of("crm.example.com", "links/t"));
    assertEquals(
        "http://crm.example.com:8080/herald/api/v1/public/links/t",
        address.of("http://crm.example.com:8080/", "links/t"));
  }

  @Test
  void withoutAnEndPointTheConfiguredBaseServes() {
    assertEquals("http://localhost:8080/herald/api/v1/public/links/t", address.of(" ", "links/t"));
    assertEquals("http://localhost:8080", address.base());
  }
}
