package com.genuka.privacy.retention.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated export files (R-T9): an access copy, a portability or a company-database export is
 * deleted from disk after its configured life, counted from when it was ready (or from the expiry
 * the export engine set, if that comes first). Its row stays, marked EXPIRED, as the request's
 * history. Erasure receipts are not exports and are kept.
 */
public final class ExportFileSweep implements Sweep {

  private static final String DUE = "f.kind <> 'RECEIPT' AND f.status IN ('READY', 'FAILED')"
      + " AND ((f.expires_at IS NOT NULL AND f.expires_at <= ?) OR COALESCE(f.ready_at, f.created_at) < ?)";
  private static final int FILES_PER_BATCH = 100;

  @Override
  public String ruleCode() {
    return "EXPORT_FILE";
  }

  @Override
  public Instant cutoff(SweepContext ctx) {
    return ctx.cutoff();
  }

  @Override
  public Batch next(Connection c, SweepContext ctx, Object cursor) throws SQLException {
    int size = Math.min(IdBatch.size(ctx), FILES_PER_BATCH);
    List<Long> ids = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, "SELECT f.id, f.storage_path FROM export_file f WHERE " + DUE
        + " ORDER BY f.id LIMIT " + size + " FOR UPDATE", ctx.now(), ctx.cutoff()); ResultSet r = p.executeQuery()) {
      while (r.next()) {
        ids.add(r.getLong("id"));
        paths.add(r.getString("storage_path"));
      }
    }
    if (ids.isEmpty()) {
      return Batch.finished(0);
    }
    Object[] idParams = IdBatch.params(ids);
    Tombstones.write(c, ctx, "generated export file", "1", "r.subject_ref", "r.tenant_id", "f.request_id",
        "FROM export_file f JOIN privacy_request r ON r.id = f.request_id WHERE " + IdBatch.in("f.id", ids), idParams);
    long expired = Sql.update(c, "UPDATE export_file SET status = 'EXPIRED', storage_path = NULL,"
        + " expires_at = COALESCE(expires_at, ?) WHERE " + IdBatch.in("id", ids), Sql.concat(new Object[] {ctx.now()}, ids));
    // Last, so that a failure to delete a file rolls the batch back and the next run tries again.
    for (String path : paths) {
      delete(ctx.exportDir(), path);
    }
    return ids.size() < size ? Batch.finished(expired) : Batch.more(expired, null);
  }

  /** Deletes a file the export engine wrote, and never anything outside the export directory. */
  static void delete(Path exportDir, String storagePath) {
    if (storagePath == null || storagePath.isBlank()) {
      return;
    }
    Path root = exportDir.toAbsolutePath().normalize();
    Path file = root.resolve(storagePath).normalize();
    if (!file.startsWith(root) || file.equals(root)) {
      throw new IllegalStateException("export file outside the export directory: " + storagePath);
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the export file " + file, e);
    }
  }

  @Override
  public Preview preview(Connection c, SweepContext ctx, int sampleSize) throws SQLException {
    long count = Sql.count(c, "SELECT COUNT(*) FROM export_file f WHERE " + DUE, ctx.now(), ctx.cutoff());
    List<Sample> sample = new ArrayList<>();
    try (PreparedStatement p = Sql.prepare(c, "SELECT f.id, f.kind, f.status, f.request_id, f.created_at, f.ready_at,"
        + " f.expires_at FROM export_file f WHERE " + DUE + " ORDER BY f.id LIMIT " + sampleSize, ctx.now(), ctx.cutoff());
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        Instant ready = Sql.instant(r, "ready_at");
        LocalDate start = LocalDate.ofInstant(ready == null ? Sql.instant(r, "created_at") : ready, ctx.zone());
        LocalDate day = RetentionCalendar.deletionDay(start, ctx.amount(), ctx.unit());
        Instant expires = Sql.instant(r, "expires_at");
        if (expires != null && LocalDate.ofInstant(expires, ctx.zone()).isBefore(day)) {
          day = LocalDate.ofInstant(expires, ctx.zone());
        }
        sample.add(Sample.of("export_file", start, day, String.valueOf(r.getLong("id")),
            new Label("retention.sample.fileKind." + r.getString("kind")),
            new Label("retention.sample.fileStatus." + r.getString("status")), String.valueOf(r.getLong("request_id"))));
      }
    }
    return Preview.of(count, sample);
  }
}
