package org.rdrop.corpora.bible;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rdrop.corpora.DataImportException;

class ZTextReaderTest {

  private static final List<String> SLOTS =
      List.of(
          "",
          "<milestone type=\"x-importer\"/>",
          "<div osisID=\"Gen\" sID=\"b1\" type=\"book\"/>",
          "<chapter osisID=\"Gen.1\" sID=\"Gen.1\"/>",
          "In the <w lemma=\"strong:H7225\">beginning</w>.",
          "",
          "Dios creó — ñandú ¿sí?");

  @Test
  void readsEverySlotAcrossBlocksIncludingEmptyOnes() {
    ZTextWriter module = new ZTextWriter(SLOTS, 3); // 3 blocks: slots 0-2, 3-5, 6
    assertThat(module.bzs).hasSize(36);
    assertThat(module.bzv).hasSize(70);

    List<String> read = ZTextReader.read(module.bzs, module.bzv, module.bzz, "mod/ot");

    assertThat(read).containsExactlyElementsOf(SLOTS);
  }

  @Test
  void oneBlockHoldingAllSlotsReadsTheSame() {
    ZTextWriter module = new ZTextWriter(SLOTS, 100);
    assertThat(ZTextReader.read(module.bzs, module.bzv, module.bzz, "mod/ot")).containsExactlyElementsOf(SLOTS);
  }

  @Test
  void truncatedIndexIsRejectedNamingTheFile() {
    ZTextWriter module = new ZTextWriter(SLOTS, 3);
    byte[] cut = Arrays.copyOf(module.bzv, module.bzv.length - 3);
    assertThatThrownBy(() -> ZTextReader.read(module.bzs, cut, module.bzz, "kjv/ot"))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("kjv/ot.bzv")
        .hasMessageContaining("multiple of 10");
  }

  @Test
  void slotPointingPastTheLastBlockIsRejected() {
    ZTextWriter module = new ZTextWriter(SLOTS, 3);
    byte[] bzv = module.bzv.clone();
    ByteBuffer.wrap(bzv).order(ByteOrder.LITTLE_ENDIAN).putInt(4 * 10, 7); // slot 4 -> block 7
    assertThatThrownBy(() -> ZTextReader.read(module.bzs, bzv, module.bzz, "kjv/ot"))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("entry 4 points to block 7, but .bzs has 3");
  }

  @Test
  void blockSizeDisagreeingWithBzsIsRejected() {
    ZTextWriter module = new ZTextWriter(SLOTS, 3);
    byte[] bzs = module.bzs.clone();
    ByteBuffer b = ByteBuffer.wrap(bzs).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(8, b.getInt(8) + 5); // block 0 claims 5 more bytes than it inflates to
    assertThatThrownBy(() -> ZTextReader.read(bzs, module.bzv, module.bzz, "kjv/ot"))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("kjv/ot.bzz: block 0");
  }

  @Test
  void slotReadingPastItsBlockIsRejected() {
    ZTextWriter module = new ZTextWriter(SLOTS, 3);
    byte[] bzv = module.bzv.clone();
    ByteBuffer.wrap(bzv).order(ByteOrder.LITTLE_ENDIAN).putShort(4 * 10 + 8, (short) 5000);
    assertThatThrownBy(() -> ZTextReader.read(module.bzs, bzv, module.bzz, "kjv/ot"))
        .isInstanceOf(DataImportException.class)
        .hasMessageContaining("entry 4 reads bytes");
  }
}
