package org.rdrop.trainer.data;

/** fairseq's dictionary specials, which the pipeline's ids already follow. */
public final class Specials {
  public static final int BOS = 0;
  public static final int PAD = 1;
  public static final int EOS = 2;
  public static final int UNK = 3;
  /** Number of special symbols at the start of every dictionary. */
  public static final int COUNT = 4;

  private Specials() {}
}
