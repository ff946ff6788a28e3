package org.jeli.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What must hold for chat-export imports after every restart: each acknowledged import resumes and
 * ends DONE (or refused), its preserved export is listed with the bytes sent; an import that is not
 * DONE shows none of its messages, a DONE one shows exactly as many message items as its export
 * has; no import ever shows part of its messages.
 */
final class ChatImportCheck {
    private static final int MAX_POLLS = 1800; // 3 minutes of 100 ms polls for the resumed imports to finish
    private final JeliHttp http;
    private final Ledger ledger;
    private final String collection;

    ChatImportCheck(JeliHttp http, Ledger ledger, String collection) {
        this.http = http;
        this.ledger = ledger;
        this.collection = collection;
    }

    /** Checks visibility against states as the archive restarted, then again once every import finished. */
    int importsResumeAndNothingPartialIsVisible() throws IOException, InterruptedException {
        visibleMessagesMatchStates(false);
        for (Ledger.ChatImport i : ledger.chatImports.values()) {
            if (i.acknowledged()) {
                awaitFinished(i);
            }
        }
        return visibleMessagesMatchStates(true);
    }

    private void awaitFinished(Ledger.ChatImport i) throws IOException, InterruptedException {
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            String state = ChatImports.state(http, i.importId);
            if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + i.importId + " did not finish after the restart");
    }

    /**
     * Counts first, then reads each state: a state that is not DONE now was not DONE at the count.
     * Returns the number of DONE imports.
     */
    private int visibleMessagesMatchStates(boolean allFinished) throws IOException {
        Map<String, Integer> visible = new HashMap<>();
        int sum = 0;
        for (Ledger.ChatImport i : ledger.chatImports.values()) {
            int shown = total("&q=" + i.token);
            visible.put(i.token, shown);
            sum += shown;
        }
        if (allFinished) { // while resumed imports run, one may become visible between the counts
            assertThat(total(""))
                    .as("every visible message belongs to an export a client sent")
                    .isEqualTo(sum);
        }
        int done = 0;
        for (Ledger.ChatImport i : ledger.chatImports.values()) {
            int shown = visible.get(i.token);
            if (shown != 0 && shown != i.messages) {
                throw new AssertionError("messages of " + i.token + ": none or all, but " + shown + " of "
                        + i.messages + " are visible (" + total("") + " messages in the collection); import "
                        + (i.acknowledged()
                                ? http.json(
                                                http.as("archivist-1", "/api/imports/" + i.importId)
                                                        .build(),
                                                200)
                                        .toString()
                                : "not acknowledged"));
            }
            if (!i.acknowledged()) {
                continue;
            }
            JsonNode export = http.json(
                    http.as("investigator-1", "/api/items/" + i.exportItem).build(), 200);
            assertThat(export.get("sha256").asText())
                    .as("export item of acknowledged import %s holds the bytes sent", i.importId)
                    .isEqualTo(i.sha256);
            JsonNode status = http.json(
                    http.as("archivist-1", "/api/imports/" + i.importId).build(), 200);
            String state = status.get("state").asText();
            if (!allFinished && (state.equals("QUEUED") || state.equals("RUNNING"))) {
                i.interrupted = true;
            }
            if (allFinished) {
                assertThat(state)
                        .as("import %s after restart (%s)", i.importId, status.get("error"))
                        .isIn("DONE", "REFUSED");
            }
            if (state.equals("DONE")) {
                done++;
                assertThat(status.get("counts").get("messages").asInt())
                        .as("messages counted by import %s", i.importId)
                        .isEqualTo(i.messages);
                if (allFinished) {
                    assertThat(shown)
                            .as("messages of DONE import %s", i.importId)
                            .isEqualTo(i.messages);
                }
            } else {
                assertThat(shown)
                        .as("messages of %s import %s (no partial import visible)", state, i.importId)
                        .isZero();
            }
        }
        return done;
    }

    /** How many message items of the collection are listed (with {@code q}, those of one export). */
    private int total(String query) throws IOException {
        return http.json(
                        http.as(
                                        "investigator-1",
                                        "/api/items?size=1&collection=" + enc(collection) + "&mediaType="
                                                + enc(ChatImports.MESSAGE_TYPE) + query)
                                .build(),
                        200)
                .get("total")
                .asInt();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
