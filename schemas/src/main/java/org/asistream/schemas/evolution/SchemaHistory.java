package org.asistream.schemas.evolution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.avro.Schema;

/**
 * Every released version of every top-level schema. In the source tree they live under
 * {@code src/main/avro/history/<FullName>/v<N>.avsc}; the jar carries the same files under {@value #CLASSPATH_ROOT}.
 * Versions are numbered from 1 without gaps, and each file is self-contained (named types written out in full), so a
 * version parses on its own whatever later happened to the files it was made from.
 */
public final class SchemaHistory {

    /** Where the history lives on the classpath. */
    public static final String CLASSPATH_ROOT = "avro/history/";

    private static final Pattern VERSION_FILE = Pattern.compile("v([1-9][0-9]*)\\.avsc");

    private final Function<String, List<Schema>> versionsByName;

    private SchemaHistory(Function<String, List<Schema>> versionsByName) {
        this.versionsByName = versionsByName;
    }

    /** The history in a source folder (the build's compatibility check reads {@code src/main/avro/history}). */
    public static SchemaHistory inDirectory(Path root) {
        return new SchemaHistory(fullName -> readDirectory(root.resolve(fullName), fullName));
    }

    /** The history packaged in this module's jar. */
    public static SchemaHistory onClasspath() {
        return new SchemaHistory(SchemaHistory::readClasspath);
    }

    /** A history given in memory: each list holds versions 1, 2, ... in order. */
    public static SchemaHistory of(Map<String, List<Schema>> versionsByName) {
        Map<String, List<Schema>> copy = Map.copyOf(versionsByName);
        return new SchemaHistory(fullName -> List.copyOf(copy.getOrDefault(fullName, List.of())));
    }

    /** The relative file name of a version, e.g. {@code org.asistream.schemas.avro.ClockTick/v2.avsc}. */
    public static String fileOf(String fullName, int version) {
        return fullName + "/v" + version + ".avsc";
    }

    /** Versions 1..n of the named schema (empty when none was ever recorded). */
    public List<Schema> versionsOf(String fullName) {
        return versionsByName.apply(fullName);
    }

    private static List<Schema> readDirectory(Path folder, String fullName) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Map<Integer, Path> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.toList()) {
                Matcher name = VERSION_FILE.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    throw new IllegalStateException(file + ": history files must be named v1.avsc, v2.avsc, ...");
                }
                files.put(Integer.valueOf(name.group(1)), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Schema> versions = new ArrayList<>();
        for (Map.Entry<Integer, Path> file : files.entrySet()) {
            if (file.getKey() != versions.size() + 1) {
                throw new IllegalStateException(folder + ": versions must be numbered v1, v2, ... without gaps; found "
                        + files.keySet());
            }
            versions.add(parse(fullName, file.getValue().toString(), () -> Files.newInputStream(file.getValue())));
        }
        return versions;
    }

    private static List<Schema> readClasspath(String fullName) {
        ClassLoader loader = SchemaHistory.class.getClassLoader();
        List<Schema> versions = new ArrayList<>();
        while (true) {
            String resource = CLASSPATH_ROOT + fileOf(fullName, versions.size() + 1);
            if (loader.getResource(resource) == null) {
                return versions;
            }
            versions.add(parse(fullName, resource, () -> loader.getResourceAsStream(resource)));
        }
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    private static Schema parse(String fullName, String where, Source source) {
        try (InputStream in = source.open()) {
            Schema schema = new Schema.Parser().parse(in);
            if (!schema.getFullName().equals(fullName)) {
                throw new IllegalStateException(where + " holds " + schema.getFullName() + ", not " + fullName);
            }
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema history " + where, e);
        }
    }
}
