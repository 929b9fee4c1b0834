package org.herald.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.herald.persistence.DatabaseFeatures;
import org.herald.persistence.RowColumns;
import org.herald.persistence.RowInsert;
import org.herald.persistence.SequenceBlocks;
import org.herald.persistence.Writes;

/**
 * Stores new communications, one (a create) or many (a run's chunk, an event's automations, a batch
 * request), by three inserts ({@link RowInsert}: on PostgreSQL a statement each, else JDBC
 * batches): their rows, their referring entities and their unrestricted tags. Through the
 * persistence provider each communication was an insert of its own followed by its collections' (so
 * no two statements in a row were alike and none was batched: a round trip per row), and building
 * its change set was half a run's CPU. The rows are those the {@link Communication} mapping writes,
 * column for column; the communications stay unmanaged, with their ids.
 */
@ApplicationScoped
class CommunicationRows {

  private static final String SEQUENCE = "communication_seq";
  private static final int SEQUENCE_BLOCK = 50; // the mapping's allocationSize

  /** A communication's row: every column the mapping has. */
  static final RowInsert<Communication> INSERT =
      new RowInsert<>(
          "communication",
          RowColumns.<Communication>of()
              .bigint("id", Communication::getId)
              .text("number", Communication::getNumber)
              .bigint("contact_id", c -> c.getContact().getId())
              .text("direction", c -> c.getDirection().name())
              .text("medium", c -> c.getMedium().name())
              .bigint("category_id", c -> c.getCategory() == null ? null : c.getCategory().getId())
              .bigint(
                  "referring_to_id",
                  c -> c.getReferringTo() == null ? null : c.getReferringTo().getId())
              .bigint(
                  "external_system_id",
                  c -> c.getProcessedBy() == null ? null : c.getProcessedBy().getId())
              .text("subject", Communication::getSubject)
              .text("content", Communication::getContent)
              .text("recipient", Communication::getRecipient)
              .text("status", c -> c.getStatus().name())
              .time("expires_at", Communication::getExpiresAt)
              .text("idempotency_key", Communication::getIdempotencyKey)
              .text("idempotency_fingerprint", Communication::getIdempotencyFingerprint)
              .time("created_at", Communication::getCreatedAt)
              .time("completed_at", Communication::getCompletedAt)
              .bigint("version", Communication::getVersion)
              .text("template_code", Communication::getTemplateCode)
              .text("language", Communication::getLanguage)
              .text(
                  "classification",
                  c -> c.getClassification() == null ? null : c.getClassification().name())
              .text("origin", c -> c.getOrigin().name())
              .bool("override_preferences", Communication::isOverridingPreferences)
              .bigint("notification_run_id", Communication::getNotificationRunId)
              .bigint("notification_item_id", Communication::getNotificationItemId));

  private static final RowInsert<EntityRow> INSERT_ENTITY =
      new RowInsert<>(
          "communication_entity",
          RowColumns.<EntityRow>of()
              .bigint("communication_id", EntityRow::communicationId)
              .integer("position", EntityRow::position)
              .text("entity_type", row -> row.entity().getType())
              .text("entity_number", row -> row.entity().getNumber()));

  private static final RowInsert<TagRow> INSERT_UNRESTRICTED =
      new RowInsert<>(
          "communication_unrestricted",
          RowColumns.<TagRow>of()
              .bigint("communication_id", TagRow::communicationId)
              .text("tag_name", TagRow::name)
              .text("tag_value", TagRow::value));

  @PersistenceContext private EntityManager em;
  @Inject SequenceBlocks sequences;
  @Inject DatabaseFeatures features;

  /** One referring entity of a communication, at its position. */
  private record EntityRow(long communicationId, int position, ReferredEntity entity) {}

  /** One unrestricted tag of a communication. */
  private record TagRow(long communicationId, String name, String value) {}

  /** Writes in the current transaction, sent together ({@link Writes#run}). */
  Writes writes() {
    return new Writes(em, features);
  }

  /**
   * Stores these new communications in the current transaction, giving each its id: their inserts
   * are added to {@code writes}, which the caller runs.
   */
  void insertAll(List<Communication> made, Writes writes) {
    if (made.isEmpty()) {
      return;
    }
    // What the transaction made through the provider (a contact, a draft it refers to) is written
    // first: these rows refer to it.
    em.flush();
    List<EntityRow> entities = new ArrayList<>();
    List<TagRow> tags = new ArrayList<>();
    for (Communication communication : made) {
      long id = sequences.next(SEQUENCE, SEQUENCE_BLOCK);
      communication.storedAs(id);
      List<ReferredEntity> referred = communication.getReferringEntities();
      for (int position = 0; position < referred.size(); position++) {
        entities.add(new EntityRow(id, position, referred.get(position)));
      }
      for (Map.Entry<String, String> tag : communication.getUnrestricted().entrySet()) {
        tags.add(new TagRow(id, tag.getKey(), tag.getValue()));
      }
    }
    INSERT.addTo(writes, made);
    INSERT_ENTITY.addTo(writes, entities);
    INSERT_UNRESTRICTED.addTo(writes, tags);
  }
}
