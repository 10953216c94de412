package org.rdrop.testkit.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys in PEM files, as openssl writes them ({@code openssl genpkey -algorithm ed25519}): the
 * private key as PKCS#8 ({@code PRIVATE KEY}), the public key as X.509 SubjectPublicKeyInfo
 * ({@code PUBLIC KEY}).
 */
public final class Keys {
  static final String PRIVATE = "PRIVATE KEY";
  static final String PUBLIC = "PUBLIC KEY";

  private Keys() {}

  /** A private key and its public key. */
  public record Pair(PrivateKey privateKey, PublicKey publicKey) {}

  /**
   * Writes a new key pair to {@code privateFile} (owner-only permissions where the file system has them)
   * and {@code privateFile.pub}; refuses to overwrite either.
   */
  public static Path generate(Path privateFile) throws IOException {
    Path publicFile = privateFile.resolveSibling(privateFile.getFileName() + ".pub");
    for (Path f : new Path[] {privateFile, publicFile}) {
      if (Files.exists(f)) {
        throw new FileAlreadyExistsException(f + ": exists; rdrop does not overwrite a key");
      }
    }
    KeyPair kp;
    try {
      kp = KeyPairGenerator.getInstance(Attestation.ALGORITHM).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IOException("this JDK cannot make " + Attestation.ALGORITHM + " keys: " + e.getMessage(), e);
    }
    Files.createFile(privateFile);
    try {
      Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the file keeps its default permissions.
    }
    Files.writeString(privateFile, pem(PRIVATE, kp.getPrivate().getEncoded()), StandardCharsets.US_ASCII,
        StandardOpenOption.TRUNCATE_EXISTING);
    Files.writeString(publicFile, pem(PUBLIC, kp.getPublic().getEncoded()), StandardCharsets.US_ASCII,
        StandardOpenOption.CREATE_NEW);
    return publicFile;
  }

  /** The private key in {@code file} and its public key (derived: Ed25519 keys in PKCS#8 v1 omit it). */
  public static Pair readPrivate(Path file) throws IOException {
    byte[] der = der(file, PRIVATE);
    try {
      KeyFactory f = KeyFactory.getInstance(Attestation.ALGORITHM);
      PrivateKey key = f.generatePrivate(new PKCS8EncodedKeySpec(der));
      return new Pair(key, publicOf(file));
    } catch (GeneralSecurityException e) {
      throw new IOException(file + ": not an " + Attestation.ALGORITHM + " private key: " + e.getMessage(), e);
    }
  }

  /** The public key next to a private key file ({@code FILE.pub}), which the signer's attestation names. */
  private static PublicKey publicOf(Path privateFile) throws IOException {
    Path pub = privateFile.resolveSibling(privateFile.getFileName() + ".pub");
    if (!Files.isRegularFile(pub)) {
      throw new IOException(pub + ": missing; the public key must sit beside the private key (made by "
          + "./rdrop attest --generate-key)");
    }
    return readPublic(pub);
  }

  public static PublicKey readPublic(Path file) throws IOException {
    byte[] der = der(file, PUBLIC);
    try {
      return KeyFactory.getInstance(Attestation.ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IOException(file + ": not an " + Attestation.ALGORITHM + " public key: " + e.getMessage(), e);
    }
  }

  static String encode(PublicKey key) {
    return Base64.getEncoder().encodeToString(key.getEncoded());
  }

  private static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  private static byte[] der(Path file, String label) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such file");
    }
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int b = text.indexOf(begin);
    int e = text.indexOf(end);
    if (b < 0 || e < b) {
      throw new IOException(file + ": not a PEM file with a '" + label + "' block");
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(b + begin.length(), e));
    } catch (IllegalArgumentException x) {
      throw new IOException(file + ": the '" + label + "' block is not base64");
    }
  }
}
