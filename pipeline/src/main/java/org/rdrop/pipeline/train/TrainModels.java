package org.rdrop.pipeline.train;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.rdrop.format.DataDirectory;
import org.rdrop.format.Method;
import org.rdrop.format.RunDirectory;
import org.rdrop.pipeline.prepare.PrepareLayout;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.loop.TrainOptions;
import org.rdrop.trainer.loop.TrainProgress;
import org.rdrop.trainer.loop.TrainResult;
import org.rdrop.trainer.loop.Trainer;

/**
 * Hands the prepared batches to the trainer. One element describes one run directory's whole job, so a
 * runner trains a run in one task, its methods one after the other with the configured intra-op thread
 * count (two at once would change neither result but would halve each one's threads, which are part of
 * the identity). Several runs (the seeds of a seed set) are several elements, spread over the workers by a
 * reshuffle: on a Flink cluster they train side by side on task managers in separate JVMs; within one JVM
 * (the DirectRunner, Flink's embedded mini-cluster) one after another, because DJL's PyTorch engine lets
 * only one gradient collector record per process. Every run's bytes are the same either way. Emits (run
 * directory/method, run identity hash) per method.
 */
public final class TrainModels extends PTransform<PBegin, PCollection<KV<String, String>>> {
  private final List<Job> jobs;
  private final String progressKey;

  private TrainModels(List<Job> jobs, String progressKey) {
    this.jobs = List.copyOf(jobs);
    this.progressKey = progressKey;
  }

  /** What to train: the run directory's batches, the effective train config, the methods in order. */
  public record Job(
      String runDir, TrainConfig config, List<Method> methods, int vocabSize, boolean resume)
      implements Serializable {}

  public static TrainModels of(Job job) {
    return new TrainModels(List.of(job), null);
  }

  /** Reports progress to the display registered under {@code progressKey} ({@link TrainProgressRelay}). */
  static TrainModels of(List<Job> jobs, String progressKey) {
    return new TrainModels(jobs, progressKey);
  }

  @Override
  public PCollection<KV<String, String>> expand(PBegin begin) {
    PCollection<Job> jobs = begin.apply("Jobs", Create.of(this.jobs).withCoder(SerializableCoder.of(Job.class)));
    if (this.jobs.size() > 1) {
      jobs = jobs.apply("OneRunPerWorker", Reshuffle.viaRandomKey());
    }
    return jobs
        .apply("TrainEachRunInOneTask", ParDo.of(new TrainFn(progressKey)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  /** One training at a time per JVM: DJL's PyTorch engine has one global gradient collector. */
  private static final Object ENGINE = new Object();

  private static final class TrainFn extends DoFn<Job, KV<String, String>> {
    private final String progressKey;

    TrainFn(String progressKey) {
      this.progressKey = progressKey;
    }

    @ProcessElement
    public void process(@Element Job job, OutputReceiver<KV<String, String>> out) throws Exception {
      synchronized (ENGINE) {
        train(job, out);
      }
    }

    private void train(Job job, OutputReceiver<KV<String, String>> out) throws Exception {
      RunDirectory run = RunDirectory.of(Path.of(job.runDir()));
      DataDirectory data = run.data();
      for (Method m : job.methods()) {
        TrainConfig effective = job.config().forMethod(m).validate();
        TrainProgress progress = TrainProgressRelay.lookup(progressKey);
        TrainResult r = Trainer.run(TrainOptions.builder().batches(data.batches(PrepareLayout.TRAIN))
            .valid(data.batches(TrainRun.VALID)).config(effective).method(m).vocabSize(job.vocabSize())
            .out(run.method(m).root()).resume(job.resume()).progress(progress).build());
        out.output(KV.of(job.runDir() + "/" + m.label(), r.identity()));
      }
    }
  }
}
