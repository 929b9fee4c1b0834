package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.herald.event.BusinessEvent;
import org.herald.event.EventService;
import org.herald.event.Outcome;
import org.herald.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The events log: the CRM's events, newest first, each with what every automation made of it. */
@Named("events")
@ViewScoped
public class EventsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient EventService service;

  private LazyDataModel<EventRow> model;

  /** An event with its outcomes, for the table. */
  public static final class EventRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final transient BusinessEvent event;
    private final transient List<Outcome> outcomes;

    EventRow(BusinessEvent event, List<Outcome> outcomes) {
      this.event = event;
      this.outcomes = outcomes;
    }

    public BusinessEvent getEvent() {
      return event;
    }

    public List<Outcome> getOutcomes() {
      return outcomes;
    }
  }

  @PostConstruct
  void init() {
    EventService events = service;
    model =
        new LazyDataModel<>() {
          private static final long serialVersionUID = 1L;

          @Override
          public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(
                events.list(null, null, new PageRequest(0, 1, "receivedAt", false)).totalItems());
          }

          @Override
          public List<EventRow> load(
              int first,
              int pageSize,
              Map<String, SortMeta> sortBy,
              Map<String, FilterMeta> filterBy) {
            return events
                .list(null, null, new PageRequest(first / pageSize, pageSize, "receivedAt", false))
                .map(e -> new EventRow(e, events.show(e.getEventId()).outcomes()));
          }

          @Override
          public String getRowKey(EventRow row) {
            return row.getEvent().getEventId();
          }
        };
  }

  public LazyDataModel<EventRow> getModel() {
    return model;
  }

  /** An outcome as one line: automation, medium and address, what and why. */
  public String describe(Outcome outcome) {
    StringBuilder line = new StringBuilder(outcome.automation());
    if (!Outcome.NO_MEDIUM.equals(outcome.medium())) {
      line.append(' ').append(outcome.medium()).append(' ').append(outcome.address());
    }
    line.append(": ").append(outcome.outcome());
    if (outcome.communication() != null) {
      line.append(' ').append(outcome.communication());
    }
    if (outcome.detail() != null) {
      line.append(" (").append(outcome.detail()).append(')');
    }
    return line.toString();
  }
}
