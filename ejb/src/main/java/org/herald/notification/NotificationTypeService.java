package org.herald.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import org.herald.api.Classification;
import org.herald.error.IllegalTransitionException;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.paging.PageRequest;
import org.herald.paging.ResultPage;
import org.herald.persistence.OrderedLists;

/** Keeps notification types, refusing any a run could not send. */
@Stateless
public class NotificationTypeService {

  @Inject NotificationTypeRepository types;
  @Inject RunDirectory directory;
  @Inject OrderedLists lists;

  public NotificationType create(String code, NotificationTypeDetails details) {
    Violations violations = new Violations();
    if (violations.code("code", code) && types.findByCode(code).isPresent()) {
      violations.add("code", "DUPLICATE", "a notification type " + code + " exists");
    }
    Instant now = Instant.now();
    NotificationTypeRules rules = rules();
    NotificationTopic topic = rules.topic(details, violations);
    NotificationType.Definition definition = rules.definition(topic, details, now, violations);
    violations.throwIfAny();
    NotificationType type = new NotificationType(code, topic, definition, now);
    types.add(type);
    return type;
  }

  /** Replaces everything but the code, classification and topic (fixed after creation). */
  public NotificationType update(String code, NotificationTypeDetails details) {
    NotificationType type = get(code);
    Violations violations = new Violations();
    Instant now = Instant.now();
    NotificationTypeRules rules = rules();
    rules.keep(type, details, violations);
    NotificationType.Definition definition =
        rules.definition(type.getTopic(), details, now, violations);
    violations.throwIfAny();
    lists.replace(type::emptyLists, () -> type.define(definition, now));
    return type;
  }

  public NotificationType get(String code) {
    return types
        .findByCode(code)
        .orElseThrow(() -> new UnknownResourceException("notification type", code));
  }

  /** Deletes a type no run was made of; one with runs stays, as they refer to it (409). */
  public void delete(String code) {
    NotificationType type = get(code);
    if (types.hasRuns(type)) {
      throw new IllegalTransitionException(
          "notification type " + code + " has runs; it is kept with them");
    }
    types.remove(type);
  }

  public ResultPage<NotificationType> list(String classification, PageRequest page) {
    Violations violations = new Violations();
    Classification parsed =
        violations.enumValue("classification", Classification.class, classification);
    violations.throwIfAny();
    return types.list(parsed, page);
  }

  private NotificationTypeRules rules() {
    return new NotificationTypeRules(directory);
  }
}
