package org.jeli.verify;

/** Whether a finding makes verification fail. */
public enum Severity {
    /** Something does not verify: the verdict is failure. */
    ERROR,
    /** Worth knowing, does not break the chain (e.g. no timestamp authority was configured). */
    WARNING
}
