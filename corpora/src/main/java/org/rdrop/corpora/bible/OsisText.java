package org.rdrop.corpora.bible;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the OSIS/ThML markup of a SWORD verse slot into plain text, and reads the Strong's numbers
 * of its words (used only to check the verse alignment, never written out).
 *
 * <p>Plain-text rules, in order:
 *
 * <ol>
 *   <li>{@code <note>} elements are dropped with their bodies (footnotes and cross references).
 *   <li>Tags of inline elements ({@code w, transChange, divineName, q, foreign, seg, hi, name,
 *       reference, rdg, catchWord, abbr, index, mentioned, date, inscription}) are removed and their
 *       text kept, so {@code ¡<w>OH</w>} stays {@code ¡OH}. Every other tag (div, l, lg, lb, p,
 *       chapter, milestone, title, verse, ...) becomes a space. Title text is kept: in these modules
 *       the titles inside verse slots are Psalm superscriptions, Psalm 119's letter headings and the
 *       epistle subscriptions, which the Spanish module carries as running text.
 *   <li>Where one inline element ends and the next begins with nothing between them ({@code
 *       allí</w><transChange>también}), a space is inserted, unless the next element starts with
 *       one of the caller's {@code joinWords}: the Spanish module writes enclitic pronouns as
 *       separate elements glued to their verb ({@code sáca</w><transChange>lo} is "sácalo").
 *   <li>Leftover USFM character markers such as {@code \nd } and {@code \+nd*} (an upstream
 *       conversion slip in the KJV module) are removed.
 *   <li>The pilcrow {@code ¶} (the KJV's paragraph sign, not part of the sentence) is removed.
 *   <li>Character entities are decoded ({@code &amp; &lt; &gt; &quot; &apos;} and numeric ones).
 *   <li>Runs of white space (any Unicode space separator, tab or line break) become one space; the
 *       result is trimmed.
 * </ol>
 */
public final class OsisText {
  private OsisText() {}

  private static final Set<String> INLINE =
      Set.of(
          "w", "transChange", "divineName", "q", "foreign", "seg", "hi", "name", "reference", "rdg",
          "catchWord", "abbr", "index", "mentioned", "date", "inscription");
  private static final Pattern TAG_NAME = Pattern.compile("^</?\\s*([A-Za-z][A-Za-z0-9:_-]*)");
  private static final Pattern LEMMA = Pattern.compile("\\blemma=\"([^\"]*)\"");
  private static final Pattern STRONG = Pattern.compile("^(?:strong:)?([HG])0*(\\d+)$");
  private static final Pattern USFM_MARKER = Pattern.compile("\\\\\\+?[a-z]+[0-9]*\\*?");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z]+);");
  private static final Pattern SPACES = Pattern.compile("[\\p{Z}\\s]+");

  /** Plain text of a verse slot per the rules above, with no join words. */
  public static String plainText(String osis) {
    return plainText(osis, Set.of());
  }

  /** Plain text of a verse slot per the rules above. */
  public static String plainText(String osis, Set<String> joinWords) {
    StringBuilder text = new StringBuilder(osis.length());
    walk(osis, text, null, joinWords);
    String s = USFM_MARKER.matcher(text).replaceAll("");
    s = s.replace("¶", " ");
    s = decodeEntities(s);
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Strong's numbers on the {@code <w lemma="strong:...">} tags outside notes, e.g. H430, G2424. */
  public static Set<String> strongsNumbers(String osis) {
    Set<String> numbers = new TreeSet<>();
    walk(osis, null, numbers, Set.of());
    return numbers;
  }

  /** One pass over the markup: text (outside notes) goes to {@code text}, Strong's numbers to {@code strongs}. */
  private static void walk(String osis, StringBuilder text, Set<String> strongs, Set<String> joinWords) {
    int noteDepth = 0;
    // afterClose: an inline element has closed and no text followed yet; touching: then another opened.
    boolean afterClose = false;
    boolean touching = false;
    int i = 0;
    while (i < osis.length()) {
      int lt = osis.indexOf('<', i);
      int end = lt < 0 ? osis.length() : lt;
      if (end > i && noteDepth == 0) {
        if (text != null) {
          if (touching && needsSpace(text, osis.substring(i, end), joinWords)) {
            text.append(' ');
          }
          text.append(osis, i, end);
        }
        afterClose = false;
        touching = false;
      }
      if (lt < 0) {
        break;
      }
      int gt = osis.indexOf('>', lt);
      if (gt < 0) {
        throw new IllegalArgumentException("unterminated tag at character " + lt + ": " + snippet(osis, lt));
      }
      String tag = osis.substring(lt, gt + 1);
      Matcher name = TAG_NAME.matcher(tag);
      if (!name.find()) {
        throw new IllegalArgumentException("malformed tag at character " + lt + ": " + snippet(osis, lt));
      }
      boolean closing = tag.startsWith("</");
      boolean selfClosing = tag.endsWith("/>");
      String element = name.group(1);
      if (element.equals("note")) {
        if (closing) {
          if (noteDepth == 0) {
            throw new IllegalArgumentException("</note> without <note> at character " + lt);
          }
          noteDepth--;
        } else if (!selfClosing) {
          noteDepth++;
        }
      } else if (noteDepth == 0) {
        if (INLINE.contains(element)) {
          if (closing) {
            afterClose = true;
          } else if (afterClose) {
            touching = true;
          }
        } else {
          if (text != null) {
            text.append(' ');
          }
          afterClose = false;
          touching = false;
        }
        if (strongs != null && element.equals("w") && !closing) {
          addStrongs(tag, strongs);
        }
      }
      i = gt + 1;
    }
    if (noteDepth != 0) {
      throw new IllegalArgumentException("<note> without </note>: " + snippet(osis, 0));
    }
  }

  /** Whether text glued to the previous element's text needs a space (both sides letters, no join word). */
  private static boolean needsSpace(StringBuilder before, String next, Set<String> joinWords) {
    if (before.length() == 0 || !Character.isLetterOrDigit(before.charAt(before.length() - 1))) {
      return false;
    }
    if (next.isEmpty() || !Character.isLetterOrDigit(next.charAt(0))) {
      return false;
    }
    int wordEnd = 0;
    while (wordEnd < next.length() && Character.isLetter(next.charAt(wordEnd))) {
      wordEnd++;
    }
    return !joinWords.contains(next.substring(0, wordEnd).toLowerCase(Locale.ROOT));
  }

  private static void addStrongs(String tag, Set<String> strongs) {
    Matcher lemma = LEMMA.matcher(tag);
    if (!lemma.find()) {
      return;
    }
    for (String token : lemma.group(1).trim().split("\\s+")) {
      Matcher m = STRONG.matcher(token);
      if (m.matches()) {
        strongs.add(m.group(1) + m.group(2));
      }
    }
  }

  static String decodeEntities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String replacement;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        replacement = Character.toString(Integer.parseInt(e.substring(2), 16));
      } else if (e.startsWith("#")) {
        replacement = Character.toString(Integer.parseInt(e.substring(1)));
      } else {
        replacement =
            switch (e) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              default -> throw new IllegalArgumentException("unknown character entity &" + e + ";");
            };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String snippet(String s, int at) {
    return s.substring(at, Math.min(s.length(), at + 60));
  }
}
