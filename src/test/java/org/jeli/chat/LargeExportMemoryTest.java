package org.jeli.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A 100,000-message export parses in a JVM whose heap (24 MiB) could not hold its events (about
 * 60 MiB of messages): if a parser kept messages, or the file, the child would die of
 * OutOfMemoryError. No timing is asserted.
 */
class LargeExportMemoryTest {
    private static final int MESSAGES = 100_000;

    @ParameterizedTest
    @EnumSource(GeneratedExport.Kind.class)
    void aHundredThousandMessageExportParsesInASmallHeap(GeneratedExport.Kind kind)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(
                        java,
                        "-Xmx24m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargeExportMain.class.getName(),
                        kind.name(),
                        Integer.toString(MESSAGES)))
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = child.waitFor();

        assertThat(exit).as(output).isZero();
        assertThat(output).contains("messages=" + MESSAGES + " attachments=" + MESSAGES / 100 + " warnings=0");
    }
}
