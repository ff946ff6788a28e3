package org.jeli.provenance.checkpoint;

import java.util.Arrays;
import java.util.Base64;

/**
 * Published vectors of golang.org/x/mod/sumdb/note ({@code note_test.go}), the reference
 * implementation of C2SP signed-note. Matching them byte for byte proves interoperability.
 */
final class GoNoteVectors {
    static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
    static final String TEXT =
            "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    static final String PETER_SIG =
            "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    static final String ENOCH_SIG =
            "— EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";
    static final String PETER_NOTE = TEXT + "\n" + PETER_SIG;

    private GoNoteVectors() {}

    /** The Ed25519 seed inside the Go signer key {@code PRIVATE+KEY+name+id+base64(0x01 || seed)}. */
    static byte[] peterSeed() {
        String b64 = PETER_SKEY.split("\\+", 5)[4];
        byte[] material = Base64.getDecoder().decode(b64);
        return Arrays.copyOfRange(material, 1, material.length);
    }
}
