package org.rdrop.text.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: detokenize(tokenize(x)) == x for simple, normally spaced sentences. Sentences are drawn from a
 * fixed-seed generator per language over pieces that Moses round-trips (words, contractions the language's
 * rules rejoin, numbers with inner separators, currency, percent, brackets, paired double quotes, commas,
 * colons and final marks). The expected value is the input itself.
 */
class RoundTripTest {
  private static final int SENTENCES = 500;

  private static final String[] EN_WORDS = {"the", "cat", "Paris", "well-known", "don't", "it's", "we're",
      "Mr. Smith", "U.S.", "data", "1,000", "3.5", "$5", "50%", "e.g. this", "naïve", "Zoë"};
  private static final String[] FR_WORDS = {"le", "chat", "l'homme", "qu'il", "d'accord", "Paris", "été",
      "1,5", "50 %", "c'est", "M. Dupont"};
  private static final String[] ES_WORDS = {"el", "gato", "Sr. García", "año", "mañana", "1.234,56", "EE.UU.",
      "niño", "$5", "qué"};
  private static final String[] DE_WORDS = {"der", "Hund", "Äpfel", "Straße", "z.B. das", "am 3. Mai", "Mio.",
      "usw.", "5,50", "Größe"};

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "es", "de"})
  void detokenizeInvertsTokenize(String language) {
    MosesTokenizer tokenizer = MosesTokenizer.forLanguage(language);
    MosesDetokenizer detokenizer = MosesDetokenizer.forLanguage(language);
    Random random = new Random(20210601L + language.hashCode());
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < SENTENCES; i++) {
      String sentence = sentence(language, random);
      String back = detokenizer.detokenize(tokenizer.tokenize(sentence));
      if (!back.equals(sentence)) {
        failures.add(sentence + " -> " + tokenizer.tokenize(sentence) + " -> " + back);
      }
    }
    assertThat(failures).isEmpty();
  }

  private static String sentence(String language, Random random) {
    String[] words = switch (language) {
      case "en" -> EN_WORDS;
      case "fr" -> FR_WORDS;
      case "es" -> ES_WORDS;
      default -> DE_WORDS;
    };
    boolean french = language.equals("fr");
    StringBuilder out = new StringBuilder();
    int length = 2 + random.nextInt(8);
    boolean spanishQuestion = language.equals("es") && random.nextInt(3) == 0;
    if (spanishQuestion) {
      out.append('\u00bf');
    }
    for (int i = 0; i < length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      String word = words[random.nextInt(words.length)];
      switch (random.nextInt(8)) {
        case 0 -> out.append('(').append(word).append(')');
        case 1 -> out.append('"').append(word).append('"');
        case 2 -> out.append(word).append(',');
        case 3 -> out.append(word).append(french ? " :" : ":");
        default -> out.append(word);
      }
    }
    if (spanishQuestion) {
      return out.append('?').toString();
    }
    String[] ends = french ? new String[] {".", " ?", " !", ""} : new String[] {".", "?", "!", ""};
    return out.append(ends[random.nextInt(ends.length)]).toString();
  }
}
