package org.rdrop.pipeline.eval;

import java.nio.file.Path;
import java.util.List;
import org.rdrop.format.Method;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.StageName;

/**
 * Where decoding writes in a run directory: per method and split, the hypotheses in id order (one line
 * per sentence of {@code data/<split>.ids.tsv}) in three forms.
 *
 * <pre>
 *   &lt;method&gt;/hyp.&lt;split&gt;.bpe     BPE'd symbols, as the model produced them (eos left out)
 *   &lt;method&gt;/hyp.&lt;split&gt;.tok     after --remove-bpe: tokenized, lowercased text (the paper's BLEU)
 *   &lt;method&gt;/hyp.&lt;split&gt;.detok   Moses-detokenized (sacreBLEU)
 * </pre>
 */
public final class DecodeLayout {
  private final Path runDir;

  public DecodeLayout(Path runDir) {
    this.runDir = runDir;
  }

  public Path bpe(Method m, String split) {
    return RunDirectory.of(runDir).method(m).hypothesesBpe(split);
  }

  public Path tokenized(Method m, String split) {
    return RunDirectory.of(runDir).method(m).hypothesesTokenized(split);
  }

  public Path detokenized(Method m, String split) {
    return RunDirectory.of(runDir).method(m).hypothesesDetokenized(split);
  }

  public List<Path> outputs(Method m, String split) {
    return List.of(bpe(m, split), tokenized(m, split), detokenized(m, split));
  }

  /** The manifest's stage name. */
  public static String stage(Method m, String split) {
    return StageName.decode(m, split).name();
  }
}
