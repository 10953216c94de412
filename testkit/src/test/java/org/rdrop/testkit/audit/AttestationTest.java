package org.rdrop.testkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.testkit.TestRuns;

/** Ed25519 attestations of a run's manifest: what a valid one says, and each way one fails. */
class AttestationTest {
  @TempDir Path tmp;

  Path run() throws Exception {
    return TestRuns.runDir(Files.createDirectories(tmp.resolve("run")), "smoke",
        Map.of("rdrop", TestRuns.curve("rdrop", 10), "baseline", TestRuns.curve("baseline", 10)), "avx avx2 fma");
  }

  @Test
  void aSignedRunVerifiesUnderItsKeyAfterAWriteAndRead() throws Exception {
    Path run = run();
    Path pub = Keys.generate(tmp.resolve("ci.key"));
    assertThat(pub).hasFileName("ci.key.pub");
    assertThat(Files.getPosixFilePermissions(tmp.resolve("ci.key")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    Attestation a = Attestation.sign(run, Keys.readPrivate(tmp.resolve("ci.key")), "nightly");
    a.write(tmp.resolve("a.json"));
    Attestation back = Attestation.read(tmp.resolve("a.json"));
    assertThat(back).isEqualTo(a);
    assertThat(back.problems(run, Keys.readPublic(pub))).isEmpty();
  }

  @Test
  void aChangedManifestAnotherKeyAndAnEditedStatementAreEachNamed() throws Exception {
    Path run = run();
    Keys.generate(tmp.resolve("ci.key"));
    Path otherPub = Keys.generate(tmp.resolve("other.key"));
    Attestation a = Attestation.sign(run, Keys.readPrivate(tmp.resolve("ci.key")), "nightly");
    Path pub = tmp.resolve("ci.key.pub");

    assertThat(a.problems(run, Keys.readPublic(otherPub))).singleElement().asString()
        .startsWith("the signature is not valid under the given public key");

    Attestation renamed = new Attestation(a.format(), a.experiment(), a.identityHash(), a.manifestSha256(),
        "someone else", a.publicKey(), a.signature());
    assertThat(renamed.problems(run, Keys.readPublic(pub))).singleElement().asString()
        .startsWith("the signature is not valid");

    Files.writeString(run.resolve("manifest.json"), Files.readString(run.resolve("manifest.json")) + " ");
    assertThat(a.problems(run, Keys.readPublic(pub))).singleElement().asString()
        .startsWith("manifest.json has SHA-256 ").endsWith("(the run directory changed after it was signed)");
  }

  @Test
  void keysAreNeverOverwrittenAndBadKeyFilesAreNamed() throws Exception {
    Keys.generate(tmp.resolve("k"));
    assertThatThrownBy(() -> Keys.generate(tmp.resolve("k"))).hasMessageContaining("k: exists");
    Files.writeString(tmp.resolve("junk.pub"), "secret words\n");
    assertThatThrownBy(() -> Keys.readPublic(tmp.resolve("junk.pub")))
        .hasMessage(tmp.resolve("junk.pub") + ": not a PEM file with a 'PUBLIC KEY' block");
    assertThatThrownBy(() -> Keys.readPrivate(tmp.resolve("k.pub")))
        .hasMessage(tmp.resolve("k.pub") + ": not a PEM file with a 'PRIVATE KEY' block");
  }

  @Test
  void anAttestationWithoutASignatureIsRefusedNamingTheField() throws Exception {
    Files.writeString(tmp.resolve("a.json"), "{\"format\": \"rdrop-attestation/1\", \"manifest_sha256\": \"ab\"}");
    assertThatThrownBy(() -> Attestation.read(tmp.resolve("a.json")))
        .hasMessage(tmp.resolve("a.json") + ": field signature is missing");
  }
}
