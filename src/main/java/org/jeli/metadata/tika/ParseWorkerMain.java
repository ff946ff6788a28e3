package org.jeli.metadata.tika;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Entry point of a parse-worker process ({@code java -cp ... org.jeli.metadata.tika.ParseWorkerMain},
 * or {@code java -jar quarkus-run.jar parse-worker}). The pipe to the parent is taken from the raw
 * standard streams; {@code System.out} and {@code System.in} are then pointed away from it, so a
 * library that prints or reads cannot corrupt the protocol.
 */
public final class ParseWorkerMain {

    private ParseWorkerMain() {}

    public static void main(String[] args) {
        System.exit(run());
    }

    /** Serves the parent until it closes the pipe; the process's exit code. */
    public static int run() {
        OutputStream pipeOut = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
        InputStream pipeIn = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        System.setIn(InputStream.nullInputStream());
        haltWhenOrphaned();
        try {
            new ParseWorker().serve(pipeIn, pipeOut);
            return 0;
        } catch (Exception | StackOverflowError e) {
            System.err.println("parse worker stopped: " + e.getClass().getSimpleName());
            return 2;
        }
    }

    /**
     * A worker stuck in a parse never reads the end of its pipe; if the service dies (SIGKILL, power
     * cut), this ends the worker within two seconds instead of leaving it running.
     */
    private static void haltWhenOrphaned() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        Thread watch = new Thread(
                () -> {
                    while (parent != null && parent.isAlive()) {
                        try {
                            Thread.sleep(2_000);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    Runtime.getRuntime().halt(0);
                },
                "jeli-parse-orphan-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
