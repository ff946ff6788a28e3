/**
 * WhatsApp "Export chat" text files (Android and iOS, any language WhatsApp writes dates in) read as
 * a stream of chat events.
 *
 * <p>The file is read twice: {@link org.jeli.chat.whatsapp.DateOrderSurvey} first reads only the
 * date fields of header lines to decide day-first, month-first or year-first for the whole file;
 * {@link org.jeli.chat.whatsapp.WhatsAppParser} then parses with that order. Both passes hold one
 * line (and the message being assembled) at a time. Allowed dependencies: {@code org.jeli.chat} and
 * the JDK.
 */
package org.jeli.chat.whatsapp;
