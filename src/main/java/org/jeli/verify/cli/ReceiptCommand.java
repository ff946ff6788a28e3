package org.jeli.verify.cli;

import java.io.IOException;
import java.io.PrintStream;
import org.jeli.verify.Messages;
import org.jeli.verify.VerifyOptions;

/** {@code jeli verify --receipt}: checks a file against its receipt. */
final class ReceiptCommand {
    private ReceiptCommand() {}

    static int run(VerifyCommand.Arguments a, VerifyOptions options, Messages messages, PrintStream out)
            throws IOException {
        throw new IOException("receipt verification is not available yet");
    }
}
