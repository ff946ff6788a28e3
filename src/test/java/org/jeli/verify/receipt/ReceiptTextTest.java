package org.jeli.verify.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptTextTest {
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    static String text() {
        return Receipts.receipt(SHA).format();
    }

    /** The text with line {@code n} (0-based) replaced. */
    static String withLine(int n, String line) {
        String[] lines = text().split("\n");
        lines[n] = line;
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aReceiptRoundTripsAndRebuildsTheSignedCheckpointByteForByte() {
        ReceiptText r = Receipts.receipt(SHA);
        String text = r.format();
        assertThat(ReceiptText.parse(text)).isEqualTo(r);
        assertThat(ReceiptText.parse(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(r);
        assertThat(r.signedNote()).isEqualTo(Receipts.note(42));
        assertThat(text.lines()).hasSize(9).first().isEqualTo("JELI RECEIPT 1");
        assertThat(text.lines().toList().get(3)).isEqualTo("entry 41");
    }

    @Test
    void aReceiptIsAsciiAndFitsInThreeTextMessages() {
        String text = text();
        assertThat(text.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)))
                .isTrue();
        // a concatenated SMS carries 153 GSM-7 characters; none of these needs an escape
        assertThat(text.length()).isLessThanOrEqualTo(3 * 153);
        assertThat(text).doesNotContain("[", "]", "{", "}", "\\", "~", "^", "|");
    }

    @Test
    void receiptsCopiedThroughWindowsOrWithoutTheLastLineEndStillRead() {
        ReceiptText r = Receipts.receipt(SHA);
        assertThat(ReceiptText.parse(text().replace("\n", "\r\n"))).isEqualTo(r);
        assertThat(ReceiptText.parse(text().stripTrailing())).isEqualTo(r);
    }

    @Test
    void anExtraLineIsRejected() {
        assertThatThrownBy(() -> ReceiptText.parse(text() + "note hello\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 lines");
        assertThatThrownBy(() -> ReceiptText.parse(text() + "\n")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingLineIsRejected() {
        String withoutSig = text().lines().filter(l -> !l.startsWith("sig ")).reduce("", (a, b) -> a + b + "\n");
        assertThatThrownBy(() -> ReceiptText.parse(withoutSig))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("8 lines");
    }

    @Test
    void nonAsciiIsRejected() {
        String text = withLine(4, "log jeli.local/log/caf\u00e9");
        assertThatThrownBy(() -> ReceiptText.parse(text)).hasMessageContaining("not printable ASCII");
        assertThatThrownBy(() -> ReceiptText.parse(text.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not ASCII");
    }

    @Test
    void anotherVersionOrAnotherDocumentIsRejected() {
        assertThatThrownBy(() -> ReceiptText.parse(withLine(0, "JELI RECEIPT 2")))
                .hasMessageContaining("unsupported receipt version");
        assertThatThrownBy(() -> ReceiptText.parse("hello\n")).hasMessageContaining("not a Jeli receipt");
        assertThatThrownBy(() -> ReceiptText.parse("")).hasMessageContaining("empty");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2|sha256 9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08", // upper case hex
                "2|sha256 " + SHA + " ", // trailing space
                "2|sha256  " + SHA, // two spaces
                "2|sha256\t" + SHA, // tab
                "2|sha256 ", // empty value
                "1|item 0B7D5C1E-8F62-4C1A-9D53-2F0E6A3B9C41", // upper case UUID
                "1|sha256 " + SHA, // lines out of order
                "3|entry 041", // leading zero
                "3|entry -1", // sign
                "3|entry 42", // not inside the checkpoint of size 42
                "5|size 41", // a tree of 41 does not hold entry 41
                "6|root CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I", // unpadded base64
                "6|root AAAA", // not 32 bytes
                "7|sig AAAA", // not a key ID and a signature
                "8|key jeli.local/log/0a1b2c3d4e5f+00000000+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4", // bad key
            })
    void malformedLinesAreRejected(String change) {
        int n = Integer.parseInt(change.substring(0, change.indexOf('|')));
        String text = withLine(n, change.substring(change.indexOf('|') + 1));
        assertThatThrownBy(() -> ReceiptText.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignatureByAnotherKeyThanTheReceiptsIsRejected() {
        String otherKey = "key " + Receipts.otherSigner().verifierKey();
        assertThatThrownBy(() -> ReceiptText.parse(withLine(8, otherKey))).hasMessageContaining("key IDs differ");
    }

    @Test
    void aReceiptNeedsTheKeysSignatureInTheNote() {
        assertThatThrownBy(() -> ReceiptText.of(
                        Receipts.ITEM,
                        SHA,
                        0,
                        Receipts.note(1),
                        Receipts.otherSigner().publicKey()))
                .hasMessageContaining("no signature by");
    }
}
