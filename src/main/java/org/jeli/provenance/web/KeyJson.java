package org.jeli.provenance.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jeli.provenance.checkpoint.PublicKeyInfo;

/** A published signing key: its C2SP verifier key string, key ID and validity. */
final class KeyJson {
    private KeyJson() {}

    static Map<String, Object> of(PublicKeyInfo k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("keyName", k.keyName());
        m.put("keyId", k.keyIdHex());
        m.put("verifierKey", k.verifierKey());
        m.put("publicKey", k.publicKeyBase64());
        m.put("algorithm", "Ed25519");
        m.put("fingerprintSha256", k.key().fingerprintSha256());
        m.put("validFrom", k.validFrom().toString());
        m.put("validUntil", k.validUntil() == null ? null : k.validUntil().toString());
        m.put("current", k.isCurrent());
        return m;
    }
}
