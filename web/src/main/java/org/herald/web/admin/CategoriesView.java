package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.herald.category.Category;
import org.herald.category.CategoryService;
import org.herald.error.IllegalTransitionException;
import org.herald.error.InvalidInputException;
import org.herald.error.UnknownResourceException;
import org.herald.web.security.PortalAccess;

/**
 * The Categories screen: every role reads the communication categories; admins add, rename and
 * delete them (one that classifies communications is kept, as the service decides).
 */
@Named("categories")
@ViewScoped
public class CategoriesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CategoryService service;
  @Inject transient PortalAccess access;

  private List<Category> all;
  private String chosen;
  private String code;
  private String name;
  private String description;

  @PostConstruct
  void init() {
    all = service.all();
  }

  /** Opens a category in the form. */
  public void choose(String categoryCode) {
    try {
      Category category = service.get(categoryCode);
      chosen = category.getCode();
      code = category.getCode();
      name = category.getName();
      description = category.getDescription();
    } catch (UnknownResourceException e) {
      PortalMessages.error("Category " + categoryCode + " was deleted meanwhile");
      all = service.all();
    }
  }

  /** Empties the form for a new category. */
  public void startNew() {
    chosen = null;
    code = null;
    name = null;
    description = null;
  }

  public void save() {
    if (!access.mayAdminister()) {
      return;
    }
    try {
      Category saved =
          chosen == null
              ? service.create(FormText.trimmed(code), name, FormText.trimmed(description))
              : service.update(chosen, name, FormText.trimmed(description));
      PortalMessages.info("Category " + saved.getCode() + " saved");
      all = service.all();
      choose(saved.getCode());
    } catch (InvalidInputException e) {
      PortalMessages.fieldErrors(
          e.errors(),
          field ->
              switch (field) {
                case "code", "name", "description" -> field;
                default -> null;
              });
    } catch (UnknownResourceException e) {
      PortalMessages.error("Category " + chosen + " was deleted meanwhile");
    }
  }

  public void delete() {
    if (!access.mayAdminister() || chosen == null) {
      return;
    }
    try {
      service.delete(chosen);
      PortalMessages.info("Category " + chosen + " deleted");
      startNew();
    } catch (IllegalTransitionException e) {
      PortalMessages.error(e.getMessage());
    } catch (UnknownResourceException e) {
      PortalMessages.info("Category " + chosen + " was already deleted");
      startNew();
    }
    all = service.all();
  }

  public List<Category> getAll() {
    return all;
  }

  public boolean isCreating() {
    return chosen == null;
  }

  public String getChosen() {
    return chosen;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
