package org.jeli.platform.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jeli.testsupport.ArchiveClient;
import org.jeli.testsupport.PackagedArchive;
import org.junit.jupiter.api.Test;

/**
 * The power is cut during uploads, again and again: the packaged archive runs on one data
 * directory (with its embedded PostgreSQL, which a SIGKILL of the JVM leaves orphaned, as after a
 * crash of the parent), clients upload (multipart and tus) and import chat exports from several
 * threads, and the JVM is
 * killed with SIGKILL at a random moment. After every restart {@link AfterRestart} and {@link
 * LogContinuity} check that nothing acknowledged was lost, nothing partial is visible, staging is
 * empty and the log has neither gap nor fork, and {@link ChatImportCheck} that every acknowledged
 * import resumes to DONE with all its messages and no import shows part of them. At the end every unfinished tus upload is completed
 * and checked.
 *
 * <p>{@code -Djeli.crash.rounds=N} (default 20) for heavier runs, {@code -Djeli.crash.seed=S} to
 * replay the kill moments and file contents of a run (the seed is printed).
 */
class CrashConsistencyIT {
    private static final String ADMIN_PASSWORD = "crash-consistency-admin-password";
    private static final String COLLECTION = "crash";
    /** Items verified in an earlier round whose bytes each round downloads again (a random sample). */
    private static final int RECHECKED_PER_ROUND = 25;
    /** Imports go to a collection of their own: their message items are checked by {@link ChatImportCheck}. */
    private static final String CHAT_COLLECTION = "crash-chat";

    /** The traffic that runs during each round. */
    private static List<Workload> workloads() {
        return List.of(
                new MultipartUploads(COLLECTION),
                new MultipartUploads(COLLECTION),
                new TusUploads(COLLECTION),
                new ChatImports(CHAT_COLLECTION));
    }

    @Test
    void everyAcknowledgedUploadSurvivesRepeatedSigkillAndNothingPartialIsVisible() throws Exception {
        int rounds = Integer.getInteger("jeli.crash.rounds", 20);
        long seed = Long.getLong("jeli.crash.seed", System.nanoTime());
        System.out.printf(
                "CrashConsistencyIT: %d rounds, seed %d (-Djeli.crash.seed=%d to replay)%n", rounds, seed, seed);
        Random random = new Random(seed);
        Path data = Files.createTempDirectory("jeli-test-crash").resolve("jeli-data");
        Map<String, String> env = Map.of("JELI_ADMIN_PASSWORD", ADMIN_PASSWORD);
        List<String> jvm = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");
        Ledger ledger = new Ledger();
        LogContinuity log = new LogContinuity();
        long started = System.nanoTime();

        try {
            try (PackagedArchive first = PackagedArchive.start(data, env, jvm)) {
                ArchiveClient setup = new ArchiveClient(first.baseUri(), ADMIN_PASSWORD);
                setup.collectionWithArchivistAndInvestigator(COLLECTION);
                setup.collectionForArchivistAndInvestigator(CHAT_COLLECTION);
            }
            for (int round = 1; round <= rounds; round++) {
                PackagedArchive archive = PackagedArchive.start(data, env, jvm);
                JeliHttp http = new JeliHttp(archive.baseUri(), ADMIN_PASSWORD);
                try {
                    check(data, http, ledger, log);
                } catch (Exception | AssertionError e) {
                    archive.kill(); // a failed check must not leave the archive running
                    throw e;
                }
                // The first upload after a start is slow (cold JIT, first type detection): kill between 1.5 and 7.5 s;
                // every other round (at random), as soon after 1.5 s as a client sees an import RUNNING.
                long killAfterMillis = 1500 + random.nextInt(6000);
                boolean duringImport = random.nextBoolean();
                long killedAfter = runAndKill(archive, http, ledger, random.nextLong(), killAfterMillis, duringImport);
                System.out.printf(
                        "round %d: killed after %d ms%s; %d items acknowledged so far, %d tus uploads created,"
                                + " %d imports sent (%d acknowledged)%n",
                        round,
                        killedAfter,
                        duringImport ? " (aiming at a running import)" : "",
                        ledger.acknowledged.size(),
                        ledger.tus.size(),
                        ledger.chatImports.size(),
                        acknowledgedImports(ledger));
            }
            try (PackagedArchive last = PackagedArchive.start(data, env, jvm)) {
                JeliHttp http = new JeliHttp(last.baseUri(), ADMIN_PASSWORD);
                check(data, http, ledger, log);
                new TusUploads(COLLECTION).finishAll(http, ledger);
                assertThat(ledger.tus)
                        .allSatisfy(u -> assertThat(u.finished())
                                .as("tus upload %s completed", u.path)
                                .isTrue());
                int items = new AfterRestart(http, ledger, COLLECTION).itemsAreCompleteAndVerify();
                int imports =
                        new ChatImportCheck(http, ledger, CHAT_COLLECTION).importsResumeAndNothingPartialIsVisible();
                long size = log.check(http);
                assertThat(ledger.unexpected).as("answers no client should get").isEmpty();
                System.out.printf(
                        "CrashConsistencyIT: %d rounds in %d s, %d items verified (%d tus), %d imports done of %d"
                                + " acknowledged (%d interrupted by a kill and resumed), log size %d, seed %d%n",
                        rounds,
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
                        items,
                        ledger.tus.size(),
                        imports,
                        acknowledgedImports(ledger),
                        ledger.chatImports.values().stream()
                                .filter(i -> i.interrupted)
                                .count(),
                        size,
                        seed);
            }
        } finally {
            // a failed check or an assertion after a kill leaves that round's PostgreSQL running
            PackagedArchive.stopOrphanedDatabase(data);
        }
    }

