package org.rdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.testkit.junit.CommandOutcome;

/** ./rdrop attest, then ./rdrop verify --attestation --signature-only, as an auditor runs them. */
class AttestVerifyCommandTest {
  @TempDir Path dir;

  @Test
  void aSignedRunVerifiesUntilItsManifestChanges() throws Exception {
    Path run = dir.resolve("run");
    CommandOutcome p = CliTest.run("prepare", "digits-vit", "--out", run.toString());
    assertThat(p.exit()).as(p.err()).isZero();
    Path key = dir.resolve("ci.key");
    assertThat(CliTest.run("attest", "--generate-key", key.toString()).exit()).isZero();
    Path attestation = dir.resolve("run.attestation.json");
    CommandOutcome a = CliTest.run("attest", run.toString(), "--key", key.toString(), "--signer", "nightly");
    assertThat(a.exit()).as(a.err()).isZero();

    String[] verify = {"verify", run.toString(), "--attestation", attestation.toString(), "--public-key",
        dir.resolve("ci.key.pub").toString(), "--signature-only"};
    CommandOutcome ok = CliTest.run(verify);
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).startsWith("attestation: valid signature by nightly over manifest.json sha256 ");

    Files.writeString(run.resolve("manifest.json"), Files.readString(run.resolve("manifest.json")).replace(
        "\"experiment\" : \"digits-vit\"", "\"experiment\" : \"digits-vit \""));
    CommandOutcome changed = CliTest.run(verify);
    assertThat(changed.exit()).isEqualTo(1);
    assertThat(changed.out()).contains("(the run directory changed after it was signed)");

    CommandOutcome half = CliTest.run("verify", run.toString(), "--attestation", attestation.toString());
    assertThat(half.exit()).isEqualTo(2);
    assertThat(half.err()).contains("--attestation and --public-key go together");
  }
}
