package org.jeli.provenance.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant T1 = Instant.parse("2026-06-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
    private static final String NAME = "jeli.example/log";

    @TempDir
    Path tmp;

    private Path dir() {
        return tmp.resolve("keys").resolve("log");
    }

    private SigningKeyStore open() throws Exception {
        return SigningKeyStore.open(dir(), NAME, new SecureRandom(), CLOCK);
    }

    @Test
    void generatesAKeyOnFirstUseOwnerOnly() throws Exception {
        SigningKeyStore store = open();
        SigningKey key = store.current();
        assertThat(key.keyName()).isEqualTo(NAME);
        assertThat(store.all()).singleElement().satisfies(info -> {
            assertThat(info.isCurrent()).isTrue();
            assertThat(info.validFrom()).isEqualTo(T0);
            assertThat(info.validUntil()).isNull();
            assertThat(info.verifierKey()).isEqualTo(key.verifierKey());
        });
        Path privateKey = dir().resolve("key-0001.private.pem");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir())))
                .isEqualTo("rwx------");
        assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(dir().resolve("key-0001.public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Files.readString(dir().resolve("keys.properties")))
                .contains("key.1.verifierKey=" + key.verifierKey())
                .contains("key.1.validFrom=2026-03-01T12:00:00Z")
                .contains("key.1.validUntil=\n")
                .doesNotContain("PRIVATE KEY");
        try (var files = Files.list(dir())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("keys.properties", "key-0001.private.pem", "key-0001.public.pem");
        }
    }

    @Test
    void reopensTheSameKey() throws Exception {
        String first = open().current().verifierKey();
        SigningKeyStore again = SigningKeyStore.open(
                dir(), NAME, new SecureRandom(), Clock.offset(CLOCK, java.time.Duration.ofDays(3)));
        assertThat(again.current().verifierKey()).isEqualTo(first);
        assertThat(again.all()).hasSize(1);
        assertThat(again.all().get(0).validFrom()).isEqualTo(T0);
    }

    @Test
    void rotationRetiresTheOldKeyWhoseCheckpointsStillVerify() throws Exception {
        SigningKeyStore store = open();
        SigningKey old = store.current();
        String oldNote = old.sign(new Checkpoint(NAME, 5, CheckpointTest.EMPTY_ROOT));

        SigningKey fresh = store.rotate(T1);
        assertThat(fresh.verifierKey()).isNotEqualTo(old.verifierKey());
        assertThat(store.current()).isSameAs(fresh);
        List<PublicKeyInfo> all = store.all();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).verifierKey()).isEqualTo(old.verifierKey());
        assertThat(all.get(0).validUntil()).isEqualTo(T1);
        assertThat(all.get(1).validFrom()).isEqualTo(T1);
        assertThat(all.get(1).isCurrent()).isTrue();

        SigningKeyStore reopened = open();
        assertThat(reopened.current().verifierKey()).isEqualTo(fresh.verifierKey());
        assertThat(reopened.all()).isEqualTo(all);
        NoteVerification oldResult = reopened.verifier().verify(oldNote);
        assertThat(oldResult.status()).isEqualTo(NoteStatus.VALID);
        assertThat(oldResult.signer().encoded()).isEqualTo(old.verifierKey());
        String newNote = reopened.current().sign(new Checkpoint(NAME, 6, CheckpointTest.EMPTY_ROOT));
        assertThat(NoteVerifier.fromVerifierKey(old.verifierKey())
                        .verify(newNote)
                        .status())
                .isEqualTo(NoteStatus.UNKNOWN_KEY);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir().resolve("key-0002.private.pem"))))
                .isEqualTo("rw-------");
    }

    @Test
    void refusesToRotateBackInTimeOrToRenameTheLog() throws Exception {
        SigningKeyStore store = open();
        assertThatThrownBy(() -> store.rotate(T0.minusSeconds(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SigningKeyStore.open(dir(), "other.example/log", new SecureRandom(), CLOCK))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SigningKeyStore.open(dir(), "bad name", new SecureRandom(), CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesPkcs8ThatTheJdkReadsAndSignsWithAlike() throws Exception {
        SigningKey key = open().current();
        String pem = Files.readString(dir().resolve("key-0001.private.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey jdkKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        String text = new Checkpoint(NAME, 9, CheckpointTest.EMPTY_ROOT).body();
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(jdkKey);
        jdk.update(text.getBytes(StandardCharsets.UTF_8));
        byte[] blob = NoteSignerTest.signatureBlob(key.sign(text));
        assertThat(java.util.Arrays.copyOfRange(blob, 4, blob.length)).isEqualTo(jdk.sign());
    }

    @Test
    void signsWithAConfiguredKeyAndRetiresThePreviousOneWhenItChanges() throws Exception {
        Path first = writeJdkGeneratedKey("first.pem");
        SigningKeyStore store = SigningKeyStore.openWithConfiguredKey(dir(), NAME, first, CLOCK);
        String firstVkey = store.current().verifierKey();
        String note = store.current().sign("hello\n");
        assertThat(SigningKeyStore.openWithConfiguredKey(dir(), NAME, first, CLOCK)
                        .all())
                .hasSize(1);
        assertThatThrownBy(() -> store.rotate(T1)).isInstanceOf(IllegalStateException.class);
        assertThat(Files.exists(dir().resolve("key-0001.public.pem"))).isTrue();
        assertThat(Files.exists(dir().resolve("key-0001.private.pem"))).isFalse();

        Path second = writeJdkGeneratedKey("second.pem");
        SigningKeyStore rotated =
                SigningKeyStore.openWithConfiguredKey(dir(), NAME, second, Clock.fixed(T1, ZoneOffset.UTC));
        assertThat(rotated.current().verifierKey()).isNotEqualTo(firstVkey);
        assertThat(rotated.all()).extracting(PublicKeyInfo::validUntil).containsExactly(T1, null);
        assertThat(rotated.verifier().verify(note).status()).isEqualTo(NoteStatus.VALID);
        assertThatThrownBy(() -> open()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAManifestOrKeyFileThatWasTamperedWith() throws Exception {
        open();
        Path manifest = dir().resolve("keys.properties");
        String original = Files.readString(manifest);
        String otherKey = NoteSigner.fromSeed(NAME, new byte[32]).verifierKey();
        Files.writeString(manifest, original.replaceAll("key\\.1\\.verifierKey=.*", "key.1.verifierKey=" + otherKey));
        assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class);

        Files.writeString(manifest, original);
        Path privateKey = dir().resolve("key-0001.private.pem");
        Files.writeString(
                privateKey,
                Ed25519Pem.privateKeyPem(
                        new org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters(new byte[32], 0)));
        assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class).hasMessageContaining("does not match");

        Files.writeString(privateKey, "not a key");
        assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class);
        Files.delete(privateKey);
        assertThatThrownBy(this::open).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void neverShowsAPrivateKey() throws Exception {
        SigningKeyStore store = open();
        String pem = Files.readString(dir().resolve("key-0001.private.pem"));
        String body = pem.replaceAll("-----[A-Z ]+-----", "").strip();
        for (Object shown : List.of(store, store.current(), store.current().signer(), store.all())) {
            assertThat(shown.toString()).doesNotContain(body).doesNotContain("PRIVATE");
        }
    }

    private Path writeJdkGeneratedKey(String name) throws Exception {
        byte[] der = KeyPairGenerator.getInstance("Ed25519")
                .generateKeyPair()
                .getPrivate()
                .getEncoded();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END PRIVATE KEY-----\n";
        Path file = tmp.resolve(name);
        Files.writeString(file, pem);
        return file;
    }
}
