package org.jeli.ingest;

import java.util.Objects;
import org.jeli.access.Sensitivity;

/**
 * What the person handing material in says about it. Claims are statements, not facts: they are
 * kept beside what the file itself says and never overwrite it.
 *
 * @param claimedCapturedAt ISO-8601 date, local date-time or offset date-time, as stated
 */
public record Claims(
        String title,
        String description,
        SourcePlatform sourcePlatform,
        String sourceDetail,
        String claimedCapturedAt,
        String claimedLocation,
        Sensitivity sensitivity,
        String language) {

    public Claims {
        title = Objects.requireNonNullElse(title, "");
        description = Objects.requireNonNullElse(description, "");
        sourceDetail = Objects.requireNonNullElse(sourceDetail, "");
        Objects.requireNonNull(sourcePlatform, "sourcePlatform");
        Objects.requireNonNull(sensitivity, "sensitivity");
    }
}
