package org.asistream.deploy.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** Where the manifests and the services' configuration live in the repository, and small readers for them. */
final class DeployTree {

    static final Path DEPLOY = Path.of(System.getProperty("asi.deploy.dir", "..")).toAbsolutePath().normalize();
    static final Path REPO = DEPLOY.getParent();
    static final Path K8S = DEPLOY.resolve("k8s");
    static final Path BASE = K8S.resolve("base");
    static final Path OVERLAYS = K8S.resolve("overlays");
    static final Path COMPOSE = DEPLOY.resolve("compose");

    static final List<String> SERVICES = List.of("ingest-service", "measures-stream", "query-service");

    private DeployTree() {
    }

    /** Every overlay directory (each has a kustomization.yaml). */
    static List<Path> overlays() {
        try (Stream<Path> entries = Files.list(OVERLAYS)) {
            return entries.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base's resources, without any overlay. */
    static List<HasMetadata> base() {
        return Kustomization.resolve(BASE);
    }

    static <T extends HasMetadata> List<T> ofType(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    static <T extends HasMetadata> T named(List<HasMetadata> resources, Class<T> type, String name) {
        return ofType(resources, type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    /** A service's application.properties. */
    static Properties applicationProperties(String service) {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(REPO.resolve(service + "/src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static final Pattern COMMENTED_KEY = Pattern.compile("^#\\s*([a-z][a-z0-9.\\-]+)=", Pattern.MULTILINE);
    private static final Pattern INLINE_KEY = Pattern.compile("\\b(asi\\.[a-z0-9.\\-]+)=");
    private static final Pattern README_KEY = Pattern.compile("^\\| `([a-z][a-zA-Z0-9.\\-]+)`", Pattern.MULTILINE);

    /**
     * The configuration keys a service knows: those in its application.properties (set, or documented in a comment)
     * and those of the README's configuration table.
     */
    static Set<String> configurationKeys(String service) {
        Set<String> keys = new LinkedHashSet<>(applicationProperties(service).stringPropertyNames());
        try {
            String properties = Files.readString(REPO.resolve(service + "/src/main/resources/application.properties"));
            collect(COMMENTED_KEY, properties, keys);
            collect(INLINE_KEY, properties, keys);
            collect(README_KEY, Files.readString(REPO.resolve("README.md")), keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /** The environment variable MicroProfile Config reads for a key: non-alphanumerics to '_', upper case. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }
}
