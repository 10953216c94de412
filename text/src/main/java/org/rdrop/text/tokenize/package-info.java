/**
 * Moses text processing as fairseq's IWSLT14 preparation runs it: {@link
 * org.rdrop.text.tokenize.MosesTokenizer} (tokenizer.perl), {@link
 * org.rdrop.text.tokenize.MosesDetokenizer} (detokenizer.perl) and {@link
 * org.rdrop.text.tokenize.Lowercaser} (lowercase.perl).
 *
 * <p>Deliberate differences from the Perl scripts:
 * <ul>
 *   <li>Line based: input lines carry no terminator and results have none (Perl appends "\n").</li>
 *   <li>Not ported: tokenizer.perl -penn, -x, -protected (and -threads/-b/-time, which do not change
 *       output); detokenizer.perl -u, -penn. Languages whose Moses rules or prefix lists are not shipped
 *       (e.g. fi, sv, ca, nl, cs) are rejected instead of silently tokenized differently.</li>
 *   <li>Unicode tables are Java 17's (Unicode 13). Against Perl 5.36 (Unicode 14) the character classes and
 *       lc agree on every code point Java 17 knows; they differ only on characters added in Unicode 14.</li>
 * </ul>
 * Nonbreaking prefix data: see README.md beside the resources of this package.
 */
package org.rdrop.text.tokenize;
