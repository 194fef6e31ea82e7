package org.asistream.deploy.manifests;

/** A manifest that does not match its schema or breaks a platform rule; the message names the file and document. */
public class ManifestException extends RuntimeException {

    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
