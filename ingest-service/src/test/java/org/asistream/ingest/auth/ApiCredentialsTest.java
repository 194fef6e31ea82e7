package org.asistream.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.asistream.schemas.credentials.Principal;
import org.asistream.schemas.credentials.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service must not start without credentials it can read, and must say why. */
class ApiCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void missingSettingIsExplained() {
        assertThatThrownBy(() -> ApiCredentials.read(Optional.empty()))
                .hasMessage("asi.credentials.file is not set: give the API credentials file (format in "
                        + "docs/events.md), e.g. -Dasi.credentials.file=/etc/asi/credentials.json");
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nowhere.json");

        assertThatThrownBy(() -> ApiCredentials.read(Optional.of(missing)))
                .hasMessage("asi.credentials.file names " + missing + ", which is not a file");
    }

    @Test
    void invalidFileListsItsProblems() throws IOException {
        Path file = Files.writeString(dir.resolve("credentials.json"),
                "{\"tokens\": [{\"token\": \"t\", \"role\": \"OWNER\", \"org\": \"T01\"}]}");

        assertThatThrownBy(() -> ApiCredentials.read(Optional.of(file)))
                .hasMessage("cannot use the credentials file " + file + " (asi.credentials.file): invalid "
                        + "credentials: tokens[0].role: must be one of TRUST, NETWORK, REGION, NATIONAL");
    }

    @Test
    void malformedJsonIsReported() throws IOException {
        Path file = Files.writeString(dir.resolve("credentials.json"), "{\"tokens\": [");

        assertThatThrownBy(() -> ApiCredentials.read(Optional.of(file)))
                .hasMessageStartingWith("cannot read the credentials file " + file);
    }

    @Test
    void validFileAuthenticatesItsTokens() throws IOException {
        Path file = Files.writeString(dir.resolve("credentials.json"),
                "{\"tokens\": [{\"token\": \"trust-T01-secret\", \"role\": \"TRUST\", \"org\": \"T01\"}]}");

        assertThat(ApiCredentials.read(Optional.of(file)).authenticate("trust-T01-secret"))
                .contains(new Principal(Role.TRUST, "T01"));
    }
}
