package org.herald.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.herald.segment.Segment;
import org.herald.segment.SegmentService;

/**
 * The segments an editor offers, by code: every one to a notification type (its items may be of any
 * type on the way to a contact), only segments of contacts to automations and communication plans,
 * which select contacts. Read once a request.
 */
@Named
@RequestScoped
public class SegmentChoices {

  @Inject SegmentService segmentService;

  private List<Segment> segments;

  public List<String> getAll() {
    return every().stream().map(Segment::getCode).toList();
  }

  public List<String> getOfContacts() {
    return every().stream().filter(Segment::listsContacts).map(Segment::getCode).toList();
  }

  private List<Segment> every() {
    if (segments == null) {
      segments = ServicePages.every(segmentService::list, "code");
    }
    return segments;
  }
}
