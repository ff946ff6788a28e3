/**
 * Durable, content-addressed storage of original bytes: the {@link org.jeli.storage.BlobStore} port
 * and its adapters.
 *
 * <p>Invariants: bytes are hashed in the same pass that writes them, made durable (fsync of file and
 * directory) before they are published by an atomic rename; identical content is stored once;
 * stored names never reveal the plaintext hash; nothing holds a whole file in memory; with
 * encryption on (the default) the store holds only ciphertext, each blob under its own data key,
 * and no unauthenticated byte is ever returned ({@link org.jeli.storage.BlobIntegrityException}). Allowed
 * dependencies: common.
 */
package org.jeli.storage;
