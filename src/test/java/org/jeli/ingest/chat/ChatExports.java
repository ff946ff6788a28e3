package org.jeli.ingest.chat;

import static org.jeli.testsupport.Api.asArchivist;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jeli.chat.Attachment;
import org.jeli.chat.Message;
import org.jeli.chat.whatsapp.WhatsAppParser;
import org.jeli.testsupport.Api;

/** Builds chat-export zips from the fixtures and drives the import API as an archivist would. */
final class ChatExports {
    private static final Pattern TELEGRAM_MEDIA = Pattern.compile("\"(?:photo|file)\": \"([^\"(][^\"]*)\"");

    private ChatExports() {}

    static byte[] resource(String path) {
        try (InputStream in = ChatExports.class.getResourceAsStream("/chat/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes this test gives a media file: distinct per name unless the caller says otherwise. */
    static byte[] media(String name) {
        return ("media bytes of " + name).getBytes(StandardCharsets.UTF_8);
    }

    /** A WhatsApp export zip: the fixture under {@code chatFile} and every file it references. */
    static byte[] whatsAppZip(String fixture, String chatFile, Map<String, byte[]> mediaOverrides) {
        byte[] text = resource("whatsapp/" + fixture);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(chatFile, text);
        for (String name : attachmentNames(text)) {
            entries.put(name, mediaOverrides.getOrDefault(name, media(name)));
        }
        return zip(entries);
    }

    static List<String> attachmentNames(byte[] text) {
        List<String> names = new ArrayList<>();
        try {
            new WhatsAppParser().parse(() -> new java.io.ByteArrayInputStream(text), null, e -> {
                if (e instanceof Message m) {
                    m.attachments().stream().map(Attachment::name).forEach(names::add);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** A Telegram Desktop export zip: result.json in a folder, with every media file it names. */
    static byte[] telegramZip(String dir) {
        byte[] json = resource("telegram/" + dir + "/result.json");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ChatExport_2023-06-01/result.json", json);
        Matcher m = TELEGRAM_MEDIA.matcher(new String(json, StandardCharsets.UTF_8));
        while (m.find()) {
            entries.put("ChatExport_2023-06-01/" + m.group(1), media(m.group(1)));
        }
        return zip(entries);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Response post(
            RequestSpecification as, String collection, String fileName, byte[] bytes, Map<String, String> fields) {
        RequestSpecification spec = as.multiPart("collection", collection);
        for (Map.Entry<String, String> f : fields.entrySet()) {
            spec = spec.multiPart(new MultiPartSpecBuilder(f.getValue())
                    .controlName(f.getKey())
                    .charset(StandardCharsets.UTF_8)
                    .build());
        }
        return spec.multiPart("file", fileName, bytes, "application/zip").when().post("/api/imports");
    }

    /** Starts an import as the test archivist and waits until it is finished; its final status. */
    static JsonPath importAndWait(String collection, String fileName, byte[] bytes, Map<String, String> fields) {
        Response started = post(asArchivist(), collection, fileName, bytes, fields);
        started.then().statusCode(202);
        return awaitFinished(started.jsonPath().getString("id"));
    }

    static JsonPath awaitFinished(String importId) {
        for (int i = 0; i < 1200; i++) {
            JsonPath status = asArchivist()
                    .get("/api/imports/" + importId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String state = status.getString("state");
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return status;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("import " + importId + " did not finish");
    }

    /** The whole first conversation (up to 200 positions) of an export, as {@code as} sees it. */
    static List<Map<String, Object>> conversation(RequestSpecification as, String exportItem, int conversation) {
        return as.queryParam("after", 200)
                .queryParam("conversation", conversation)
                .get("/api/items/" + exportItem + "/conversation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("messages");
    }

    static List<Map<String, Object>> conversation(String exportItem) {
        return conversation(Api.asArchivist(), exportItem, 0);
    }
}
