package org.jeli.platform.crash;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

/** {@code POST /api/items} one after another, 1 KiB to 256 KiB each; a 201 is an acknowledgement. */
final class MultipartUploads implements Workload {
    private final String collection;

    MultipartUploads(String collection) {
        this.collection = collection;
    }

    @Override
    public String name() {
        return "multipart uploads";
    }

    @Override
    public void run(JeliHttp http, Ledger ledger, Random random, BooleanSupplier stop) {
        try {
            while (!stop.getAsBoolean()) {
                byte[] bytes = new byte[1024 + random.nextInt(255 * 1024)];
                random.nextBytes(bytes);
                String sha = JeliHttp.sha256(bytes);
                ledger.sent.add(sha);
                HttpResponse<byte[]> r = http.send(http.as("archivist-1", "/api/items")
                        .header("Content-Type", JeliHttp.MULTIPART)
                        .POST(JeliHttp.multipart(
                                Map.of("collection", collection), "crash.bin", "application/octet-stream", bytes))
                        .build());
                if (r.statusCode() == 201) {
                    ledger.acknowledge(
                            JeliHttp.JSON.readTree(r.body()).get("id").asText(), sha);
                } else {
                    ledger.unexpected.add("POST /api/items " + r.statusCode());
                }
            }
        } catch (IOException archiveDied) {
            // the archive was killed under this request: it was never acknowledged
        }
    }
}
