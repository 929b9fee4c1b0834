package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.herald.automation.Automation;
import org.herald.automation.AutomationService;
import org.herald.condition.ConditionInput;
import org.herald.paging.PageRequest;

/** The automations screen: every automation with its event, templates, audience and rules. */
@Named("automations")
@ViewScoped
public class AutomationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient AutomationService service;

  private List<Automation> all;

  @PostConstruct
  void init() {
    all = service.list(null, null, new PageRequest(0, PageRequest.MAX_SIZE, "code", true)).items();
  }

  public List<Automation> getAll() {
    return all;
  }

  /** Conditions as one line, "or" between them as the seed's "at least one" reads. */
  public static String conditions(List<ConditionInput> conditions) {
    return conditions.stream()
        .map(c -> c.path() + " " + c.operator() + " " + c.value())
        .collect(Collectors.joining(" or "));
  }

  public String conditionsOf(Automation automation) {
    return conditions(automation.getConditions());
  }
}
