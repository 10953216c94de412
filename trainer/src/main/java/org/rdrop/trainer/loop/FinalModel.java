package org.rdrop.trainer.loop;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.rdrop.trainer.checkpoint.CheckpointAverage;
import org.rdrop.trainer.checkpoint.CheckpointStore;
import org.rdrop.trainer.config.TrainConfig;

/**
 * The parameters that become model.params when training ends, by {@code train.convergence.final_model}.
 *
 * @param kind {@code last}, {@code best} or {@code average}
 * @param updates the updates of the checkpoints they come from (ascending; the last update for last)
 * @param params the parameters
 */
record FinalModel(String kind, List<Long> updates, LinkedHashMap<String, float[]> params) {

  /**
   * The checkpoints that pruning keeps for {@link #choose} to find: the newest {@code average_last}, and the
   * best validation's with final_model best.
   */
  record Retention(TrainConfig.Convergence settings, EarlyStopping stopping) {
    int newest() {
      return settings.averageLast();
    }

    Set<Long> also() {
      return settings.finalModel().equals("best") && stopping.bestStep().isPresent()
          ? Set.of(stopping.bestStep().getAsLong()) : Set.of();
    }
  }

  /**
   * Chooses from the parameters at the end ({@code last}, after {@code updates} updates) and the
   * checkpoints in {@code store}.
   */
  static FinalModel choose(TrainConfig.Convergence settings, CheckpointStore store, EarlyStopping stopping,
      long updates, LinkedHashMap<String, float[]> last) throws IOException {
    switch (settings.finalModel()) {
      case "best" -> {
        long best = stopping.bestStep().orElseThrow(() -> new IllegalStateException("no validation to choose from"));
        return new FinalModel("best", List.of(best), store.read(best).params());
      }
      case "average" -> {
        // The newest checkpoints, the final one included; fewer when training stopped before there were N.
        List<Long> all = store.listUpdates();
        List<Long> chosen = List.copyOf(all.subList(Math.max(0, all.size() - settings.averageLast()), all.size()));
        List<LinkedHashMap<String, float[]>> params = new ArrayList<>();
        for (long u : chosen) {
          params.add(store.read(u).params());
        }
        return new FinalModel("average", chosen, CheckpointAverage.mean(params));
      }
      default -> {
        return new FinalModel("last", List.of(updates), last);
      }
    }
  }
}
