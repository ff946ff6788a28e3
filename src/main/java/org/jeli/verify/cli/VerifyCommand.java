package org.jeli.verify.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.jeli.provenance.checkpoint.VerifierKey;
import org.jeli.verify.JsonReport;
import org.jeli.verify.Messages;
import org.jeli.verify.PackageReport;
import org.jeli.verify.PackageVerifier;
import org.jeli.verify.TextReport;
import org.jeli.verify.VerifyOptions;

/**
 * {@code jeli verify}: checks an evidence package (or, with {@code --receipt}, a file against its
 * receipt) offline. Exit code 0 only when everything verifies, 1 when something does not, 2 for a
 * usage error or an unreadable input.
 */
public final class VerifyCommand {
    public static final int VERIFIED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage:
              jeli verify [options] <package.zip | package folder>
              jeli verify --receipt <receipt.txt> [--checkpoint <later checkpoint> --consistency <proof.json>] <file>
            Options:
              --lang en|fr              language of the report (default: en)
              --json                    print a JSON report instead of text
              --trusted-key <key>       trust only this checkpoint key (verifier key string, or a file
                                        holding one per line); repeatable
              --trusted-tsa-root <pem>  trust only this timestamp authority root; repeatable
              --require-timestamps      fail items that no timestamp covers
            Exit code: 0 verified, 1 verification failed, 2 usage error.
            """;

    private VerifyCommand() {}

    /** Runs the command with the arguments after {@code verify}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        Messages messages = Messages.forLanguage(a.lang());
        try {
            VerifyOptions options = VerifyOptions.defaults()
                    .withTrustedKeys(a.trustedKeys())
                    .withTrustedTsaRoots(a.trustedTsaRoots())
                    .requiringTimestamps(a.requireTimestamps());
            if (a.receipt() != null) {
                return ReceiptCommand.run(a, options, messages, out);
            }
            PackageReport report = new PackageVerifier(options).verify(a.target());
            if (a.json()) {
                out.println(new JsonReport(messages).render(report));
            } else {
                new TextReport(messages).print(report, out);
            }
            return report.verified() ? VERIFIED : FAILED;
        } catch (IOException e) {
            err.println("jeli verify: " + e.getMessage());
            return USAGE;
        }
    }

    /** The parsed command line. */
    record Arguments(
            Path target,
            String lang,
            boolean json,
            List<VerifierKey> trustedKeys,
            List<X509Certificate> trustedTsaRoots,
            boolean requireTimestamps,
            Path receipt,
            Path checkpoint,
            Path consistency) {

        static Arguments parse(List<String> args) {
            Path target = null;
            String lang = "en";
            boolean json = false;
            boolean requireTimestamps = false;
            List<VerifierKey> keys = new ArrayList<>();
            List<X509Certificate> roots = new ArrayList<>();
            Path receipt = null;
            Path checkpoint = null;
            Path consistency = null;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--lang" -> lang = value(args, ++i, arg);
                    case "--json" -> json = true;
                    case "--require-timestamps" -> requireTimestamps = true;
                    case "--trusted-key" -> keys.addAll(keys(value(args, ++i, arg)));
                    case "--trusted-tsa-root" -> roots.addAll(roots(value(args, ++i, arg)));
                    case "--receipt" -> receipt = Path.of(value(args, ++i, arg));
                    case "--checkpoint" -> checkpoint = Path.of(value(args, ++i, arg));
                    case "--consistency" -> consistency = Path.of(value(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("--") || target != null) {
                            throw new IllegalArgumentException("jeli verify: unexpected argument " + arg);
                        }
                        target = Path.of(arg);
                    }
                }
            }
            if (target == null) {
                throw new IllegalArgumentException("jeli verify: name the package (or, with --receipt, the file)");
            }
            if (!lang.equals("en") && !lang.equals("fr")) {
                throw new IllegalArgumentException("jeli verify: --lang is en or fr");
            }
            if ((checkpoint == null) != (consistency == null) || (checkpoint != null && receipt == null)) {
                throw new IllegalArgumentException(
                        "jeli verify: --checkpoint and --consistency go together, with --receipt");
            }
            return new Arguments(target, lang, json, keys, roots, requireTimestamps, receipt, checkpoint, consistency);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException("jeli verify: " + option + " needs a value");
            }
            return args.get(i);
        }

        private static List<VerifierKey> keys(String value) {
            try {
                Path file = Path.of(value);
                List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file) : List.of(value);
                return lines.stream()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .map(VerifierKey::parse)
                        .toList();
            } catch (IOException | java.nio.file.InvalidPathException e) {
                return List.of(VerifierKey.parse(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "jeli verify: --trusted-key is not a verifier key: " + e.getMessage());
            }
        }

        private static List<X509Certificate> roots(String file) {
            try {
                return PackageVerifier.readCertificates(Files.readAllBytes(Path.of(file)));
            } catch (IOException e) {
                throw new IllegalArgumentException("jeli verify: --trusted-tsa-root " + file + " is not readable PEM");
            }
        }
    }
}
