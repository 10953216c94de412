package org.rdrop.cli.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Durations as H:MM:SS, the way the progress bar shows them; whole seconds, rounded down. */
final class Durations {
  private Durations() {}

  static String format(Duration d) {
    long s = Math.max(0, d.getSeconds());
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }

  /** "?" while there is nothing to estimate from. */
  static String format(Optional<Duration> d) {
    return d.map(Durations::format).orElse("?");
  }
}
