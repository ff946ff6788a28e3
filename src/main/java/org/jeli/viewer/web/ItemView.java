package org.jeli.viewer.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jeli.ingest.ItemDetails;
import org.jeli.ingest.web.ItemJson;

/**
 * The item as its page shows it, built from the API's own JSON shape ({@link ItemJson#item}) so
 * that the page hides exactly the identifying fields the API hides.
 */
public record ItemView(
        String id,
        String collection,
        String sha256,
        String sha512,
        long size,
        String mediaType,
        Instant createdAt,
        String title,
        String description,
        String sourcePlatform,
        String sourceDetail,
        String claimedCapturedAt,
        String claimedLocation,
        String sensitivity,
        String language,
        String metadataState,
        String outcome,
        String capturedAt,
        String device,
        Object duration,
        String dimensions,
        String codecs,
        List<Source> dates,
        List<Source> places,
        boolean placesHidden) {

    /** A date or place with where it came from ({@code extracted}, {@code filename}, {@code uploader}). */
    public record Source(String value, String source) {}

    @SuppressWarnings("unchecked")
    static ItemView of(ItemDetails d, boolean identifying) {
        Map<String, Object> json = ItemJson.item(d, identifying);
        Map<String, Object> claims = (Map<String, Object>) json.get("claims");
        Map<String, Object> md = (Map<String, Object>) json.get("metadata");
        Map<String, Object> device = (Map<String, Object>) md.get("device");
        List<Source> dates = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) json.get("dates")) {
            dates.add(new Source(str(m.get("value")), str(m.get("source"))));
        }
        List<Source> places = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) json.get("places")) {
            String text = m.containsKey("text") ? str(m.get("text")) : m.get("latitude") + ", " + m.get("longitude");
            places.add(new Source(text, str(m.get("source"))));
        }
        return new ItemView(
                d.id().toString(),
                d.collectionName(),
                d.sha256(),
                d.sha512(),
                d.size(),
                d.mediaType(),
                d.createdAt(),
                str(claims.get("title")),
                str(claims.get("description")),
                str(claims.get("sourcePlatform")),
                str(claims.get("sourceDetail")),
                str(claims.get("claimedCapturedAt")),
                str(claims.get("claimedLocation")),
                str(claims.get("sensitivity")),
                str(claims.get("language")),
                str(md.get("state")),
                str(md.get("outcome")),
                str(md.get("capturedAt")),
                device == null ? null : (str(device.get("make")) + " " + str(device.get("model"))).strip(),
                md.get("durationSeconds"),
                md.get("width") == null ? null : md.get("width") + " × " + md.get("height"),
                str(md.get("codecs")),
                dates,
                places,
                !identifying);
    }

    private static String str(Object o) {
        return o == null || o.toString().isEmpty() ? null : o.toString();
    }
}
