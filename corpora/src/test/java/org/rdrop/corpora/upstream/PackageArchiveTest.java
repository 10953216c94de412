package org.rdrop.corpora.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rdrop.corpora.DataImportException;

class PackageArchiveTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsWantedMembersOfADebsDataTarball() throws Exception {
    byte[] deb =
        TestPackages.deb(
            Map.of(
                "usr/share/a.txt", utf8("alpha"),
                "usr/share/b.txt", utf8("beta"),
                "usr/share/doc/c.txt", utf8("gamma")));

    Map<String, byte[]> got = PackageArchive.debMembers(deb, "x.deb", List.of("usr/share/a.txt", "usr/share/doc/c.txt"));

    assertThat(got).containsOnlyKeys("usr/share/a.txt", "usr/share/doc/c.txt");
    assertThat(new String(got.get("usr/share/doc/c.txt"), StandardCharsets.UTF_8)).isEqualTo("gamma");
  }

  @Test
  void missingMemberIsNamed() throws Exception {
    byte[] deb = TestPackages.deb(Map.of("usr/share/a.txt", utf8("alpha")));
    assertThatThrownBy(() -> PackageArchive.debMembers(deb, "sword-text-kjv_14.3-1_all.deb", List.of("usr/share/nt.bzs")))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("sword-text-kjv_14.3-1_all.deb!data.tar.xz: missing member(s) [usr/share/nt.bzs]");
  }

  @Test
  void unsupportedDataCompressionIsNamed() throws Exception {
    byte[] deb = TestPackages.ar(Map.of("debian-binary", utf8("2.0\n"), "data.tar.zst", utf8("zstd bytes")));
    assertThatThrownBy(() -> PackageArchive.debMembers(deb, "new.deb", List.of("a")))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("new.deb: member data.tar.zst uses a compression this importer does not read");
  }

  @Test
  void notADebIsRejected() throws Exception {
    byte[] ar = TestPackages.ar(Map.of("debian-binary", utf8("2.0\n")));
    assertThatThrownBy(() -> PackageArchive.debMembers(ar, "odd.deb", List.of("a")))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("odd.deb: not a Debian package with a data.tar member (found members [debian-binary])");
  }

  @Test
  void readsMembersOfAnNpmTarball() throws Exception {
    byte[] tgz = TestPackages.npm(Map.of("data/chapter_1.txt", utf8("Call me Ishmael."), "package.json", utf8("{}")));
    Map<String, byte[]> got = PackageArchive.tgzMembers(tgz, "moby.tgz", List.of("package/data/chapter_1.txt"));
    assertThat(new String(got.get("package/data/chapter_1.txt"), StandardCharsets.UTF_8)).isEqualTo("Call me Ishmael.");
  }
}
