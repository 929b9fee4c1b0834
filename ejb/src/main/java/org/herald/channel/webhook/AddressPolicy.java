package org.herald.channel.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a webhook may reach. A webhook URL is typed by an admin and its DNS by whoever
 * owns the domain, so without a policy Herald could be made to POST into its own network (a
 * database console on loopback, an internal service, the cloud's metadata endpoint). Private
 * addresses (loopback, RFC 1918, link-local, IPv6 unique-local and site-local, and the
 * carrier-grade NAT range 100.64/10, which cloud providers use inside their networks) are refused
 * unless the operator allows them; addresses nothing legitimate listens on for a webhook
 * (unspecified, multicast, broadcast, the cloud metadata endpoints) are refused always. An IPv4
 * address written as IPv6 (mapped, compatible or NAT64) is judged as the IPv4 address it stands
 * for.
 */
public final class AddressPolicy {

  /** Refused even when private addresses are allowed. */
  private static final List<Block> FORBIDDEN =
      List.of(
          Block.of("0.0.0.0/8", "an unspecified address"),
          Block.of("::/128", "an unspecified address"),
          Block.of("224.0.0.0/4", "a multicast address"),
          Block.of("ff00::/8", "a multicast address"),
          Block.of("255.255.255.255/32", "the broadcast address"),
          Block.of("169.254.169.254/32", "a cloud metadata endpoint"),
          Block.of("fd00:ec2::254/128", "a cloud metadata endpoint"),
          Block.of("100.100.100.200/32", "a cloud metadata endpoint"));

  /** Refused unless the operator allows private addresses. */
  private static final List<Block> PRIVATE =
      List.of(
          Block.of("127.0.0.0/8", "a loopback address"),
          Block.of("::1/128", "a loopback address"),
          Block.of("10.0.0.0/8", "a private address (RFC 1918)"),
          Block.of("172.16.0.0/12", "a private address (RFC 1918)"),
          Block.of("192.168.0.0/16", "a private address (RFC 1918)"),
          Block.of("100.64.0.0/10", "a shared address (carrier-grade NAT, RFC 6598)"),
          Block.of("169.254.0.0/16", "a link-local address"),
          Block.of("fe80::/10", "a link-local address"),
          Block.of("fc00::/7", "a unique-local address"),
          Block.of("fec0::/10", "a site-local address"));

  /** IPv6 prefixes whose last 32 bits are an IPv4 address: NAT64 (RFC 6052) and IPv4-compatible. */
  private static final List<Block> EMBEDDING_IPV4 =
      List.of(Block.of("64:ff9b::/96", "NAT64"), Block.of("::/96", "IPv4-compatible"));

  /** ::ffff:0:0/96, IPv4-mapped; written as bytes, as Java reads the literal as IPv4 itself. */
  private static final Block IPV4_MAPPED =
      new Block(
          new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0},
          96,
          "IPv4-mapped");

  private final boolean allowPrivate;

  public AddressPolicy(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /** Why a webhook may not be sent to {@code address}; empty when it may. */
  public Optional<Refusal> refusal(InetAddress address) {
    InetAddress judged = embeddedIpv4(address).orElse(address);
    byte[] bytes = judged.getAddress();
    for (Block block : FORBIDDEN) {
      if (block.contains(bytes)) {
        return Optional.of(new Refusal(Refusal.FORBIDDEN_ADDRESS, describe(address, block)));
      }
    }
    if (!allowPrivate) {
      for (Block block : PRIVATE) {
        if (block.contains(bytes)) {
          return Optional.of(new Refusal(Refusal.PRIVATE_ADDRESS, describe(address, block)));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return Optional.empty();
    }
    byte[] bytes = address.getAddress();
    // "::" and "::1" are IPv6's own unspecified and loopback addresses, not IPv4-compatible ones.
    boolean ownAddress = Arrays.equals(Arrays.copyOf(bytes, 15), new byte[15]) && bytes[15] <= 1;
    boolean embedding =
        IPV4_MAPPED.contains(bytes) || EMBEDDING_IPV4.stream().anyMatch(b -> b.contains(bytes));
    if (ownAddress || !embedding) {
      return Optional.empty();
    }
    try {
      return Optional.of(Inet4Address.getByAddress(Arrays.copyOfRange(bytes, 12, 16)));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }

  private static String describe(InetAddress address, Block block) {
    return address.getHostAddress() + " is " + block.name();
  }

  /** An address range, such as 10.0.0.0/8, with what it is for. */
  private record Block(byte[] prefix, int bits, String name) {

    static Block of(String cidr, String name) {
      int slash = cidr.indexOf('/');
      try {
        // A literal: parsed, never looked up.
        byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
        return new Block(prefix, Integer.parseInt(cidr.substring(slash + 1)), name);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(cidr, e);
      }
    }

    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (address[i] != prefix[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return (address[whole] & mask) == (prefix[whole] & mask);
    }
  }
}
