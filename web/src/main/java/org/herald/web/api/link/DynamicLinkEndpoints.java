package org.herald.web.api.link;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.dynamiclink.DynamicLinkActions;
import org.herald.dynamiclink.LinkAction;
import org.herald.dynamiclink.LinkAlreadyUsedException;
import org.herald.link.InvalidLinkException;
import org.herald.web.api.PublicAccess;
import org.herald.web.api.PublicPages;

/**
 * A dynamic link as a recipient reaches it. GET only asks to confirm: mail scanners and link
 * previews fetch links by themselves and must not opt anyone out. POST performs the action once,
 * then redirects to the settings' redirection URL or shows Herald's page; it is also the RFC 8058
 * one-click unsubscribe address, which mail providers POST {@code List-Unsubscribe=One-Click} to.
 */
@Path("public/links/{token}")
@ApplicationScoped
@PublicAccess
@SecurityRequirements // no key: the signed token is the credential
@Produces(MediaType.TEXT_HTML)
@Tag(
    name = PublicAccess.TAG,
    description = "What recipients reach from messages: dynamic links, open pixel, click redirects")
public class DynamicLinkEndpoints {

  @Inject DynamicLinkActions actions;

  @GET
  @Operation(
      operationId = "showDynamicLink",
      summary = "Show what the link does and ask to confirm it")
  @APIResponse(responseCode = "200", description = "A page asking to confirm (text/html)")
  @APIResponse(responseCode = "404", description = "Not a valid link (text/html)")
  @APIResponse(responseCode = "409", description = "Used already (text/html)")
  @APIResponse(responseCode = "410", description = "The link has expired (text/html)")
  public Response show(@PathParam("token") String token) {
    try {
      LinkAction action = actions.inspect(token);
      if (action.preview()) {
        return preview(action);
      }
      if (action.used()) {
        return used();
      }
      return PublicPages.confirm(action.linkText(), "Please confirm.", action.linkText());
    } catch (InvalidLinkException e) {
      return refused(e);
    }
  }

  @POST
  @Operation(
      operationId = "performDynamicLink",
      summary = "Perform the link's action once (also the one-click unsubscribe address)")
  @APIResponse(responseCode = "200", description = "Done: Herald's page (text/html)")
  @APIResponse(responseCode = "303", description = "Done: on to the type's redirection URL")
  @APIResponse(responseCode = "404", description = "Not a valid link (text/html)")
  @APIResponse(responseCode = "409", description = "Used already (text/html)")
  @APIResponse(responseCode = "410", description = "The link has expired (text/html)")
  public Response perform(@PathParam("token") String token) {
    try {
      LinkAction action = actions.perform(token);
      if (action.preview()) {
        return preview(action);
      }
      if (action.redirectionUrl() != null) {
        // From the settings only: the request never chooses where the recipient goes.
        return PublicPages.headers(Response.seeOther(URI.create(action.redirectionUrl()))).build();
      }
      return PublicPages.page(
          Response.Status.OK, "Successfully completed", action.linkText() + ": done. Thank you.");
    } catch (LinkAlreadyUsedException e) {
      return used();
    } catch (InvalidLinkException e) {
      return refused(e);
    }
  }

  private static Response preview(LinkAction action) {
    return PublicPages.page(
        Response.Status.OK,
        action.linkText(),
        "This link comes from a preview or a test message: nothing was done.");
  }

  private static Response used() {
    return PublicPages.page(
        Response.Status.CONFLICT, "Already done", "This link has been used already.");
  }

  private static Response refused(InvalidLinkException e) {
    return e.reason() == InvalidLinkException.Reason.EXPIRED
        ? PublicPages.page(
            Response.Status.GONE,
            "Link expired",
            "This link has expired and can no longer be used.")
        : PublicPages.page(
            Response.Status.NOT_FOUND, "Error", "This link is not valid. Nothing was done.");
  }
}
