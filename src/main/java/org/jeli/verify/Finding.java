package org.jeli.verify;

import java.util.Objects;

/**
 * One thing the verifier found. Its message is built from {@code code} in the reader's language;
 * {@code where} names the file or item and {@code detail} adds the expected and actual values.
 *
 * @param severity error or warning
 * @param code the stable code
 * @param where the package path, item id or checkpoint it concerns
 * @param detail what was expected and what was found, in plain ASCII; may be empty
 */
public record Finding(Severity severity, FindingCode code, String where, String detail) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        where = where == null ? "" : where;
        detail = detail == null ? "" : detail;
    }

    public static Finding error(FindingCode code, String where, String detail) {
        return new Finding(Severity.ERROR, code, where, detail);
    }

    public static Finding warning(FindingCode code, String where, String detail) {
        return new Finding(Severity.WARNING, code, where, detail);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
