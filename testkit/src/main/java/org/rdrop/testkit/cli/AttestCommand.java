package org.rdrop.testkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rdrop.format.RunDirectory;
import org.rdrop.testkit.audit.Attestation;
import org.rdrop.testkit.audit.Keys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rdrop attest RUN_DIR --key K}: signs the run's manifest (Ed25519), so that {@code rdrop verify
 * --attestation A --public-key K.pub} can tell that a run directory is the one the key's holder signed.
 * {@code rdrop attest --generate-key K} makes the key pair.
 */
@Command(
    name = "attest",
    mixinStandardHelpOptions = true,
    description = {
      "Sign a finished run's " + RunDirectory.MANIFEST
          + " with an Ed25519 key (the manifest holds the SHA-256 of every file",
      "of the run, so the signature covers them all); writes RUN_DIR.attestation.json beside the run.",
      "--generate-key K writes a new key pair to K (private, owner-only) and K.pub (public)."
    })
public final class AttestCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "RUN_DIR", description = "A finished run directory.")
  Path runDir;

  @Option(names = "--key", paramLabel = "K", description = "Private key (PEM, PKCS#8); K.pub must sit beside it.")
  Path key;

  @Option(names = "--signer", description = "Who signs, as the attestation will name them (default: the key's file name).")
  String signer;

  @Option(names = "--out", description = "Attestation file (default: RUN_DIR.attestation.json, beside the run).")
  Path out;

  @Option(names = "--generate-key", paramLabel = "K", description = "Write a new key pair to K and K.pub, then stop.")
  Path generate;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter w = spec.commandLine().getOut();
    if (generate != null) {
      if (runDir != null || key != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--generate-key takes no RUN_DIR or --key");
      }
      Path pub = Keys.generate(generate);
      w.println("private key: " + generate + " (keep it secret)");
      w.println("public key:  " + pub + " (give it to whoever verifies)");
      return 0;
    }
    if (runDir == null || key == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give RUN_DIR and --key K (or --generate-key K)");
    }
    Path target = out != null ? out : runDir.toAbsolutePath().normalize()
        .resolveSibling(runDir.toAbsolutePath().normalize().getFileName() + ".attestation.json");
    if (Files.exists(target)) {
      throw new IOException(target + ": exists; rdrop does not overwrite an attestation (give --out)");
    }
    Attestation a = Attestation.sign(runDir, Keys.readPrivate(key),
        signer != null ? signer : key.getFileName().toString());
    a.write(target);
    w.println("attested " + a.experiment() + " " + a.identityHash().substring(0, 12) + ": " + RunDirectory.MANIFEST
        + " sha256 "
        + a.manifestSha256() + ", signed by " + a.signer());
    w.println("attestation: " + target);
    return 0;
  }
}
