package org.medkg.store;

/**
 * The store could not do what was asked: it is locked by another process, is not a medkg store, a batch
 * could not be committed, a remote endpoint could not be reached. The message is meant for the user.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
