package org.jeli.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionKeyFileTest {
    @TempDir
    Path dataDir;

    @Test
    void theKeyIsCreatedOwnerOnlyAtFirstStartAndReusedAfter() throws Exception {
        Properties first = new Properties();
        SessionKeyFile.apply(dataDir, first, Map.of(), new SecureRandom());
        Path file = dataDir.resolve("keys/session.key");
        String key = first.getProperty(SessionKeyFile.PROPERTY);
        assertThat(key).hasSize(44).isEqualTo(Files.readString(file));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        Properties second = new Properties();
        SessionKeyFile.apply(dataDir, second, Map.of(), new SecureRandom());
        assertThat(second.getProperty(SessionKeyFile.PROPERTY)).isEqualTo(key);
    }

    @Test
    void aKeyFromTheEnvironmentWinsAndNoFileIsWritten() throws Exception {
        Properties props = new Properties();
        SessionKeyFile.apply(
                dataDir, props, Map.of(SessionKeyFile.ENV, "from-the-environment-0123456789"), new SecureRandom());
        assertThat(props.getProperty(SessionKeyFile.PROPERTY)).isNull();
        assertThat(dataDir.resolve("keys/session.key")).doesNotExist();
    }
}
