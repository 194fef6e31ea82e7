package org.asistream.platform.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.asistream.schemas.credentials.Credentials;
import org.asistream.schemas.reference.ReferenceData;
import org.asistream.schemas.reference.ReferenceDataFile;

/** Three trusts of one network, and a token for each, for the tests that post. */
final class SmallRegistry {

    static final String REFERENCE_JSON = """
            {"regions": [{"code": "R1", "name": "North Region"}],
             "networks": [{"code": "N1", "name": "Coast Stroke Network", "region": "R1"}],
             "trusts": [
               {"code": "T01", "name": "Harbour", "esdTeam": true,
                "memberships": [{"network": "N1", "from": "2010-04-01"}]},
               {"code": "T02", "name": "Moorland", "esdTeam": false,
                "memberships": [{"network": "N1", "from": "2010-04-01"}]},
               {"code": "T03", "name": "Estuary", "esdTeam": true,
                "memberships": [{"network": "N1", "from": "2010-04-01"}]}]}
            """;
    static final String CREDENTIALS_JSON = """
            {"tokens": [
              {"token": "trust-T01-secret", "role": "TRUST", "org": "T01"},
              {"token": "trust-T02-secret", "role": "TRUST", "org": "T02"},
              {"token": "trust-T03-secret", "role": "TRUST", "org": "T03"},
              {"token": "net-N1-secret", "role": "NETWORK", "org": "N1"}]}
            """;

    static ReferenceData reference() {
        return ReferenceDataFile.parse(read(REFERENCE_JSON));
    }

    static Credentials credentials() {
        return Credentials.parse(read(CREDENTIALS_JSON));
    }

    /** The trust a test token belongs to: {@code trust-T02-secret} is T02's. */
    static String trustOf(String token) {
        return token.split("-")[1];
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private SmallRegistry() {
    }
}
