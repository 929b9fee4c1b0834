package org.herald.channel.smtp;

import jakarta.mail.util.StreamProvider;

/**
 * Spares Jakarta Mail its service lookups per message. Jakarta Mail 2.1 finds its {@link
 * StreamProvider} anew for every message, header block, body part and most {@code MimeUtility}
 * calls (about seven times per email), each time with a {@link java.util.ServiceLoader} through the
 * thread's context class loader; inside an application server that is a resource scan of every
 * module the application sees, measured at ~17 % of the server's CPU while dispatching (upstream
 * jakartaee/mail-api #699 and #861, open for 2.1.x). The API's own lookup order reads the system
 * property named after the interface before it asks the ServiceLoader: once that names the
 * provider, each lookup is a class the class loader already knows.
 *
 * <p>The property names the provider the ServiceLoader finds here, once; a value the operator set
 * is left alone. It is JVM-wide, so other applications on the server get the same provider, which
 * must be visible to them too (on Payara and WildFly the server's Jakarta Mail implementation is).
 */
final class StreamProviderLookup {

  /** The system property Jakarta Mail's FactoryFinder reads first. */
  static final String PROPERTY = StreamProvider.class.getName();

  private StreamProviderLookup() {}

  /** Names the provider in the property, unless it names one already; answers the name in force. */
  static String skipServiceLoader() {
    String named = System.getProperty(PROPERTY);
    if (named != null) {
      return named;
    }
    String found = StreamProvider.provider().getClass().getName();
    System.setProperty(PROPERTY, found);
    return found;
  }
}
