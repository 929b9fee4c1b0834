package org.herald.web.admin;

/**
 * An email body as a document for a sandboxed iframe's {@code srcdoc}: the portal shows email
 * markup there, never in its own page, so a body's markup and styles cannot break or restyle the
 * portal, and with an empty sandbox nothing in it can run scripts, submit forms or reach the
 * portal's origin.
 */
final class EmailFrame {

  private EmailFrame() {}

  /**
   * Plain-text bodies keep their line breaks (pre-wrap); the editor's markup has none between its
   * paragraphs, so it is unaffected.
   */
  static String document(String body) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
        + "body{font-family:system-ui,sans-serif;font-size:14px;white-space:pre-wrap;margin:.75rem}"
        + "</style></head><body>"
        + body
        + "</body></html>";
  }
}
