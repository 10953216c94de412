package org.rdrop.testkit.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;

/**
 * A signed statement that a run directory's manifest.json is the one a named signer attested: an Ed25519
 * signature (the JDK's) over the canonical JSON of every field but {@code signature}. The manifest lists
 * the SHA-256 of every file of the run and chains its stage records, so the signature covers the whole
 * directory: changing any file needs a new manifest, and a new manifest needs the private key.
 *
 * @param format always {@link #FORMAT}
 * @param experiment the run's experiment
 * @param identityHash the run's identity hash (manifest {@code identity.hash})
 * @param manifestSha256 SHA-256 of manifest.json's bytes
 * @param signer who signed, as they named themselves (e.g. a CI job); not authenticated by itself: the
 *     public key a verifier trusts is what names the signer
 * @param publicKey the signing key, base64 X.509 SubjectPublicKeyInfo (informative: verification uses the
 *     key the verifier supplies)
 * @param signature base64 Ed25519 signature over {@link #statement()}
 */
public record Attestation(
    @JsonProperty("format") String format,
    @JsonProperty("experiment") String experiment,
    @JsonProperty("identity_hash") String identityHash,
    @JsonProperty("manifest_sha256") String manifestSha256,
    @JsonProperty("signer") String signer,
    @JsonProperty("public_key") String publicKey,
    @JsonProperty("signature") String signature) {

  public static final String FORMAT = "rdrop-attestation/1";
  static final String ALGORITHM = "Ed25519";

  /** The bytes that are signed: the canonical JSON of every field except the signature. */
  public byte[] statement() {
    TreeMap<String, String> s = new TreeMap<>();
    s.put("format", format);
    s.put("experiment", experiment);
    s.put("identity_hash", identityHash);
    s.put("manifest_sha256", manifestSha256);
    s.put("signer", signer);
    s.put("public_key", publicKey);
    return ManifestJson.toJson(s).getBytes(StandardCharsets.UTF_8);
  }

  /** Signs the manifest of {@code runDir} as it is on disk now. */
  public static Attestation sign(Path runDir, Keys.Pair key, String signer) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    if (!Files.isRegularFile(manifestFile)) {
      throw new IOException(runDir + ": no " + RunDirectory.MANIFEST + " (an unfinished run, or not a run directory)");
    }
    RunManifest m = ManifestJson.read(manifestFile);
    Attestation unsigned = new Attestation(FORMAT, m.experiment(), m.identity().hash(), Sha256.of(manifestFile),
        signer, Keys.encode(key.publicKey()), null);
    try {
      Signature sig = Signature.getInstance(ALGORITHM);
      sig.initSign(key.privateKey());
      sig.update(unsigned.statement());
      return new Attestation(FORMAT, m.experiment(), m.identity().hash(), unsigned.manifestSha256(), signer,
          unsigned.publicKey(), Base64.getEncoder().encodeToString(sig.sign()));
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot sign with an " + ALGORITHM + " key: " + e.getMessage(), e);
    }
  }

  /**
   * What is wrong with this attestation for {@code runDir} under the {@code trusted} key; empty when the
   * signature is valid and the run's manifest is the attested one.
   */
  public List<String> problems(Path runDir, PublicKey trusted) throws IOException {
    List<String> out = new ArrayList<>();
    boolean valid;
    try {
      Signature sig = Signature.getInstance(ALGORITHM);
      sig.initVerify(trusted);
      sig.update(statement());
      valid = sig.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      valid = false;
    }
    if (!valid) {
      out.add("the signature is not valid under the given public key (the attestation was altered, or another "
          + "key signed it)");
    }
    Path manifestFile = RunDirectory.of(runDir).manifest();
    if (!Files.isRegularFile(manifestFile)) {
      out.add(runDir + ": no " + RunDirectory.MANIFEST);
      return out;
    }
    String sha = Sha256.of(manifestFile);
    if (!sha.equals(manifestSha256)) {
      out.add(RunDirectory.MANIFEST + " has SHA-256 " + sha + ", the attestation signs " + manifestSha256
          + " (the run directory changed after it was signed)");
    }
    return out;
  }

  public void write(Path file) throws IOException {
    AtomicFiles.writeString(file, ManifestJson.toJson(this));
  }

  public static Attestation read(Path file) throws IOException {
    Attestation a;
    try {
      a = ManifestJson.MAPPER.readValue(Files.readString(file), Attestation.class);
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not an attestation: " + e.getOriginalMessage(), e);
    }
    if (!FORMAT.equals(a.format())) {
      throw new IOException(file + ": field format is '" + a.format() + "', expected '" + FORMAT + "'");
    }
    for (String[] f : new String[][] {{"manifest_sha256", a.manifestSha256()}, {"signature", a.signature()}}) {
      if (f[1] == null || f[1].isEmpty()) {
        throw new IOException(file + ": field " + f[0] + " is missing");
      }
    }
    return a;
  }
}
