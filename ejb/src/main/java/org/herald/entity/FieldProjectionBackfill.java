package org.herald.entity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.LongFunction;

/**
 * Projects, once at start-up, the records synced before the projection existed (an upgraded
 * database): those without the {@code number} row every projection writes. It walks them by id in
 * chunks, each projected and committed in a transaction of its own ({@link FieldProjectionChunk}),
 * so a large entity store never holds one huge transaction (nor the pool's timeout) at start-up,
 * and a start interrupted half-way resumes where it stopped: what was committed is projected, and
 * so no longer found. On a database whose records are all projected this is one query that finds
 * nothing.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FieldProjectionBackfill {

  private static final System.Logger LOG =
      System.getLogger(FieldProjectionBackfill.class.getName());

  /** What one chunk did: records found (unprojected, after the id asked), projected, last id. */
  public record Chunk(int found, int projected, long lastId) {}

  @Inject FieldProjectionChunk chunks;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void backfill() {
    int projected = inChunks(chunks::projectAfter, FieldProjectionChunk.SIZE);
    if (projected > 0) {
      LOG.log(System.Logger.Level.INFO, "Projected {0} referring entities", projected);
    }
  }

  /**
   * Asks {@code chunkAfter} for chunks of up to {@code size} records by ascending id, each after
   * the last id of the one before (from 0), until a chunk finds fewer than {@code size}: a record
   * that cannot be projected (a type the model no longer has) is passed, never asked again. Answers
   * how many were projected.
   */
  static int inChunks(LongFunction<Chunk> chunkAfter, int size) {
    long after = 0;
    int projected = 0;
    while (true) {
      Chunk chunk = chunkAfter.apply(after);
      projected += chunk.projected();
      if (chunk.found() < size) {
        return projected;
      }
      after = chunk.lastId();
    }
  }
}
