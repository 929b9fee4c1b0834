package org.herald.web.api.tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Page;
import org.herald.api.tag.TagDto;
import org.herald.paging.PageRequest;
import org.herald.tag.TagCatalogue;
import org.herald.tag.TagDefinition;

@Path("tags")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "The tags templates may use, derived from the entity model")
public class TagResource {

  @GET
  @Operation(
      operationId = "listTags",
      summary = "The tags starting with a prefix, by path",
      description =
          "What the editor offers after '#': prefix=payment.acc gives"
              + " payment.accounts_receivable and the paths under it; a leading '#' is ignored."
              + " Unrestricted tags (#unrestricted.<name>) are free names and not listed.")
  public Page<TagDto> suggest(
      @QueryParam("prefix") String prefix,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PageRequest request = PageRequest.of(page, size, null, Set.of("path"), "path");
    List<TagDefinition> tags = TagCatalogue.crm().suggest(prefix == null ? "" : prefix);
    List<TagDto> items =
        tags.stream()
            .skip(request.firstResult())
            .limit(request.size())
            .map(tag -> new TagDto(tag.path(), tag.kind().name()))
            .toList();
    return new Page<>(items, request.page(), request.size(), tags.size());
  }
}
