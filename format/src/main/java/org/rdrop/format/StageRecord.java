package org.rdrop.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a stage appends to manifest.json ({@link RunDirectory#record}): its name, the parameters that decided
 * its outputs, statistics of what it did, the files it read and the files it wrote (paths in the run).
 */
public record StageRecord(StageName name, SortedMap<String, Object> parameters, SortedMap<String, Long> statistics,
    List<Path> read, List<Output> written) {

  /** A written file and the number of records the manifest states for it. */
  public record Output(Path file, long records) {
    /** A {@code .tsv} file counts its data rows (header excluded), any other file one record. */
    public static Output of(Path file) throws IOException {
      return new Output(file, file.getFileName().toString().endsWith(".tsv")
          ? Math.max(0, RunArtifacts.lines(file) - 1) : 1);
    }

    /** A text file whose records are its lines. */
    public static Output lines(Path file) throws IOException {
      return new Output(file, RunArtifacts.lines(file));
    }

    /** Each file as {@link #of(Path)} counts it. */
    public static List<Output> all(List<Path> files) throws IOException {
      List<Output> out = new ArrayList<>();
      for (Path f : files) {
        out.add(of(f));
      }
      return out;
    }
  }

  public StageRecord {
    parameters = new TreeMap<>(parameters);
    statistics = new TreeMap<>(statistics);
    read = List.copyOf(read);
    written = List.copyOf(written);
  }
}
