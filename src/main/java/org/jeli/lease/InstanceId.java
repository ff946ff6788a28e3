package org.jeli.lease;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Who this running instance is, for leases: a name for humans (host and port, or what the operator
 * configured) and 64 random bits drawn at every start, so a restarted instance is a new holder and
 * two instances with the same name are still told apart.
 */
public record InstanceId(String value) {
    private static final int MAX_NAME = 160;

    public InstanceId {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("an instance id is 1 to 200 characters");
        }
    }

    /** {@code <name>/<16 hex digits>}; the name is cut to 160 characters and stripped of control characters. */
    public static InstanceId random(String name, SecureRandom random) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        String clean = name == null ? "" : name.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty()) {
            clean = "jeli";
        }
        if (clean.length() > MAX_NAME) {
            clean = clean.substring(0, MAX_NAME);
        }
        return new InstanceId(clean + "/" + HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return value;
    }
}
