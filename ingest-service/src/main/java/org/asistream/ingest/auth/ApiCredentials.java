package org.asistream.ingest.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.asistream.schemas.credentials.Credentials;
import org.asistream.schemas.credentials.Principal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bearer tokens of the credentials file ({@code asi.credentials.file}, format in docs/events.md). Read once at
 * startup: the service refuses to start without a readable, valid file, since it could authenticate nobody.
 */
@Startup
@Singleton
public class ApiCredentials {

    static final String FILE_KEY = "asi.credentials.file";

    private final Credentials credentials;

    @Inject
    ApiCredentials(@ConfigProperty(name = FILE_KEY) Optional<Path> file) {
        this.credentials = read(file);
    }

    public Optional<Principal> authenticate(String bearerToken) {
        return credentials.authenticate(bearerToken);
    }

    /** @throws IllegalStateException saying what is wrong with the setting or the file */
    static Credentials read(Optional<Path> file) {
        if (file.isEmpty()) {
            throw new IllegalStateException(FILE_KEY + " is not set: give the API credentials file "
                    + "(format in docs/events.md), e.g. -D" + FILE_KEY + "=/etc/asi/credentials.json");
        }
        Path path = file.get();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(FILE_KEY + " names " + path + ", which is not a file");
        }
        try {
            return Credentials.read(path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the credentials file " + path + " (" + FILE_KEY + "): "
                    + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot use the credentials file " + path + " (" + FILE_KEY + "): "
                    + e.getMessage(), e);
        }
    }
}
