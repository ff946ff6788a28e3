package org.jeli.metadata.process;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One parse-worker process and its pipe. Serves one request at a time. A watchdog kills the process
 * (destroyForcibly) when a request overruns its wall-clock limit; the blocked read then ends and the
 * request is reported as timed out. A worker that timed out, died or answered off protocol is never
 * used again.
 */
final class ParseChild {

    private final Process process;
    private final OutputStream toChild;
    private final InputStream fromChild;
    private final ScheduledExecutorService watchdog;
    private final String version;

    private ParseChild(Process process, InputStream fromChild, ScheduledExecutorService watchdog, String version) {
        this.process = process;
        this.toChild = new BufferedOutputStream(process.getOutputStream());
        this.fromChild = fromChild;
        this.watchdog = watchdog;
        this.version = version;
    }

    /** Starts a worker and waits for its HELLO; a worker that does not greet in time is killed. */
    static ParseChild start(ChildCommand command, Duration startLimit, ScheduledExecutorService watchdog)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command.command())
                .redirectError(ProcessBuilder.Redirect.DISCARD) // may quote file content: never kept
                .directory(new java.io.File(System.getProperty("java.io.tmpdir")));
        Map<String, String> env = builder.environment();
        env.clear(); // secrets (key-encryption keys, passwords) live in the service's environment
        env.put("LANG", "C.UTF-8");
        Process process = builder.start();
        AtomicBoolean killed = new AtomicBoolean();
        ScheduledFuture<?> kill = watchdog.schedule(
                () -> {
                    killed.set(true);
                    process.destroyForcibly();
                },
                startLimit.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            InputStream in = new BufferedInputStream(process.getInputStream(), 64 * 1024);
            byte[] hello = Frames.read(in, 4096);
            Frames.Reader reader = new Frames.Reader(hello == null ? new byte[] {0} : hello);
            if (hello == null || reader.readByte() != Frames.HELLO || reader.readInt() != Frames.VERSION) {
                throw new IOException(
                        killed.get() ? "parse worker did not start in time" : "parse worker failed to start");
            }
            String version = reader.readString();
            kill.cancel(false);
            return new ParseChild(process, in, watchdog, version);
        } catch (IOException | RuntimeException e) {
            kill.cancel(false);
            process.destroyForcibly();
            throw e instanceof IOException io ? io : new IOException("parse worker failed to start", e);
        }
    }

    String version() {
        return version;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Sends {@code request} and waits for the answer, at most {@code limit}. */
    ChildReply call(ParseRequest request, Duration limit) throws InterruptedException {
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> kill = watchdog.schedule(
                () -> {
                    timedOut.set(true);
                    process.destroyForcibly();
                },
                limit.toNanos(),
                TimeUnit.NANOSECONDS);
        String type = null;
        try {
            Frames.write(toChild, request.encode());
            byte[] frame = Frames.read(fromChild, request.maxOutputBytes());
            if (frame != null && frame[0] == Frames.TYPE) {
                Frames.Reader reader = new Frames.Reader(frame);
                reader.readByte();
                type = reader.readString();
                if (request.operation() == Frames.EXTRACT) {
                    frame = Frames.read(fromChild, request.maxOutputBytes());
                }
            }
            if (frame == null) {
                return ended(type, timedOut);
            }
            kill.cancel(false);
            return timedOut.get() ? new ChildReply.TimedOut(type) : new ChildReply.Answered(type, frame);
        } catch (FrameTooLargeException e) {
            destroy();
            return timedOut.get() ? new ChildReply.TimedOut(type) : new ChildReply.Refused(type, true);
        } catch (MalformedFrameException e) {
            destroy();
            return timedOut.get() ? new ChildReply.TimedOut(type) : new ChildReply.Refused(type, false);
        } catch (IOException e) { // the pipe broke: the worker was killed or died
            return ended(type, timedOut);
        } finally {
            kill.cancel(false);
        }
    }

    private ChildReply ended(String type, AtomicBoolean timedOut) throws InterruptedException {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            destroy();
        }
        if (timedOut.get()) {
            return new ChildReply.TimedOut(type);
        }
        return new ChildReply.Died(type, process.isAlive() ? -1 : process.exitValue());
    }

    /** Ends the worker: closing its pipe lets it exit by itself; it is killed if still running. */
    void destroy() {
        try {
            toChild.close();
        } catch (IOException ignored) {
            // the worker is going away anyway
        }
        process.destroyForcibly();
    }
}
