package org.asistream.schemas.evolution;

/** One reason a schema change cannot be released as it stands. */
public record EvolutionProblem(String schema, String problem) {

    @Override
    public String toString() {
        return schema + ": " + problem;
    }
}
