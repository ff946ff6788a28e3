/**
 * Reading a chat-export zip safely: {@link org.jeli.chat.archive.SafeZip} checks the whole central
 * directory before any byte is inflated, and counts the bytes actually inflated while reading;
 * {@link org.jeli.chat.archive.ChatExportLocator} finds the chat file and the attachments inside.
 *
 * <p>Why not {@link java.util.zip.ZipFile} or {@link java.util.zip.ZipInputStream}: ZipFile hides
 * the general-purpose flags, the external attributes, the local-header offsets and duplicate names,
 * and rejects an encrypted archive with a generic error; ZipInputStream trusts local headers, which
 * an attacker can make disagree with the central directory. This package reads the central
 * directory itself (ZIP64 included), refuses what it must, checks that no two entries share
 * compressed bytes, and inflates each entry with a bare {@link java.util.zip.Inflater} over
 * positional reads of a {@link java.nio.channels.FileChannel}.
 *
 * <p>Nested archives are never opened: a zip inside the export is an attachment like any other
 * file (nesting depth zero). Allowed dependencies: {@code org.jeli.chat} and its parsers, the JDK.
 */
package org.jeli.chat.archive;
