package org.jeli.ingest.chat;

/** Where an import stands. Stable names, shown in the API. */
public enum ImportState {
    QUEUED,
    RUNNING,
    DONE,
    REFUSED,
    FAILED;

    public boolean finished() {
        return this == DONE || this == REFUSED || this == FAILED;
    }
}
