package org.jeli.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameClaimsTest {

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
        "IMG-20230514-WA0012.jpg, 2023-05-14, whatsapp",
        "VID-20230514-WA0003.mp4, 2023-05-14, whatsapp",
        "PTT-20230514-WA0007.opus, 2023-05-14, whatsapp",
        "AUD-20230514-WA0001.m4a, 2023-05-14, whatsapp",
        "STK-20230514-WA0002.webp, 2023-05-14, whatsapp",
        "DOC-20230514-WA0004.pdf, 2023-05-14, whatsapp",
        "IMG-20240229-WA0000.jpeg, 2024-02-29, whatsapp",
        "IMG-20230514-WA10012.jpg, 2023-05-14, whatsapp",
        "IMG-20230514-WA0012 (1).jpg, 2023-05-14, whatsapp",
        "WhatsApp Chat/Media/IMG-20230514-WA0012.jpg, 2023-05-14, whatsapp",
        "C:\\export\\VID-20230514-WA0003.mp4, 2023-05-14, whatsapp",
        "IMG_20230514_142233.jpg, 2023-05-14T14:22:33, android-camera",
        "VID_20230514_142233.mp4, 2023-05-14T14:22:33, android-camera",
        "IMG_20230514_000000_1.jpg, 2023-05-14T00:00:00, android-camera",
        "20230514_142233.jpg, 2023-05-14T14:22:33, samsung-camera",
        "20230514_142233(0).mp4, 2023-05-14T14:22:33, samsung-camera",
        "PXL_20230514_142233123.jpg, 2023-05-14T14:22:33.123Z, pixel-camera",
        "PXL_20230514_142233007.MP.jpg, 2023-05-14T14:22:33.007Z, pixel-camera",
        "PXL_20230514_142233123.PORTRAIT.jpg, 2023-05-14T14:22:33.123Z, pixel-camera",
    })
    void readsTheDateTheNameClaims(String name, String iso, String pattern) {
        assertThat(FileNameClaims.dateClaim(name)).contains(new FileNameDate(iso, pattern));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "IMG-20231340-WA0001.jpg", // month 13
                "IMG-20230230-WA0001.jpg", // 30 February
                "IMG-20230229-WA0001.jpg", // 2023 is no leap year
                "IMG-20230500-WA0001.jpg", // day 0
                "IMG-18990101-WA0001.jpg", // implausible year
                "IMG_20230514_246000.jpg", // hour 24
                "IMG_20230514_146133.jpg", // minute 61
                "PXL_20231301_142233123.jpg",
                "20230514_999999.jpg",
                "IMG-2023051-WA0001.jpg", // seven digits
                "IMG-20230514-WA01.jpg", // too few counter digits
                "XYZ-20230514-WA0001.jpg", // unknown WhatsApp prefix
                "IMG-20230514.jpg",
                "photo.jpg",
                "Screenshot_20230514-142233.png",
                "my IMG-20230514-WA0012.jpg",
                "IMG-20230514-WA0012.jpg/",
            })
    void claimsNothingForOtherNamesOrImpossibleDates(String name) {
        assertThat(FileNameClaims.dateClaim(name)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "/", "IMG-20230514-WA0012.jpg/"})
    void claimsNothingForNoName(String name) {
        assertThat(FileNameClaims.dateClaim(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "PTT-20230514-WA0007.opus, true",
        "WhatsApp Chat/PTT-20230514-WA0007.opus, true",
        "PTT-20231340-WA0007.opus, true", // a voice note by name even if the date is impossible
        "AUD-20230514-WA0001.m4a, false",
        "VID-20230514-WA0003.mp4, false",
        "PTT_20230514_142233.opus, false",
        "ptt.opus, false",
    })
    void recognisesWhatsAppVoiceNotes(String name, boolean voiceNote) {
        assertThat(FileNameClaims.isVoiceNote(name)).isEqualTo(voiceNote);
    }

    @Test
    void nullIsNoVoiceNote() {
        assertThat(FileNameClaims.isVoiceNote(null)).isFalse();
    }
}
