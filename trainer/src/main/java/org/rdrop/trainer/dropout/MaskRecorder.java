package org.rdrop.trainer.dropout;

/** Observes every mask a forward pass applies (tests and diagnostics only). */
@FunctionalInterface
public interface MaskRecorder {
  void record(String site, long step, int pass, float[] mask);
}
