package org.jeli.verify.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jeli.verify.Messages;
import org.jeli.verify.VerifyOptions;
import org.jeli.verify.receipt.ReceiptReport;
import org.jeli.verify.receipt.ReceiptReportWriter;
import org.jeli.verify.receipt.ReceiptText;
import org.jeli.verify.receipt.ReceiptVerifier;

/**
 * {@code jeli verify --receipt r.txt [--checkpoint later.txt --consistency proof.json] file}: checks
 * a file against its receipt and, with a later checkpoint and a consistency proof, that the log was
 * not rewritten since the receipt. Exit code 0 verified, 1 not; unreadable inputs throw.
 */
final class ReceiptCommand {
    private static final int MAX_NOTE = 1 << 20;

    private ReceiptCommand() {}

    static int run(VerifyCommand.Arguments a, VerifyOptions options, Messages messages, PrintStream out)
            throws IOException {
        byte[] receipt = read(a.receipt(), ReceiptText.MAX_LENGTH + 1);
        ReceiptVerifier.Later later = a.checkpoint() == null
                ? null
                : new ReceiptVerifier.Later(read(a.checkpoint(), MAX_NOTE + 1), read(a.consistency(), MAX_NOTE + 1));
        if (!Files.isRegularFile(a.target()) || !Files.isReadable(a.target())) {
            throw new IOException(a.target() + " is not a readable file");
        }
        ReceiptReport report = new ReceiptVerifier(options.trustedKeys()).verify(receipt, a.target(), later);
        ReceiptReportWriter writer = new ReceiptReportWriter(messages);
        if (a.json()) {
            out.println(writer.json(report, a.receipt().toString(), a.target().toString()));
        } else {
            writer.text(report, a.receipt().toString(), a.target().toString(), out);
        }
        return report.verified() ? VerifyCommand.VERIFIED : VerifyCommand.FAILED;
    }

    /** At most {@code limit} bytes of {@code file}: more is not what it should be, and is refused later. */
    private static byte[] read(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        } catch (IOException e) {
            throw new IOException(file + " cannot be read", e);
        }
    }
}
