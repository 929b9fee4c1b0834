package org.herald.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.herald.externalsystem.ExternalSystem;
import org.herald.externalsystem.ExternalSystemRepository;
import org.herald.segment.Segment;
import org.herald.segment.SegmentRepository;
import org.herald.template.CommunicationTemplate;
import org.herald.template.TemplateRepository;

/**
 * Where the templates, external system and segments a notification type or a communication plan
 * names are looked up.
 */
@ApplicationScoped
public class RunDirectory implements NotificationTypeRules.Directory {

  @Inject TemplateRepository templates;
  @Inject ExternalSystemRepository externalSystems;
  @Inject SegmentRepository segments;

  @Override
  public Optional<CommunicationTemplate> template(String code) {
    return templates.findByCode(code);
  }

  @Override
  public Optional<ExternalSystem> externalSystem(String code) {
    return externalSystems.findByCode(code);
  }

  @Override
  public Optional<String> segmentEntityType(String code) {
    return segments.findByCode(code).map(Segment::getEntityType);
  }
}
