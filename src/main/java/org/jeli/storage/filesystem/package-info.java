/**
 * The local-disk adapter of {@link org.jeli.storage.BlobStore}: {@link
 * org.jeli.storage.filesystem.FileSystemBlobStore}.
 *
 * <p>Layout under the root: {@code tmp/} holds staged bytes (anything found there at start-up was
 * never acknowledged and is deleted); {@code objects/aa/bb/<name>} holds published bytes, where
 * {@code name} is the hex HMAC-SHA256 of the raw SHA-256 under a secret name key ({@link
 * org.jeli.storage.filesystem.BlobNameKey}), so a directory listing reveals no content hash; the
 * suffix {@code .enc} marks an encrypted object (see {@link org.jeli.storage.crypto}), whose wrapped
 * data key is filed under the same name in the key store ({@link
 * org.jeli.storage.filesystem.DataKeys}). {@code root/ENCRYPTED} marks a store that encrypts.
 *
 * <p>Invariants: bytes are hashed (SHA-256 and SHA-512) in the same pass that writes them and
 * fsynced before {@code stage} returns; publication is an atomic rename on the same file system
 * followed by an fsync of the directory (and of the parents of new directories); published files
 * are complete and never rewritten; every failure deletes the staged file; a full disk is reported
 * as {@link org.jeli.storage.StorageFullException}. Memory per stage is a few fixed buffers.
 * Allowed dependencies: common, storage, JDK. No CDI here; the producer lives elsewhere.
 */
package org.jeli.storage.filesystem;
