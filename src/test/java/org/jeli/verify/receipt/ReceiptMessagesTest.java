package org.jeli.verify.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every sentence of the verifier exists in English and in French. */
class ReceiptMessagesTest {
    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReceiptMessagesTest.class.getResourceAsStream("/org/jeli/verify/" + name)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyReceiptSentenceIsInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties fr = load("messages_fr.properties");
        assertThat(fr.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).contains("receipt.verdict.ok", "receipt.hash.bad", "receipt.later.none");
    }
}
