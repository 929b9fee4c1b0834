package org.herald.channel.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

  private final AddressPolicy strict = new AddressPolicy(false);
  private final AddressPolicy allowingPrivate = new AddressPolicy(true);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.255.255.254",
        "::1",
        "10.0.0.1",
        "10.255.255.255",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.10",
        "100.64.0.1",
        "100.127.255.255",
        "169.254.1.1",
        "fe80::1",
        "febf::1",
        "fc00::1",
        "fd12:3456::1",
        "fec0::1",
        "::ffff:10.0.0.1",
        "::127.0.0.1",
        "64:ff9b::192.168.0.1"
      })
  void privateAddressesAreRefusedUnlessAllowed(String literal) throws Exception {
    assertEquals(Refusal.PRIVATE_ADDRESS, code(strict, literal), literal);
    assertEquals(Optional.empty(), allowingPrivate.refusal(address(literal)), literal);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.0.0.0",
        "0.1.2.3",
        "::",
        "224.0.0.1",
        "239.255.255.250",
        "ff02::1",
        "255.255.255.255",
        "169.254.169.254",
        "::ffff:169.254.169.254",
        "fd00:ec2::254",
        "100.100.100.200"
      })
  void unspecifiedMulticastAndMetadataAddressesAreRefusedAlways(String literal) throws Exception {
    assertEquals(Refusal.FORBIDDEN_ADDRESS, code(strict, literal), literal);
    assertEquals(Refusal.FORBIDDEN_ADDRESS, code(allowingPrivate, literal), literal);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "8.8.8.8",
        "172.15.255.255",
        "172.32.0.0",
        "100.63.255.255",
        "100.128.0.0",
        "192.169.0.1",
        "169.253.255.255",
        "2606:2800:220:1:248:1893:25c8:1946",
        "2001:4860:4860::8888",
        "fe00::1",
        "64:ff9b::8.8.8.8"
      })
  void publicAddressesAreAllowed(String literal) throws Exception {
    assertEquals(Optional.empty(), strict.refusal(address(literal)), literal);
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "169.254.169.254", "0.0.0.0"})
  void anIpv4AddressWrittenAsMappedIpv6IsJudgedAsItself(String ipv4) throws Exception {
    // Java reads "::ffff:a.b.c.d" as IPv4 itself; a resolver may still hand over the IPv6 form.
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xFF;
    mapped[11] = (byte) 0xFF;
    System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, mapped, 12, 4);
    InetAddress asIpv6 = Inet6Address.getByAddress(null, mapped, -1);
    assertTrue(asIpv6 instanceof Inet6Address);

    assertEquals(code(strict, ipv4), strict.refusal(asIpv6).map(Refusal::code).orElse(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "169.254.169.254"})
  void theRefusalNamesTheAddressAndWhatItIs(String literal) throws Exception {
    String message = strict.refusal(address(literal)).orElseThrow().message();
    assertTrue(message.startsWith(literal + " is "), message);
  }

  private static String code(AddressPolicy policy, String literal) throws UnknownHostException {
    return policy.refusal(address(literal)).map(Refusal::code).orElse(null);
  }

  /** Literals only: InetAddress parses them without asking DNS. */
  private static InetAddress address(String literal) throws UnknownHostException {
    return InetAddress.getByName(literal);
  }
}
