package org.rdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class ErrorMessageTest {
  @Test
  void theRootCauseSpeaksForAStageThatFailed() {
    IOException root = new IOException("/data/valid.es:2: invalid UTF-8 at byte column 1 (byte 0xFF)");
    // Beam prefixes the class name; such a wrapper adds nothing the root does not say.
    RuntimeException wrapped = new RuntimeException(new RuntimeException("java.io.IOException: " + root.getMessage(), root));
    assertThat(RdropCommand.errorMessage(wrapped)).isEqualTo(root.getMessage());
  }

  @Test
  void aWrapperThatOnlyAddsDetailToTheRootsMessageIsPreferred() {
    ConnectException root = new ConnectException("Connection refused");
    Exception annotated = new Exception("Connection refused: jobmanager/10.0.0.5:8081", root);
    Exception outer = new RuntimeException("Pipeline execution failed", new RuntimeException("java.util.concurrent.CompletionException: x", annotated));
    assertThat(RdropCommand.errorMessage(outer)).isEqualTo("Connection refused: jobmanager/10.0.0.5:8081");
  }

  @Test
  void aReaderThatNamesItsFileSpeaksForTheParserOrTheEndOfFileItWraps() {
    // Jackson's message is the root's, over two lines; the manifest reader quotes its first line and names the file.
    Exception jackson = new IllegalStateException("Unexpected end-of-input in VALUE_STRING\n at [Source: REDACTED; line: 11]");
    IOException manifest = new IOException("/runs/r/manifest.json: not a run manifest: Unexpected end-of-input in"
        + " VALUE_STRING", jackson);
    assertThat(RdropCommand.errorMessage(new RuntimeException(new RuntimeException(manifest.toString(), manifest))))
        .isEqualTo(manifest.getMessage());
    // An EOFException has no message: the reader's own says what was cut short.
    IOException truncated = new IOException("truncated checkpoint /runs/r/rdrop/checkpoints/c.ckpt",
        new java.io.EOFException());
    assertThat(RdropCommand.errorMessage(new RuntimeException(truncated))).isEqualTo(truncated.getMessage());
  }

  @Test
  void aRootWithoutMessageIsNamedByItsClass() {
    assertThat(RdropCommand.errorMessage(new RuntimeException(new IllegalStateException())))
        .isEqualTo("java.lang.IllegalStateException");
  }

  @Test
  void aMissingOrUnreadableFileIsSaidSoNotJustNamed() {
    assertThat(RdropCommand.errorMessage(new RuntimeException(new java.nio.file.NoSuchFileException("/data/x.batches"))))
        .isEqualTo("no such file: /data/x.batches");
    assertThat(RdropCommand.errorMessage(new java.nio.file.AccessDeniedException("/data/y")))
        .isEqualTo("permission denied: /data/y");
  }

  @Test
  void aConfigFileErrorIsReportedAsItsOwnLineNotAsWhatItWraps() {
    IllegalStateException jackson = new IllegalStateException("Unrecognized field \"sede\" (class x.Y)\n at [Source: line 66]");
    RuntimeException config = new org.rdrop.config.ConfigException("exp.yaml:62:3: key 'train.sede': unknown key", jackson);
    assertThat(RdropCommand.errorMessage(new RuntimeException("wrapped", config)))
        .isEqualTo("exp.yaml:62:3: key 'train.sede': unknown key");
  }
}
