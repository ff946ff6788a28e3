/**
 * Envelope encryption of blobs, pure JDK (no framework, no I/O beyond a given channel): the
 * segmented AES-256-GCM format ({@link org.jeli.storage.crypto.SegmentedAead}), its streaming
 * encryptor and range-reading decryptor, and the wrapping of per-blob data keys under a
 * key-encryption key ({@link org.jeli.storage.crypto.KeyWrap}, {@link org.jeli.storage.crypto.Kek}).
 *
 * <p>Invariants: every blob has its own random 256-bit data key; a nonce is never reused under a
 * key (random per-blob prefix, segment index, last flag); no plaintext byte is returned before the
 * tag of its segment verified; key material never appears in {@code toString} or messages. Allowed
 * dependencies: storage (its exceptions), JDK.
 */
package org.jeli.storage.crypto;
