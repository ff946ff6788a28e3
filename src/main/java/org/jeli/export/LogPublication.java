package org.jeli.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jeli.provenance.LogConfig;
import org.jeli.provenance.LogKeys;
import org.jeli.provenance.checkpoint.PublicKeyInfo;
import org.jeli.verify.Fingerprints;

/** What the archive publishes about its log and that a package carries: keys and TSA roots. */
@ApplicationScoped
public class LogPublication {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final LogKeys keys;
    private final LogConfig config;

    public LogPublication(LogKeys keys, LogConfig config) {
        this.keys = keys;
        this.config = config;
    }

    public String origin() {
        return keys.origin();
    }

    public List<PublicKeyInfo> keys() {
        return keys.all();
    }

    /** jeli/log/keys.json: every checkpoint key, current and retired, with validity and fingerprint. */
    public byte[] keysJson() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (PublicKeyInfo k : keys.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("keyName", k.keyName());
            m.put("keyId", k.keyIdHex());
            m.put("verifierKey", k.verifierKey());
            m.put("publicKey", k.publicKeyBase64());
            m.put("fingerprintSha256", Fingerprints.of(k.key()));
            m.put("validFrom", k.validFrom().toString());
            m.put("validUntil", k.validUntil() == null ? null : k.validUntil().toString());
            list.add(m);
        }
        return json(Map.of("keys", list));
    }

    /** The configured timestamp authority roots, concatenated PEM; empty when none. */
    public byte[] tsaRootsPem() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Path p : config.timestamps().trustedRoots().orElse(List.of())) {
            try {
                out.write(Files.readAllBytes(p));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("a trusted timestamp root could not be read", e);
            }
        }
        return out.toByteArray();
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
