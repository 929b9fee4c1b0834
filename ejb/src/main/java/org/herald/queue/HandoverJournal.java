package org.herald.queue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.herald.channel.SendOutcome;

/**
 * What this node handed to its peers and what they answered, written before the database hears of
 * it, so that a node killed mid-dispatch knows on restart which of its claimed entries never left
 * (sent after recovery), which a peer answered (settled with that answer, not sent again) and which
 * were on the wire at the kill (at most one per open connection or SMPP window slot: the in-flight
 * policy decides).
 *
 * <p>A record is one {@code write} to a file in append mode: a killed process cannot tear it, and
 * the operating system keeps it without an fsync (a machine crash is another matter: the claim
 * timeout's rule covers it). Records go into segments; a segment is deleted once it is no longer
 * the active one and every handover written to it has been settled in the database.
 */
public final class HandoverJournal implements AutoCloseable {

  private static final byte HANDOVER = 'H';
  private static final byte OUTCOME = 'O';
  private static final String SUFFIX = ".journal";

  private final Path directory;
  private final String prefix;
  private final long segmentBytes;
  private final List<Path> earlier;
  private Segment active;
  private long sequence;

  /**
   * Opens a new segment in {@code directory} for {@code node}; the segments found there from
   * earlier runs are left for {@link #earlierRecords} and {@link #forgetEarlier}.
   *
   * @param segmentBytes the size after which the next handover opens a new segment
   */
  public HandoverJournal(Path directory, String node, long segmentBytes) {
    this.directory = directory;
    this.prefix = "handovers-" + node.replaceAll("[^A-Za-z0-9._-]", "_") + "-";
    this.segmentBytes = segmentBytes;
    try {
      Files.createDirectories(directory);
      try (Stream<Path> files = Files.list(directory)) {
        this.earlier = files.filter(this::isSegment).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the handover journal in " + directory, e);
    }
    this.sequence = earlier.stream().mapToLong(this::sequenceOf).max().orElse(0);
    this.active = openNext();
  }

  /** Whether an earlier run of this node left segments (it stopped without settling them all). */
  public boolean hasEarlier() {
    return !earlier.isEmpty();
  }

  /** What the earlier runs recorded, per entry id: the last claim's handover and its answer. */
  public Map<Long, Handover> earlierRecords() {
    Map<Long, Handover> last = new HashMap<>();
    for (Path segment : earlier) {
      try (InputStream in = Files.newInputStream(segment)) {
        readInto(new DataInputStream(in), last);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + segment, e);
      }
    }
    return last;
  }

  /** Deletes the earlier runs' segments, once what they say is settled in the database. */
  public void forgetEarlier() {
    earlier.forEach(HandoverJournal::delete);
  }

  /** Records that the entry's claim number {@code claim} is being handed to its peer now. */
  public synchronized Ticket handingOver(long entryId, int claim, Instant at) {
    if (active.bytes.get() >= segmentBytes) {
      active.sealed = true;
      active.deleteIfSettled();
      active = openNext();
    }
    Segment segment = active;
    segment.open.incrementAndGet();
    segment.append(record(HANDOVER, entryId, claim, at, null));
    return new Ticket(segment, entryId, claim);
  }

  /** Records the peer's answer to a handover. */
  public void answered(Ticket ticket, SendOutcome outcome, Instant at) {
    ticket.segment.append(record(OUTCOME, ticket.entryId, ticket.claim, at, outcome));
  }

  /** The handover's outcome is in the database: its records are no longer needed. */
  public void settled(Ticket ticket) {
    if (ticket.segment.open.decrementAndGet() == 0) {
      ticket.segment.deleteIfSettled();
    }
  }

  @Override
  public synchronized void close() {
    active.close();
  }

  /** A handover recorded in the journal, to hand back when it is answered and settled. */
  public record Ticket(Segment segment, long entryId, int claim) {}

  /** The last handover of an entry an earlier run recorded, and the answer if one came. */
  public record Handover(int claim, SendOutcome outcome, Instant answeredAt) {

    public boolean answered() {
      return outcome != null;
    }
  }

  private Segment openNext() {
    sequence++;
    Path path = directory.resolve(prefix + String.format("%012d", sequence) + SUFFIX);
    try {
      return new Segment(
          path,
          FileChannel.open(
              path,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open " + path, e);
    }
  }

  private boolean isSegment(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith(prefix) && name.endsWith(SUFFIX);
  }

  private long sequenceOf(Path path) {
    String name = path.getFileName().toString();
    return Long.parseLong(name.substring(prefix.length(), name.length() - SUFFIX.length()));
  }

  private static byte[] record(byte type, long id, int claim, Instant at, SendOutcome outcome) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(type);
      out.writeLong(id);
      out.writeInt(claim);
      out.writeLong(at.toEpochMilli());
      if (outcome != null) {
        out.writeByte(outcome.kind().ordinal());
        writeText(out, outcome.code());
        writeText(out, outcome.reply());
        writeText(out, outcome.reference());
        out.writeInt(outcome.parts());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Reads records until the end; a record cut short (the disk filled up) ends the segment. */
  private static void readInto(DataInputStream in, Map<Long, Handover> last) throws IOException {
    try {
      while (true) {
        byte type = in.readByte();
        long id = in.readLong();
        int claim = in.readInt();
        Instant at = Instant.ofEpochMilli(in.readLong());
        if (type == HANDOVER) {
          last.merge(
              id,
              new Handover(claim, null, null),
              (was, now) -> now.claim() >= was.claim() ? now : was);
        } else if (type == OUTCOME) {
          SendOutcome outcome =
              new SendOutcome(
                  SendOutcome.Kind.values()[in.readByte()],
                  readText(in),
                  readText(in),
                  readText(in),
                  in.readInt());
          last.merge(
              id,
              new Handover(claim, outcome, at),
              (was, now) -> now.claim() >= was.claim() ? now : was);
        } else {
          return; // not a record: nothing after it can be trusted
        }
      }
    } catch (EOFException end) {
      // the end of the segment, or a record cut short
    }
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    out.writeBoolean(text != null);
    if (text != null) {
      // writeUTF takes at most 64 KB; the attempt log keeps far less of a reply anyway.
      out.writeUTF(text.length() > 4000 ? text.substring(0, 4000) : text);
    }
  }

  private static String readText(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void delete(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete " + path, e);
    }
  }

  /** One file of the journal, and how many of its handovers are not yet settled. */
  public static final class Segment {
    private final Path path;
    private final FileChannel channel;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private volatile boolean sealed;
    private boolean closed;

    private Segment(Path path, FileChannel channel) {
      this.path = path;
      this.channel = channel;
    }

    private void append(byte[] record) {
      ByteBuffer buffer = ByteBuffer.wrap(record);
      try {
        synchronized (this) {
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write to " + path, e);
      }
      bytes.addAndGet(record.length);
    }

    private synchronized void deleteIfSettled() {
      if (sealed && open.get() == 0 && !closed) {
        close();
        delete(path);
      }
    }

    private synchronized void close() {
      if (!closed) {
        closed = true;
        try {
          channel.close();
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot close " + path, e);
        }
      }
    }
  }
}
