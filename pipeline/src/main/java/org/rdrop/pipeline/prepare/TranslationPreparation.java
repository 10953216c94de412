package org.rdrop.pipeline.prepare;

import static org.rdrop.pipeline.prepare.Preparation.params;
import static org.rdrop.pipeline.prepare.Preparation.stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.apache.beam.sdk.Pipeline;
import org.rdrop.format.RunManifest;
import org.rdrop.config.ExperimentConfig;

/**
 * Translation's preparation, as fairseq's prepare-iwslt14.sh: read the parallel corpus, Moses-tokenize,
 * clean, learn and apply a joint BPE, build the dictionary, map to ids and batch ({@link PreparePipeline}).
 */
public final class TranslationPreparation implements Preparation {
  @Override
  public List<String> corpusFiles(ExperimentConfig c) {
    List<String> names = new ArrayList<>();
    for (String split : PrepareLayout.SPLITS) {
      names.add(split + "." + c.data().sourceLang());
      names.add(split + "." + c.data().targetLang());
    }
    return names;
  }

  @Override
  public void build(Pipeline p, ExperimentConfig c, Path corpusDir, Path runDir) {
    PreparePipeline.build(p, c, corpusDir, runDir);
  }

  @Override
  public List<PrepareLayout.Output> outputs(ExperimentConfig c, Path runDir) {
    return layout(c, runDir).outputs();
  }

  @Override
  public List<RunManifest.Stage> stages(ExperimentConfig c, SortedMap<String, Long> stats, Path runDir) {
    List<PrepareLayout.Output> out = outputs(c, runDir);
    List<RunManifest.Stage> stages = new ArrayList<>();
    stages.add(stage("read", params("source_lang", c.data().sourceLang(),
        "target_lang", c.data().targetLang(), "max_train_pairs", c.data().maxTrainPairs()), stats, out, runDir));
    stages.add(stage("tokenize", params("moses", c.tokenize().moses(), "escape", c.tokenize().escape(),
        "aggressive_dash", c.tokenize().aggressiveDash(), "lowercase", c.tokenize().lowercase()), stats, out, runDir));
    stages.add(stage("clean", params("min_tokens", c.data().clean().minTokens(), "max_tokens",
        c.data().clean().maxTokens(), "length_ratio", c.data().clean().lengthRatio(), "applies_to", "train"),
        stats, out, runDir));
    stages.add(stage("bpe", params("merges", c.bpe().merges(), "min_frequency", c.bpe().minFrequency(),
        "compatible_with", "subword-nmt 0.3.9"), stats, out, runDir));
    stages.add(stage("vocab", params("threshold", c.vocab().threshold(), "padding_factor",
        c.vocab().paddingFactor(), "joined", true), stats, out, runDir));
    stages.add(stage("batch", params("max_tokens", c.batch().maxTokens(), "max_sentences",
        c.batch().maxSentences(), "required_batch_size_multiple", c.batch().requiredBatchSizeMultiple(),
        "max_positions", c.train().model().maxPositions(), "seed", c.train().seed()), stats, out, runDir));
    return stages;
  }

  private static PrepareLayout layout(ExperimentConfig c, Path runDir) {
    return new PrepareLayout(runDir, c.data().sourceLang(), c.data().targetLang());
  }
}
