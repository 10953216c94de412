package org.rdrop.text.bpe;

import java.util.Arrays;

/**
 * learn_bpe.py's bookkeeping of symbol pairs, reproduced state for state: the pruned statistics
 * ({@code stats}), the full statistics kept for pruned pairs ({@code big_stats}) and the index
 * from pairs to the words holding them ({@code indices}).
 *
 * <p>Both statistics are Python {@code defaultdict}s, so "present" matters as much as the value:
 * reading or updating a missing pair makes it present at 0, pruning makes it absent. The
 * maximum of {@code stats} (by count, ties to the larger pair in code point order) is kept in a
 * lazy max-heap instead of Python's scan of the whole dict: a heap entry is valid while its pair
 * is present with the value it was pushed with.
 */
final class PairStatistics {

  private final SymbolTable symbols;
  private final LongIntHashMap pairIds = new LongIntHashMap(1 << 14);

  // Per pair id.
  private int[] lefts = new int[1024];
  private int[] rights = new int[1024];
  private long[] stats = new long[1024];
  private boolean[] inStats = new boolean[1024];
  private long[] big = new long[1024];
  private boolean[] inBig = new boolean[1024];
  private IntCounts[] index = new IntCounts[1024];
  private boolean[] dirty = new boolean[1024];
  private int pairCount;

  private IntList present = new IntList(); // pairs present in stats
  private final IntList inBigList = new IntList(); // pairs present in big_stats (never removed)
  private final IntList dirtyList = new IntList(); // pairs whose stats entry changed since last push

  // The heap: parallel arrays of value and pair id.
  private long[] heapValues = new long[1024];
  private int[] heapPairs = new int[1024];
  private int heapSize;

  PairStatistics(SymbolTable symbols) {
    this.symbols = symbols;
  }

  int left(int pair) {
    return lefts[pair];
  }

  int right(int pair) {
    return rights[pair];
  }

  /** Id of the pair (left, right), created (absent from both statistics) when new. */
  int pair(int left, int right) {
    long key = ((long) left << 32) | (right & 0xffffffffL);
    int id = pairIds.get(key);
    if (id >= 0) {
      return id;
    }
    id = pairCount++;
    if (id == lefts.length) {
      int n = id * 2;
      lefts = Arrays.copyOf(lefts, n);
      rights = Arrays.copyOf(rights, n);
      stats = Arrays.copyOf(stats, n);
      inStats = Arrays.copyOf(inStats, n);
      big = Arrays.copyOf(big, n);
      inBig = Arrays.copyOf(inBig, n);
      index = Arrays.copyOf(index, n);
      dirty = Arrays.copyOf(dirty, n);
    }
    lefts[id] = left;
    rights[id] = right;
    pairIds.putNew(key, id);
    return id;
  }

  // ---- stats (the pruned dict) ----

  boolean statsEmpty() {
    return present.size() == 0;
  }

  /** {@code stats[pair]}: a missing pair becomes present at 0. */
  long get(int pair) {
    makePresent(pair);
    return stats[pair];
  }

  /** {@code stats[pair] += delta}. */
  void add(int pair, long delta) {
    makePresent(pair);
    stats[pair] += delta;
    markDirty(pair);
  }

  /** {@code stats[pair] = value}. */
  void set(int pair, long value) {
    makePresent(pair);
    stats[pair] = value;
    markDirty(pair);
  }

  private void makePresent(int pair) {
    if (!inStats[pair]) {
      inStats[pair] = true;
      stats[pair] = 0;
      present.add(pair);
      markDirty(pair);
    }
  }

  private void markDirty(int pair) {
    if (!dirty[pair]) {
      dirty[pair] = true;
      dirtyList.add(pair);
    }
  }

  /** {@code max(stats.values())}; the statistics must not be empty. */
  long maxValue() {
    long max = Long.MIN_VALUE;
    for (int k = 0; k < present.size(); k++) {
      max = Math.max(max, stats[present.get(k)]);
    }
    return max;
  }

  /** {@code big_stats = copy.deepcopy(stats)}, used once at the start. */
  void copyStatsToBig() {
    for (int k = 0; k < present.size(); k++) {
      int p = present.get(k);
      if (!inBig[p]) {
        inBig[p] = true;
        inBigList.add(p);
      }
      big[p] = stats[p];
    }
  }

  /** {@code stats = copy.deepcopy(big_stats)}. */
  void restoreFromBig() {
    for (int k = 0; k < present.size(); k++) {
      inStats[present.get(k)] = false;
    }
    present = new IntList(inBigList.size());
    for (int k = 0; k < inBigList.size(); k++) {
      int p = inBigList.get(k);
      inStats[p] = true;
      stats[p] = big[p];
      present.add(p);
    }
    rebuildHeap();
  }

