package org.jeli.metadata;

/**
 * The fields Jeli normalises out of a parser's raw metadata. Every field may be {@code null}.
 *
 * @param capturedAt capture time as ISO-8601 text; a local date-time without offset when the file
 *     states none (EXIF usually does not), otherwise with its offset
 * @param durationSeconds playing time of audio or video
 * @param codecs comma-separated codec names where the container names them
 */
public record NormalizedMetadata(
        String mediaType,
        String capturedAt,
        Double gpsLatitude,
        Double gpsLongitude,
        String deviceMake,
        String deviceModel,
        Double durationSeconds,
        Integer width,
        Integer height,
        String codecs,
        Integer pageCount,
        String language) {

    public static NormalizedMetadata onlyType(String mediaType) {
        return new NormalizedMetadata(mediaType, null, null, null, null, null, null, null, null, null, null, null);
    }
}
