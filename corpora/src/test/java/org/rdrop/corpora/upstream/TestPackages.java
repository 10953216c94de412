package org.rdrop.corpora.upstream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/** Test helper: builds small .deb and .tgz package files in memory. */
final class TestPackages {
  private TestPackages() {}

  /** A tar of the given files (path to content), with a directory entry first like real packages. */
  static byte[] tar(Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.putArchiveEntry(new TarArchiveEntry("./usr/"));
      tar.closeArchiveEntry();
      for (Map.Entry<String, byte[]> f : new java.util.TreeMap<>(files).entrySet()) {
        TarArchiveEntry e = new TarArchiveEntry(f.getKey());
        e.setSize(f.getValue().length);
        tar.putArchiveEntry(e);
        tar.write(f.getValue());
        tar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  static byte[] xz(byte[] raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream xz = new XZCompressorOutputStream(out)) {
      xz.write(raw);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GzipCompressorOutputStream(out)) {
      gz.write(raw);
    }
    return out.toByteArray();
  }

  /** A .deb: ar archive of debian-binary, control.tar.xz and data.tar.xz (files under "./"). */
  static byte[] deb(Map<String, byte[]> dataFiles) throws IOException {
    Map<String, byte[]> dotted = new java.util.TreeMap<>();
    dataFiles.forEach((k, v) -> dotted.put("./" + k, v));
    return ar(
        Map.of(
            "debian-binary", "2.0\n".getBytes(StandardCharsets.US_ASCII),
            "control.tar.xz", xz(tar(Map.of("./control", "Package: test\n".getBytes(StandardCharsets.US_ASCII)))),
            "data.tar.xz", xz(tar(dotted))));
  }

  static byte[] ar(Map<String, byte[]> members) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ArArchiveOutputStream ar = new ArArchiveOutputStream(bytes)) {
      for (String name : new String[] {"debian-binary", "control.tar.xz", "data.tar.xz", "data.tar.zst"}) {
        byte[] content = members.get(name);
        if (content == null) {
          continue;
        }
        ar.putArchiveEntry(new ArArchiveEntry(name, content.length));
        ar.write(content);
        ar.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** An npm tarball: gzip'd tar with files under "package/". */
  static byte[] npm(Map<String, byte[]> files) throws IOException {
    Map<String, byte[]> prefixed = new java.util.TreeMap<>();
    files.forEach((k, v) -> prefixed.put("package/" + k, v));
    return gzip(tar(prefixed));
  }
}
