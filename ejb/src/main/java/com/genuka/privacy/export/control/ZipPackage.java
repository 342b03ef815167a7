package com.genuka.privacy.export.control;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP written entry by entry straight to its file. Each entry's SHA-256 and size are computed as
 * it is written, and {@link #finish()} adds a {@code SHA256SUMS} file in the format of
 * {@code sha256sum -c}, so that whoever receives the archive can check every file. The archive's
 * own digest is computed on the way to disk.
 */
public final class ZipPackage implements Closeable {

  /** What was written for one entry. */
  public record Entry(String name, long bytes, String sha256, long rows) {}

  private final MessageDigest fileDigest = sha256();
  private final ZipOutputStream zip;
  private final List<Entry> entries = new ArrayList<>();
  private EntryStream current;
  private Writer currentWriter;
  private boolean finished;

  public ZipPackage(OutputStream file, int level) {
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
    zip = new ZipOutputStream(digesting, StandardCharsets.UTF_8);
    zip.setLevel(level);
  }

  public static ZipPackage create(Path path) throws IOException {
    return new ZipPackage(new java.io.BufferedOutputStream(Files.newOutputStream(path), 1 << 16), Deflater.BEST_SPEED);
  }

  /** Starts a UTF-8 text entry; the writer stays valid until {@link #end(long)}. */
  public Writer text(String name) throws IOException {
    currentWriter = new BufferedWriter(new OutputStreamWriter(binary(name), StandardCharsets.UTF_8), 1 << 16);
    return currentWriter;
  }

  /** Starts a binary entry; the stream stays valid until {@link #end(long)}. */
  public OutputStream binary(String name) throws IOException {
    if (current != null) {
      throw new IllegalStateException("entry " + current.name + " is still open");
    }
    zip.putNextEntry(new ZipEntry(name));
    current = new EntryStream(name, zip);
    return current;
  }

  /** Ends the open entry; {@code rows} is what the manifest reports for it (0 for documents). */
  public Entry end(long rows) throws IOException {
    if (currentWriter != null) {
      currentWriter.flush();
      currentWriter = null;
    }
    zip.closeEntry();
    Entry entry = new Entry(current.name, current.count, HexFormat.of().formatHex(current.digest.digest()), rows);
    entries.add(entry);
    current = null;
    return entry;
  }

  /** Copies a file as an entry, for a table written to a side file while its JSON went to the archive. */
  public Entry copy(String name, Path source, long rows) throws IOException {
    OutputStream out = binary(name);
    try (InputStream in = Files.newInputStream(source)) {
      in.transferTo(out);
    }
    return end(rows);
  }

  public Entry textEntry(String name, String content) throws IOException {
    text(name).write(content);
    return end(0);
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** Adds SHA256SUMS and closes the archive. */
  public void finish() throws IOException {
    StringBuilder sums = new StringBuilder();
    for (Entry e : entries) {
      sums.append(e.sha256()).append("  ").append(e.name()).append('\n');
    }
    zip.putNextEntry(new ZipEntry("SHA256SUMS"));
    zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
    zip.finish();
    zip.flush();
    finished = true;
  }

  /** The archive's SHA-256, once {@link #finish()} and {@link #close()} have run. */
  public String fileSha256() {
    if (!finished) {
      throw new IllegalStateException("not finished");
    }
    return HexFormat.of().formatHex(fileDigest.digest());
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Counts and digests an entry's bytes; closing it does not close the archive. */
  private static final class EntryStream extends OutputStream {
    final String name;
    final OutputStream zip;
    final MessageDigest digest = sha256();
    long count;

    EntryStream(String name, OutputStream zip) {
      this.name = name;
      this.zip = zip;
    }

    @Override
    public void write(int b) throws IOException {
      digest.update((byte) b);
      count++;
      zip.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      digest.update(b, off, len);
      count += len;
      zip.write(b, off, len);
    }

    @Override
    public void close() {
      // the archive stays open for the next entry
    }
  }
}
