package org.herald.channel;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/**
 * A failure to reach a peer as a sentence an operator reads in a queue entry's error reason
 * ("Connection refused by smtp.example.com:25"), not an exception's name; the exception itself goes
 * to the log.
 */
public final class FailureReason {

  private FailureReason() {}

  /**
   * @param failure what the exchange threw (its causes are searched for a known one)
   * @param peer the host and port (or URL) the exchange was with
   */
  public static String of(Throwable failure, String peer) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String sentence = sentence(t, peer);
      if (sentence != null) {
        return sentence;
      }
    }
    String message = failure.getMessage();
    return "Could not complete the exchange with "
        + peer
        + (message == null || message.isBlank() ? "" : ": " + message.strip());
  }

  private static String sentence(Throwable t, String peer) {
    if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
      return t instanceof HttpConnectTimeoutException
              || (t.getMessage() != null && t.getMessage().contains("timed out"))
          ? "Connecting to " + peer + " timed out"
          : "Connection refused by " + peer;
    }
    if (t instanceof UnknownHostException) {
      return "Unknown host: " + peer + " does not resolve";
    }
    if (t instanceof NoRouteToHostException) {
      return "No route to " + peer;
    }
    if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
      return peer + " did not answer in time";
    }
    if (t instanceof SSLException) {
      return "TLS with " + peer + " failed" + detail(t);
    }
    return null;
  }

  private static String detail(Throwable t) {
    return t.getMessage() == null || t.getMessage().isBlank() ? "" : ": " + t.getMessage().strip();
  }
}
