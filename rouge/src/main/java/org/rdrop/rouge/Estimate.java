package org.rdrop.rouge;

/** A corpus figure: the mean over examples and its 95% bootstrap interval. */
public record Estimate(double mean, double low, double high) {
  public boolean contains(double x) {
    return x >= low && x <= high;
  }
}
