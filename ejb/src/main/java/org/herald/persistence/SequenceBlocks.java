package org.herald.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Values of database sequences taken a block at a time: a sequence that steps by n (V28) hands a
 * node n values per {@code nextval}, one round trip per block rather than per record. The first
 * value of a block is the one {@code nextval} answered, as EclipseLink takes its own blocks ({@code
 * eclipselink.sequencing.start-sequence-at-nextval}), so ids taken here and ids the persistence
 * provider assigns to the same table never meet. Unique across nodes, not in the order records were
 * made.
 */
@ApplicationScoped
public class SequenceBlocks {

  @PersistenceContext private EntityManager em;

  private final Map<String, Block> blocks = new HashMap<>();

  /** The next value of {@code sequence}, which must step by {@code blockSize}. */
  public long next(String sequence, int blockSize) {
    synchronized (blocks) {
      return blocks
          .computeIfAbsent(sequence, s -> new Block(blockSize))
          .next(() -> nextval(sequence));
    }
  }

  private long nextval(String sequence) {
    // COMMIT: a query flushes what the transaction has made first, which costs as much as it made.
    return ((Number)
            em.createNativeQuery("SELECT nextval('" + sequence + "')")
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult())
        .longValue();
  }

  /** The values a node holds of one sequence: {@code size} of them from what a nextval gave. */
  static final class Block {
    private final int size;
    private long next;
    private long end; // exclusive; next == end: none left

    Block(int size) {
      this.size = size;
    }

    long next(LongSupplier nextval) {
      if (next == end) {
        next = nextval.getAsLong();
        end = next + size;
      }
      return next++;
    }
  }
}
