package org.jeli.chat.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jeli.chat.ChatImportRefusedException;
import org.jeli.chat.RefusalReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal carries the stable reason the web layer turns into a 422 problem code. */
class HostileArchiveTest {
    private static final byte[] EIGHT_MIB_OF_ZEROS = new byte[8 << 20];

    @TempDir
    Path dir;

    private Path write(RawZip zip) throws IOException {
        return Files.write(dir.resolve("export.zip"), zip.bytes());
    }

    private static RefusalReason refusalOpening(Path zip, ArchiveLimits limits) {
        try (SafeZip opened = SafeZip.open(zip, limits)) {
            throw new AssertionError("opened " + opened.entries().size() + " entries");
        } catch (ChatImportRefusedException e) {
            return e.reason();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private RefusalReason refusalOpening(RawZip zip) throws IOException {
        return refusalOpening(write(zip), ArchiveLimits.defaults());
    }

    /** Reads the first entry to its end; returns the refusal and how many bytes came out before it. */
    private Refused refusalReading(RawZip zip) throws IOException {
        long delivered = 0;
        try (SafeZip opened = SafeZip.open(write(zip), ArchiveLimits.defaults());
                InputStream in = opened.open(opened.entries().get(0))) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                delivered += n;
            }
            throw new AssertionError("read the whole entry");
        } catch (ChatImportRefusedException e) {
            return new Refused(e.reason(), delivered);
        }
    }

    private record Refused(RefusalReason reason, long bytesDelivered) {}

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "../evil.sh | PATH_TRAVERSAL",
                "media/../../evil.sh | PATH_TRAVERSAL",
                "/etc/cron.d/evil | ABSOLUTE_PATH",
                "C:evil.bat | DRIVE_LETTER",
                "c:/Windows/evil.bat | DRIVE_LETTER",
                "media\\..\\evil.bat | BACKSLASH_IN_NAME",
            })
    void zipSlipNamesAreRefused(String name, RefusalReason reason) throws IOException {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", "12/03/2023, 09:20 - Awa: hello\n");
        zip.add(name, "x");

        assertThat(refusalOpening(zip)).isEqualTo(reason);
    }

    @Test
    void aNulCharacterInANameIsRefused() throws IOException {
        RawZip zip = new RawZip();
        zip.add("photo.jpg\0.txt", "x");

        assertThat(refusalOpening(zip)).isEqualTo(RefusalReason.NUL_IN_NAME);
    }

    @Test
    void aSymbolicLinkIsRefused() throws IOException {
        RawZip zip = new RawZip();
        zip.add("IMG-20230312-WA0001.jpg", "/etc/passwd").stored().symlink();

        assertThat(refusalOpening(zip)).isEqualTo(RefusalReason.SYMLINK_ENTRY);
    }

    @Test
    void twoEntriesWithTheSameNameAreRefused() throws IOException {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", "first");
        zip.add("_chat.txt", "second");

        assertThat(refusalOpening(zip)).isEqualTo(RefusalReason.DUPLICATE_ENTRY);
    }

    @Test
    void anEncryptedArchiveIsRefusedWithItsOwnReason() throws IOException {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", "12/03/2023, 09:20 - Awa: hello\n").encrypted();

        assertThat(refusalOpening(zip)).isEqualTo(RefusalReason.ENCRYPTED_ENTRY);
    }

    @Test
    void anEncryptionFlagSetOnlyInTheLocalHeaderIsStillRefused() throws IOException {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", "12/03/2023, 09:20 - Awa: hello\n").localFlags = 1;

        assertThat(refusalOpening(zip)).isEqualTo(RefusalReason.ENCRYPTED_ENTRY);
    }

    @Test
    void tooManyEntriesAreRefusedBeforeTheDirectoryIsRead() throws IOException {
        RawZip zip = new RawZip();
        for (int i = 0; i < 11; i++) {
            zip.add("IMG-" + i + ".jpg", "x");
        }
        ArchiveLimits tenEntries = new ArchiveLimits(10, 1 << 20, 1 << 20, 200, 1 << 20, 256);

        assertThat(refusalOpening(write(zip), tenEntries)).isEqualTo(RefusalReason.TOO_MANY_ENTRIES);
    }

    @Test
    void aHighRatioZipBombIsRefusedFromItsDeclaredSizes() throws IOException {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", EIGHT_MIB_OF_ZEROS);

        assertThat(refusalOpening(zip)).isEqualTo(RefusalReason.COMPRESSION_RATIO_TOO_HIGH);
    }

    @Test
    void aZipBombThatUnderstatesItsSizeIsStoppedWhileInflating() throws IOException {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", EIGHT_MIB_OF_ZEROS).declaredSize = 1000L;

        Refused refused = refusalReading(zip);
        assertThat(refused.reason()).isEqualTo(RefusalReason.SIZE_MISMATCH);
        assertThat(refused.bytesDelivered()).isLessThanOrEqualTo(1000);
    }

    @Test
    void entriesSharingOneLocalHeaderAreAnOverlapBomb() throws IOException {
        RawZip zip = new RawZip();
        zip.add("kernel.txt", new byte[1 << 16]);
        for (int i = 0; i < 5; i++) {
            zip.add("copy-" + i + ".txt", new byte[1 << 16]).sharesLocalHeaderOf = 0;
        }

        assertThat(refusalOpening(zip)).isEqualTo(RefusalReason.OVERLAPPING_ENTRIES);
    }

    @Test
    void anEntryWhoseCompressedBytesRunIntoTheNextEntryIsAnOverlapBomb() throws IOException {
        RawZip zip = new RawZip();
        RawZip.Entry outer = zip.add("a.txt", new byte[100]);
        zip.add("b.txt", new byte[1 << 16]);
        byte[] plain = zip.bytes();
        long bStart = indexOf(plain, "b.txt".getBytes(StandardCharsets.UTF_8)) - 30;
        outer.declaredCompressedSize = bStart + 30 + 5 + RawZip.deflate(new byte[1 << 16]).length - (30 + 5);

        assertThat(refusalOpening(zip)).isEqualTo(RefusalReason.OVERLAPPING_ENTRIES);
    }

    @Test
    void aDamagedEntryIsRefusedOnItsChecksum() throws IOException {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", "12/03/2023, 09:20 - Awa: hello\n").stored().declaredCrc = 42L;

        assertThat(refusalReading(zip).reason()).isEqualTo(RefusalReason.CRC_MISMATCH);
    }

    @Test
    void anUnknownCompressionMethodIsRefused() throws IOException {
        RawZip zip = new RawZip();
        zip.add("_chat.txt", "hello").method = 12;

        assertThat(refusalOpening(zip)).isEqualTo(RefusalReason.UNSUPPORTED_COMPRESSION);
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws IOException {
        Path notZip = Files.writeString(dir.resolve("chat.zip"), "12/03/2023, 09:20 - Awa: hello\n".repeat(3));

        assertThat(refusalOpening(notZip, ArchiveLimits.defaults())).isEqualTo(RefusalReason.NOT_A_ZIP);
    }

    @Test
    void everyReasonHasAStableCode() {
        assertThat(RefusalReason.ENCRYPTED_ENTRY.code()).isEqualTo("chat-encrypted-entry");
        assertThat(RefusalReason.PATH_TRAVERSAL.code()).isEqualTo("chat-path-traversal");
        assertThat(RefusalReason.values()).allSatisfy(r -> assertThat(r.code()).matches("chat-[a-z0-9-]+"));
    }

    private static long indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
