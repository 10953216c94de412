package org.rdrop.corpora.bible;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Test helper: writes a testament in SWORD zText layout, written from the format description (not
 * from SWORD's code): slots are packed into blocks of {@code slotsPerBlock}, each block zlib-compressed
 * into .bzz, with a 12-byte .bzs entry per block and a 10-byte .bzv entry per slot.
 */
final class ZTextWriter {
  final byte[] bzs;
  final byte[] bzv;
  final byte[] bzz;

  ZTextWriter(List<String> slots, int slotsPerBlock) {
    ByteArrayOutputStream bzzOut = new ByteArrayOutputStream();
    ByteBuffer bzvBuf = ByteBuffer.allocate(slots.size() * 10).order(ByteOrder.LITTLE_ENDIAN);
    List<int[]> blocks = new ArrayList<>();
    for (int start = 0; start < slots.size(); start += slotsPerBlock) {
      ByteArrayOutputStream block = new ByteArrayOutputStream();
      int blockNo = blocks.size();
      for (int s = start; s < Math.min(slots.size(), start + slotsPerBlock); s++) {
        byte[] text = slots.get(s).getBytes(StandardCharsets.UTF_8);
        bzvBuf.putInt(text.length == 0 ? 0 : blockNo).putInt(text.length == 0 ? 0 : block.size()).putShort((short) text.length);
        block.writeBytes(text);
      }
      byte[] raw = block.toByteArray();
      byte[] compressed = deflate(raw);
      blocks.add(new int[] {bzzOut.size(), compressed.length, raw.length});
      bzzOut.writeBytes(compressed);
    }
    ByteBuffer bzsBuf = ByteBuffer.allocate(blocks.size() * 12).order(ByteOrder.LITTLE_ENDIAN);
    for (int[] b : blocks) {
      bzsBuf.putInt(b[0]).putInt(b[1]).putInt(b[2]);
    }
    this.bzs = bzsBuf.array();
    this.bzv = bzvBuf.array();
    this.bzz = bzzOut.toByteArray();
  }

  static byte[] deflate(byte[] raw) {
    Deflater d = new Deflater();
    d.setInput(raw);
    d.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }
}
