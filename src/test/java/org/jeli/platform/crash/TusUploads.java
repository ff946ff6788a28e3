package org.jeli.platform.crash;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * tus uploads of 256 KiB to 1 MiB in 64 KiB chunks: resumes an unfinished one when there is one
 * (from the offset the server reports), otherwise creates one. Every {@code 204} records the
 * acknowledged offset; the last chunk's {@code Jeli-Item} acknowledges the item.
 */
final class TusUploads implements Workload {
    static final int CHUNK = 64 * 1024;
    private final String collection;

    TusUploads(String collection) {
        this.collection = collection;
    }

    @Override
    public String name() {
        return "tus uploads";
    }

    @Override
    public void run(JeliHttp http, Ledger ledger, Random random, BooleanSupplier stop) {
        try {
            while (!stop.getAsBoolean()) {
                Ledger.TusState upload = ledger.toResume.poll();
                if (upload == null) {
                    upload = create(http, ledger, random);
                    if (upload == null) {
                        continue;
                    }
                }
                send(http, ledger, upload, stop);
            }
        } catch (IOException archiveDied) {
            // the archive was killed under this request
        }
    }

    /** Completes every queued upload, with nothing to stop it (the last, uninterrupted phase). */
    void finishAll(JeliHttp http, Ledger ledger) throws IOException {
        for (Ledger.TusState u = ledger.toResume.poll(); u != null; u = ledger.toResume.poll()) {
            send(http, ledger, u, () -> false);
        }
    }

    private Ledger.TusState create(JeliHttp http, Ledger ledger, Random random) throws IOException {
        byte[] bytes = new byte[256 * 1024 + random.nextInt(768 * 1024)];
        random.nextBytes(bytes);
        ledger.sent.add(JeliHttp.sha256(bytes));
        HttpResponse<byte[]> r = http.send(http.as("archivist-1", "/api/uploads")
                .header("Tus-Resumable", "1.0.0")
                .header("Upload-Length", Integer.toString(bytes.length))
                .header("Upload-Metadata", "collection " + b64(collection) + ",filename " + b64("crash-tus.bin"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        if (r.statusCode() != 201) {
            ledger.unexpected.add("POST /api/uploads " + r.statusCode());
            return null;
        }
        String location = r.headers().firstValue("Location").orElseThrow();
        Ledger.TusState upload = new Ledger.TusState(location.substring(location.indexOf("/api/uploads/")), bytes);
        ledger.tus.add(upload);
        return upload;
    }

    private void send(JeliHttp http, Ledger ledger, Ledger.TusState upload, BooleanSupplier stop) throws IOException {
        long offset = serverOffset(http, upload);
        if (upload.itemId != null) {
            ledger.acknowledge(upload.itemId, upload.sha256); // completed by the HEAD (or before the crash)
        }
        while (offset >= 0 && offset < upload.bytes.length) {
            if (stop.getAsBoolean()) {
                return;
            }
            int end = (int) Math.min(upload.bytes.length, offset + CHUNK);
            HttpResponse<byte[]> r = http.send(http.as("archivist-1", upload.path)
                    .header("Tus-Resumable", "1.0.0")
                    .header("Upload-Offset", Long.toString(offset))
                    .header("Content-Type", "application/offset+octet-stream")
                    .method(
                            "PATCH",
                            HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOfRange(upload.bytes, (int) offset, end)))
                    .build());
            if (r.statusCode() != 204) {
                ledger.unexpected.add("PATCH " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
                return;
            }
            offset = Long.parseLong(r.headers().firstValue("Upload-Offset").orElseThrow());
            upload.acknowledgedOffset.accumulateAndGet(offset, Math::max);
            var item = r.headers().firstValue("Jeli-Item");
            if (item.isPresent()) {
                upload.itemId = item.get();
                ledger.acknowledge(item.get(), upload.sha256);
            }
        }
    }

    /** The offset to resume from; -1 when the upload is gone (completed before a crash: checked after restart). */
    private static long serverOffset(JeliHttp http, Ledger.TusState upload) throws IOException {
        HttpResponse<byte[]> r = http.send(http.as("archivist-1", upload.path)
                .header("Tus-Resumable", "1.0.0")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
        if (r.statusCode() == 404) {
            return -1;
        }
        r.headers().firstValue("Jeli-Item").ifPresent(item -> upload.itemId = item); // completed
        return Long.parseLong(r.headers().firstValue("Upload-Offset").orElseThrow());
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
