package com.genuka.privacy.export.control;

import com.genuka.privacy.export.entity.ExportFile.Kind;
import com.genuka.privacy.platform.control.PortalClock;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes one export file from start to end. It runs outside any container transaction: the rows
 * are read on a connection of its own in one read-only, repeatable-read transaction (one consistent
 * snapshot, and on PostgreSQL the only way a fetch size streams), so a long export is neither cut by
 * the transaction timeout nor holding locks. Progress and the outcome are recorded by
 * {@link ExportJobs}, each in a short transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportGenerator {

  private static final Logger LOG = Logger.getLogger(ExportGenerator.class.getName());
  /**
   * How often progress is recorded (and the lease renewed, well within its 30 s): each record is a
   * commit, which a busy database makes the export wait for.
   */
  private static final long PROGRESS_MILLIS = 3_000;

  @Resource(lookup = "jdbc/genuka")
  DataSource dataSource;

  /** Where the archive is compressed, beside the thread that reads and formats the rows. */
  @Resource ManagedExecutorService executor;

  @EJB ExportJobs jobs;

  @EJB CategoryCatalog categories;

  @Inject ExportStorage storage;

  @Inject PortalClock clock;

  /** Claims the file and writes it; returns false when another server holds it. */
  public boolean run(long fileId, String owner) {
    ExportTask task = jobs.claim(fileId, owner);
    if (task == null) {
      return false;
    }
    Path part = storage.newPart(".zip");
    long started = System.nanoTime();
    AtomicLong rows = new AtomicLong();
    try {
      String digest = write(task, owner, part, rows);
      Path file = storage.publish(part);
      try {
        jobs.ready(fileId, owner, file.toString(), Files.size(file), digest);
      } catch (RuntimeException e) {
        // Not recorded as ready (the request was closed meanwhile, say): the file must not outlive that.
        storage.deleteQuietly(file);
        throw e;
      }
      LOG.info(() -> String.format("Export file %d ready (%s, request %s): %d rows, %.1f MiB in %.1f s", fileId,
          task.kind(), task.reference(), rows.get(), sizeOf(file) / 1048576.0, (System.nanoTime() - started) / 1e9));
    } catch (LeaseLost e) {
      storage.deleteQuietly(part);
      LOG.info(() -> "Export file " + fileId + " was taken over by another server");
    } catch (Exception e) {
      storage.deleteQuietly(part);
      String incident = "export " + fileId + ": " + e.getClass().getSimpleName();
      LOG.log(Level.SEVERE, "Export file " + fileId + " failed", e);
      jobs.failed(fileId, owner, incident + (e.getMessage() == null ? "" : " — " + e.getMessage()));
    }
    return true;
  }

  /** Writes the archive; returns its SHA-256. */
  private String write(ExportTask task, String owner, Path part, AtomicLong rows) throws SQLException, IOException {
    Instant now = clock.now();
    Texts texts = Texts.of(task.language());
    try (Connection c = dataSource.getConnection(); Snapshot snapshot = Snapshot.begin(c)) {
      try (ZipPackage zip = ZipPackage.create(part, executor)) {
        if (task.kind() == Kind.SUBJECT) {
          SubjectExport export = new SubjectExport(c, task.subject(), task.language());
          long t0 = System.nanoTime();
          Map<String, Long> counts = export.count();
          LOG.fine(() -> "Export file " + task.fileId() + " counted in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
          Progress progress = new Progress(task.fileId(), owner, sum(counts), rows);
          export.write(zip, storage.dir(), counts, texts, categories.facts(texts), task.reference(), now,
              clock.zone(), categories.backupPeriod(), progress::add);
        } else {
          TenantExport export = new TenantExport(c, task.tenantId());
          Progress progress = new Progress(task.fileId(), owner, sum(export.count()), rows);
          export.write(zip, storage.dir(), texts, task.companyName(), task.reference(), now, clock.zone(), progress::add);
        }
        zip.finish();
        zip.close();
        return zip.fileSha256();
      }
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private static long sum(Map<String, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Tells {@link ExportJobs} of the rows written, every few seconds, and notices a lost lease. */
  private final class Progress {
    final long fileId;
    final String owner;
    final long total;
    final AtomicLong done;
    long lastReport = System.nanoTime();

    Progress(long fileId, String owner, long total, AtomicLong done) {
      this.fileId = fileId;
      this.owner = owner;
      this.total = total;
      this.done = done;
      report();
    }

    void add(long rows) {
      done.addAndGet(rows);
      if ((System.nanoTime() - lastReport) / 1_000_000 >= PROGRESS_MILLIS) {
        report();
      }
    }

    void report() {
      lastReport = System.nanoTime();
      if (!jobs.progress(fileId, owner, done.get(), total)) {
        throw new LeaseLost();
      }
    }
  }

  /** This server no longer holds the file: another one took it over. */
  static final class LeaseLost extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
