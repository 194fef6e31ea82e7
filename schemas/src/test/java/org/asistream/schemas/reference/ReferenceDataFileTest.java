package org.asistream.schemas.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.PreviousRegion;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.Trust;
import org.asistream.schemas.json.InvalidDocumentException;
import org.asistream.schemas.json.ValidationError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataFileTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The example of the foundation issue. */
    private static final String EXAMPLE = """
            {
              "regions":  [{"code": "R1", "name": "North Region"}],
              "networks": [{"code": "N1", "name": "Coast Stroke Network", "region": "R1"}],
              "trusts":   [{"code": "T01", "name": "Harbour Hospitals NHS Trust", "esdTeam": true,
                            "memberships": [{"network": "N1", "from": "2010-04-01"}]}]
            }""";

    @Test
    void readsTheDocumentedFormat() {
        ReferenceData data = ReferenceDataFile.parse(read(EXAMPLE));

        assertThat(data.regions()).containsExactly(new Region("R1", "North Region"));
        assertThat(data.networks()).containsExactly(new Network("N1", "Coast Stroke Network", "R1", List.of()));
        assertThat(data.trusts()).containsExactly(new Trust("T01", "Harbour Hospitals NHS Trust", true,
                List.of(new Membership("N1", LocalDate.of(2010, 4, 1)))));
    }

    @Test
    void writesBackExactlyWhatItRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("reference.json");

        ReferenceDataFile.write(ReferenceDataFile.parse(read(EXAMPLE)), file);

        assertThat(MAPPER.readTree(file.toFile())).isEqualTo(read(EXAMPLE));
        assertThat(ReferenceDataFile.read(file)).isEqualTo(ReferenceDataFile.parse(read(EXAMPLE)));
    }

    private static final String MOVED_NETWORK = """
            {
              "regions":  [{"code": "R1", "name": "North Region"}, {"code": "R2", "name": "South Region"},
                           {"code": "R3", "name": "West Region"}],
              "networks": [{"code": "N1", "name": "Coast Stroke Network", "region": "R2",
                            "previousRegions": [{"region": "R3", "until": "2008-03-31"},
                                                {"region": "R1", "until": "2011-03-31"}]}],
              "trusts":   [{"code": "T01", "name": "Harbour Hospitals NHS Trust", "esdTeam": true,
                            "memberships": [{"network": "N1", "from": "2010-04-01"}]}]
            }""";

    @Test
    void readsAndWritesTheRegionsANetworkBelongedToBefore(@TempDir Path folder) throws IOException {
        ReferenceData data = ReferenceDataFile.parse(read(MOVED_NETWORK));

        assertThat(data.networks()).containsExactly(new Network("N1", "Coast Stroke Network", "R2", List.of(
                new PreviousRegion("R3", LocalDate.of(2008, 3, 31)),
                new PreviousRegion("R1", LocalDate.of(2011, 3, 31)))));
        Path file = folder.resolve("reference.json");
        ReferenceDataFile.write(data, file);
        assertThat(MAPPER.readTree(file.toFile())).isEqualTo(read(MOVED_NETWORK));
    }

    @Test
    void refusesAnUnknownPreviousRegionAndPreviousRegionsOutOfOrder() {
        String unknown = MOVED_NETWORK.replace("\"R3\", \"until\"", "\"R9\", \"until\"");
        String outOfOrder = MOVED_NETWORK.replace("2008-03-31", "2012-03-31");

        assertThat(errorsOf(unknown)).extracting(ValidationError::field)
                .containsExactly("networks[0].previousRegions[0].region");
        assertThat(errorsOf(outOfOrder)).extracting(ValidationError::field)
                .containsExactly("networks[0].previousRegions[1].until");
    }

    private static List<ValidationError> errorsOf(String json) {
        return catchThrowableOfType(InvalidDocumentException.class, () -> ReferenceDataFile.parse(read(json))).errors();
    }

    @Test
    void givesEachEntityItsTopicKey() {
        ReferenceData data = ReferenceDataFile.parse(read(EXAMPLE));

        assertThat(data.entries()).extracting(ReferenceData::keyOf)
                .containsExactly("region:R1", "network:N1", "trust:T01");
        assertThat(ReferenceData.of(data.entries())).isEqualTo(data);
    }

    @Test
    void refusesANetworkInAnUnknownRegion() {
        assertThat(errors(EXAMPLE.replace("\"region\": \"R1\"", "\"region\": \"R9\"")))
                .containsExactly(
                        new ValidationError("networks[0].region", "R9 is not the code of a region in this file"));
    }

    @Test
    void refusesAMembershipOfAnUnknownNetwork() {
        assertThat(errors(EXAMPLE.replace("\"network\": \"N1\"", "\"network\": \"N2\"")))
                .containsExactly(new ValidationError("trusts[0].memberships[0].network",
                        "N2 is not the code of a network in this file"));
    }

    @Test
    void refusesDuplicateCodes() {
        String twoTrusts = EXAMPLE.replace("\"trusts\":   [", """
                "trusts": [{"code": "T01", "name": "Other", "esdTeam": false,
                            "memberships": [{"network": "N1", "from": "2010-04-01"}]},""");

        assertThat(errors(twoTrusts)).containsExactly(
                new ValidationError("trusts[1].code", "T01 is already the code of another trust"));
    }

    @Test
    void refusesMembershipsOutOfDateOrder() {
        assertThat(errors(withMemberships("""
                [{"network": "N1", "from": "2011-01-01"}, {"network": "N2", "from": "2010-04-01"}]""")))
                .containsExactly(new ValidationError("trusts[0].memberships[1].from",
                        "is before the membership listed before it; list memberships in date order"));
    }

    @Test
    void refusesOverlappingMemberships() {
        assertThat(errors(withMemberships("""
                [{"network": "N1", "from": "2010-04-01"}, {"network": "N2", "from": "2010-04-01"}]""")))
                .containsExactly(new ValidationError("trusts[0].memberships[1].from",
                        "starts on the same date as the membership before it; "
                                + "a trust belongs to one network at a time"));
    }

    @Test
    void refusesATrustWithoutMemberships() {
        assertThat(errors(withMemberships("[]")))
                .containsExactly(new ValidationError("trusts[0].memberships", "must list at least one membership"));
    }

    @Test
    void refusesAMalformedDate() {
        assertThat(errors(EXAMPLE.replace("2010-04-01", "01/04/2010")))
                .containsExactly(
                        new ValidationError("trusts[0].memberships[0].from", "must be a date such as 2010-04-01"));
    }

    @Test
    void refusesMissingAndUnknownFields() {
        assertThat(errors(EXAMPLE.replace("\"esdTeam\": true", "\"esd\": true")))
                .containsExactly(new ValidationError("trusts[0].esd",
                                "is not a field of a trust; allowed fields: code, name, esdTeam, memberships"),
                        new ValidationError("trusts[0].esdTeam", "is required"));
    }

    @Test
    void namesEveryProblemInTheExceptionMessage() {
        InvalidDocumentException refused = catchThrowableOfType(InvalidDocumentException.class,
                () -> ReferenceDataFile.parse(read("{\"regions\": [], \"networks\": []}")));

        assertThat(refused).hasMessage("invalid reference data: trusts: is required");
    }

    @Test
    void theBundledSyntheticRegistryHasTenRegions28NetworksAnd150Trusts() {
        ReferenceData registry = ReferenceDataFile.syntheticRegistry();

        assertThat(registry.regions()).hasSize(10);
        assertThat(registry.networks()).hasSize(28);
        assertThat(registry.trusts()).hasSize(150);
        assertThat(registry.trusts()).extracting(Trust::getCode)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 150)
                        .mapToObj(i -> String.format("T%03d", i)).toList());
        assertThat(registry.trusts()).allSatisfy(trust ->
                assertThat(trust.getMemberships().get(0).getFrom()).isEqualTo(LocalDate.of(2010, 4, 1)));
        assertThat(registry.trusts()).extracting(Trust::getEsdTeam).contains(true, false);
    }

    @Test
    void theBundledSyntheticRegistryMovesTwoTrustsOnTheFirstOfJanuary2011() {
        List<Trust> moved = ReferenceDataFile.syntheticRegistry().trusts().stream()
                .filter(trust -> trust.getMemberships().size() > 1).toList();

        assertThat(moved).extracting(Trust::getCode).containsExactly("T017", "T088");
        assertThat(moved).allSatisfy(trust -> assertThat(trust.getMemberships()).extracting(Membership::getFrom)
                .containsExactly(LocalDate.of(2010, 4, 1), LocalDate.of(2011, 1, 1)));
    }

    private static String withMemberships(String memberships) {
        return EXAMPLE
                .replace("\"networks\": [",
                        "\"networks\": [{\"code\": \"N2\", \"name\": \"Vale\", \"region\": \"R1\"}, ")
                .replace("[{\"network\": \"N1\", \"from\": \"2010-04-01\"}]", memberships);
    }

    private static List<ValidationError> errors(String json) {
        return catchThrowableOfType(InvalidDocumentException.class, () -> ReferenceDataFile.parse(read(json)))
                .errors();
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
