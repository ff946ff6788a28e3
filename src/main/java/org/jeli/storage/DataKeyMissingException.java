package org.jeli.storage;

/**
 * An encrypted blob's data key is not in the key store: it was destroyed (crypto-shredding) or the
 * key store was not restored with the blobs. The bytes cannot be read by anyone.
 */
public final class DataKeyMissingException extends BlobIntegrityException {
    public DataKeyMissingException() {
        super("the data key of this blob is not in the key store");
    }
}
