package org.rdrop.text.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NonbreakingPrefixesTest {
  /** The hashes recorded in the README beside the resources: the files must stay verbatim copies. */
  @ParameterizedTest
  @CsvSource({
      "de, caec29277f3cb15748430cdcd41dc341d3d01aab7ef849cda131818b3e52df83",
      "en, 7bc4b62cb97fef5f85f283365f2e045b12ef2cc4f946d39d100b9955d8f42ab1",
      "es, c93467ede290beb7d3fbda03598f3f7c8423f70a95d13bb459e7fe1accc5381e",
      "fr, c4442c07e22e30ecc89b075f6d5fd0867f7a8177f907992d3f53a75fe5c22547",
      "it, 4e8ecd84556d155949cd503e6e2bf0909291e2503c7bcafcad625038cdcfd794",
  })
  void resourcesMatchRecordedHashes(String language, String sha256) throws Exception {
    try (InputStream in = getClass().getResourceAsStream(
        "/org/rdrop/text/tokenize/nonbreaking_prefix." + language)) {
      assertThat(in).isNotNull();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      assertThat(HexFormat.of().formatHex(digest)).isEqualTo(sha256);
    }
  }

  @Test
  void parsesLikeLoadPrefixes() {
    NonbreakingPrefixes p = NonbreakingPrefixes.parse("test", List.of(
        "#comment", "", "Mr", "No #NUMERIC_ONLY# ", "Fil ", "#a", "0", "Art", "Art #NUMERIC_ONLY#"));
    assertThat(p.kindOf("Mr")).isEqualTo(NonbreakingPrefixes.Kind.ALWAYS);
    assertThat(p.kindOf("No")).isEqualTo(NonbreakingPrefixes.Kind.NUMERIC_ONLY);
    // kept verbatim with its trailing space, as the Perl hash key
    assertThat(p.kindOf("Fil")).isEqualTo(NonbreakingPrefixes.Kind.NONE);
    assertThat(p.kindOf("Fil ")).isEqualTo(NonbreakingPrefixes.Kind.ALWAYS);
    assertThat(p.kindOf("a")).isEqualTo(NonbreakingPrefixes.Kind.NONE);
    // "0" is false in Perl, so skipped
    assertThat(p.kindOf("0")).isEqualTo(NonbreakingPrefixes.Kind.NONE);
    // the later line wins
    assertThat(p.kindOf("Art")).isEqualTo(NonbreakingPrefixes.Kind.NUMERIC_ONLY);
    assertThat(p.size()).isEqualTo(4);
  }

  @Test
  void bundledListsHaveTheirKnownEntries() {
    NonbreakingPrefixes en = NonbreakingPrefixes.forLanguage("en");
    assertThat(en.kindOf("pp")).isEqualTo(NonbreakingPrefixes.Kind.NUMERIC_ONLY);
    assertThat(en.kindOf("Dr")).isEqualTo(NonbreakingPrefixes.Kind.ALWAYS);
    assertThat(en.kindOf("May")).isEqualTo(NonbreakingPrefixes.Kind.NONE); // commented out in the file
    NonbreakingPrefixes fr = NonbreakingPrefixes.forLanguage("fr");
    assertThat(fr.kindOf("a")).isEqualTo(NonbreakingPrefixes.Kind.NONE); // "#a" in the French file
    assertThat(fr.kindOf("b")).isEqualTo(NonbreakingPrefixes.Kind.ALWAYS);
    assertThat(NonbreakingPrefixes.forLanguage("de").kindOf("99")).isEqualTo(NonbreakingPrefixes.Kind.ALWAYS);
    assertThat(NonbreakingPrefixes.forLanguage("es").kindOf("Srta")).isEqualTo(NonbreakingPrefixes.Kind.ALWAYS);
  }
}
