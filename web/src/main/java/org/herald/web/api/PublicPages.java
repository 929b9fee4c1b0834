package org.herald.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.herald.tag.Escaping;

/**
 * The small pages a recipient sees at a link from a message (a dynamic link, a tracked click):
 * confirm, done, or why not. Not cached, not indexed, and no Referer leaks the token to where the
 * recipient goes next.
 */
public final class PublicPages {

  private PublicPages() {}

  public static Response page(Response.Status status, String title, String message) {
    return respond(status, title, message, null);
  }

  /** Asks to confirm with a button that POSTs back to the same address. */
  public static Response confirm(String title, String message, String button) {
    return respond(Response.Status.OK, title, message, button);
  }

  public static Response.ResponseBuilder headers(Response.ResponseBuilder response) {
    return response
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .header("X-Robots-Tag", "noindex");
  }

  private static Response respond(
      Response.Status status, String title, String message, String button) {
    StringBuilder html = new StringBuilder(512);
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
    Escaping.HTML.append(html, title);
    html.append(
            "</title></head><body style=\"font-family:sans-serif;max-width:40em;margin:3em auto\">")
        .append("<h1>");
    Escaping.HTML.append(html, title);
    html.append("</h1><p>");
    Escaping.HTML.append(html, message);
    html.append("</p>");
    if (button != null) {
      html.append("<form method=\"post\"><button type=\"submit\">");
      Escaping.HTML.append(html, button);
      html.append("</button></form>");
    }
    html.append("</body></html>");
    return headers(Response.status(status))
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html.toString())
        .build();
  }
}
