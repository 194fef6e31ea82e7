package org.asistream.query.organisation;

import java.util.Objects;

/** A trust, network, region (by code) or the nation (no code). */
public record Organisation(Level level, String code) {

    public static final Organisation NATION = new Organisation(Level.NATION, null);

    public Organisation {
        Objects.requireNonNull(level, "level");
        if ((level == Level.NATION) != (code == null)) {
            throw new IllegalArgumentException("the nation has no code and every other organisation has one");
        }
    }

    public static Organisation trust(String code) {
        return new Organisation(Level.TRUSTS, code);
    }

    public static Organisation network(String code) {
        return new Organisation(Level.NETWORKS, code);
    }

    public static Organisation region(String code) {
        return new Organisation(Level.REGIONS, code);
    }

    @Override
    public String toString() {
        return level == Level.NATION ? "nation" : level.path() + "/" + code;
    }
}
