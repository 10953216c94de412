package org.rdrop.corpora.bible;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.rdrop.corpora.DataImportException;

/**
 * Reads one testament of a SWORD zText module (CompressType=ZIP) into its index entries.
 *
 * <p>Format: {@code .bzs} holds 12-byte block entries (offset, compressed size, uncompressed size;
 * little-endian uint32) into {@code .bzz}, a concatenation of zlib streams; {@code .bzv} holds one
 * 10-byte entry per index slot (block number uint32, offset uint32 and size uint16 inside the
 * uncompressed block). A size of 0 is an empty slot. Slot meaning (heading, chapter, verse) comes
 * from the versification, not from this file.
 */
public final class ZTextReader {
  static final int BLOCK_ENTRY = 12;
  static final int VERSE_ENTRY = 10;

  private ZTextReader() {}

  /**
   * Every slot's text, in index order ("" for empty slots). {@code origin} prefixes error messages,
   * e.g. the module path inside its package.
   */
  public static List<String> read(byte[] bzs, byte[] bzv, byte[] bzz, String origin) {
    if (bzs.length % BLOCK_ENTRY != 0) {
      throw new DataImportException(
          origin + ".bzs: length " + bzs.length + " is not a multiple of " + BLOCK_ENTRY);
    }
    if (bzv.length % VERSE_ENTRY != 0) {
      throw new DataImportException(
          origin + ".bzv: length " + bzv.length + " is not a multiple of " + VERSE_ENTRY);
    }
    ByteBuffer blocks = ByteBuffer.wrap(bzs).order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer verses = ByteBuffer.wrap(bzv).order(ByteOrder.LITTLE_ENDIAN);
    int blockCount = bzs.length / BLOCK_ENTRY;
    byte[][] cache = new byte[blockCount][];
    List<String> entries = new ArrayList<>(bzv.length / VERSE_ENTRY);
    for (int slot = 0; slot < bzv.length / VERSE_ENTRY; slot++) {
      long block = Integer.toUnsignedLong(verses.getInt(slot * VERSE_ENTRY));
      long offset = Integer.toUnsignedLong(verses.getInt(slot * VERSE_ENTRY + 4));
      int size = Short.toUnsignedInt(verses.getShort(slot * VERSE_ENTRY + 8));
      if (size == 0) {
        entries.add("");
        continue;
      }
      if (block >= blockCount) {
        throw new DataImportException(
            origin + ".bzv: entry " + slot + " points to block " + block + ", but .bzs has " + blockCount);
      }
      int b = (int) block;
      if (cache[b] == null) {
        cache[b] = inflateBlock(blocks, b, bzz, origin);
      }
      if (offset + size > cache[b].length) {
        throw new DataImportException(
            origin + ".bzv: entry " + slot + " reads bytes " + offset + ".." + (offset + size)
                + " of block " + b + ", which has " + cache[b].length);
      }
      entries.add(utf8(Arrays.copyOfRange(cache[b], (int) offset, (int) offset + size), origin, slot));
    }
    return entries;
  }

  private static byte[] inflateBlock(ByteBuffer blocks, int b, byte[] bzz, String origin) {
    long offset = Integer.toUnsignedLong(blocks.getInt(b * BLOCK_ENTRY));
    long compressed = Integer.toUnsignedLong(blocks.getInt(b * BLOCK_ENTRY + 4));
    long size = Integer.toUnsignedLong(blocks.getInt(b * BLOCK_ENTRY + 8));
    if (offset + compressed > bzz.length) {
      throw new DataImportException(
          origin + ".bzs: block " + b + " spans bytes " + offset + ".." + (offset + compressed)
              + " but .bzz has " + bzz.length);
    }
    byte[] out = new byte[Math.toIntExact(size)];
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(bzz, (int) offset, (int) compressed);
      int n = 0;
      while (n < out.length && !inflater.finished()) {
        int got = inflater.inflate(out, n, out.length - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += got;
      }
      if (n != out.length || !inflater.finished()) {
        throw new DataImportException(
            origin + ".bzz: block " + b + " inflates to " + (inflater.finished() ? n : "more than " + n)
                + " bytes, .bzs says " + size);
      }
    } catch (DataFormatException e) {
      throw new DataImportException(origin + ".bzz: block " + b + " is not valid zlib data: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
    return out;
  }

  private static String utf8(byte[] bytes, String origin, int slot) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DataImportException(origin + ": entry " + slot + " is not valid UTF-8");
    }
  }
}
