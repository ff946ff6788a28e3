package org.jeli.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jeli.testsupport.Api;
import org.junit.jupiter.api.Test;

/**
 * Malformed requests of the hostile corpus that a multipart client library will not send: a body
 * of a thousand parts and a {@code Content-Length} that lies either way. Each gets a clear answer
 * (or the connection is closed) and stores nothing; the service stays up.
 */
@QuarkusTest
class HostileRequestsTest {
    private static final String BOUNDARY = "hostile-boundary";

    /**
     * The reader takes parts one at a time and stops at the first it cannot take (here the second,
     * an unknown field), so the 998 after it are never read; a body of more than 64 parts the
     * endpoint could take is {@code multipart-limit} (MultipartReaderTest).
     */
    @Test
    void aMultipartOfAThousandPartsIsRefusedAtItsFirstUnexpectedPartAndStoresNothing() {
        String collection = freshCollection();
        StringBuilder body = new StringBuilder(part("collection", collection));
        for (int i = 0; i < 999; i++) {
            body.append(part("note" + i, "x"));
        }
        body.append(filePart("thousand.txt", "the file after 999 parts"))
                .append("--")
                .append(BOUNDARY)
                .append("--\r\n");
        Response r = asArchivist()
                .contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(body.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/items");
        r.then().statusCode(400).contentType("application/problem+json");
        assertThat(r.jsonPath().getString("code")).isEqualTo("invalid-field");
        assertNothingStoredIn(collection);
        // the same body with a few parts is stored: the count above would have seen it
        Api.upload(collection, "few.txt", "the file after a few parts".getBytes(StandardCharsets.UTF_8))
                .then()
                .statusCode(201);
        asInvestigator()
                .queryParam("collection", collection)
                .get("/api/items")
                .then()
                .body("total", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void aBodyShorterThanItsContentLengthStoresNothing() throws IOException {
        String collection = freshCollection();
        byte[] body = completeBody(collection, "short.txt");
        // declares a megabyte, sends a complete small multipart, then ends its side of the connection
        String answer = exchange(body, 1_000_000, body.length);
        assertThat(answer).as("no client is told a truncated body was stored").doesNotContain(" 201 ");
        assertNothingStoredIn(collection);
    }

    @Test
    void aBodyLongerThanItsContentLengthIsCutThereAndStoresNothing() throws IOException {
        String collection = freshCollection();
        byte[] body = completeBody(collection, "long.txt");
        // declares fewer bytes than the body has: the multipart ends inside the file part
        String answer = exchange(body, body.length - 60, body.length);
        // the multipart ends inside its file part: 400, unless the server closes the connection first
        // on the bytes past the declared length (they would be the next request)
        if (!answer.isEmpty()) {
            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json");
        }
        assertNothingStoredIn(collection);
    }

    private static byte[] completeBody(String collection, String fileName) {
        return (part("collection", collection)
                        + filePart(fileName, "Témoignage ".repeat(20))
                        + "--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Sends a raw POST declaring {@code declared} bytes and sending {@code sent}; returns what came back. */
    private static String exchange(byte[] body, int declared, int sent) throws IOException {
        String auth = Base64.getEncoder()
                .encodeToString((Api.ARCHIVIST + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        String head = "POST /api/items HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                + "\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\nContent-Length: " + declared
                + "\r\n\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, sent);
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                in.transferTo(answer);
            } catch (IOException reset) {
                // the server may reset the connection after answering: what arrived is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String part(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String filePart(String fileName, String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n" + content + "\r\n";
    }

    private static void assertNothingStoredIn(String collection) {
        asInvestigator()
                .queryParam("collection", collection)
                .get("/api/items")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0));
        given().get("/q/health/live").then().statusCode(200);
    }
}
