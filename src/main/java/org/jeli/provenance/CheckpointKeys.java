package org.jeli.provenance;

/** What checking a stored checkpoint needs: the log's origin and whether a note is validly signed. */
public interface CheckpointKeys {
    String origin();

    /** Whether {@code signedNote} carries a valid signature by one of the log's keys over exactly {@code expectedText}. */
    boolean verifies(String signedNote, String expectedText);
}
