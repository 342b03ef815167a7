package com.genuka.privacy.export.control;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * One future entry of an archive, compressed while it is written on a thread of its own into a side
 * file of raw DEFLATE data, with what the archive needs to take it as it is: sizes, CRC-32, and the
 * SHA-256 of its content for the manifest. Two parts fill side by side (a table's JSON and CSV), so
 * the rows are read once and both are compressed as they come; the archive then copies the
 * compressed bytes without compressing them again.
 *
 * <p>Chunks of 64 KiB go through a short queue (at most 1 MiB in flight): memory stays bounded
 * whatever the size of the data.
 */
public final class DeflatedPart implements Closeable {

  /** What the archive needs to add the part as a raw entry. */
  public record Done(String name, Path file, long size, long compressedSize, long crc, String sha256) {}

  private static final int CHUNK = ChunkStream.CHUNK;
  private static final Chunk END = new Chunk(new byte[0], 0);

  private record Chunk(byte[] bytes, int length) {}

  private final String name;
  private final Path file;
  private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(16);
  private final CompletableFuture<Done> done = new CompletableFuture<>();
  private final ChunkStream stream = new ChunkStream((bytes, length) -> put(new Chunk(bytes, length)));
  private final Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), CHUNK);
  private volatile Throwable failure;
  private boolean ended;

  DeflatedPart(String name, Path scratch, int level, Executor executor) throws IOException {
    this.name = name;
    this.file = Files.createTempFile(scratch, "part-", ".deflate");
    executor.execute(() -> compress(level));
  }

  /** The part's text, in UTF-8. */
  public Writer writer() {
    return writer;
  }

  /** Ends the part and waits until it is compressed. */
  public Done finish() throws IOException {
    if (!ended) {
      writer.flush();
      stream.push();
      put(END);
      ended = true;
    }
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while compressing " + name);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException("could not compress " + name, e.getCause());
    }
  }

  /** Stops the compressing thread if it still runs, and deletes the side file. */
  @Override
  public void close() throws IOException {
    if (!ended) {
      ended = true;
      try {
        queue.put(END);
        done.handle((d, t) -> null).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        // handled above: never thrown
      }
    }
    Files.deleteIfExists(file);
  }

  /** The compressing thread: every chunk counted, digested and deflated until the end mark. */
  private void compress(int level) {
    Deflater deflater = new Deflater(level, true);
    CRC32 crc = new CRC32();
    MessageDigest sha = ZipPackage.sha256();
    long size = 0;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), CHUNK);
          DeflaterOutputStream z = new DeflaterOutputStream(out, deflater, CHUNK)) {
        for (Chunk c = queue.take(); c != END; c = queue.take()) {
          crc.update(c.bytes(), 0, c.length());
          sha.update(c.bytes(), 0, c.length());
          size += c.length();
          z.write(c.bytes(), 0, c.length());
        }
        z.finish();
      }
      // Told only once the file is closed: every compressed byte is on disk.
      done.complete(new Done(name, file, size, deflater.getBytesWritten(), crc.getValue(),
          HexFormat.of().formatHex(sha.digest())));
    } catch (Throwable t) {
      failure = t;
      done.completeExceptionally(t);
      drain();
    } finally {
      deflater.end();
    }
  }

  /** After a failure, takes what the writer still sends, so that it never waits on a full queue. */
  private void drain() {
    try {
      while (queue.take() != END) {
        // discarded: the part failed
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void put(Chunk chunk) throws IOException {
    if (failure != null) {
      throw new IOException("could not compress " + name, failure);
    }
    try {
      queue.put(chunk);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while compressing " + name);
    }
  }

}
