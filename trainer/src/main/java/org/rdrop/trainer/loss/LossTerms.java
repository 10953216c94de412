package org.rdrop.trainer.loss;

import ai.djl.ndarray.NDArray;

/**
 * The summed terms of one step's objective (all are sums over tokens, not means).
 *
 * @param total CE over all passes + alpha * consistency; the tensor to differentiate
 * @param nll un-smoothed negative log-likelihood summed over all passes' tokens
 * @param consistency the consistency term before alpha (0-d zero when there is one pass)
 * @param tokens non-pad target tokens of ONE copy of the batch: fairseq's sample size
 * @param passes number of passes the sums cover
 */
public record LossTerms(NDArray total, NDArray nll, NDArray consistency, long tokens, int passes) {}
