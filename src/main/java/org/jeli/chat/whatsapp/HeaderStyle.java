package org.jeli.chat.whatsapp;

/** The two header shapes WhatsApp writes. */
enum HeaderStyle {
    /** {@code 12/03/2023, 14:05 - Name: text} */
    ANDROID,
    /** {@code [12/03/2023 14:05:33] Name: text} */
    IOS
}
