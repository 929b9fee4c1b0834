package org.herald.web.admin;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.herald.api.Medium;
import org.herald.paging.PageRequest;
import org.herald.template.TemplateFilter;
import org.herald.template.TemplateRepository;
import org.herald.template.TemplateService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Pages, sorts and filters templates in the database through the template service's list. */
class TemplateLazyModel extends LazyDataModel<TemplateRow> {

  private static final long serialVersionUID = 1L;

  private final transient TemplateService templates;
  private final transient Function<String, String> categoryNames;

  TemplateLazyModel(TemplateService templates, Function<String, String> categoryNames) {
    this.templates = templates;
    this.categoryNames = categoryNames;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    // The service counts with every page it lists; one row is the cheapest page.
    return Math.toIntExact(
        templates.list(filter(filterBy), new PageRequest(0, 1, "code", true)).totalItems());
  }

  @Override
  public List<TemplateRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    boolean sorted =
        sort != null
            && sort.getOrder() != SortOrder.UNSORTED
            && TemplateRepository.SORTABLE.containsKey(sort.getField());
    PageRequest page =
        new PageRequest(
            first / pageSize,
            pageSize,
            sorted ? sort.getField() : "code",
            !sorted || sort.getOrder() == SortOrder.ASCENDING);
    return templates
        .list(filter(filterBy), page)
        .map(t -> new TemplateRow(t, categoryNames.apply(t.getCategoryCode())));
  }

  @Override
  public String getRowKey(TemplateRow row) {
    return row.getTemplate().getCode();
  }

  private static TemplateFilter filter(Map<String, FilterMeta> filterBy) {
    String medium = ColumnFilters.text(filterBy, "medium");
    String effective = ColumnFilters.text(filterBy, "effective");
    return new TemplateFilter(
        medium == null ? null : Medium.valueOf(medium),
        ColumnFilters.text(filterBy, "referringEntityTypes"),
        ColumnFilters.text(filterBy, "externalSystem"),
        effective == null ? null : Boolean.valueOf(effective));
  }
}
