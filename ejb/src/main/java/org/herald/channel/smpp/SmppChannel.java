package org.herald.channel.smpp;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Consumer;
import org.herald.api.Medium;
import org.herald.channel.Channel;
import org.herald.channel.DeliveryReceipt;
import org.herald.channel.DeliveryThreads;
import org.herald.channel.Handover;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;

/**
 * Sends SMS through the SMSC of the general settings while SMS is enabled there. Binds on the first
 * send, not at deployment, binds anew when an admin changes the SMSC, and unbinds when the
 * application stops. Delivery receipts arrive on jsmpp's threads, where EJBs and transactions must
 * not be used, so they are fired as CDI events on {@link DeliveryThreads}, the server's managed
 * threads.
 */
@ApplicationScoped
public class SmppChannel implements Channel {

  @Inject SmppConfiguration configuration;
  @Inject Event<DeliveryReceipt> receipts;

  @Inject DeliveryThreads threads;

  @Resource ManagedScheduledExecutorService scheduler;

  /** The client for the settings it was made with; replaced when an admin changes them. */
  private SmscClient client;

  private SmppSettings clientSettings;

  @Override
  public boolean serves(Medium medium) {
    return medium == Medium.SMS && configuration.settings().enabled();
  }

  @Override
  public SendOutcome send(OutgoingMessage message, Handover handover) {
    return client(configuration.settings()).send(message, handover);
  }

  private synchronized SmscClient client(SmppSettings settings) {
    if (client == null || !settings.equals(clientSettings)) {
      if (client != null) {
        client.close();
      }
      client = new SmscClient(settings, managedSink(settings), scheduler, Clock.systemUTC());
      clientSettings = settings;
    }
    return client;
  }

  /**
   * Fires each receipt on a managed thread and waits for the observers: jsmpp's threads carry no
   * application context, the managed threads carry it from when they were made.
   */
  private Consumer<DeliveryReceipt> managedSink(SmppSettings settings) {
    return new ReceiptHandOff(threads.executor(), receipts::fire, settings.responseTimeout());
  }

  @PreDestroy
  synchronized void unbind() {
    if (client != null) {
      client.close();
    }
  }
}
