package org.asistream.schemas.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.PreviousRegion;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.Trust;
import org.asistream.schemas.json.FieldReader;
import org.asistream.schemas.json.InvalidDocumentException;
import org.asistream.schemas.json.ValidationError;
import org.asistream.schemas.json.ValidationMessages;

/**
 * The reference-data file the launcher accepts (docs/events.md):
 * <pre>{"regions": [...], "networks": [{"code", "name", "region", "previousRegions": [...]}],
 *  "trusts": [{"code", "name", "esdTeam", "memberships": [...]}]}</pre>
 * Parsing checks that codes are unique, that every network, previous region and membership names a known region or
 * network, that each trust's memberships are in date order without two starting on the same date, and that a
 * network's previous regions (optional) are in date order.
 */
public final class ReferenceDataFile {

    /** The bundled synthetic registry used when no reference file is given. */
    public static final String SYNTHETIC_REGISTRY = "reference/synthetic-registry.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DOCUMENT = "reference data";

    public static ReferenceData read(Path file) throws IOException {
        return parse(MAPPER.readTree(file.toFile()));
    }

    public static ReferenceData syntheticRegistry() {
        try (InputStream in = ReferenceDataFile.class.getClassLoader().getResourceAsStream(SYNTHETIC_REGISTRY)) {
            if (in == null) {
                throw new IllegalStateException(SYNTHETIC_REGISTRY + " is missing from the classpath");
            }
            return parse(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidDocumentException listing every problem found */
    public static ReferenceData parse(JsonNode json) {
        List<ValidationError> errors = new ArrayList<>();
        if (json == null || !json.isObject()) {
            throw new InvalidDocumentException(DOCUMENT, List.of(
                    new ValidationError(ValidationError.WHOLE_DOCUMENT, ValidationMessages.notAnObject())));
        }
        FieldReader root = new FieldReader(json, "", errors);
        root.rejectFieldsOtherThan(List.of("regions", "networks", "trusts"), "a reference-data file");
        List<Region> regions = new ArrayList<>();
        List<Network> networks = new ArrayList<>();
        List<Trust> trusts = new ArrayList<>();
        Set<String> regionCodes = new HashSet<>();
        Set<String> networkCodes = new HashSet<>();
        Set<String> trustCodes = new HashSet<>();

        forEachObject(root, "regions", errors, region -> {
            region.rejectFieldsOtherThan(List.of("code", "name"), "a region");
            String code = uniqueCode(region, regionCodes, "region");
            String name = region.text("name");
            if (code != null && name != null) {
                regions.add(new Region(code, name));
            }
        });
        forEachObject(root, "networks", errors, network -> {
            network.rejectFieldsOtherThan(List.of("code", "name", "region", "previousRegions"), "a network");
            String code = uniqueCode(network, networkCodes, "network");
            String name = network.text("name");
            String region = knownCode(network, "region", regionCodes, "region");
            List<PreviousRegion> previous = previousRegions(network, regionCodes, errors);
            if (code != null && name != null && region != null && previous != null) {
                networks.add(new Network(code, name, region, previous));
            }
        });
        forEachObject(root, "trusts", errors, trust -> {
            trust.rejectFieldsOtherThan(List.of("code", "name", "esdTeam", "memberships"), "a trust");
            String code = uniqueCode(trust, trustCodes, "trust");
            String name = trust.text("name");
            Boolean esdTeam = trust.bool("esdTeam");
            List<Membership> memberships = memberships(trust, networkCodes, errors);
            if (code != null && name != null && esdTeam != null && memberships != null) {
                trusts.add(new Trust(code, name, esdTeam, memberships));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(DOCUMENT, errors);
        }
        return new ReferenceData(regions, networks, trusts);
    }

    public static ObjectNode toJson(ReferenceData data) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode json = nodes.objectNode();
        ArrayNode regions = json.putArray("regions");
        data.regions().forEach(region -> regions.addObject()
                .put("code", region.getCode())
                .put("name", region.getName()));
        ArrayNode networks = json.putArray("networks");
        for (Network network : data.networks()) {
            ObjectNode networkJson = networks.addObject()
                    .put("code", network.getCode())
                    .put("name", network.getName())
                    .put("region", network.getRegion());
            if (!network.getPreviousRegions().isEmpty()) {
                ArrayNode previous = networkJson.putArray("previousRegions");
                network.getPreviousRegions().forEach(region -> previous.addObject()
                        .put("region", region.getRegion())
                        .put("until", region.getUntil().toString()));
            }
        }
        ArrayNode trusts = json.putArray("trusts");
        for (Trust trust : data.trusts()) {
            ObjectNode trustJson = trusts.addObject()
                    .put("code", trust.getCode())
                    .put("name", trust.getName())
                    .put("esdTeam", trust.getEsdTeam());
            ArrayNode memberships = trustJson.putArray("memberships");
            trust.getMemberships().forEach(membership -> memberships.addObject()
                    .put("network", membership.getNetwork())
                    .put("from", membership.getFrom().toString()));
        }
        return json;
    }

    public static void write(ReferenceData data, Path file) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toJson(data));
    }

    private interface ElementReader {
        void read(FieldReader element);
    }

    private static void forEachObject(FieldReader parent, String field, List<ValidationError> errors,
            ElementReader reader) {
        JsonNode array = parent.array(field);
        if (array == null) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            String path = parent.pathOf(field) + "[" + i + "]";
            if (array.get(i).isObject()) {
                reader.read(new FieldReader(array.get(i), path, errors));
            } else {
                errors.add(new ValidationError(path, ValidationMessages.notAnObject()));
            }
        }
    }

    private static String uniqueCode(FieldReader entity, Set<String> codes, String kind) {
        String code = entity.text("code");
        if (code != null && !codes.add(code)) {
            entity.reject("code", code + " is already the code of another " + kind);
            return null;
        }
        return code;
    }

    private static String knownCode(FieldReader entity, String field, Set<String> codes, String kind) {
        String code = entity.text(field);
        if (code != null && !codes.contains(code)) {
            entity.reject(field, code + " is not the code of a " + kind + " in this file");
            return null;
        }
        return code;
    }

    /** A network's earlier regions (optional), each until a date, in date order. */
    private static List<PreviousRegion> previousRegions(FieldReader network, Set<String> regionCodes,
            List<ValidationError> errors) {
        List<PreviousRegion> previous = new ArrayList<>();
        if (!network.has("previousRegions")) {
            return previous;
        }
        int errorsBefore = errors.size();
        forEachObject(network, "previousRegions", errors, entry -> {
            entry.rejectFieldsOtherThan(List.of("region", "until"), "a previous region");
            String region = knownCode(entry, "region", regionCodes, "region");
            LocalDate until = entry.date("until");
            if (region == null || until == null) {
                return;
            }
            if (!previous.isEmpty() && !until.isAfter(previous.get(previous.size() - 1).getUntil())) {
                entry.reject("until", "is not after the previous region's; list previous regions in date order");
            }
            previous.add(new PreviousRegion(region, until));
        });
        return errors.size() > errorsBefore ? null : previous;
    }

    private static List<Membership> memberships(FieldReader trust, Set<String> networkCodes,
            List<ValidationError> errors) {
        int errorsBefore = errors.size();
        List<Membership> memberships = new ArrayList<>();
        forEachObject(trust, "memberships", errors, membership -> {
            membership.rejectFieldsOtherThan(List.of("network", "from"), "a membership");
            String network = knownCode(membership, "network", networkCodes, "network");
            LocalDate from = membership.date("from");
            if (network == null || from == null) {
                return;
            }
            if (!memberships.isEmpty()) {
                LocalDate previous = memberships.get(memberships.size() - 1).getFrom();
                if (from.equals(previous)) {
                    membership.reject("from", "starts on the same date as the membership before it; "
                            + "a trust belongs to one network at a time");
                } else if (from.isBefore(previous)) {
                    membership.reject("from",
                            "is before the membership listed before it; list memberships in date order");
                }
            }
            memberships.add(new Membership(network, from));
        });
        if (errors.size() == errorsBefore && memberships.isEmpty()) {
            trust.reject("memberships", "must list at least one membership");
        }
        return errors.size() > errorsBefore ? null : memberships;
    }

    private ReferenceDataFile() {
    }
}
