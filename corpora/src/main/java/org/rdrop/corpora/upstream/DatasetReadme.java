package org.rdrop.corpora.upstream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rdrop.corpora.DataImportException;
import org.rdrop.corpora.DatasetManifest;
import org.rdrop.format.AtomicFiles;

/**
 * Keeps the tables of {@code datasets/README.md} in step with datasets.json: the text between the
 * BEGIN and END markers is produced from the manifest; the prose around it is written by hand.
 */
public final class DatasetReadme {
  static final String BEGIN = "<!-- BEGIN GENERATED from datasets.json by ./rdrop data import --record; do not edit -->";
  static final String END = "<!-- END GENERATED -->";

  private DatasetReadme() {}

  /** The generated tables for a manifest. */
  public static String tables(DatasetManifest manifest) {
    StringBuilder sb = new StringBuilder();
    for (DatasetManifest.Dataset d : manifest.datasets()) {
      sb.append("### ").append(d.name()).append("\n\n");
      sb.append(d.description()).append(" Licence: ").append(d.licence()).append("\n\n");
      if (!d.committed()) {
        sb.append("Not committed (too large for the repository): `./rdrop data import ").append(d.name())
            .append("` writes these files to `datasets/").append(d.name())
            .append("/`, each checked against the SHA-256 below.\n\n");
      }
      sb.append("| source package | version | package file SHA-256 | licence |\n|---|---|---|---|\n");
      for (DatasetManifest.Source s : d.sources()) {
        sb.append("| ").append(s.registry()).append(" `").append(s.packageName()).append("` ([")
            .append(s.fileName()).append("](").append(s.url()).append(")) | ").append(s.version())
            .append(" | `").append(s.sha256()).append("` | ").append(s.licence()).append(" |\n");
      }
      for (DatasetManifest.Source s : d.sources()) {
        if (s.members() != null && !s.members().isEmpty()) {
          sb.append("\n| member of ").append(s.fileName()).append(" | bytes | SHA-256 |\n|---|---:|---|\n");
          for (DatasetManifest.Member m : s.members()) {
            sb.append("| `").append(m.path()).append("` | ").append(m.bytes()).append(" | `").append(m.sha256())
                .append("` |\n");
          }
        }
      }
      sb.append("\n| file | lines | bytes | SHA-256 |\n|---|---:|---:|---|\n");
      for (DatasetManifest.FileEntry f : d.files()) {
        sb.append("| `").append(d.name()).append('/').append(f.path()).append("` | ").append(f.lines())
            .append(" | ").append(f.bytes()).append(" | `").append(f.sha256()).append("` |\n");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Replaces the generated part of the README (appending it if the markers are missing). */
  public static void update(Path readme, DatasetManifest manifest) throws IOException {
    String text = Files.isRegularFile(readme) ? Files.readString(readme, StandardCharsets.UTF_8) : "";
    String generated = BEGIN + "\n\n" + tables(manifest) + END;
    int b = text.indexOf(BEGIN);
    int e = text.indexOf(END);
    String next;
    if (b >= 0 && e > b) {
      next = text.substring(0, b) + generated + text.substring(e + END.length());
    } else if (b >= 0 || e >= 0) {
      throw new DataImportException(readme + ": has only one of the markers " + BEGIN + " / " + END);
    } else {
      next = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + "\n" + generated + "\n";
    }
    AtomicFiles.write(readme, next.getBytes(StandardCharsets.UTF_8));
  }
}
