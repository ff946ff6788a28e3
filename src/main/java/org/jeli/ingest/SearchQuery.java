package org.jeli.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jeli.common.InvalidFieldException;

/**
 * What someone typed in the search box, reduced to words: runs of letters, combining marks and
 * digits (any script). Everything else separates words, so no query syntax ever reaches the
 * database. All words must match; the last one also matches as a prefix (search as you type).
 */
public record SearchQuery(List<String> terms) {
    public static final int MAX_LENGTH = 500;
    public static final int MAX_TERMS = 12;
    private static final int MAX_TERM = 64;

    public SearchQuery {
        terms = List.copyOf(terms);
    }

    /** @throws InvalidFieldException ({@code q}) for a text longer than {@value #MAX_LENGTH} */
    public static SearchQuery parse(String text) {
        if (text == null) {
            return new SearchQuery(List.of());
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidFieldException("q", "is longer than " + MAX_LENGTH + " characters");
        }
        List<String> terms = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else {
                flush(word, terms);
            }
        });
        flush(word, terms);
        return new SearchQuery(terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms);
    }

    private static void flush(StringBuilder word, List<String> terms) {
        if (!word.isEmpty()) {
            String w = word.toString().toLowerCase(Locale.ROOT);
            terms.add(w.length() > MAX_TERM ? w.substring(0, MAX_TERM) : w);
            word.setLength(0);
        }
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /**
     * The query in PostgreSQL's {@code to_tsquery} syntax: {@code 'a' & 'b' & 'c':*}. Terms hold
     * only letters, marks and digits, so quoting them is enough.
     */
    public String tsquery() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                sb.append(" & ");
            }
            sb.append('\'').append(terms.get(i)).append('\'');
            if (i == terms.size() - 1) {
                sb.append(":*");
            }
        }
        return sb.toString();
    }
}
