package org.jeli.platform.crash;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
                        .header("Content-Type", "multipart/form-data; boundary=crash-boundary")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body(bytes)))
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

    private byte[] body(byte[] file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 512);
        out.write(("--crash-boundary\r\nContent-Disposition: form-data; name=\"collection\"\r\n\r\n" + collection
                        + "\r\n--crash-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"crash.bin\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(file);
        out.write("\r\n--crash-boundary--\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
