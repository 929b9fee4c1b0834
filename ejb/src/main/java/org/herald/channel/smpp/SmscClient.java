package org.herald.channel.smpp;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.herald.channel.DeliveryReceipt;
import org.herald.channel.Handover;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;

/**
 * Herald's side of the SMPP conversation: sends one SMS per call, every part of it, each asking for
 * a final delivery receipt, and reports the outcome as a result. Accepted messages are decided
 * later by their receipts, which reach the sink; the outcome's reference (the last part's message
 * id) is what those receipts carry. Plain Java: {@link SmppChannel} wires it into the container,
 * tests run it against a simulated SMSC.
 */
public final class SmscClient implements AutoCloseable {

  // Ask for a receipt on final delivery or failure of every part.
  private static final RegisteredDelivery FINAL_RECEIPT =
      new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE);
  private static final ESMClass SINGLE = new ESMClass();
  private static final ESMClass WITH_HEADER =
      new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);

  private final SmscReceipts receipts;
  private final SmscConnection connection;

  /**
   * @param sink receives every decided delivery receipt, on jsmpp's threads
   * @param scheduler runs the background rebinds
   */
  public SmscClient(
      SmppSettings settings,
      Consumer<DeliveryReceipt> sink,
      ScheduledExecutorService scheduler,
      Clock clock) {
    this.receipts = new SmscReceipts(new MultipartReceipts(settings.receiptTimeout(), clock), sink);
    this.connection = new SmscConnection(settings, receipts, scheduler, clock);
  }

  public SendOutcome send(OutgoingMessage message) {
    return send(message, Handover.NONE);
  }

  /** Sends, telling {@code handover} once the first part holds a slot of the window. */
  public SendOutcome send(OutgoingMessage message, Handover handover) {
    ShortMessage sms;
    try {
      sms = ShortMessage.of(message.content(), concatenationReference(message));
    } catch (IllegalArgumentException e) {
      return SendOutcome.permanentFailure("TOO_LONG", e.getMessage());
    }
    Destination destination = Destination.of(message.recipient());
    ESMClass esmClass = sms.concatenated() ? WITH_HEADER : SINGLE;
    List<String> ids = new ArrayList<>(sms.parts());
    for (byte[] payload : sms.payloads()) {
      try {
        ids.add(
            connection.submit(
                destination.address(),
                destination.ton(),
                destination.npi(),
                esmClass,
                FINAL_RECEIPT,
                DataCodings.newInstance(sms.encoding().dataCoding()),
                payload,
                ids.isEmpty() ? handover : Handover.NONE));
      } catch (NegativeResponseException e) {
        return SmscReplies.refused(e.getCommandStatus(), progress(ids, sms));
      } catch (SmscConnection.NotBoundException e) {
        return SendOutcome.transientFailure("NOT_BOUND", e.getMessage() + progress(ids, sms));
      } catch (SmscConnection.WindowFullException e) {
        return SendOutcome.transientFailure("WINDOW_FULL", e.getMessage() + progress(ids, sms));
      } catch (ResponseTimeoutException e) {
        return SendOutcome.transientFailure(
            "RESPONSE_TIMEOUT", "No submit_sm_resp in time" + progress(ids, sms));
      } catch (InvalidResponseException e) {
        return SendOutcome.transientFailure(
            "INVALID_RESPONSE", e.getMessage() + progress(ids, sms));
      } catch (PDUException e) {
        // A field jsmpp refuses to put on the wire (a destination too long): retrying won't help.
        return SendOutcome.permanentFailure("INVALID_PDU", e.getMessage());
      } catch (IOException e) {
        return SendOutcome.transientFailure("CONNECTION", e.getMessage() + progress(ids, sms));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return SendOutcome.transientFailure("INTERRUPTED", "Interrupted" + progress(ids, sms));
      }
    }
    receipts.expect(ids);
    return SendOutcome.accepted(
        MultipartReceipts.reference(ids),
        sms.parts(),
        "Accepted by the SMSC as " + String.join(",", ids));
  }

  /**
   * Derived from the communication number, so a retry's parts carry the same reference as the first
   * attempt's and a handset that got some of them can still join them.
   */
  private static int concatenationReference(OutgoingMessage message) {
    return message.communicationNumber().hashCode() & 0xFF;
  }

  private static String progress(List<String> accepted, ShortMessage sms) {
    if (sms.parts() == 1) {
      return "";
    }
    return "; part "
        + (accepted.size() + 1)
        + " of "
        + sms.parts()
        + (accepted.isEmpty() ? "" : ", parts accepted before it: " + String.join(",", accepted));
  }

  /** Unbinds; sends after this fail as not bound. */
  @Override
  public void close() {
    connection.close();
  }

  /** An E.164 number goes international/ISDN without its '+'; anything else as given. */
  private record Destination(String address, TypeOfNumber ton, NumberingPlanIndicator npi) {
    static Destination of(String recipient) {
      String trimmed = recipient == null ? "" : recipient.trim();
      if (trimmed.startsWith("+")) {
        return new Destination(
            trimmed.substring(1), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN);
      }
      return new Destination(trimmed, TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN);
    }
  }
}
