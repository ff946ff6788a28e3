package org.jeli.metadata.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Parse workers start in the temporary folder, so the class path they get must not depend on the
 * service's working directory: `./jeli` starts the service as {@code java -jar
 * target/quarkus-app/quarkus-run.jar}, and a relative path there left every worker unable to start
 * (every extraction failed until the next restart).
 */
class ChildCommandTest {

    @Test
    void aRelativeClassPathIsMadeAbsoluteAgainstTheServicesWorkingDirectory() {
        String relative = "target/quarkus-app/quarkus-run.jar" + File.pathSeparator + "lib/other.jar";

        String absolute = ChildCommand.absolute(relative);

        assertThat(absolute.split(File.pathSeparator))
                .containsExactly(
                        Path.of("target/quarkus-app/quarkus-run.jar")
                                .toAbsolutePath()
                                .toString(),
                        Path.of("lib/other.jar").toAbsolutePath().toString());
    }

    @Test
    void anAbsoluteClassPathIsKeptAsItIs() {
        String path = Path.of("/opt/jeli/quarkus-run.jar").toString();
        assertThat(ChildCommand.absolute(path)).isEqualTo(path);
        assertThat(ChildCommand.absolute("")).isEmpty();
    }

    @Test
    void theWorkerCommandNamesOnlyAbsoluteClassPathEntries() {
        List<String> command = ChildCommand.forThisJvm("64m").command();

        String classPath = command.get(command.indexOf("-cp") + 1);
        assertThat(classPath.split(File.pathSeparator))
                .allSatisfy(entry -> assertThat(Path.of(entry).isAbsolute()).isTrue());
    }
}
