package org.jeli.platform.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code POST /api/imports} of small WhatsApp export zips made here, one after another, each
 * waited for until it leaves QUEUED/RUNNING (or the archive dies): every export has 100 to 800
 * messages (a second or a few of work) that all carry a token of its own, so {@link ChatImportCheck} can tell after a restart
 * which import each visible message belongs to. A {@code 202} is the acknowledgement.
 */
final class ChatImports implements Workload {
    static final String MESSAGE_TYPE = "application/vnd.jeli.message+json";
    private final String collection;

    ChatImports(String collection) {
        this.collection = collection;
    }

    @Override
    public String name() {
        return "chat-export imports";
    }

    @Override
    public void run(JeliHttp http, Ledger ledger, Random random, BooleanSupplier stop) {
        try {
            while (!stop.getAsBoolean()) {
                String token = token(random);
                int messages = 100 + random.nextInt(701);
                byte[] zip = export(token, messages);
                Ledger.ChatImport sent = new Ledger.ChatImport(token, messages, zip);
                ledger.chatImports.put(token, sent);
                HttpResponse<byte[]> r = http.send(http.as("archivist-1", "/api/imports")
                        .header("Content-Type", JeliHttp.MULTIPART)
                        .POST(JeliHttp.multipart(
                                Map.of("collection", collection, "timezone", "Africa/Bamako"),
                                "chat.zip",
                                "application/zip",
                                zip))
                        .build());
                if (r.statusCode() == 202) {
                    JsonNode json = JeliHttp.JSON.readTree(r.body());
                    sent.exportItem = json.get("exportItem").asText();
                    sent.importId = json.get("id").asText();
                    sent.interrupted = true; // until the client sees it finish
                    sent.interrupted = !awaitFinished(http, ledger, sent.importId, stop);
                } else if (r.statusCode() == 429) {
                    Thread.sleep(1000); // too many imports at once: the archive says so, try again
                } else {
                    ledger.unexpected.add("POST /api/imports " + r.statusCode());
                }
            }
        } catch (IOException archiveDied) {
            // the archive was killed under this request: what it had not acknowledged is not owed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls the import until it finishes (true) or the round stops (false). */
    private static boolean awaitFinished(JeliHttp http, Ledger ledger, String importId, BooleanSupplier stop)
            throws IOException, InterruptedException {
        while (!stop.getAsBoolean()) {
            String state = state(http, importId);
            if (state.equals("RUNNING")) {
                ledger.importRunning.set(true);
            }
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    static String state(JeliHttp http, String importId) throws IOException {
        return http.json(http.as("archivist-1", "/api/imports/" + importId).build(), 200)
                .get("state")
                .asText();
    }

    /** Lower-case letters only: one search word, no digits for the parser to mistake. */
    private static String token(Random random) {
        StringBuilder b = new StringBuilder("crash");
        for (int i = 0; i < 12; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    /** An Android WhatsApp export (24 h, day first, one message a minute from 14/03/2023 08:00), zipped. */
    static byte[] export(String token, int messages) {
        StringBuilder chat = new StringBuilder();
        LocalDateTime start = LocalDateTime.of(2023, 3, 14, 8, 0);
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");
        for (int i = 0; i < messages; i++) {
            chat.append(String.format(
                    "%s - Témoin %d: Message %d de l'export %s%n",
                    stamp.format(start.plusMinutes(i)), i % 3, i, token));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("WhatsApp Chat with Crash " + token + ".txt"));
            zip.write(chat.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
