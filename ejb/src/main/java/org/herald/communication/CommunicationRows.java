package org.herald.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.herald.persistence.InstantConverter;
import org.herald.persistence.JdbcBatch;
import org.herald.persistence.SequenceBlocks;

/**
 * Stores new communications made in bulk (a run's chunk, an event's automations, a batch request)
 * as three JDBC batches: their rows, their referring entities and their unrestricted tags. Through
 * the persistence provider each communication was an insert of its own followed by its collections'
 * (so no two statements in a row were alike and none was batched: a round trip per row), and
 * building its change set was half a run's CPU. The rows are those the {@link Communication}
 * mapping writes, column for column; the communications stay unmanaged, with their ids.
 */
@ApplicationScoped
class CommunicationRows {

  private static final String SEQUENCE = "communication_seq";
  private static final int SEQUENCE_BLOCK = 50; // the mapping's allocationSize

  static final String INSERT =
      "INSERT INTO communication (id, number, contact_id, direction, medium, category_id,"
          + " referring_to_id, external_system_id, subject, content, recipient, status, expires_at,"
          + " idempotency_key, idempotency_fingerprint, created_at, completed_at, version,"
          + " template_code, language, classification, origin, override_preferences,"
          + " notification_run_id, notification_item_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final String INSERT_ENTITY =
      "INSERT INTO communication_entity (communication_id, position, entity_type, entity_number)"
          + " VALUES (?, ?, ?, ?)";

  private static final String INSERT_UNRESTRICTED =
      "INSERT INTO communication_unrestricted (communication_id, tag_name, tag_value)"
          + " VALUES (?, ?, ?)";

  @PersistenceContext private EntityManager em;
  @Inject SequenceBlocks sequences;

  /** One referring entity of a communication, at its position. */
  private record EntityRow(long communicationId, int position, ReferredEntity entity) {}

  /** One unrestricted tag of a communication. */
  private record TagRow(long communicationId, String name, String value) {}

  /** Stores these new communications in the current transaction, giving each its id. */
  void insertAll(List<Communication> made) {
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
    JdbcBatch.run(em, INSERT, made, CommunicationRows::bind);
    JdbcBatch.run(
        em,
        INSERT_ENTITY,
        entities,
        (insert, row) -> {
          insert.setLong(1, row.communicationId());
          insert.setInt(2, row.position());
          insert.setString(3, row.entity().getType());
          insert.setString(4, row.entity().getNumber());
        });
    JdbcBatch.run(
        em,
        INSERT_UNRESTRICTED,
        tags,
        (insert, row) -> {
          insert.setLong(1, row.communicationId());
          insert.setString(2, row.name());
          insert.setString(3, row.value());
        });
  }

  private static void bind(PreparedStatement insert, Communication c) throws SQLException {
    insert.setLong(1, c.getId());
    insert.setString(2, c.getNumber());
    insert.setLong(3, c.getContact().getId());
    insert.setString(4, c.getDirection().name());
    insert.setString(5, c.getMedium().name());
    JdbcBatch.setId(insert, 6, c.getCategory() == null ? null : c.getCategory().getId());
    JdbcBatch.setId(insert, 7, c.getReferringTo() == null ? null : c.getReferringTo().getId());
    JdbcBatch.setId(insert, 8, c.getProcessedBy() == null ? null : c.getProcessedBy().getId());
    insert.setString(9, c.getSubject());
    insert.setString(10, c.getContent());
    insert.setString(11, c.getRecipient());
    insert.setString(12, c.getStatus().name());
    insert.setObject(13, InstantConverter.toNative(c.getExpiresAt()));
    insert.setString(14, c.getIdempotencyKey());
    insert.setString(15, c.getIdempotencyFingerprint());
    insert.setObject(16, InstantConverter.toNative(c.getCreatedAt()));
    insert.setObject(17, InstantConverter.toNative(c.getCompletedAt()));
    insert.setLong(18, c.getVersion());
    insert.setString(19, c.getTemplateCode());
    insert.setString(20, c.getLanguage());
    insert.setString(21, c.getClassification() == null ? null : c.getClassification().name());
    insert.setString(22, c.getOrigin().name());
    insert.setBoolean(23, c.isOverridingPreferences());
    JdbcBatch.setId(insert, 24, c.getNotificationRunId());
    JdbcBatch.setId(insert, 25, c.getNotificationItemId());
  }
}
