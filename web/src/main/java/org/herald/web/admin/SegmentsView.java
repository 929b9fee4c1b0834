package org.herald.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.herald.paging.PageRequest;
import org.herald.segment.Segment;
import org.herald.segment.SegmentMembership;
import org.herald.segment.SegmentService;

/**
 * The segments screen: each segment with its live member count, and the members of the one chosen
 * (asked of the database when shown, never a stored list).
 */
@Named("segments")
@ViewScoped
public class SegmentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient SegmentService service;

  private List<Segment> all;
  private String chosen;
  private List<SegmentMembership.Member> members = List.of();
  private long memberCount;

  @PostConstruct
  void init() {
    all = service.list(new PageRequest(0, PageRequest.MAX_SIZE, "code", true)).items();
  }

  public List<Segment> getAll() {
    return all;
  }

  public long count(Segment segment) {
    return service.count(segment.getCode());
  }

  public String conditionsOf(Segment segment) {
    return AutomationsView.conditions(segment.getConditions());
  }

  /** Shows the first members of a segment, by contact number. */
  public void show(String code) {
    var page = service.members(code, new PageRequest(0, PageRequest.MAX_SIZE, "contact", true));
    chosen = code;
    members = page.items();
    memberCount = page.totalItems();
  }

  public String getChosen() {
    return chosen;
  }

  public List<SegmentMembership.Member> getMembers() {
    return members;
  }

  public long getMemberCount() {
    return memberCount;
  }
}
