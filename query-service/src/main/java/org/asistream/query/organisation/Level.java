package org.asistream.query.organisation;

import java.util.Arrays;
import java.util.Optional;

/** The levels of the organisation hierarchy, written as in the API's paths. */
public enum Level {
    TRUSTS("trusts"),
    NETWORKS("networks"),
    REGIONS("regions"),
    NATION("nation");

    private final String path;

    Level(String path) {
        this.path = path;
    }

    /** The level named by a path segment ({@code trusts}, {@code networks}, {@code regions}); the nation has none. */
    public static Optional<Level> ofPath(String segment) {
        return Arrays.stream(values()).filter(level -> level != NATION && level.path.equals(segment)).findFirst();
    }

    public String path() {
        return path;
    }
}
