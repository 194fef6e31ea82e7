package org.asistream.schemas.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.asistream.schemas.json.InvalidDocumentException;
import org.asistream.schemas.json.ValidationError;
import org.asistream.schemas.reference.OrganisationHierarchy;
import org.asistream.schemas.reference.ReferenceDataFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The example of the foundation issue. */
    private static final String EXAMPLE = """
            {"tokens": [
              {"token": "trust-T01-secret", "role": "TRUST", "org": "T01"},
              {"token": "net-N1-secret", "role": "NETWORK", "org": "N1"},
              {"token": "region-R1-secret", "role": "REGION", "org": "R1"},
              {"token": "national-secret", "role": "NATIONAL"}
            ]}""";

    private final Credentials credentials = Credentials.parse(read(EXAMPLE));

    @Test
    void authenticatesEachTokenAsItsRoleAndOrganisation() {
        assertThat(credentials.authenticate("trust-T01-secret")).contains(new Principal(Role.TRUST, "T01"));
        assertThat(credentials.authenticate("net-N1-secret")).contains(new Principal(Role.NETWORK, "N1"));
        assertThat(credentials.authenticate("region-R1-secret")).contains(new Principal(Role.REGION, "R1"));
        assertThat(credentials.authenticate("national-secret")).contains(new Principal(Role.NATIONAL, null));
    }

    @Test
    void refusesUnknownMissingAndEmptyTokens() {
        assertThat(credentials.authenticate("trust-T01-secreT")).isEmpty();
        assertThat(credentials.authenticate("")).isEmpty();
        assertThat(credentials.authenticate(null)).isEmpty();
    }

    @Test
    void authenticatesAgainstAStoredHashWithoutKnowingTheToken() {
        String hash = Credentials.sha256Hex("trust-T01-secret").toUpperCase();
        Credentials hashed = Credentials.parse(read("{\"tokens\": [{\"tokenSha256\": \"" + hash + "\", "
                + "\"role\": \"TRUST\", \"org\": \"T01\"}]}"));

        assertThat(hashed.authenticate("trust-T01-secret")).contains(new Principal(Role.TRUST, "T01"));
        assertThat(hashed.entries().get(0).token()).isNull();
    }

    @Test
    void onlyATrustTokenMayPublishAndOnlyForItsOwnTrust() {
        assertThat(new Principal(Role.TRUST, "T01").mayPublishFor("T01")).isTrue();
        assertThat(new Principal(Role.TRUST, "T01").mayPublishFor("T02")).isFalse();
        assertThat(new Principal(Role.NETWORK, "T01").mayPublishFor("T01")).isFalse();
        assertThat(new Principal(Role.NATIONAL, null).mayPublishFor("T01")).isFalse();
    }

    @Test
    void refusesAnEntryWithBothOrNeitherFormOfToken() {
        assertThat(errors("{\"tokens\": [{\"token\": \"a\", \"tokenSha256\": \"" + Credentials.sha256Hex("a")
                + "\", \"role\": \"NATIONAL\"}, {\"role\": \"NATIONAL\"}]}"))
                .containsExactly(new ValidationError("tokens[0].token", "give exactly one of token and tokenSha256"),
                        new ValidationError("tokens[1].token", "give exactly one of token and tokenSha256"));
    }

    @Test
    void refusesAHashThatIsNotSha256() {
        assertThat(errors("{\"tokens\": [{\"tokenSha256\": \"abc\", \"role\": \"NATIONAL\"}]}"))
                .containsExactly(new ValidationError("tokens[0].tokenSha256",
                        "must be 64 hexadecimal digits (the SHA-256 of the token)"));
    }

    @Test
    void refusesAnUnknownRole() {
        assertThat(errors("{\"tokens\": [{\"token\": \"a\", \"role\": \"ADMIN\", \"org\": \"T01\"}]}"))
                .containsExactly(
                        new ValidationError("tokens[0].role", "must be one of TRUST, NETWORK, REGION, NATIONAL"));
    }

    @Test
    void refusesAnOrganisationalTokenWithoutOrganisation() {
        assertThat(errors("{\"tokens\": [{\"token\": \"a\", \"role\": \"TRUST\"}]}"))
                .containsExactly(new ValidationError("tokens[0].org", "is required"));
    }

    @Test
    void refusesANationalTokenWithAnOrganisation() {
        assertThat(errors("{\"tokens\": [{\"token\": \"a\", \"role\": \"NATIONAL\", \"org\": \"T01\"}]}"))
                .containsExactly(new ValidationError("tokens[0].org", "must be absent for a NATIONAL token"));
    }

    @Test
    void refusesTheSameTokenTwice() {
        assertThat(errors("{\"tokens\": [{\"token\": \"a\", \"role\": \"TRUST\", \"org\": \"T01\"}, "
                + "{\"tokenSha256\": \"" + Credentials.sha256Hex("a") + "\", \"role\": \"TRUST\", \"org\": \"T02\"}]}"))
                .containsExactly(new ValidationError("tokens[1]",
                        "is the same token as tokens[0]; every token must identify one organisation"));
    }

    @Test
    void refusesUnknownFields() {
        assertThat(errors("{\"tokens\": [{\"token\": \"a\", \"role\": \"NATIONAL\", \"expires\": \"2012\"}]}"))
                .containsExactly(new ValidationError("tokens[0].expires",
                        "is not a field of a token entry; allowed fields: token, tokenSha256, role, org"));
    }

    @Test
    void refusesOrganisationsTheReferenceDataDoesNotKnow() {
        OrganisationHierarchy registry = OrganisationHierarchy.of(ReferenceDataFile.syntheticRegistry());

        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
                () -> credentials.requireKnownOrganisations(registry));

        assertThat(refused.errors()).containsExactly(
                new ValidationError("tokens[0].org", "T01 is not the code of a trust in the reference data"),
                new ValidationError("tokens[1].org", "N1 is not the code of a network in the reference data"),
                new ValidationError("tokens[2].org", "R1 is not the code of a region in the reference data"));
    }

    @Test
    void demoCredentialsGiveEveryOrganisationItsOwnRandomToken() {
        OrganisationHierarchy registry = OrganisationHierarchy.of(ReferenceDataFile.syntheticRegistry());

        Credentials demo = Credentials.demoFor(registry, new SecureRandom()).requireKnownOrganisations(registry);

        assertThat(demo.entries()).hasSize(150 + 28 + 10 + 1);
        assertThat(demo.entries()).extracting(Credential::token).doesNotHaveDuplicates();
        assertThat(demo.entries().get(0).token()).startsWith("trust-T001-").hasSizeGreaterThan(30);
        assertThat(demo.authenticate(demo.entries().get(0).token())).contains(new Principal(Role.TRUST, "T001"));
    }

    @Test
    void demoCredentialsAreWrittenReadableByTheirOwnerOnlyAndReadBack(@TempDir Path folder) throws IOException {
        OrganisationHierarchy registry = OrganisationHierarchy.of(ReferenceDataFile.syntheticRegistry());
        Credentials demo = Credentials.demoFor(registry, new SecureRandom());
        Path file = folder.resolve("demo-credentials.json");

        demo.write(file);
        Credentials read = Credentials.read(file);

        assertThat(read.entries()).isEqualTo(demo.entries());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void writesTheHashWhenTheTokenIsUnknown() {
        String hash = Credentials.sha256Hex("a");
        JsonNode file = read("{\"tokens\": [{\"tokenSha256\": \"" + hash + "\", "
                + "\"role\": \"REGION\", \"org\": \"R1\"}]}");

        assertThat(Credentials.parse(file).toJson()).isEqualTo(file);
    }

    private static List<ValidationError> errors(String json) {
        return catchThrowableOfType(InvalidDocumentException.class, () -> Credentials.parse(read(json))).errors();
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
