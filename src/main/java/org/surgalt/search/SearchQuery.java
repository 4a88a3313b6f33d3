package org.surgalt.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.surgalt.platform.DomainException;

/**
 * What someone typed, turned into the words a MariaDB FULLTEXT index can find. The input is never
 * passed on as typed: only runs of letters, digits and '_' (what InnoDB's parser counts as a word)
 * survive, so boolean-mode operators (+ - < > ( ) ~ * " @) cannot change or break the query.
 * Words the index does not hold are left out and reported: shorter than innodb_ft_min_token_size,
 * longer than its max, or one of InnoDB's default stopwords. Required as prefixes (+word*) they
 * would match nothing (a stopword: never indexed) or far too much (a two-letter prefix).
 */
public record SearchQuery(String text, List<String> terms, List<String> ignored) {

    public static final int MAX_LENGTH = 200;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    /** INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD of MariaDB 11.4 (reading it needs the PROCESS privilege). */
    private static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com",
            "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this",
            "to", "und", "was", "what", "when", "where", "who", "will", "with", "www");

    public static SearchQuery parse(String typed, int minWordLength, int maxWordLength) {
        String text = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            throw DomainException.invalid("q", "must not be empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw DomainException.invalid("q", "must be at most " + MAX_LENGTH + " characters");
        }
        Set<String> terms = new LinkedHashSet<>();
        Set<String> ignored = new LinkedHashSet<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            int length = word.codePointCount(0, word.length());
            if (length < minWordLength || length > maxWordLength || STOPWORDS.contains(word)) {
                ignored.add(word);
            } else {
                terms.add(word);
            }
        }
        if (terms.isEmpty()) {
            throw DomainException.invalid("q", "has no word to search for: words need at least " + minWordLength
                    + " letters, and very common English words (the, with, ...) are left out");
        }
        return new SearchQuery(text, List.copyOf(terms), List.copyOf(ignored));
    }

    /** Every word required, each as a prefix: "эрх" finds эрхийг and эрхтэй (Mongolian adds suffixes). */
    public String booleanMode() {
        return terms.stream().map(term -> "+" + term + "*").collect(Collectors.joining(" "));
    }

    /** The word the snippet is cut around in the database: the longest, least likely to hide inside others. */
    public String anchor() {
        return terms.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
    }
}
