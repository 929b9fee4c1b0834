package org.herald.channel.smpp;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.herald.channel.DeliveryReceipt;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;

/**
 * Reads the SMSC's delivery receipts (deliver_sm with the receipt esm_class) and hands the final
 * ones, matched to their message, to the sink. Runs on jsmpp's threads, so the sink must not touch
 * the container itself. Every deliver_sm is answered: with OK once handled or when it cannot be
 * read (sending it again would not help), with a temporary error when the sink refused it, so the
 * SMSC delivers it again later.
 */
final class SmscReceipts implements MessageReceiverListener {

  private static final System.Logger LOG = System.getLogger(SmscReceipts.class.getName());

  private final MultipartReceipts multipart;
  private final Consumer<DeliveryReceipt> sink;

  SmscReceipts(MultipartReceipts multipart, Consumer<DeliveryReceipt> sink) {
    this.multipart = multipart;
    this.sink = sink;
  }

  /** Remembers a concatenated message's parts, and passes on a decision already reached. */
  void expect(List<String> partIds) {
    try {
      multipart.expect(partIds).ifPresent(sink);
    } catch (RuntimeException e) {
      // The message was accepted all the same; its receipt timeout decides it now.
      LOG.log(System.Logger.Level.WARNING, "Could not pass on a delivery receipt", e);
    }
  }

  @Override
  public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
    if (!deliverSm.isSmscDeliveryReceipt()) {
      // A mobile-originated message: Herald takes no incoming SMS yet.
      LOG.log(System.Logger.Level.DEBUG, "Ignoring an incoming SMS from the SMSC");
      return;
    }
    org.jsmpp.bean.DeliveryReceipt receipt;
    try {
      receipt =
          new org.jsmpp.bean.DeliveryReceipt(
              new String(deliverSm.getShortMessage(), StandardCharsets.ISO_8859_1));
    } catch (InvalidDeliveryReceiptException e) {
      LOG.log(System.Logger.Level.WARNING, "Unreadable delivery receipt from the SMSC", e);
      return;
    }
    DeliveryReceiptState state = receipt.getFinalStatus();
    if (state == DeliveryReceiptState.ENROUTE || state == DeliveryReceiptState.ACCEPTD) {
      return; // not final: the SMSC reports again when it knows
    }
    boolean delivered = state == DeliveryReceiptState.DELIVRD;
    String error = receipt.getError() == null ? "" : receipt.getError();
    String code = error.isEmpty() ? state.name() : error;
    String text = "stat:" + state + " err:" + (error.isEmpty() ? "-" : error);
    try {
      multipart.report(messageId(deliverSm, receipt), delivered, code, text).ifPresent(sink);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "Could not pass on a delivery receipt", e);
      throw new ProcessRequestException(e.toString(), SMPPConstant.STAT_ESME_RX_T_APPN);
    }
  }

  /** The receipted_message_id parameter where the SMSC sends it (SMPP 3.4), else the text's id. */
  private static String messageId(DeliverSm deliverSm, org.jsmpp.bean.DeliveryReceipt receipt) {
    return Optional.ofNullable(
            deliverSm.getOptionalParameter(OptionalParameter.Receipted_message_id.class))
        .map(OptionalParameter.Receipted_message_id::getValueAsString)
        .filter(id -> !id.isEmpty())
        .orElse(receipt.getId());
  }

  @Override
  public void onAcceptAlertNotification(AlertNotification alertNotification) {
    // Nothing to do: Herald does not ask to be alerted when a handset is reachable again.
  }

  @Override
  public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
    throw new ProcessRequestException("data_sm is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
  }
}
