package org.asistream.schemas.credentials;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.asistream.schemas.json.FieldReader;
import org.asistream.schemas.json.InvalidDocumentException;
import org.asistream.schemas.json.ValidationError;
import org.asistream.schemas.json.ValidationMessages;
import org.asistream.schemas.reference.OrganisationHierarchy;

/**
 * The API's bearer tokens (docs/events.md): {@code {"tokens": [{"token" | "tokenSha256", "role", "org"}]}}.
 * Only SHA-256 hashes are compared, in constant time, so a file may hold hashes alone and comparing leaks no timing.
 */
public final class Credentials {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DOCUMENT = "credentials";
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final int DEMO_TOKEN_BYTES = 18;

    private final List<Credential> entries;
    private final List<byte[]> hashes;

    private Credentials(List<Credential> entries) {
        this.entries = List.copyOf(entries);
        this.hashes = entries.stream().map(entry -> HexFormat.of().parseHex(entry.tokenSha256())).toList();
    }

    public static Credentials read(Path file) throws IOException {
        return parse(MAPPER.readTree(file.toFile()));
    }

    /** @throws InvalidDocumentException listing every problem found */
    public static Credentials parse(JsonNode json) {
        List<ValidationError> errors = new ArrayList<>();
        if (json == null || !json.isObject()) {
            throw new InvalidDocumentException(DOCUMENT, List.of(
                    new ValidationError(ValidationError.WHOLE_DOCUMENT, ValidationMessages.notAnObject())));
        }
        FieldReader root = new FieldReader(json, "", errors);
        root.rejectFieldsOtherThan(List.of("tokens"), "a credentials file");
        JsonNode tokens = root.array("tokens");
        List<Credential> entries = new ArrayList<>();
        Map<String, String> pathByHash = new HashMap<>();
        for (int i = 0; tokens != null && i < tokens.size(); i++) {
            String path = "tokens[" + i + "]";
            if (!tokens.get(i).isObject()) {
                errors.add(new ValidationError(path, ValidationMessages.notAnObject()));
                continue;
            }
            Credential entry = credential(new FieldReader(tokens.get(i), path, errors));
            if (entry == null) {
                continue;
            }
            String earlier = pathByHash.putIfAbsent(entry.tokenSha256(), path);
            if (earlier != null) {
                errors.add(new ValidationError(path, "is the same token as " + earlier
                        + "; every token must identify one organisation"));
            } else {
                entries.add(entry);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(DOCUMENT, errors);
        }
        return new Credentials(entries);
    }

    /** Random demo tokens: one per trust, network and region of the hierarchy, and one national. */
    public static Credentials demoFor(OrganisationHierarchy hierarchy, SecureRandom random) {
        List<Credential> entries = new ArrayList<>();
        hierarchy.trusts().forEach(trust -> entries.add(demo(Role.TRUST, trust.getCode(), random)));
        hierarchy.networks().forEach(network -> entries.add(demo(Role.NETWORK, network.getCode(), random)));
        hierarchy.regions().forEach(region -> entries.add(demo(Role.REGION, region.getCode(), random)));
        entries.add(demo(Role.NATIONAL, null, random));
        return new Credentials(entries);
    }

    /** Who holds this bearer token, if anyone. Every entry is compared, whatever matches, so timing tells nothing. */
    public Optional<Principal> authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isEmpty()) {
            return Optional.empty();
        }
        byte[] presented = sha256(bearerToken);
        Credential match = null;
        for (int i = 0; i < entries.size(); i++) {
            if (MessageDigest.isEqual(presented, hashes.get(i)) && match == null) {
                match = entries.get(i);
            }
        }
        return Optional.ofNullable(match).map(Credential::principal);
    }

    /** @throws InvalidDocumentException when a token names an organisation the hierarchy does not know */
    public Credentials requireKnownOrganisations(OrganisationHierarchy hierarchy) {
        List<ValidationError> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Credential entry = entries.get(i);
            boolean known = switch (entry.role()) {
                case TRUST -> hierarchy.trust(entry.org()).isPresent();
                case NETWORK -> hierarchy.network(entry.org()).isPresent();
                case REGION -> hierarchy.region(entry.org()).isPresent();
                case NATIONAL -> true;
            };
            if (!known) {
                errors.add(new ValidationError("tokens[" + i + "].org", entry.org() + " is not the code of a "
                        + entry.role().name().toLowerCase(Locale.ROOT) + " in the reference data"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidDocumentException(DOCUMENT, errors);
        }
        return this;
    }

    public List<Credential> entries() {
        return entries;
    }

    /** The file form: {@code token} where it is known, {@code tokenSha256} otherwise. */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode tokens = json.putArray("tokens");
        for (Credential entry : entries) {
            ObjectNode token = tokens.addObject();
            if (entry.token() != null) {
                token.put("token", entry.token());
            } else {
                token.put("tokenSha256", entry.tokenSha256());
            }
            token.put("role", entry.role().name());
            if (entry.org() != null) {
                token.put("org", entry.org());
            }
        }
        return json;
    }

    /** Writes the file, readable by its owner only where the file system allows, since it may hold tokens in clear. */
    public void write(Path file) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toJson());
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    public static String sha256Hex(String token) {
        return HexFormat.of().formatHex(sha256(token));
    }

    private static Credential credential(FieldReader fields) {
        fields.rejectFieldsOtherThan(List.of("token", "tokenSha256", "role", "org"), "a token entry");
        String hash = null;
        String token = null;
        if (fields.has("token") == fields.has("tokenSha256")) {
            fields.reject("token", "give exactly one of token and tokenSha256");
        } else if (fields.has("token")) {
            token = fields.text("token");
            hash = token == null ? null : sha256Hex(token);
        } else {
            hash = fields.text("tokenSha256");
            if (hash != null && !SHA256_HEX.matcher(hash).matches()) {
                fields.reject("tokenSha256", "must be 64 hexadecimal digits (the SHA-256 of the token)");
                hash = null;
            }
        }
        Role role = fields.oneOf("role", List.of(Role.values()));
        String org = null;
        if (role == Role.NATIONAL && fields.has("org")) {
            fields.reject("org", "must be absent for a NATIONAL token");
        } else if (role != null && role != Role.NATIONAL) {
            org = fields.text("org");
        }
        if (hash == null || role == null || (role != Role.NATIONAL && org == null)) {
            return null;
        }
        return new Credential(role, org, token, hash.toLowerCase(Locale.ROOT));
    }

    private static Credential demo(Role role, String org, SecureRandom random) {
        byte[] secret = new byte[DEMO_TOKEN_BYTES];
        random.nextBytes(secret);
        String prefix = role.name().toLowerCase(Locale.ROOT) + (org == null ? "" : "-" + org);
        String token = prefix + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Credential(role, org, token, sha256Hex(token));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
