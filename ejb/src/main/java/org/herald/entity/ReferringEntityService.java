package org.herald.entity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herald.error.IllegalTransitionException;
import org.herald.error.ManagedElsewhereException;
import org.herald.error.UnknownResourceException;
import org.herald.error.Violations;
import org.herald.persistence.ReferringCommunications;

/** Keeps the referring entities the CRM syncs: upsert by type and number, read, delete. */
@Stateless
public class ReferringEntityService {

  /** The longest record number the CRM may use. */
  public static final int NUMBER_LENGTH = 50;

  private final EntityModel model = EntityModel.crm();

  @Inject ReferringEntityRepository entities;
  @Inject FieldProjection projection;
  @Inject ReferringCommunications referrers;

  /** What an upsert did: the record as now stored, and whether it was new. */
  public record Upserted(StoredEntity entity, boolean created) {}

  /**
   * Stores {@code values} as the record's whole state, replacing what the CRM sent before, or
   * refuses them naming every invalid {@code values.<field>}.
   */
  public Upserted upsert(String type, String number, Map<String, ?> values) {
    EntityType entityType = syncedType(type);
    Violations violations = new Violations();
    if (number.isBlank() || number.length() > NUMBER_LENGTH) {
      violations.add("number", "OUT_OF_RANGE", "must be 1 to " + NUMBER_LENGTH + " characters");
    }
    Map<String, Object> parsed = Map.of();
    if (values == null) {
      violations.add("values", "REQUIRED", "is required (an object of " + type + " fields)");
    } else {
      parsed = entityType.parse(values, "values.", violations);
      Object given = parsed.get(EntityRecord.NUMBER);
      if (given != null && !given.equals(number)) {
        violations.add(
            "values." + EntityRecord.NUMBER,
            "NUMBER_MISMATCH",
            "'" + given + "' is not the record's number " + number);
      }
    }
    violations.throwIfAny();
    EntitySnapshot snapshot = new EntitySnapshot(type, number, parsed);
    Instant now = Instant.now();
    boolean created = store(List.of(snapshot), now).contains(snapshot);
    return new Upserted(new StoredEntity(snapshot, now), created);
  }

  /**
   * Stores checked snapshots (an event batch's values) as their records' whole state: the stored
   * records of each type found in one query, every projection written in one batch. A record named
   * twice ends with its last snapshot.
   */
  public void storeAll(List<EntitySnapshot> snapshots) {
    store(snapshots, Instant.now());
  }

  /** Answers the snapshots that made new records. */
  private Set<EntitySnapshot> store(List<EntitySnapshot> snapshots, Instant now) {
    Map<EntityKey, EntitySnapshot> last = new LinkedHashMap<>();
    snapshots.forEach(
        snapshot -> last.put(new EntityKey(snapshot.type(), snapshot.number()), snapshot));
    Map<String, List<String>> numbersByType = new HashMap<>();
    last.keySet()
        .forEach(
            key ->
                numbersByType
                    .computeIfAbsent(key.type(), t -> new ArrayList<>())
                    .add(key.number()));
    Map<EntityKey, ReferringEntity> stored = new HashMap<>();
    numbersByType.forEach(
        (type, numbers) ->
            entities
                .findStored(type, numbers)
                .forEach((number, entity) -> stored.put(new EntityKey(type, number), entity)));
    List<EntitySnapshot> replaced = new ArrayList<>();
    Set<EntitySnapshot> added = new LinkedHashSet<>();
    last.forEach(
        (key, snapshot) -> {
          ReferringEntity entity = stored.get(key);
          if (entity == null) {
            entities.add(new ReferringEntity(snapshot, now));
            added.add(snapshot);
          } else {
            entity.replace(snapshot, now);
            replaced.add(snapshot);
          }
        });
    projection.project(replaced, added);
    entities.written();
    return added;
  }

  /**
   * Records one text field of a stored record that Herald itself learnt (a recipient accepted a
   * service request's response from a link), keeping the rest of what the CRM sent.
   */
  public void record(String type, String number, String field, String value) {
    EntityType entityType = syncedType(type);
    ReferringEntity stored =
        entities
            .findStored(type, number)
            .orElseThrow(() -> new UnknownResourceException(type, number));
    Map<String, Object> values = new HashMap<>(stored.snapshot(entityType).values());
    values.put(field, value);
    EntitySnapshot snapshot = new EntitySnapshot(type, number, values);
    stored.replace(snapshot, Instant.now());
    projection.project(snapshot);
    entities.written();
  }

  public StoredEntity get(String type, String number) {
    EntityType entityType = syncedType(type);
    ReferringEntity stored =
        entities
            .findStored(type, number)
            .orElseThrow(() -> new UnknownResourceException(type, number));
    return new StoredEntity(stored.snapshot(entityType), stored.getUpdatedAt());
  }

  /**
   * Deletes a record no communication refers to; one they refer to stays (409), as their tags were
   * rendered from it and their details show it.
   */
  public void delete(String type, String number) {
    syncedType(type);
    ReferringEntity stored =
        entities
            .findStored(type, number)
            .orElseThrow(() -> new UnknownResourceException(type, number));
    ReferringCommunications.Found referring = referrers.toEntity(type, number);
    if (referring.any()) {
      throw new IllegalTransitionException(
          type + " " + number + " cannot be deleted: " + referring.describe());
    }
    projection.remove(type, number);
    entities.remove(stored);
    entities.written();
  }

  /** The type of a path, if its records are synced here (a contact is changed as a contact). */
  private EntityType syncedType(String type) {
    EntityType entityType =
        model.type(type).orElseThrow(() -> new UnknownResourceException("entity type", type));
    if (type.equals(EntityModel.CONTACT_INFORMATION)) {
      throw new ManagedElsewhereException(
          "contact_information records are the contacts: change them with PUT or POST"
              + " /herald/api/v1/contacts");
    }
    return entityType;
  }
}
