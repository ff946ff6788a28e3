package org.jeli.metadata.process;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The framing both sides of the parse-worker pipe speak: a frame is a 4-byte big-endian length and
 * that many bytes; a frame's first byte says what it is. Strings are a 4-byte byte count ({@code -1}
 * for null) and UTF-8. Reading is bounded: a length beyond the caller's cap or beyond the bytes left
 * is a {@link MalformedFrameException}, so a confused or hostile peer cannot make the reader allocate
 * without bound.
 */
public final class Frames {

    /** Sent once by a worker when it is ready: followed by the protocol version and the parser name. */
    public static final byte HELLO = 'H';
    /** Parent to worker: detect the type of a file. */
    public static final byte DETECT = 'D';
    /** Parent to worker: extract metadata and text of a file. */
    public static final byte EXTRACT = 'E';
    /** Worker to parent: the detected media type (answer to DETECT, or the first answer to EXTRACT). */
    public static final byte TYPE = 'T';
    /** Worker to parent: the extraction result. */
    public static final byte RESULT = 'R';

    public static final int VERSION = 1;

    private Frames() {}

    /** Writes one frame and flushes. */
    public static void write(OutputStream out, byte[] frame) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(frame.length);
        data.write(frame);
        data.flush();
    }

    /**
     * Reads one frame of at most {@code maxBytes}; {@code null} at a clean end of stream before the
     * length.
     */
    public static byte[] read(InputStream in, int maxBytes) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int first = data.read();
        if (first < 0) {
            return null;
        }
        int length = (first << 24) | (data.readUnsignedByte() << 16) | (data.readUnsignedShort());
        if (length < 1 || length > maxBytes) {
            throw new FrameTooLargeException(length, maxBytes);
        }
        byte[] frame = new byte[length];
        data.readFully(frame);
        return frame;
    }

    /** A writer of one frame's content. */
    public static final class Writer {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        public Writer(byte kind) {
            writeByte(kind);
        }

        public Writer writeByte(int b) {
            try {
                out.writeByte(b);
                return this;
            } catch (IOException e) {
                throw new IllegalStateException(e); // a byte array does not fail
            }
        }

        public Writer writeInt(int v) {
            try {
                out.writeInt(v);
                return this;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public Writer writeString(String s) {
            if (s == null) {
                return writeInt(-1);
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            writeInt(utf8.length);
            bytes.writeBytes(utf8);
            return this;
        }

        public Writer writeNullableInt(Integer v) {
            writeByte(v == null ? 0 : 1);
            return v == null ? this : writeInt(v);
        }

        public Writer writeNullableDouble(Double v) {
            writeByte(v == null ? 0 : 1);
            return v == null ? this : writeLong(Double.doubleToLongBits(v));
        }

        private Writer writeLong(long v) {
            return writeInt((int) (v >>> 32)).writeInt((int) v);
        }

        public int size() {
            return bytes.size();
        }

        public byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }

    /** A bounded reader of one frame's content. */
    public static final class Reader {
        private final DataInputStream in;
        private final int length;

        public Reader(byte[] frame) {
            this.in = new DataInputStream(new ByteArrayInputStream(frame));
            this.length = frame.length;
        }

        public byte readByte() throws MalformedFrameException {
            try {
                return in.readByte();
            } catch (IOException e) {
                throw new MalformedFrameException("frame ended early");
            }
        }

        public int readInt() throws MalformedFrameException {
            try {
                return in.readInt();
            } catch (IOException e) {
                throw new MalformedFrameException("frame ended early");
            }
        }

        public String readString() throws MalformedFrameException {
            int n = readInt();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > remaining()) {
                throw new MalformedFrameException("string length out of range");
            }
            byte[] utf8 = new byte[n];
            try {
                in.readFully(utf8);
            } catch (EOFException e) {
                throw new MalformedFrameException("frame ended early");
            } catch (IOException e) {
                throw new MalformedFrameException("unreadable frame");
            }
            return new String(utf8, StandardCharsets.UTF_8);
        }

        public Integer readNullableInt() throws MalformedFrameException {
            return readByte() == 0 ? null : readInt();
        }

        public Double readNullableDouble() throws MalformedFrameException {
            if (readByte() == 0) {
                return null;
            }
            long bits = ((long) readInt() << 32) | (readInt() & 0xffffffffL);
            return Double.longBitsToDouble(bits);
        }

        /** A count of following entries, each of at least {@code minBytesEach} bytes. */
        public int readCount(int minBytesEach) throws MalformedFrameException {
            int n = readInt();
            if (n < 0 || (long) n * minBytesEach > remaining()) {
                throw new MalformedFrameException("count out of range");
            }
            return n;
        }

        public int remaining() {
            try {
                return in.available();
            } catch (IOException e) {
                return 0;
            }
        }

        public void expectEnd() throws MalformedFrameException {
            if (remaining() != 0) {
                throw new MalformedFrameException("trailing bytes in frame");
            }
        }

        int length() {
            return length;
        }
    }
}
