package org.rdrop.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rdrop.trainer.TestEngine;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.dropout.DropoutMasks;

class TransformerModelTest {
  static final int V = 40;
  @RegisterExtension static final TestEngine ENGINE = new TestEngine();
  static TransformerModel model;

  @BeforeAll
  static void build() {
    model = new TransformerModel(new TransformerSpec(V, 16, 32, 2, 2, 2, true, 32));
    model.initialize(ENGINE.manager(), 64, null);
  }

  @AfterAll
  static void close() {
    model.close();
  }

  private static float[] logits(DropoutContext ctx, PaddedBatch b) {
    try (NDScope s = new NDScope()) {
      s.suppressNotUsedWarning();
      return model.logits(ctx, ENGINE.manager(), b).toFloatArray();
    }
  }

  @Test
  void parameterCountOfTransformerIwsltDeEnMatchesAHandCount() {
    int d = 512;
    int f = 1024;
    int vocab = 10_000;
    long attention = 4L * (d * d + d);
    long ffn = (long) d * f + f + (long) f * d + d;
    long norm = 2L * d;
    long encoderLayer = attention + ffn + 2 * norm;
    long decoderLayer = 2 * attention + ffn + 3 * norm;
    long expected = (long) vocab * d + 6 * encoderLayer + 6 * decoderLayer;
    try (TransformerModel big = new TransformerModel(new TransformerSpec(vocab, d, f, 4, 6, 6, true, 1024))) {
      assertThat(big.parameters().count()).isEqualTo(expected);
      assertThat(big.parameters().names())
          .contains("embed_tokens.weight", "encoder.layer.5.self_attn.q_proj.weight",
              "decoder.layer.0.encoder_attn.out_proj.bias", "decoder.layer.5.final_layer_norm.weight")
          .doesNotContain("decoder.output_projection.weight");
    }
  }

  @Test
  void sameSeedGivesSameParametersAndPaddingEmbeddingIsZero() {
    try (NDManager m = NDManager.newBaseManager();
        TransformerModel again = new TransformerModel(new TransformerSpec(V, 16, 32, 2, 2, 2, true, 32))) {
      again.initialize(m, 64, null);
      var a = model.parameters().snapshot();
      var b = again.parameters().snapshot();
      assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
      for (String name : a.keySet()) {
        assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
      }
      float[] embed = a.get("embed_tokens.weight");
      assertThat(Arrays.copyOfRange(embed, 16, 32)).containsOnly(0f);
    }
  }

  @Test
  void earlierPositionsDoNotSeeLaterTargetTokens() {
    Example e1 = new Example(0, new int[] {5, 6, 7, 2}, new int[] {8, 9, 10, 11, 2});
    Example e2 = new Example(0, new int[] {5, 6, 7, 2}, new int[] {8, 9, 10, 30, 2});
    float[] a = logits(DropoutContext.inference(), PaddedBatch.of(List.of(e1)));
    float[] b = logits(DropoutContext.inference(), PaddedBatch.of(List.of(e2)));
    // target[3] enters the decoder input at position 4: positions 0..3 must not change.
    for (int i = 0; i < 4 * V; i++) {
      assertThat(b[i]).isCloseTo(a[i], org.assertj.core.data.Offset.offset(1e-5f));
    }
    assertThat(Arrays.copyOfRange(b, 4 * V, 5 * V)).isNotEqualTo(Arrays.copyOfRange(a, 4 * V, 5 * V));
  }

  @Test
  void paddingDoesNotChangeRealPositions() {
    Example shortOne = new Example(0, new int[] {5, 6, 2}, new int[] {8, 9, 2});
    Example longOne = new Example(1, new int[] {12, 13, 14, 15, 16, 17, 2}, new int[] {20, 21, 22, 23, 24, 2});
    float[] alone = logits(DropoutContext.inference(), PaddedBatch.of(List.of(shortOne)));
    PaddedBatch both = PaddedBatch.of(List.of(shortOne, longOne));
    float[] padded = logits(DropoutContext.inference(), both);
    for (int t = 0; t < 3; t++) {
      for (int v = 0; v < V; v++) {
        assertThat(padded[t * V + v]).isCloseTo(alone[t * V + v], org.assertj.core.data.Offset.offset(1e-5f));
      }
    }
  }

  @Test
  void stackedPassesDifferOnlyByTheirMasks() {
    PaddedBatch b = PaddedBatch.of(List.of(new Example(0, new int[] {5, 6, 2}, new int[] {8, 9, 2})));
    DropoutMasks masks = new DropoutMasks(64);
    float[] two = logits(DropoutContext.training(masks, 3, new double[] {0.3, 0.3}, 0, 0), b);
    int half = two.length / 2;
    assertThat(Arrays.copyOfRange(two, 0, half)).isNotEqualTo(Arrays.copyOfRange(two, half, two.length));
    float[] noDrop = logits(DropoutContext.training(masks, 3, new double[] {0, 0}, 0, 0), b);
    float[] eval = logits(DropoutContext.inference(), b);
    for (int i = 0; i < half; i++) {
      assertThat(noDrop[i]).isCloseTo(eval[i], org.assertj.core.data.Offset.offset(1e-5f));
      assertThat(noDrop[half + i]).isCloseTo(eval[i], org.assertj.core.data.Offset.offset(1e-5f));
    }
  }

  @Test
  void emptySourceIsRejectedWithItsRow() {
    PaddedBatch b = PaddedBatch.of(List.of(
        new Example(0, new int[] {5, 2}, new int[] {8, 2}), new Example(1, new int[] {}, new int[] {8, 2})));
    assertThatThrownBy(() -> logits(DropoutContext.inference(), b)).hasMessageContaining("row 1");
  }

  @Test
  void languageModelIsCausalToo() {
    try (NDManager m = NDManager.newBaseManager();
        TransformerLm lm = new TransformerLm(new TransformerSpec(V, 16, 32, 2, 0, 2, true, 32))) {
      lm.initialize(m, 1, null);
      PaddedBatch a = PaddedBatch.of(List.of(new Example(0, new int[0], new int[] {8, 9, 10, 2})));
      PaddedBatch b = PaddedBatch.of(List.of(new Example(0, new int[0], new int[] {8, 9, 33, 2})));
      try (NDScope s = new NDScope()) {
        s.suppressNotUsedWarning();
        NDArray la = lm.logits(DropoutContext.inference(), m, a);
        NDArray lb = lm.logits(DropoutContext.inference(), m, b);
        assertThat(la.getShape().getShape()).containsExactly(1, 4, V);
        float[] fa = la.toFloatArray();
        float[] fb = lb.toFloatArray();
        for (int i = 0; i < 3 * V; i++) {
          assertThat(fb[i]).isCloseTo(fa[i], org.assertj.core.data.Offset.offset(1e-5f));
        }
      }
    }
  }
}
