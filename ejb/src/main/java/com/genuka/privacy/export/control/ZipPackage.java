package com.genuka.privacy.export.control;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A ZIP written entry by entry straight to its file. Each entry's SHA-256 and size are computed as
 * it is written, and {@link #finish()} adds a {@code SHA256SUMS} file in the format of
 * {@code sha256sum -c}, so that whoever receives the archive can check every file. The archive's
 * own digest is computed on the way to disk.
 *
 * <p>Compressing and hashing run on a second thread, fed in 64 KiB chunks through a short queue
 * (at most 1 MiB in flight): the thread that reads rows and formats them never waits for the
 * deflater, and memory stays bounded whatever the size of the data. Large entries that are
 * written side by side (a table's JSON and CSV) are {@link #part parts} instead, each compressed on
 * a thread of its own as it is written and then {@link #add added} without being compressed again.
 */
public final class ZipPackage implements Closeable {

  /** What was written for one entry. */
  public record Entry(String name, long bytes, String sha256, long rows) {}

  private static final int CHUNK = ChunkStream.CHUNK;

  private sealed interface Op permits Put, Data, Close, Raw, Finish, Stop {}

  private record Put(String name) implements Op {}

  private record Data(byte[] bytes, int length) implements Op {}

  private record Close(long rows, CompletableFuture<Entry> done) implements Op {}

  private record Raw(DeflatedPart.Done part, long rows, CompletableFuture<Entry> done) implements Op {}

  private record Finish(CompletableFuture<Void> done) implements Op {}

  private record Stop() implements Op {}

  private final BlockingQueue<Op> queue = new ArrayBlockingQueue<>(16);
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();
  private final List<Entry> entries = new ArrayList<>();
  private final Deflating deflating;
  private final Executor executor;
  private final int level;
  private String currentName;
  private ChunkStream current;
  private Writer currentWriter;
  private boolean finished;
  private volatile Throwable failure;

  public ZipPackage(OutputStream file, int level, Executor executor) {
    this.executor = executor;
    this.level = level;
    deflating = new Deflating(file, level);
    executor.execute(this::consume);
  }

  /** With a thread of its own for the compression (tests, tools). */
  public ZipPackage(OutputStream file, int level) {
    this(file, level, task -> {
      Thread t = new Thread(task, "zip-package");
      t.setDaemon(true);
      t.start();
    });
  }

  public static ZipPackage create(Path path) throws IOException {
    return create(path, null);
  }

  public static ZipPackage create(Path path, Executor executor) throws IOException {
    OutputStream file = new java.io.BufferedOutputStream(Files.newOutputStream(path), CHUNK);
    return executor == null ? new ZipPackage(file, Deflater.BEST_SPEED) : new ZipPackage(file, Deflater.BEST_SPEED, executor);
  }

  /** Starts a UTF-8 text entry; the writer stays valid until {@link #end(long)}. */
  public Writer text(String name) throws IOException {
    currentWriter = new BufferedWriter(new OutputStreamWriter(binary(name), StandardCharsets.UTF_8), CHUNK);
    return currentWriter;
  }

  /** Starts a binary entry; the stream stays valid until {@link #end(long)}. */
  public OutputStream binary(String name) throws IOException {
    if (current != null) {
      throw new IllegalStateException("entry " + currentName + " is still open");
    }
    send(new Put(name));
    currentName = name;
    current = new ChunkStream((bytes, length) -> send(new Data(bytes, length)));
    return current;
  }

  /** Ends the open entry; {@code rows} is what the manifest reports for it (0 for documents). */
  public Entry end(long rows) throws IOException {
    if (currentWriter != null) {
      currentWriter.flush();
      currentWriter = null;
    }
    current.push();
    CompletableFuture<Entry> done = new CompletableFuture<>();
    send(new Close(rows, done));
    current = null;
    Entry entry = await(done);
    entries.add(entry);
    return entry;
  }

  /**
   * Starts a part: a future entry compressed on a thread of its own into a side file under {@code
   * scratch} while it is written, so that several can fill at once. Close it once {@link #add
   * added} (or abandoned): that deletes its side file.
   */
  public DeflatedPart part(String name, Path scratch) throws IOException {
    return new DeflatedPart(name, scratch, level, executor);
  }

  /** Ends a part and adds it as the next entry, its compressed bytes copied as they are. */
  public Entry add(DeflatedPart part, long rows) throws IOException {
    if (current != null) {
      throw new IllegalStateException("entry " + currentName + " is still open");
    }
    DeflatedPart.Done compressed = part.finish();
    CompletableFuture<Entry> done = new CompletableFuture<>();
    send(new Raw(compressed, rows, done));
    Entry entry = await(done);
    entries.add(entry);
    return entry;
  }

  public Entry textEntry(String name, String content) throws IOException {
    text(name).write(content);
    return end(0);
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** Adds SHA256SUMS and completes the archive. */
  public void finish() throws IOException {
    StringBuilder sums = new StringBuilder();
    for (Entry e : entries) {
      sums.append(e.sha256()).append("  ").append(e.name()).append('\n');
    }
    OutputStream out = binary("SHA256SUMS");
    out.write(sums.toString().getBytes(StandardCharsets.UTF_8));
    current.push();
    CompletableFuture<Entry> closed = new CompletableFuture<>();
    send(new Close(0, closed));
    current = null;
    await(closed);
    CompletableFuture<Void> done = new CompletableFuture<>();
    send(new Finish(done));
    await(done);
    finished = true;
  }

  /** The archive's SHA-256, once {@link #finish()} has run. */
  public String fileSha256() {
    if (!finished) {
      throw new IllegalStateException("not finished");
    }
    return deflating.fileSha256;
  }

  @Override
  public void close() throws IOException {
    if (!stopped.isDone()) {
      try {
        queue.put(new Stop());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      stopped.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // the failure was reported to the writer already
    }
    if (finished) {
      deflating.zip.close();
    } else {
      // An archive left unfinished (the export failed) is not completed, only closed: it is deleted.
      deflating.file.close();
    }
  }

  /** The compressing thread: entries in order, every byte digested and deflated. */
  private void consume() {
    try {
      while (true) {
        Op op = queue.take();
        if (failure != null && !(op instanceof Stop)) {
          continue;
        }
        try {
          if (op instanceof Stop) {
            break;
          }
          deflating.apply(op);
        } catch (Throwable t) {
          failure = t;
          if (op instanceof Close c) {
            c.done().completeExceptionally(t);
          } else if (op instanceof Raw r) {
            r.done().completeExceptionally(t);
          } else if (op instanceof Finish f) {
            f.done().completeExceptionally(t);
          }
        }
      }
    } catch (InterruptedException e) {
      failure = e;
      Thread.currentThread().interrupt();
    } finally {
      stopped.complete(null);
    }
  }

  private void send(Op op) throws IOException {
    if (failure != null) {
      throw new IOException("the archive could not be written", failure);
    }
    try {
      queue.put(op);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the archive");
    }
  }

  private <T> T await(CompletableFuture<T> done) throws IOException {
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the archive");
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException("the archive could not be written", e.getCause());
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** What only the compressing thread touches: the ZIP stream and the digests. */
  private static final class Deflating {
    final MessageDigest fileDigest = sha256();
    final OutputStream file;
    final ZipArchiveOutputStream zip;
    MessageDigest entryDigest;
    volatile String fileSha256;
    String name;
    long count;

    Deflating(OutputStream file, int level) {
      this.file = file;
      OutputStream digesting = new FilterOutputStream(file) {
        @Override
        public void write(int b) throws IOException {
          fileDigest.update((byte) b);
          out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          fileDigest.update(b, off, len);
          out.write(b, off, len);
        }
      };
      zip = new ZipArchiveOutputStream(digesting);
      zip.setEncoding(StandardCharsets.UTF_8.name());
      zip.setLevel(level);
      // Zip64 where an entry needs it: parts come with their sizes, and the streamed entries
      // (summaries, manifests) are small.
      zip.setUseZip64(Zip64Mode.AsNeeded);
    }

    void apply(Op op) throws IOException {
      if (op instanceof Put p) {
        zip.putArchiveEntry(new ZipArchiveEntry(p.name()));
        name = p.name();
        entryDigest = sha256();
        count = 0;
      } else if (op instanceof Data d) {
        entryDigest.update(d.bytes(), 0, d.length());
        count += d.length();
        zip.write(d.bytes(), 0, d.length());
      } else if (op instanceof Close c) {
        zip.closeArchiveEntry();
        c.done().complete(new Entry(name, count, HexFormat.of().formatHex(entryDigest.digest()), c.rows()));
      } else if (op instanceof Raw r) {
        DeflatedPart.Done part = r.part();
        ZipArchiveEntry entry = new ZipArchiveEntry(part.name());
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setSize(part.size());
        entry.setCompressedSize(part.compressedSize());
        entry.setCrc(part.crc());
        try (InputStream raw = Files.newInputStream(part.file())) {
          zip.addRawArchiveEntry(entry, raw);
        }
        r.done().complete(new Entry(part.name(), part.size(), part.sha256(), r.rows()));
      } else if (op instanceof Finish f) {
        zip.finish();
        zip.flush();
        fileSha256 = HexFormat.of().formatHex(fileDigest.digest());
        f.done().complete(null);
      }
    }
  }

}
