package org.rdrop.pipeline.task.summarization;

import static org.rdrop.pipeline.prepare.Preparation.params;
import static org.rdrop.pipeline.prepare.Preparation.stage;
import static org.rdrop.pipeline.prepare.StageParams.and;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.apache.beam.sdk.Pipeline;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.PairSides;
import org.rdrop.format.RunManifest;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.pipeline.prepare.PreparePipeline;
import org.rdrop.pipeline.prepare.StageParams;
import org.rdrop.rouge.SentenceBreaks;

/**
 * Summarization's preparation: CNN/DailyMail-format {@code {train,valid,test}.source} (documents) and
 * {@code .target} (summaries), one example a line, go through translation's stages ({@link
 * PreparePipeline}: read and validate, Moses tokenization in {@code data.lang}, cleaning of the training
 * pairs, joint BPE, joined dictionary, ids, batches) with two differences: {@code <n>} sentence breaks
 * stay tokens (so hypotheses can carry them to ROUGE-Lsum), and documents longer than
 * {@code train.model.max_positions} ids are truncated as fairseq's {@code --truncate-source} does.
 */
public final class SummarizationPreparation implements Preparation {
  @Override
  public List<String> corpusFiles(ExperimentConfig c) {
    List<String> names = new ArrayList<>();
    for (String split : PrepareLayout.SPLITS) {
      names.add(split + "." + PairSides.SOURCE);
      names.add(split + "." + PairSides.TARGET);
    }
    return names;
  }

  @Override
  public void build(Pipeline p, ExperimentConfig c, Path corpusDir, Path runDir) {
    PreparePipeline.build(p, c, corpusDir, runDir, PreparePipeline.Pairs.SUMMARIZATION);
  }

  @Override
  public List<PrepareLayout.Output> outputs(ExperimentConfig c, Path runDir) {
    return new PrepareLayout(runDir, PairSides.SOURCE, PairSides.TARGET).outputs();
  }

  @Override
  public List<RunManifest.Stage> stages(ExperimentConfig c, SortedMap<String, Long> stats, Path runDir) {
    List<PrepareLayout.Output> out = outputs(c, runDir);
    List<RunManifest.Stage> stages = new ArrayList<>();
    stages.add(stage("read", params("lang", c.data().lang(), "max_train_pairs", c.data().maxTrainPairs()),
        stats, out, runDir));
    stages.add(stage("tokenize", and(StageParams.tokenize(c), "sentence_break", SentenceBreaks.MARKER), stats, out,
        runDir));
    stages.add(stage("clean", StageParams.clean(c), stats, out, runDir));
    stages.add(stage("bpe", StageParams.bpe(c), stats, out, runDir));
    stages.add(stage("vocab", and(StageParams.vocab(c), "joined", true, "truncate_source",
        c.train().model().maxPositions()), stats, out, runDir));
    stages.add(stage("batch", and(StageParams.batch(c), "max_positions", c.train().model().maxPositions()), stats,
        out, runDir));
    return stages;
  }
}
