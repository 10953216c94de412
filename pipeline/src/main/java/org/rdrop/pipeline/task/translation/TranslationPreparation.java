package org.rdrop.pipeline.task.translation;

import static org.rdrop.pipeline.prepare.Preparation.params;
import static org.rdrop.pipeline.prepare.Preparation.stage;
import static org.rdrop.pipeline.prepare.StageParams.and;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.apache.beam.sdk.Pipeline;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.format.RunManifest;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.pipeline.prepare.PreparePipeline;
import org.rdrop.pipeline.prepare.StageParams;

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
    stages.add(stage("tokenize", StageParams.tokenize(c), stats, out, runDir));
    stages.add(stage("clean", StageParams.clean(c), stats, out, runDir));
    stages.add(stage("bpe", StageParams.bpe(c), stats, out, runDir));
    stages.add(stage("vocab", and(StageParams.vocab(c), "joined", true), stats, out, runDir));
    stages.add(stage("batch", and(StageParams.batch(c), "max_positions", c.train().model().maxPositions()), stats,
        out, runDir));
    return stages;
  }

  private static PrepareLayout layout(ExperimentConfig c, Path runDir) {
    return new PrepareLayout(runDir, c.data().sourceLang(), c.data().targetLang());
  }
}
