package org.herald.channel.smpp;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.function.Consumer;
import org.herald.api.Medium;
import org.herald.channel.Channel;
import org.herald.channel.DeliveryReceipt;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome;

/**
 * Sends SMS through the configured SMSC when {@code herald.sms.smpp.enabled} is true. Binds on the
 * first send, not at deployment, and unbinds when the application stops. Delivery receipts arrive
 * on jsmpp's threads, where EJBs and transactions must not be used, so they are fired as CDI events
 * on the server's managed executor.
 */
@ApplicationScoped
public class SmppChannel implements Channel {

  @Inject SmppConfiguration configuration;
  @Inject Event<DeliveryReceipt> receipts;
  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;
  @Resource ContextService contexts;

  private SmppSettings settings;
  private SmscClient client;

  @PostConstruct
  void readSettings() {
    settings = configuration.settings();
  }

  @Override
  public boolean serves(Medium medium) {
    return medium == Medium.SMS && settings.enabled();
  }

  @Override
  public SendOutcome send(OutgoingMessage message) {
    return client().send(message);
  }

  private synchronized SmscClient client() {
    if (client == null) {
      client = new SmscClient(settings, managedSink(), scheduler, Clock.systemUTC());
    }
    return client;
  }

  /**
   * Fires each receipt on a managed thread and waits for the observers. The application context is
   * captured here, on the dispatcher's container thread: jsmpp's threads carry none for the
   * executor to propagate.
   */
  @SuppressWarnings("unchecked")
  private Consumer<DeliveryReceipt> managedSink() {
    Consumer<DeliveryReceipt> handOff =
        new ReceiptHandOff(executor, receipts::fire, settings.responseTimeout());
    return contexts.createContextualProxy(handOff, Consumer.class);
  }

  @PreDestroy
  synchronized void unbind() {
    if (client != null) {
      client.close();
    }
  }
}
