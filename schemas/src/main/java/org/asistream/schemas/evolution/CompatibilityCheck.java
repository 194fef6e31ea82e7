package org.asistream.schemas.evolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * The build's guard on schema evolution. Every current schema must be recorded as the latest version of its history,
 * and must be FULL_TRANSITIVE compatible with every recorded version: the current schema reads data written with each
 * of them, and readers on each of them read data written with the current one (Avro's own resolution rules).
 */
public final class CompatibilityCheck {

    public static List<EvolutionProblem> check(Collection<Schema> currentSchemas, SchemaHistory history) {
        List<EvolutionProblem> problems = new ArrayList<>();
        for (Schema current : currentSchemas) {
            String name = current.getFullName();
            List<Schema> versions = history.versionsOf(name);
            if (versions.isEmpty()) {
                problems.add(new EvolutionProblem(name, "has no recorded version: record it as "
                        + SchemaHistory.fileOf(name, 1) + " in the schema history"));
            } else if (!versions.get(versions.size() - 1).toString().equals(current.toString())) {
                problems.add(new EvolutionProblem(name, "differs from its latest recorded version v"
                        + versions.size() + ": record it as " + SchemaHistory.fileOf(name, versions.size() + 1)
                        + " in the schema history"));
            }
            for (int i = 0; i < versions.size(); i++) {
                Schema recorded = versions.get(i);
                int version = i + 1;
                for (Incompatibility incompatibility : incompatibilities(current, recorded)) {
                    problems.add(new EvolutionProblem(name, "the current version cannot read data written with v"
                            + version + ": " + describe(incompatibility)));
                }
                for (Incompatibility incompatibility : incompatibilities(recorded, current)) {
                    problems.add(new EvolutionProblem(name, "readers on v" + version
                            + " cannot read data written with the current version: " + describe(incompatibility)));
                }
            }
        }
        return problems;
    }

    private static List<Incompatibility> incompatibilities(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult().getIncompatibilities();
    }

    private static String describe(Incompatibility incompatibility) {
        return incompatibility.getType() + " at " + incompatibility.getLocation() + " (" + incompatibility.getMessage()
                + ")";
    }

    private CompatibilityCheck() {
    }
}
