package org.rdrop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunLock;
import org.rdrop.pipeline.verify.VerifyRun;
import org.rdrop.testkit.audit.Attestation;
import org.rdrop.testkit.audit.Keys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rdrop verify RUN_DIR}: re-executes a finished run from its manifest and compares every artifact. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Re-execute a finished run from its manifest in a fresh directory (preparation, training, "
        + "evaluation and the report) and compare each product with the original's file on disk, byte for byte; "
        + "check the manifest's hashes against the disk. Exit 0 when everything is identical.")
public final class VerifyCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin org.rdrop.trainer.cli.NumericsOption numerics;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "The finished run.")
  Path runDir;

  @Option(names = "--out", description = "Fresh directory for the rerun (default: RUN_DIR.verify).")
  Path out;

  @Option(names = "--data", description = "Corpus directory, when the experiment reads a user-supplied one.")
  Path data;

  @Option(names = "--attestation", paramLabel = "A", description = "An attestation of the run (rdrop attest): its "
      + "signature is checked first, under --public-key.")
  Path attestation;

  @Option(names = "--public-key", paramLabel = "P", description = "The public key (PEM) the attestation must be "
      + "signed with: the key you trust, not the one the attestation names.")
  Path publicKey;

  @Option(names = "--signature-only", description = "With --attestation: check the signature and the manifest's "
      + "hash only, without re-executing the run.")
  boolean signatureOnly;

  @Mixin RunnerOptions runner;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ((attestation == null) != (publicKey == null) || (signatureOnly && attestation == null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--attestation and --public-key go together (and --signature-only needs them)");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (attestation != null) {
      Attestation a = Attestation.read(attestation);
      List<String> problems = a.problems(runDir, Keys.readPublic(publicKey));
      if (!problems.isEmpty()) {
        problems.forEach(p -> stdout.println("attestation " + attestation + ": " + p));
        return 1;
      }
      stdout.println("attestation: valid signature by " + a.signer() + " over " + RunDirectory.MANIFEST + " sha256 "
          + a.manifestSha256());
      if (signatureOnly) {
        return 0;
      }
    }
    Path rerun = out != null ? out : runDir.resolveSibling(runDir.getFileName() + ".verify");
    VerifyRun.Result r;
    // The rerun is written for the whole verification, and the original must not change under it.
    try (RunLock original = RunLock.acquire(runDir, "verify (reading)");
        RunLock written = RunLock.acquire(rerun, "verify")) {
      r = VerifyRun.run(runDir, rerun, data, runner.toPipelineOptions());
    }
    if (!r.originalCode().equals(r.currentCode())) {
      stdout.println("code differs: the run was made by " + r.originalCode() + ", this is " + r.currentCode()
          + " (recorded in " + MethodDirectory.RUN_JSON + " and " + MethodDirectory.SUMMARY_JSON
          + ", so those differ)");
    }
    if (!r.platformDifferences().isEmpty()) {
      stdout.println("platform differs (" + String.join("; ", r.platformDifferences())
          + "): bit-exactness is not expected for trained artifacts");
    }
    long identical = 0;
    for (VerifyRun.Outcome o : r.outcomes()) {
      stdout.printf("%-10s %-28s %s%n", o.status(), o.path(), o.detail());
      identical += o.reproduced() ? 1 : 0;
    }
    for (String f : r.manifestFindings()) {
      stdout.println("manifest   " + f);
    }
    stdout.printf("%d of %d re-executed artifacts identical to the files on disk (rerun in %s)%n", identical,
        r.outcomes().size(), rerun);
    if (!r.manifestFindings().isEmpty()) {
      stdout.printf("%d manifest record(s) disagree with the disk%n", r.manifestFindings().size());
    }
    return r.allIdentical() ? 0 : 1;
  }
}
