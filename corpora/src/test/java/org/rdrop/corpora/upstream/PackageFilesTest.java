package org.rdrop.corpora.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.corpora.DataImportException;
import org.rdrop.corpora.DatasetManifest;
import org.rdrop.format.Sha256;

/** Downloads go to a throw-away HTTP server on the loopback interface: no network needed. */
class PackageFilesTest {
  // SHA-256 test vectors from FIPS 180-2: "abc" and the empty string.
  static final String SHA_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  static final String SHA_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private String base;

  @TempDir Path tmp;

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          String path = exchange.getRequestURI().getPath();
          byte[] body = path.endsWith("abc.deb") ? "abc".getBytes(StandardCharsets.US_ASCII) : path.endsWith("tampered.deb") ? "abd".getBytes(StandardCharsets.US_ASCII) : null;
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/pool/";
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private DatasetManifest.Source source(String file, String sha, long bytes) {
    return new DatasetManifest.Source("debian", "pkg-" + file, "1.0-1", base + file, sha, bytes, "test");
  }

  @Test
  void downloadsAndVerifies() {
    DatasetManifest.Source abc = source("abc.deb", SHA_ABC, 3);
    assertThat(new PackageFiles().download(abc)).asString(StandardCharsets.US_ASCII).isEqualTo("abc");
  }

  @Test
  void downloadWithWrongChecksumNamesUrlExpectedAndFound() {
    DatasetManifest.Source tampered = source("tampered.deb", SHA_ABC, 3);
    assertThatThrownBy(() -> new PackageFiles().download(tampered))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("checksum mismatch for " + base + "tampered.deb")
        .hasMessageContaining("expected sha256 " + SHA_ABC + " (pkg-tampered.deb 1.0-1)")
        .hasMessageContaining("found " + Sha256.of("abd".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void httpErrorNamesUrlAndStatus() {
    DatasetManifest.Source gone = source("gone.deb", SHA_ABC, 3);
    assertThatThrownBy(() -> new PackageFiles().download(gone))
        .isInstanceOf(DataImportException.class)
        .hasMessage("download of " + base + "gone.deb failed: HTTP 404, expected 200");
  }

  @Test
  void localCopiesAreMatchedBySha256AndOthersDownloaded() throws Exception {
    Path empty = Files.write(tmp.resolve("whatever-name.deb"), new byte[0]);
    DatasetManifest.Source abc = source("abc.deb", SHA_ABC, 3);
    DatasetManifest.Source local = source("not-served.deb", SHA_EMPTY, 0);

    Map<DatasetManifest.Source, byte[]> got = new PackageFiles().obtain("demo", List.of(abc, local), List.of(empty));

    assertThat(got.keySet()).containsExactly(abc, local);
    assertThat(got.get(local)).isEmpty();
    assertThat(got.get(abc)).asString(StandardCharsets.US_ASCII).isEqualTo("abc");
    assertThat(requests.get()).isEqualTo(1);
  }

  @Test
  void localCopyMatchingNoSourceIsRefused() throws Exception {
    Path wrong = Files.write(tmp.resolve("sword-text-kjv_14.3-1_all.deb"), "abc".getBytes(StandardCharsets.US_ASCII));
    DatasetManifest.Source empty = source("empty.deb", SHA_EMPTY, 0);
    assertThatThrownBy(() -> new PackageFiles().obtain("demo", List.of(empty), List.of(wrong)))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("checksum mismatch: " + wrong + " has sha256 " + SHA_ABC)
        .hasMessageContaining("expected empty.deb sha256 " + SHA_EMPTY);
    assertThat(requests.get()).isZero();
  }

  @Test
  void missingLocalFileIsNamed() {
    Path nowhere = tmp.resolve("nope.deb");
    assertThatThrownBy(() -> new PackageFiles().obtain("demo", List.of(), List.of(nowhere)))
        .hasMessage("--from " + nowhere + ": no such file");
  }
}
