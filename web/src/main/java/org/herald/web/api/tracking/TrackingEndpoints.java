package org.herald.web.api.tracking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.link.InvalidLinkException;
import org.herald.link.LinkKind;
import org.herald.tracking.ClickOutcome;
import org.herald.tracking.TrackingService;
import org.herald.web.api.PublicAccess;
import org.herald.web.api.PublicPages;

/**
 * What a recipient's mail reader and browser reach from a tracked email: the open pixel and the
 * click redirects. No key: the signed token in the path is the only credential, and a click goes
 * only where its token says.
 */
@Path("public/tracking")
@ApplicationScoped
@PublicAccess
@SecurityRequirements // no key: the signed token is the credential
@Tag(
    name = PublicAccess.TAG,
    description = "What recipients reach from messages: dynamic links, open pixel, click redirects")
public class TrackingEndpoints {

  /** A transparent 1×1 GIF. */
  private static final byte[] PIXEL =
      Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

  private static final String NO_STORE = "no-store";

  @Inject TrackingService tracking;

  @GET
  @Path("open/{token}")
  @Operation(
      operationId = "trackOpen",
      summary = "The open pixel: records a view",
      description = "Always a 1×1 GIF; an invalid or expired token records nothing.")
  @APIResponse(responseCode = "200", description = "image/gif")
  public Response open(@PathParam("token") String token) {
    tracking.viewed(token);
    return Response.ok(PIXEL, "image/gif").header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
  }

  @GET
  @Path("click/{token}")
  @Operation(
      operationId = "trackClick",
      summary = "A click redirect: records the click and sends the reader on",
      description = "To the URL signed into the token, never one taken from the request.")
  @APIResponse(responseCode = "302", description = "On to the link's URL")
  @APIResponse(responseCode = "404", description = "Not a valid click token (text/html)")
  @APIResponse(responseCode = "410", description = "The link has expired (text/html)")
  public Response click(@PathParam("token") String token) {
    ClickOutcome outcome = tracking.clicked(token);
    if (outcome.isRedirect()) {
      return Response.status(Response.Status.FOUND)
          .header(HttpHeaders.LOCATION, asciiOnly(outcome.url()))
          .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
          .build();
    }
    return outcome.refusal() == InvalidLinkException.Reason.EXPIRED
        ? PublicPages.page(Response.Status.GONE, "Link expired", "This link has expired.")
        : PublicPages.page(Response.Status.NOT_FOUND, "Error", "This link is not valid.");
  }

  @GET
  @Path("{token}")
  @Operation(
      operationId = "trackOpenOrClick",
      summary = "Either kind of tracking token, as a custom URL's handler forwards it",
      description = "Answers as open/{token} or click/{token}, by what the token was signed for.")
  public Response either(@PathParam("token") String token) {
    return tracking.kindOf(token).filter(kind -> kind == LinkKind.OPEN).isPresent()
        ? open(token)
        : click(token);
  }

  /**
   * A header carries ASCII only: other characters of the URL (spaces, accents) are percent-encoded
   * as a browser would send them.
   */
  static String asciiOnly(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); ) {
      int c = url.codePointAt(i);
      i += Character.charCount(c);
      if (c > 0x20 && c < 0x7f) {
        out.append((char) c);
      } else {
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format("%02X", b & 0xff));
        }
      }
    }
    return out.toString();
  }
}
