package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.api.Medium;
import org.herald.category.Category;
import org.herald.category.CategoryService;
import org.herald.entity.EntityModel;
import org.herald.entity.EntityType;
import org.herald.externalsystem.ExternalSystem;
import org.herald.externalsystem.ExternalSystemService;
import org.herald.template.TemplateService;
import org.primefaces.model.LazyDataModel;

/** The templates screen: a lazy table filtered in the database, each code opening the editor. */
@Named("templates")
@ViewScoped
public class TemplatesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient TemplateService service;
  @Inject transient CategoryService categories;
  @Inject transient ExternalSystemService externalSystems;

  private LazyDataModel<TemplateRow> model;
  private List<String> externalSystemCodes;
  private String deleted;

  @PostConstruct
  void init() {
    Map<String, String> categoryNames = new HashMap<>();
    for (Category category : categories.all()) {
      categoryNames.put(category.getCode(), category.getName());
    }
    model =
        new TemplateLazyModel(
            service, code -> code == null ? "" : categoryNames.getOrDefault(code, code));
    externalSystemCodes = externalSystems.all().stream().map(ExternalSystem::getCode).toList();
  }

  /**
   * Called by the page's viewAction: a deletion in the editor redirects here with the code, as a
   * flash message is lost whenever another request of the session gets between redirect and GET.
   */
  public void announce() {
    if (deleted != null && !deleted.isBlank()) {
      PortalMessages.info("Template " + deleted + " deleted");
    }
  }

  public String getDeleted() {
    return deleted;
  }

  public void setDeleted(String deleted) {
    this.deleted = deleted;
  }

  public LazyDataModel<TemplateRow> getModel() {
    return model;
  }

  public Medium[] getMedia() {
    return Medium.values();
  }

  public List<String> getEntityTypes() {
    return EntityModel.crm().types().stream().map(EntityType::name).toList();
  }

  public List<String> getExternalSystems() {
    return externalSystemCodes;
  }
}
