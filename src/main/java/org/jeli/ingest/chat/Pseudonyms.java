package org.jeli.ingest.chat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Identities of people in chats, normalised and keyed for stable pseudonyms: a phone number is its
 * digits (so {@code +223 70 12 34 56} and {@code +22370123456} are one person), a name is its NFKC
 * lower-case form with single spaces. The key of the pseudonym table is HMAC-SHA-256 of that
 * identity under the collection's own random key, so the table itself holds no name or number.
 */
public final class Pseudonyms {
    /**
     * Phone numbers in message text: international ({@code +223 70 12 34 56}) or in groups of two
     * digits ({@code 70 12 34 56}); not dates inside file names ({@code IMG-20230312-WA0001}).
     */
    public static final Pattern PHONE =
            Pattern.compile("(?<![\\p{L}\\p{N}_\\-./])(?:\\+\\d[\\d \\u00A0\\u202F\\-.()]{6,}\\d"
                    + "|\\d{2}(?:[ \\u00A0\\u202F.\\-]\\d{2}){3,})(?![\\p{L}\\p{N}_\\-])");

    private static final Pattern PHONE_ONLY = Pattern.compile("\\+?[\\d \\u00A0\\u202F\\-.()]{7,}");

    private Pseudonyms() {}

    /** The normalised identity of a sender, actor or number as written. */
    public static String identity(String asWritten) {
        String s = Normalizer.normalize(asWritten, Normalizer.Form.NFKC).strip();
        if (PHONE_ONLY.matcher(s).matches()) {
            String digits = s.replaceAll("\\D", "");
            if (digits.length() >= 7) {
                return "tel:" + digits;
            }
        }
        return "name:" + s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** HMAC-SHA-256 of the identity under {@code key}, hex. */
    public static String hmac(byte[] key, String identity) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
        }
    }

    /** "Participant N". */
    public static String label(Integer number) {
        return number == null ? "Participant ?" : "Participant " + number;
    }

    /**
     * Replaces, whole words only and ignoring case, each known name as written and then each of
     * its words of three letters or more, with its participant label ("I added Moussa" → "I added
     * Participant 2" when "Moussa Diallo" is Participant 2).
     */
    public static String replaceNames(String text, Map<String, Integer> names) {
        String out = text;
        List<Map.Entry<String, Integer>> longestFirst = new ArrayList<>(names.entrySet());
        longestFirst.sort((a, b) -> b.getKey().length() - a.getKey().length());
        for (Map.Entry<String, Integer> e : longestFirst) {
            out = replaceWord(out, e.getKey(), label(e.getValue()));
        }
        for (Map.Entry<String, Integer> e : longestFirst) {
            for (String word : e.getKey().split("\\s+")) {
                if (word.codePointCount(0, word.length()) >= 3) {
                    out = replaceWord(out, word, label(e.getValue()));
                }
            }
        }
        return out;
    }

    private static String replaceWord(String text, String word, String replacement) {
        Pattern p = Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return p.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }

    /** Replaces every phone number in {@code text} with what {@code replacement} gives for it. */
    public static String replacePhones(String text, Function<String, String> replacement) {
        Matcher m = PHONE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