  /**
   * {@code prune_stats}: pairs below {@code threshold} leave stats; a negative value (a change
   * recorded after the pair was pruned) is added to big_stats, any other value replaces it.
   */
  void prune(double threshold) {
    IntList kept = new IntList(present.size());
    for (int k = 0; k < present.size(); k++) {
      int p = present.get(k);
      long v = stats[p];
      if (v < threshold) {
        inStats[p] = false;
        if (!inBig[p]) {
          inBig[p] = true;
          inBigList.add(p);
          big[p] = 0;
        }
        if (v < 0) {
          big[p] += v;
        } else {
          big[p] = v;
        }
      } else {
        kept.add(p);
      }
    }
    present = kept;
    if (heapSize > 4 * present.size() + 4096) {
      rebuildHeap();
    }
  }

  /**
   * {@code max(stats, key=lambda x: (stats[x], x))}: the most frequent present pair, ties going to
   * the largest pair by code point order. Stats must not be empty.
   */
  int best() {
    flushDirty();
    while (true) {
      int p = heapPairs[0];
      if (inStats[p] && stats[p] == heapValues[0]) {
        return p;
      }
      popHeap();
    }
  }

  // ---- indices ----

  /** {@code indices[pair][word] += delta}. */
  void addToIndex(int pair, int word, int delta) {
    IntCounts c = index[pair];
    if (c == null) {
      c = new IntCounts();
      index[pair] = c;
    }
    c.add(word, delta);
  }

  /** {@code indices[pair]}, or null when it was never touched. */
  IntCounts index(int pair) {
    return index[pair];
  }

  /** {@code indices[pair] = defaultdict(int)}. */
  void clearIndex(int pair) {
    index[pair] = null;
  }

  // ---- heap ----

  private void flushDirty() {
    for (int k = 0; k < dirtyList.size(); k++) {
      int p = dirtyList.get(k);
      dirty[p] = false;
      if (inStats[p]) {
        push(stats[p], p);
      }
    }
    dirtyList.clear();
  }

  private void rebuildHeap() {
    for (int k = 0; k < dirtyList.size(); k++) {
      dirty[dirtyList.get(k)] = false;
    }
    dirtyList.clear();
    heapSize = 0;
    ensureHeapCapacity(present.size());
    for (int k = 0; k < present.size(); k++) {
      int p = present.get(k);
      heapValues[heapSize] = stats[p];
      heapPairs[heapSize] = p;
      heapSize++;
    }
    for (int i = heapSize / 2 - 1; i >= 0; i--) {
      siftDown(i);
    }
  }

  private void ensureHeapCapacity(int n) {
    if (n > heapValues.length) {
      int cap = Math.max(n, heapValues.length * 2);
      heapValues = Arrays.copyOf(heapValues, cap);
      heapPairs = Arrays.copyOf(heapPairs, cap);
    }
  }

  private void push(long value, int pair) {
    ensureHeapCapacity(heapSize + 1);
    int i = heapSize++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!above(value, pair, heapValues[parent], heapPairs[parent])) {
        break;
      }
      heapValues[i] = heapValues[parent];
      heapPairs[i] = heapPairs[parent];
      i = parent;
    }
    heapValues[i] = value;
    heapPairs[i] = pair;
  }

  private void popHeap() {
    heapSize--;
    if (heapSize > 0) {
      heapValues[0] = heapValues[heapSize];
      heapPairs[0] = heapPairs[heapSize];
      siftDown(0);
    }
  }

  private void siftDown(int i) {
    long value = heapValues[i];
    int pair = heapPairs[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= heapSize) {
        break;
      }
      if (child + 1 < heapSize
          && above(heapValues[child + 1], heapPairs[child + 1], heapValues[child], heapPairs[child])) {
        child++;
      }
      if (!above(heapValues[child], heapPairs[child], value, pair)) {
        break;
      }
      heapValues[i] = heapValues[child];
      heapPairs[i] = heapPairs[child];
      i = child;
    }
    heapValues[i] = value;
    heapPairs[i] = pair;
  }

  /** True when (va, a) comes before (vb, b) in Python's {@code max} key order. */
  private boolean above(long va, int a, long vb, int b) {
    if (va != vb) {
      return va > vb;
    }
    if (a == b) {
      return false;
    }
    int c = PythonText.compare(symbols.string(lefts[a]), symbols.string(lefts[b]));
    if (c == 0) {
      c = PythonText.compare(symbols.string(rights[a]), symbols.string(rights[b]));
    }
    return c > 0;
  }
}
