package org.rdrop.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Copies a directory out of a container through Docker's archive API. Works on stopped and killed
 * containers and on named volumes, and needs nothing inside the image (no shell, no tar).
 */
final class ContainerFiles {
  private ContainerFiles() {}

  /**
   * Copies {@code containerDir} into {@code hostDir} (created) and returns the relative paths of the
   * regular files, sorted; an empty list when the directory does not exist in the container.
   */
  static List<String> copyOut(DockerClient client, String containerId, String containerDir, Path hostDir)
      throws IOException {
    Files.createDirectories(hostDir);
    List<String> files = new ArrayList<>();
    try (InputStream raw = client.copyArchiveFromContainerCmd(containerId, containerDir).exec();
        TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        // Entries start with the directory's own name ("run/curve.tsv").
        String name = e.getName();
        int slash = name.indexOf('/');
        String rel = slash < 0 ? "" : name.substring(slash + 1);
        if (rel.isEmpty()) {
          continue;
        }
        Path target = hostDir.resolve(rel).normalize();
        if (!target.startsWith(hostDir)) {
          throw new IOException("archive entry outside the directory: " + name);
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else if (e.isFile()) {
          Files.createDirectories(target.getParent());
          Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
          files.add(rel);
        }
      }
    } catch (NotFoundException e) {
      return List.of();
    }
    Collections.sort(files);
    return files;
  }
}
