package org.herald.web.api.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.herald.api.Page;
import org.herald.api.category.CategoryDto;
import org.herald.category.Category;
import org.herald.category.CategoryRepository;
import org.herald.category.CategoryService;
import org.herald.paging.PageRequest;
import org.herald.web.api.Pages;
import org.herald.web.api.RequestBody;

@Path("categories")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Categories", description = "Classify communications by business function")
public class CategoryResource {

  @Inject CategoryService categories;

  @GET
  @Operation(
      operationId = "listCategories",
      summary = "List categories",
      description = "Paged like every list; sort: name (the default) or code, then ,asc or ,desc")
  public Page<CategoryDto> list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("sort") String sort) {
    PageRequest request =
        PageRequest.of(page, size, sort, CategoryRepository.SORTABLE.keySet(), "name");
    return Pages.of(categories.list(request), CategoryResource::toDto);
  }

  @POST
  @Operation(operationId = "createCategory", summary = "Add a category")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(ref = "Category")))
  @APIResponse(responseCode = "422", description = "Invalid or duplicate code, missing name")
  public Response create(CategoryDto category, @Context UriInfo uri) {
    RequestBody.require(category);
    Category created = categories.create(category.code(), category.name(), category.description());
    return Response.created(uri.getAbsolutePathBuilder().path(created.getCode()).build())
        .entity(toDto(created))
        .build();
  }

  @GET
  @Path("{code}")
  @Operation(operationId = "getCategory", summary = "Read a category")
  @APIResponse(responseCode = "404", description = "No such category")
  public CategoryDto get(@PathParam("code") String code) {
    return toDto(categories.get(code));
  }

  @PUT
  @Path("{code}")
  @Operation(
      operationId = "updateCategory",
      summary = "Rename a category or change its description")
  public CategoryDto update(@PathParam("code") String code, CategoryDto category) {
    RequestBody.require(category);
    return toDto(categories.update(code, category.name(), category.description()));
  }

  @DELETE
  @Path("{code}")
  @Operation(operationId = "deleteCategory", summary = "Delete an unused category")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", description = "Communications use it")
  public void delete(@PathParam("code") String code) {
    categories.delete(code);
  }

  private static CategoryDto toDto(Category category) {
    return new CategoryDto(category.getCode(), category.getName(), category.getDescription());
  }
}
