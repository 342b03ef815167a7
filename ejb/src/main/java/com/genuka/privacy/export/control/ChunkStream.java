package com.genuka.privacy.export.control;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Gathers bytes into 64 KiB chunks and hands each full one to a consumer on another thread (the
 * archive's, or a part's compressing thread). A handed chunk is never touched again: the next
 * bytes go into a new one. Closing the stream does nothing; {@link #push()} hands over the rest.
 */
final class ChunkStream extends OutputStream {

  static final int CHUNK = 1 << 16;

  /** Where full chunks go; may block while the consumer catches up. */
  @FunctionalInterface
  interface Sink {
    void accept(byte[] chunk, int length) throws IOException;
  }

  private final Sink sink;
  private byte[] chunk = new byte[CHUNK];
  private int used;

  ChunkStream(Sink sink) {
    this.sink = sink;
  }

  @Override
  public void write(int b) throws IOException {
    if (used == CHUNK) {
      push();
    }
    chunk[used++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      if (used == CHUNK) {
        push();
      }
      int n = Math.min(len, CHUNK - used);
      System.arraycopy(b, off, chunk, used, n);
      used += n;
      off += n;
      len -= n;
    }
  }

  /** Hands over what was written since the last chunk. */
  void push() throws IOException {
    if (used > 0) {
      sink.accept(chunk, used);
      chunk = new byte[CHUNK];
      used = 0;
    }
  }

  @Override
  public void close() {
    // the consumer decides when its data ends
  }
}
