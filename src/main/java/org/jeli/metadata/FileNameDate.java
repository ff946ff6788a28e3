package org.jeli.metadata;

import java.util.Objects;

/**
 * A capture date or time that a file's name claims, for example WhatsApp's {@code
 * IMG-20230514-WA0012.jpg}. It is a claim like any other: the name can be changed by anyone.
 *
 * @param isoValue ISO-8601 text: a date ({@code 2023-05-14}), a local date-time without offset
 *     ({@code 2023-05-14T14:22:33}), or a UTC instant ({@code 2023-05-14T14:22:33.123Z}) where the
 *     naming scheme is known to use UTC
 * @param pattern which naming scheme matched: {@code whatsapp}, {@code android-camera}, {@code
 *     samsung-camera} or {@code pixel-camera}
 */
public record FileNameDate(String isoValue, String pattern) {

    public FileNameDate {
        Objects.requireNonNull(isoValue, "isoValue");
        Objects.requireNonNull(pattern, "pattern");
    }
}
