package org.rdrop.cli;

import java.io.PrintWriter;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.StageName;

/** Short human-readable summaries of what a command did. */
final class Summaries {
  private Summaries() {}

  static void printPreparation(RunManifest m, PrintWriter out) {
    out.printf("experiment  %s%nidentity    %s%n", m.experiment(), m.identity().hash());
    for (RunManifest.Stage s : m.stages()) {
      if (!s.statistics().isEmpty() && !StageName.of(s.name()).is(StageName.Kind.TRAIN)) {
        out.printf("%-9s   %s%n", s.name(), s.statistics());
      }
    }
    for (RunManifest.Artifact a : m.artifacts()) {
      if (!a.path().startsWith(RunDirectory.DATA + "/")) {
        continue;
      }
      out.printf("  %-22s %10d bytes %8d records  sha256 %s%n", a.path(), a.bytes(), a.records(),
          a.sha256().substring(0, 16));
    }
  }

  static void printTraining(RunManifest m, PrintWriter out) {
    for (RunManifest.Stage s : m.stages()) {
      if (StageName.of(s.name()).is(StageName.Kind.TRAIN)) {
        out.printf("%-14s %s  trainer identity %s%n", s.name(), s.statistics(), s.parameters().get("trainer_identity"));
      }
    }
  }
}
