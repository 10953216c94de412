package org.rdrop.bleu;

import org.rdrop.text.PythonStrings;
import java.io.Serializable;
import java.util.List;

/** One of sacreBLEU's tokenizers: a line in, the tokenized line (tokens joined by spaces) out. */
public interface BleuTokenizer extends Serializable {

  /** The names {@link #forName} accepts, as sacreBLEU spells them. */
  List<String> NAMES = List.of("13a", "intl", "char", "none");

  /** Tokenizes one line (already lowercased and right-stripped when those apply). */
  String tokenize(String line);

  /** The tokens BLEU counts: {@code tokenize(line).split()}. */
  default List<String> tokens(String line) {
    return PythonStrings.split(tokenize(line));
  }

  /** The {@code tok:} value of the signature. */
  String signature();

  /** The tokenizer sacreBLEU calls {@code name}; 13a is sacreBLEU's default. */
  static BleuTokenizer forName(String name) {
    switch (name) {
      case "13a":
        return new Tokenizer13a();
      case "intl":
        return new TokenizerIntl();
      case "char":
        return new TokenizerChar();
      case "none":
        return new TokenizerNone();
      default:
        throw new IllegalArgumentException(
            "unknown tokenizer '" + name + "' (known: " + String.join(", ", NAMES) + ")");
    }
  }
}
