/**
 * Telegram Desktop JSON exports ({@code result.json}): a single chat, or a whole account with its
 * {@code chats.list} and {@code left_chats.list}, read as a stream of chat events with Jackson's
 * streaming {@link com.fasterxml.jackson.core.JsonParser}.
 *
 * <p>Only one message at a time is held as a small tree; the file as a whole never is. Personal
 * information, contacts and other account sections are skipped unread. Allowed dependencies: {@code
 * org.jeli.chat}, Jackson, the JDK.
 */
package org.jeli.chat.telegram;
