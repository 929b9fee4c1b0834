package org.herald.channel.smpp;

import java.util.Map;
import java.util.Set;
import org.herald.channel.SendOutcome;

/**
 * Turns an SMSC's refusal of a submit_sm into an outcome. Statuses that say "not now" (throttled,
 * queue full, system error, temporary application error, bind not yet seen) are transient; every
 * other refusal concerns the message itself (bad destination, bad source, bad length) and is
 * permanent. The code is the command_status as the SMPP specification writes it ({@code
 * 0x00000058}).
 */
final class SmscReplies {

  private static final Set<Integer> TRANSIENT = Set.of(0x04, 0x08, 0x14, 0x58, 0x64);

  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(0x01, "ESME_RINVMSGLEN: message length is invalid"),
          Map.entry(0x02, "ESME_RINVCMDLEN: command length is invalid"),
          Map.entry(0x04, "ESME_RINVBNDSTS: incorrect bind status"),
          Map.entry(0x08, "ESME_RSYSERR: system error"),
          Map.entry(0x0A, "ESME_RINVSRCADR: invalid source address"),
          Map.entry(0x0B, "ESME_RINVDSTADR: invalid destination address"),
          Map.entry(0x14, "ESME_RMSGQFUL: message queue full"),
          Map.entry(0x33, "ESME_RINVNUMDESTS: invalid number of destinations"),
          Map.entry(0x45, "ESME_RSUBMITFAIL: submit_sm failed"),
          Map.entry(0x48, "ESME_RINVSRCTON: invalid source address TON"),
          Map.entry(0x49, "ESME_RINVSRCNPI: invalid source address NPI"),
          Map.entry(0x50, "ESME_RINVDSTTON: invalid destination address TON"),
          Map.entry(0x51, "ESME_RINVDSTNPI: invalid destination address NPI"),
          Map.entry(0x58, "ESME_RTHROTTLED: throttling error"),
          Map.entry(0x62, "ESME_RINVEXPIRY: invalid validity period"),
          Map.entry(0x64, "ESME_RX_T_APPN: temporary application error"),
          Map.entry(0x65, "ESME_RX_P_APPN: permanent application error"),
          Map.entry(0x66, "ESME_RX_R_APPN: rejected by application"),
          Map.entry(0xFF, "ESME_RUNKNOWNERR: unknown error"));

  private SmscReplies() {}

  /** The outcome of a refused submit; {@code progress} says which part, if there were several. */
  static SendOutcome refused(int status, String progress) {
    String reply = describe(status) + progress;
    return TRANSIENT.contains(status)
        ? SendOutcome.transientFailure(code(status), reply)
        : SendOutcome.permanentFailure(code(status), reply);
  }

  static String code(int status) {
    return String.format("0x%08X", status);
  }

  static String describe(int status) {
    return NAMES.getOrDefault(status, "command_status " + code(status));
  }
}
