/**
 * Chat exports (WhatsApp text, Telegram Desktop JSON) read as a stream of {@link
 * org.jeli.chat.ChatEvent}s: messages, system events, gaps and warnings, in the order the export
 * holds them.
 *
 * <p>Invariants: parsers never hold a whole export in memory (memory is bounded by the longest
 * message, not by the number of messages); times are local wall-clock times without an offset
 * unless the format carries an absolute instant; nothing here logs message content. A hostile or
 * unrecognisable export is refused with a {@link org.jeli.chat.ChatImportRefusedException} whose
 * {@link org.jeli.chat.RefusalReason} has a stable code. Allowed dependencies: the JDK, Jackson's
 * streaming parser, and {@code org.jeli.common}; no framework, no database.
 */
package org.jeli.chat;
