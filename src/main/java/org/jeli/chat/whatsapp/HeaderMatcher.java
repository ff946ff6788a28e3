package org.jeli.chat.whatsapp;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the header that starts each WhatsApp message line, in its Android and iOS shapes. */
final class HeaderMatcher {
    private static final String DATE = "(?<a>\\d{1,4})(?<sep>[./-])(?<b>\\d{1,2})\\k<sep>(?<c>\\d{1,4})";
    private static final String TIME = "(?<h>\\d{1,2})[:.](?<m>\\d{2})(?:[:.](?<s>\\d{2}))?";
    private static final String MERIDIEM = "(?: ?(?<ampm>[aApP]\\.? ?[mM]\\.?|ص|م))?";
    private static final Pattern ANDROID =
            Pattern.compile("^" + DATE + "(?:,? (?:à |a las |às |um |at )?|,)" + TIME + MERIDIEM + " [-–] ");
    private static final Pattern IOS = Pattern.compile("^\\[" + DATE + ",? " + TIME + MERIDIEM + "\\] ?");

    Optional<RawHeader> match(String line) {
        if (line.isEmpty()) {
            return Optional.empty();
        }
        HeadText head = HeadText.of(line);
        String text = head.text();
        if (text.isEmpty() || !(Character.isDigit(text.charAt(0)) || text.charAt(0) == '[')) {
            return Optional.empty();
        }
        Matcher m = (text.charAt(0) == '[' ? IOS : ANDROID).matcher(text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        HeaderStyle style = text.charAt(0) == '[' ? HeaderStyle.IOS : HeaderStyle.ANDROID;
        return Optional.of(new RawHeader(
                style,
                Integer.parseInt(m.group("a")),
                Integer.parseInt(m.group("b")),
                Integer.parseInt(m.group("c")),
                m.group("a").length(),
                m.group("c").length(),
                Integer.parseInt(m.group("h")),
                Integer.parseInt(m.group("m")),
                m.group("s") == null ? 0 : Integer.parseInt(m.group("s")),
                meridiem(m.group("ampm")),
                head.originalIndexAfter(m.end() - 1)));
    }

    private static RawHeader.Meridiem meridiem(String token) {
        if (token == null) {
            return RawHeader.Meridiem.NONE;
        }
        String plain = token.replace(".", "").replace(" ", "").toLowerCase(Locale.ROOT);
        return plain.equals("am") || plain.equals("ص") ? RawHeader.Meridiem.AM : RawHeader.Meridiem.PM;
    }
}
