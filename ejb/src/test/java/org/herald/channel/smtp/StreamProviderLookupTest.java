package org.herald.channel.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.util.StreamProvider;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicInteger;
import org.herald.api.Medium;
import org.herald.channel.OutgoingMessage;
import org.herald.channel.SendOutcome.Kind;
import org.herald.settings.EmailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Mail's service lookups, counted where a server pays for them: at the thread's context
 * class loader, asked for the StreamProvider's service file.
 */
class StreamProviderLookupTest {

  private static final String SERVICE_FILE = "META-INF/services/" + StreamProviderLookup.PROPERTY;

  private final Thread thread = Thread.currentThread();
  private ClassLoader original;
  private String propertyBefore;
  private CountingLoader loader;

  @BeforeEach
  void countLookups() {
    propertyBefore = System.getProperty(StreamProviderLookup.PROPERTY);
    System.clearProperty(StreamProviderLookup.PROPERTY);
    original = thread.getContextClassLoader();
    loader = new CountingLoader(original);
    thread.setContextClassLoader(loader);
  }

  @AfterEach
  void restore() {
    thread.setContextClassLoader(original);
    if (propertyBefore == null) {
      System.clearProperty(StreamProviderLookup.PROPERTY);
    } else {
      System.setProperty(StreamProviderLookup.PROPERTY, propertyBefore);
    }
  }

  @Test
  void withoutThePropertyEveryLookupAsksTheServiceLoader() {
    StreamProvider.provider();
    StreamProvider.provider();

    assertEquals(2, loader.lookups.get(), "what the sender must spare each message");
  }

  @Test
  void emailsGoOutWithoutAnyServiceLookup() {
    try (MailServer server = MailServer.start();
        SmtpSender sender =
            new SmtpSender(
                new EmailServer(
                    true, "127.0.0.1", server.port(), null, null, false, "herald@company-zx.com"),
                null,
                Duration.ofSeconds(5),
                1)) {
      loader.lookups.set(0);

      for (int i = 1; i <= 3; i++) {
        String number = "CM00000" + i;
        assertEquals(
            Kind.DELIVERED,
            sender
                .send(
                    new OutgoingMessage(
                        number,
                        Medium.EMAIL,
                        "maria@example.com",
                        "Απόδειξη πληρωμής €50",
                        "<p>Dear <b>Maria</b>, your payment of €50 arrived.</p>"))
                .kind());
      }

      assertEquals(0, loader.lookups.get(), "service lookups for three emails");
      assertEquals(3, server.received().size());
    }
  }

  @Test
  void aProviderTheOperatorNamedIsKept() {
    System.setProperty(StreamProviderLookup.PROPERTY, "com.example.OwnStreamProvider");

    assertEquals("com.example.OwnStreamProvider", StreamProviderLookup.skipServiceLoader());
  }

  @Test
  void namesTheProviderTheServiceLoaderFinds() {
    String named = StreamProviderLookup.skipServiceLoader();

    assertEquals(named, System.getProperty(StreamProviderLookup.PROPERTY));
    assertTrue(StreamProvider.class.isAssignableFrom(loadable(named)), named);
  }

  private static Class<?> loadable(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** Delegates everything, counting the requests for the StreamProvider's service file. */
  private static final class CountingLoader extends ClassLoader {
    final AtomicInteger lookups = new AtomicInteger();

    CountingLoader(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (name.equals(SERVICE_FILE)) {
        lookups.incrementAndGet();
      }
      return super.getResources(name);
    }
  }
}
