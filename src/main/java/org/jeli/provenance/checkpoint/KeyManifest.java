package org.jeli.provenance.checkpoint;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The key list of a {@link SigningKeyStore}: a UTF-8 Java properties file, {@code keys.properties},
 * holding no secret, numbered from 1 in the order the keys signed:
 *
 * <pre>
 * format=1
 * key.1.name=jeli.example/log
 * key.1.id=1a2b3c4d
 * key.1.verifierKey=jeli.example/log+1a2b3c4d+AR...
 * key.1.publicKey=&lt;base64 of the 32-byte Ed25519 key&gt;
 * key.1.privateKeyFile=key-0001.private.pem
 * key.1.publicKeyFile=key-0001.public.pem
 * key.1.validFrom=2026-03-01T12:00:00Z
 * key.1.validUntil=2026-06-01T00:00:00Z
 * key.2.name=...
 * key.2.validUntil=
 * </pre>
 *
 * Exactly the last key has an empty {@code validUntil}: it is the current key. File names are
 * relative to the folder; a key configured from elsewhere has its absolute private key path.
 */
record KeyManifest(List<Entry> entries) {
    static final String FILE_NAME = "keys.properties";
    private static final String FORMAT = "1";

    /** One key, its validity and its files. */
    record Entry(PublicKeyInfo info, String privateKeyFile, String publicKeyFile) {}

    KeyManifest {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a key manifest lists at least one key");
        }
        for (int i = 0; i < entries.size(); i++) {
            PublicKeyInfo info = entries.get(i).info();
            boolean last = i == entries.size() - 1;
            if (info.isCurrent() != last) {
                throw new IllegalArgumentException("exactly the last key in the manifest is current");
            }
            if (!last && entries.get(i + 1).info().validFrom().isBefore(info.validUntil())) {
                throw new IllegalArgumentException("key " + (i + 2) + " starts before key " + (i + 1) + " ends");
            }
        }
    }

    Entry current() {
        return entries.get(entries.size() - 1);
    }

    /** This manifest with the current key retired at {@code at} and {@code next} appended. */
    KeyManifest rotatedTo(Entry next, Instant at) {
        List<Entry> list = new ArrayList<>(entries);
        Entry old = list.remove(list.size() - 1);
        list.add(new Entry(old.info().retiredAt(at), old.privateKeyFile(), old.publicKeyFile()));
        list.add(next);
        return new KeyManifest(list);
    }

    static KeyManifest parse(byte[] bytes) {
        Properties p = new Properties();
        try (Reader reader = new StringReader(new String(bytes, StandardCharsets.UTF_8))) {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("the key manifest is not a properties file");
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new IllegalStateException("the key manifest has an unknown format");
        }
        List<Entry> entries = new ArrayList<>();
        for (int n = 1; p.containsKey("key." + n + ".verifierKey"); n++) {
            entries.add(entry(p, "key." + n + "."));
        }
        try {
            return new KeyManifest(entries);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the key manifest is inconsistent: " + e.getMessage());
        }
    }

    private static Entry entry(Properties p, String prefix) {
        try {
            String until = p.getProperty(prefix + "validUntil", "");
            PublicKeyInfo info = new PublicKeyInfo(
                    p.getProperty(prefix + "name"),
                    p.getProperty(prefix + "id"),
                    p.getProperty(prefix + "verifierKey"),
                    p.getProperty(prefix + "publicKey"),
                    Instant.parse(p.getProperty(prefix + "validFrom", "")),
                    until.isEmpty() ? null : Instant.parse(until));
            return new Entry(info, p.getProperty(prefix + "privateKeyFile"), p.getProperty(prefix + "publicKeyFile"));
        } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
            throw new IllegalStateException("the key manifest entry " + prefix + "* is invalid");
        }
    }

    byte[] encode() {
        StringBuilder out = new StringBuilder();
        out.append("# Jeli log signing keys; written by SigningKeyStore. No secrets: safe to publish.\n");
        out.append("format=").append(FORMAT).append('\n');
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            PublicKeyInfo info = e.info();
            String prefix = "key." + (i + 1) + ".";
            line(out, prefix + "name", info.keyName());
            line(out, prefix + "id", info.keyIdHex());
            line(out, prefix + "verifierKey", info.verifierKey());
            line(out, prefix + "publicKey", info.publicKeyBase64());
            line(out, prefix + "privateKeyFile", e.privateKeyFile());
            line(out, prefix + "publicKeyFile", e.publicKeyFile());
            line(out, prefix + "validFrom", info.validFrom().toString());
            line(
                    out,
                    prefix + "validUntil",
                    info.validUntil() == null ? "" : info.validUntil().toString());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {@code key=value}, escaping what properties syntax would otherwise interpret. */
    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append('=');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else {
                if (c == '\\' || (i == 0 && c == ' ')) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        out.append('\n');
    }
}
