package org.jeli.metadata.process;

/** How one request to a parse-worker ended, as the parent saw it. */
sealed interface ChildReply {

    /** Whether the worker may serve another request. */
    default boolean reusable() {
        return false;
    }

    /** The worker answered; {@code frame} is its last frame (TYPE for detect, RESULT for extract). */
    record Answered(String detectedType, byte[] frame) implements ChildReply {
        @Override
        public boolean reusable() {
            return true;
        }
    }

    /** The wall-clock limit passed; the worker was killed. */
    record TimedOut(String detectedType) implements ChildReply {}

    /** The worker ended by itself (crash, out of memory, exit) with {@code exitCode}. */
    record Died(String detectedType, int exitCode) implements ChildReply {}

    /** The worker's answer was larger than allowed or off protocol; it was killed. */
    record Refused(String detectedType, boolean tooLarge) implements ChildReply {}
}
