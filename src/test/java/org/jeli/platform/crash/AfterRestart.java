package org.jeli.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** What must hold after every restart, whatever moment the archive was killed at. */
final class AfterRestart {
    private final JeliHttp http;
    private final Ledger ledger;
    private final String collection;

    AfterRestart(JeliHttp http, Ledger ledger, String collection) {
        this.http = http;
        this.ledger = ledger;
        this.collection = collection;
    }

    /** Staging of the blob store and the HTTP body folder are empty: nothing half-written survives a start. */
    static void stagingIsClean(Path data) throws IOException {
        for (Path dir : new Path[] {
            data.resolve("blobs").resolve("tmp"), data.resolve("tmp").resolve("http")
        }) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> left = Files.list(dir)) {
                    assertThat(left).as("leftovers in %s", dir).isEmpty();
                }
            }
        }
    }

    /**
     * Every acknowledged item is listed and its bytes verify; every listed item is one whose bytes
     * were sent (nothing partial or foreign) and verifies too. Returns the number of items listed.
     */
    int itemsAreCompleteAndVerify() throws IOException {
        return itemsAreCompleteAndVerify(Integer.MAX_VALUE);
    }

    /**
     * As {@link #itemsAreCompleteAndVerify()}, but the bytes of items verified in an earlier round
     * are downloaded again only for a random sample of {@code recheck} of them (every round still
     * checks every listed hash; the last check downloads everything).
     */
    int itemsAreCompleteAndVerify(int recheck) throws IOException {
        Map<String, String> listed = listed();
        List<String> earlier = new ArrayList<>(ledger.verified);
        Collections.shuffle(earlier);
        Set<String> skip = new HashSet<>(earlier.subList(Math.min(recheck, earlier.size()), earlier.size()));
        assertThat(listed.keySet()).as("acknowledged items are all there").containsAll(ledger.acknowledged.keySet());
        for (Map.Entry<String, String> item : listed.entrySet()) {
            String sha = item.getValue();
            assertThat(ledger.sent)
                    .as("item %s holds bytes a client sent", item.getKey())
                    .contains(sha);
            String expected = ledger.acknowledged.getOrDefault(item.getKey(), sha);
            assertThat(sha)
                    .as("item %s has the acknowledged hash", item.getKey())
                    .isEqualTo(expected);
            if (skip.contains(item.getKey())) {
                continue;
            }
            HttpResponse<byte[]> content =
                    http.send(http.as("investigator-1", "/api/items/" + item.getKey() + "/content")
                            .build());
            assertThat(content.statusCode()).as("content of %s", item.getKey()).isEqualTo(200);
            assertThat(JeliHttp.sha256(content.body()))
                    .as("bytes of %s", item.getKey())
                    .isEqualTo(sha);
            ledger.verified.add(item.getKey());
        }
        return listed.size();
    }

    /**
     * Every unfinished tus upload is still there with at least its acknowledged offset, or has
     * become an item (its last chunk was stored before the kill, unacknowledged); the ones still
     * open are queued to be resumed.
     */
    void tusUploadsResumeFromTheirAcknowledgedOffset(Map<String, String> listedBySha) throws IOException {
        ledger.toResume.clear();
        for (Ledger.TusState upload : ledger.tus) {
            if (upload.finished()) {
                continue;
            }
            HttpResponse<byte[]> r = http.send(http.as("archivist-1", upload.path)
                    .header("Tus-Resumable", "1.0.0")
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build());
            if (r.statusCode() == 404) {
                assertThat(listedBySha)
                        .as("a tus upload that is gone became an item")
                        .containsKey(upload.sha256);
                upload.itemId = listedBySha.get(upload.sha256);
                ledger.acknowledge(upload.itemId, upload.sha256);
                continue;
            }
            assertThat(r.statusCode()).isEqualTo(200);
            long offset = Long.parseLong(r.headers().firstValue("Upload-Offset").orElseThrow());
            assertThat(offset)
                    .as("offset of %s", upload.path)
                    .isGreaterThanOrEqualTo(upload.acknowledgedOffset.get())
                    .isLessThanOrEqualTo(upload.bytes.length);
            ledger.toResume.add(upload);
        }
    }

    /** The listed items of the collection: id to SHA-256. */
    Map<String, String> listed() throws IOException {
        Map<String, String> items = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode json = http.json(
                    http.as(
                                    "investigator-1",
                                    "/api/items?size=100&page=" + page + "&collection="
                                            + URLEncoder.encode(collection, StandardCharsets.UTF_8))
                            .build(),
                    200);
            for (JsonNode item : json.get("items")) {
                items.put(item.get("id").asText(), item.get("sha256").asText());
            }
            if (json.get("items").isEmpty() || items.size() >= json.get("total").asInt()) {
                return items;
            }
        }
    }

    static Map<String, String> bySha(Map<String, String> idToSha) {
        Map<String, String> m = new HashMap<>();
        idToSha.forEach((id, sha) -> m.put(sha, id));
        return m;
    }
}
