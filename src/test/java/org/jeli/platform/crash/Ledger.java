package org.jeli.platform.crash;

import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** What the clients were told, across every crash: the truth the archive is checked against. */
final class Ledger {
    /** Items acknowledged with 201 (or by the last tus PATCH), by id: their SHA-256. */
    final Map<String, String> acknowledged = new ConcurrentHashMap<>();
    /** The SHA-256 of everything ever sent, acknowledged or not: a visible item must be one of them. */
    final Set<String> sent = ConcurrentHashMap.newKeySet();
    /** Every tus upload ever created. */
    final CopyOnWriteArrayList<TusState> tus = new CopyOnWriteArrayList<>();
    /** Unfinished tus uploads waiting for a client to resume them. */
    final Queue<TusState> toResume = new ConcurrentLinkedQueue<>();
    /** Statuses no client should have seen (anything but the expected success), for the report. */
    final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    /** Item ids checked byte for byte in an earlier round (later rounds recheck a sample of them). */
    final Set<String> verified = ConcurrentHashMap.newKeySet();

    /** Chat-export imports sent, acknowledged ({@code 202}) or not, by their unique token. */
    final Map<String, ChatImport> chatImports = new ConcurrentHashMap<>();

    /** Set when a client has seen an import RUNNING (cleared at each round's start). */
    final AtomicBoolean importRunning = new AtomicBoolean();

    void acknowledge(String itemId, String sha256) {
        acknowledged.put(itemId, sha256);
    }

    /** One resumable upload as the client knows it. */
    static final class TusState {
        final String path;
        final byte[] bytes;
        final String sha256;
        final AtomicLong acknowledgedOffset = new AtomicLong();
        volatile String itemId;

        TusState(String path, byte[] bytes) {
            this.path = path;
            this.bytes = bytes;
            this.sha256 = JeliHttp.sha256(bytes);
        }

        boolean finished() {
            return itemId != null;
        }
    }

    /**
     * One chat export sent to {@code POST /api/imports}: its messages all carry {@code token}.
     * {@code importId} and {@code exportItem} are set once the archive answered {@code 202}.
     */
    static final class ChatImport {
        final String token;
        final int messages;
        final String sha256;
        volatile String importId;
        volatile String exportItem;
        /** Still QUEUED or RUNNING when the archive was killed (seen by its client or just after the restart). */
        volatile boolean interrupted;

        ChatImport(String token, int messages, byte[] bytes) {
            this.token = token;
            this.messages = messages;
            this.sha256 = JeliHttp.sha256(bytes);
        }

        boolean acknowledged() {
            return importId != null;
        }
    }
}
