package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.herald.notification.CommunicationPlan;
import org.herald.notification.CommunicationPlanRepository;
import org.herald.notification.CommunicationPlanService;

/**
 * The communication plans screen: each plan with its classification, templates, integration,
 * segments, expiry and override, the last changed first, a page at a time.
 */
@Named("communicationPlans")
@ViewScoped
public class CommunicationPlansView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CommunicationPlanService service;

  private ServicePages<CommunicationPlan> all;

  @PostConstruct
  void init() {
    CommunicationPlanService plans = service;
    all =
        new ServicePages<>(
            plans::list,
            CommunicationPlan::getCode,
            CommunicationPlanRepository.SORTABLE.keySet(),
            "updatedAt",
            false);
  }

  public ServicePages<CommunicationPlan> getAll() {
    return all;
  }
}
