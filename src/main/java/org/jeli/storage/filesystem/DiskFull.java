package org.jeli.storage.filesystem;

import java.io.IOException;
import java.nio.file.FileSystemException;
import org.jeli.storage.StorageFullException;

/** Recognises "the disk is full" among I/O failures, which the JDK reports only by message. */
final class DiskFull {
    private static final int MAX_CAUSES = 16;
    private static final String[] MARKERS = {"No space left on device", "Disk quota exceeded"};

    private DiskFull() {}

    /** Whether {@code failure}, or anything that caused it, says the device is full. */
    static boolean isDiskFull(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof IOException && (mentionsFull(t.getMessage()) || mentionsFullReason(t))) {
                return true;
            }
        }
        return false;
    }

    /** {@link StorageFullException} when the disk is full, otherwise {@code failure} itself. */
    static IOException translate(IOException failure) {
        if (isDiskFull(failure)) {
            throw new StorageFullException(failure);
        }
        return failure;
    }

    private static boolean mentionsFullReason(Throwable t) {
        return t instanceof FileSystemException fse && mentionsFull(fse.getReason());
    }

    private static boolean mentionsFull(String text) {
        if (text == null) {
            return false;
        }
        for (String marker : MARKERS) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
