package org.rdrop.corpora.upstream;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rdrop.corpora.DataImportException;
import org.rdrop.corpora.DatasetManifest;
import org.rdrop.format.Sha256;

/**
 * Obtains the pinned upstream package files of a dataset, from local copies ({@code --from}) or by
 * download, and accepts a file only when its SHA-256 (and size) are the pinned ones.
 */
public final class PackageFiles {
  private final HttpClient http;

  public PackageFiles() {
    this(
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build());
  }

  PackageFiles(HttpClient http) {
    this.http = http;
  }

  /**
   * The bytes of every source, in source order. Each local file must match one source by SHA-256
   * (so the order of {@code --from} options does not matter); sources no local file matches are
   * downloaded from their URL.
   */
  public Map<DatasetManifest.Source, byte[]> obtain(
      String dataset, List<DatasetManifest.Source> sources, List<Path> localFiles) {
    Map<DatasetManifest.Source, byte[]> found = new LinkedHashMap<>();
    for (Path file : localFiles) {
      byte[] bytes = readLocal(file);
      String sha = Sha256.of(bytes);
      DatasetManifest.Source match =
          sources.stream().filter(s -> s.sha256().equals(sha)).findFirst().orElse(null);
      if (match == null) {
        List<String> expected = new ArrayList<>();
        for (DatasetManifest.Source s : sources) {
          expected.add(s.fileName() + " sha256 " + s.sha256());
        }
        throw new DataImportException(
            "checksum mismatch: "
                + file
                + " has sha256 "
                + sha
                + ", which is none of the package files of dataset "
                + dataset
                + " (expected "
                + String.join(" or ", expected)
                + ")");
      }
      found.put(match, bytes);
    }
    Map<DatasetManifest.Source, byte[]> all = new LinkedHashMap<>();
    for (DatasetManifest.Source s : sources) {
      byte[] bytes = found.containsKey(s) ? found.get(s) : download(s);
      all.put(s, bytes);
    }
    return all;
  }

  /** Downloads one package file and checks its size and SHA-256 against the pin. */
  public byte[] download(DatasetManifest.Source source) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(source.url())).timeout(Duration.ofMinutes(5)).GET().build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new DataImportException("download of " + source.url() + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DataImportException("download of " + source.url() + " was interrupted", e);
    }
    if (response.statusCode() != 200) {
      throw new DataImportException(
          "download of " + source.url() + " failed: HTTP " + response.statusCode() + ", expected 200");
    }
    byte[] bytes = response.body();
    verify(source, bytes, source.url());
    return bytes;
  }

  /** Checks bytes against a source's pinned size and SHA-256; {@code origin} names where they came from. */
  public static void verify(DatasetManifest.Source source, byte[] bytes, String origin) {
    String sha = Sha256.of(bytes);
    if (!sha.equals(source.sha256())) {
      throw new DataImportException(
          "checksum mismatch for "
              + origin
              + ": expected sha256 "
              + source.sha256()
              + " ("
              + source.packageName()
              + " "
              + source.version()
              + "), found "
              + sha
              + " ("
              + bytes.length
              + " bytes)");
    }
    if (source.bytes() > 0 && bytes.length != source.bytes()) {
      // Same hash but another size cannot happen; kept as a guard against a hand-edited manifest.
      throw new DataImportException(
          "size mismatch for " + origin + ": expected " + source.bytes() + " bytes, found " + bytes.length);
    }
  }

  private static byte[] readLocal(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new DataImportException("--from " + file + ": no such file");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DataImportException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
