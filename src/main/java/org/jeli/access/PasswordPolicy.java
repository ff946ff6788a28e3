package org.jeli.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a new password must satisfy: 12 to 256 code points, not the username, and not in the bundled
 * list of common (leaked) passwords; both comparisons ignore case. Length rules follow NIST SP
 * 800-63B (length and a blocklist, no composition rules).
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    static final String BUNDLED_LIST = "/org/jeli/access/common-passwords.txt";

    private final Set<String> common;

    /** @param common common passwords; compared ignoring case */
    public PasswordPolicy(Set<String> common) {
        Set<String> lower = new HashSet<>();
        for (String p : common) {
            lower.add(p.toLowerCase(Locale.ROOT));
        }
        this.common = Set.copyOf(lower);
    }

    /** The policy with the list bundled in the jar. */
    public static PasswordPolicy withBundledList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(BUNDLED_LIST)) {
            Objects.requireNonNull(in, "bundled common-password list missing");
            Set<String> entries = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
            return new PasswordPolicy(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled common-password list", e);
        }
    }

    public PasswordCheck check(String username, char[] password) {
        Objects.requireNonNull(password, "password");
        int length = Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH) {
            return PasswordCheck.refused(PasswordRejection.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            return PasswordCheck.refused(PasswordRejection.TOO_LONG);
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
            return PasswordCheck.refused(PasswordRejection.SAME_AS_USERNAME);
        }
        if (common.contains(lower)) {
            return PasswordCheck.refused(PasswordRejection.TOO_COMMON);
        }
        return PasswordCheck.ACCEPTED;
    }

    /** How many entries the list holds (for tests and the startup check). */
    public int commonPasswordCount() {
        return common.size();
    }
}