    private static void check(Path data, JeliHttp http, Ledger ledger, LogContinuity log) throws Exception {
        // Imports resumed by the start stage their message blobs: let them finish before checking staging.
        new ChatImportCheck(http, ledger, CHAT_COLLECTION).importsResumeAndNothingPartialIsVisible();
        AfterRestart.stagingIsClean(data);
        AfterRestart after = new AfterRestart(http, ledger, COLLECTION);
        after.itemsAreCompleteAndVerify(RECHECKED_PER_ROUND);
        after.tusUploadsResumeFromTheirAcknowledgedOffset(AfterRestart.bySha(after.listed()));
        log.check(http);
    }

    private static long acknowledgedImports(Ledger ledger) {
        return ledger.chatImports.values().stream()
                .filter(Ledger.ChatImport::acknowledged)
                .count();
    }

    /** Runs the workloads, kills the archive and returns how many milliseconds after the start it did. */
    private static long runAndKill(
            PackagedArchive archive,
            JeliHttp http,
            Ledger ledger,
            long roundSeed,
            long killAfterMillis,
            boolean duringImport)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ledger.importRunning.set(false);
        long t0 = System.nanoTime();
        List<Workload> load = workloads();
        ExecutorService clients = Executors.newFixedThreadPool(load.size());
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < load.size(); i++) {
            Workload w = load.get(i);
            Random r = new Random(roundSeed + i);
            running.add(clients.submit(() -> w.run(http, ledger, r, stop::get)));
        }
        if (duringImport) {
            Thread.sleep(1500);
            // give an import up to 15 s to be seen RUNNING; kill then (or at the deadline)
            for (int i = 0; i < 300 && !ledger.importRunning.get(); i++) {
                Thread.sleep(50);
            }
        } else {
            Thread.sleep(killAfterMillis);
        }
        archive.kill();
        long killedAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        stop.set(true);
        for (Future<?> f : running) {
            f.get(120, TimeUnit.SECONDS);
        }
        clients.shutdown();
        return killedAfter;
    }
}
