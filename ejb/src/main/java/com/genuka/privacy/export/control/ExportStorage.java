package com.genuka.privacy.export.control;

import com.genuka.privacy.platform.control.Hashing;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where generated files live ({@code genuka.export.dir}). Names are random, the directory is
 * readable by the server's user only, and nothing here is served as is: downloads go through the
 * download endpoint, which checks who asks.
 */
@ApplicationScoped
public class ExportStorage {

  private static final Logger LOG = Logger.getLogger(ExportStorage.class.getName());

  @Inject
  @ConfigProperty(name = "genuka.export.dir", defaultValue = "exports")
  String directory;

  private Path dir;

  public ExportStorage() {}

  /** For plain unit tests. */
  public ExportStorage(Path dir) {
    this.dir = dir;
  }

  @PostConstruct
  void init() {
    dir = Path.of(directory).toAbsolutePath();
  }

  public Path dir() {
    try {
      if (!Files.isDirectory(dir)) {
        Files.createDirectories(dir);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
          Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the export directory " + dir, e);
    }
  }

  /** A new, unguessable name for a file being written; it becomes the file by {@link #publish}. */
  public Path newPart(String extension) {
    return dir().resolve(Hashing.newToken() + extension + ".part");
  }

  /** Makes a fully written part the file, atomically: a reader never sees half a file. */
  public Path publish(Path part) throws IOException {
    String name = part.getFileName().toString();
    Path target = part.resolveSibling(name.substring(0, name.length() - ".part".length()));
    return Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The stored file for a path recorded in the database (absolute, so that any part of the
   * application can open it), refusing anything outside the directory.
   */
  public Path resolve(String storagePath) {
    Path p = dir().resolve(storagePath).normalize();
    if (!p.startsWith(dir().normalize())) {
      throw new IllegalArgumentException("outside the export directory");
    }
    return p;
  }

  public void delete(String storagePath) {
    if (storagePath == null) {
      return;
    }
    try {
      Files.deleteIfExists(resolve(storagePath));
    } catch (IOException | IllegalArgumentException e) {
      LOG.log(Level.WARNING, "Could not delete export file " + storagePath, e);
    }
  }

  public void deleteQuietly(Path path) {
    try {
      if (path != null) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete " + path, e);
    }
  }
}
