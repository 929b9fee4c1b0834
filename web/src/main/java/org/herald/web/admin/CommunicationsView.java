package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.herald.api.Direction;
import org.herald.api.Medium;
import org.herald.api.QueueState;
import org.herald.api.communication.CommunicationStatus;
import org.herald.communication.CommunicationService;
import org.primefaces.model.LazyDataModel;

/** The communications screen: a lazy, paged, sortable, filterable table. */
@Named("communications")
@ViewScoped
public class CommunicationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CommunicationService service;

  private LazyDataModel<CommunicationRow> model;

  @PostConstruct
  void init() {
    model = new CommunicationLazyModel(service, null);
  }

  public LazyDataModel<CommunicationRow> getModel() {
    return model;
  }

  public Medium[] getMedia() {
    return Medium.values();
  }

  public Direction[] getDirections() {
    return Direction.values();
  }

  public CommunicationStatus[] getStatuses() {
    return CommunicationStatus.values();
  }

  public QueueState[] getDeliveryStates() {
    return QueueState.values();
  }
}
