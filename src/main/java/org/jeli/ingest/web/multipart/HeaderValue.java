package org.jeli.ingest.web.multipart;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A header value of the form {@code type; name=value; name="quoted value"} (RFC 9110 parameters),
 * as used by Content-Type and Content-Disposition. Type and parameter names are lower-cased; values
 * keep their case.
 *
 * <p>In quoted strings {@code \"} and {@code \\} are escapes; any other backslash is kept as is, so a
 * Windows path sent by an old client keeps its separators. A parameter given twice is rejected,
 * because two readers could otherwise disagree on which one counts.
 */
record HeaderValue(String type, Map<String, String> parameters) {
    HeaderValue {
        parameters = Map.copyOf(parameters);
    }

    String parameter(String name) {
        return parameters.get(name);
    }

    /**
     * @param headerLabel a constant naming the header, used in error messages
     */
    static HeaderValue parse(String value, String headerLabel) {
        Parser parser = new Parser(value, headerLabel);
        return parser.parse();
    }

    private static final class Parser {
        private final String s;
        private final String label;
        private int i;

        Parser(String s, String label) {
            this.s = s;
            this.label = label;
        }

        HeaderValue parse() {
            String type = until(';').strip().toLowerCase(Locale.ROOT);
            if (type.isEmpty()) {
                throw malformed();
            }
            Map<String, String> params = new LinkedHashMap<>();
            while (i < s.length()) {
                i++; // the ';'
                skipWhitespace();
                if (i >= s.length()) {
                    break;
                }
                if (s.charAt(i) == ';') {
                    continue;
                }
                String name = untilAny('=', ';').strip().toLowerCase(Locale.ROOT);
                if (i >= s.length() || s.charAt(i) != '=' || name.isEmpty()) {
                    throw malformed();
                }
                i++; // the '='
                skipWhitespace();
                String paramValue = i < s.length() && s.charAt(i) == '"'
                        ? quoted()
                        : until(';').strip();
                if (params.putIfAbsent(name, paramValue) != null) {
                    throw new MalformedMultipartException("duplicate parameter in " + label + " header");
                }
            }
            return new HeaderValue(type, params);
        }

        private String quoted() {
            StringBuilder out = new StringBuilder();
            i++; // opening quote
            while (true) {
                if (i >= s.length()) {
                    throw malformed();
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    break;
                }
                if (c == '\\' && i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\\')) {
                    c = s.charAt(i++);
                }
                out.append(c);
            }
            skipWhitespace();
            if (i < s.length() && s.charAt(i) != ';') {
                throw malformed();
            }
            return out.toString();
        }

        private String until(char stop) {
            return untilAny(stop, stop);
        }

        private String untilAny(char a, char b) {
            int start = i;
            while (i < s.length() && s.charAt(i) != a && s.charAt(i) != b) {
                i++;
            }
            return s.substring(start, i);
        }

        private void skipWhitespace() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
        }

        private MalformedMultipartException malformed() {
            return new MalformedMultipartException("malformed " + label + " header");
        }
    }
}
