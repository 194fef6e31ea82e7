package org.asistream.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Conversion;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.Encoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificFixed;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.Utf8;

/**
 * Writes records of one schema in Avro's binary encoding, byte for byte as {@code SpecificDatumWriter} does, with
 * every decision that depends only on the schema taken once, when the writer is made: which step writes each field,
 * which conversion a logical type needs, the index of each enum symbol. A union's branch is chosen by the value's
 * class, asked of Avro's own {@code resolveUnion} the first time a class is seen and remembered.
 *
 * <p>{@code SpecificDatumWriter} looks all of this up again for every value of every record (the conversion by class
 * and logical type, the union branch by schema name through hash maps, the enum symbol by name): on the ingest path
 * that was most of the cost of writing an event. The generated classes' own fast writers ({@code customEncode}) are
 * not generated for schemas with logical types, which ours have.
 */
final class PlannedRecordWriter {

    /** Writes one value of the schema it was planned for. */
    private interface Step {
        void write(Object value, Encoder out) throws IOException;
    }

    private final Step root;

    private PlannedRecordWriter(Step root) {
        this.root = root;
    }

    static PlannedRecordWriter of(Schema schema, SpecificData model) {
        return new PlannedRecordWriter(new Planner(model).plan(schema));
    }

    void write(Object record, Encoder out) throws IOException {
        root.write(record, out);
    }

    /** Plans each record schema once; a record met again while its fields are planned (recursion) reuses its step. */
    private static final class Planner {

        private final SpecificData model;
        private final Map<Schema, Step> named = new IdentityHashMap<>();

        Planner(SpecificData model) {
            this.model = model;
        }

        Step plan(Schema schema) {
            LogicalType logicalType = schema.getLogicalType();
            Conversion<?> conversion = logicalType == null ? null : model.getConversionFor(logicalType);
            Step raw = planRaw(schema);
            if (conversion == null) {
                return raw;
            }
            Class<?> converted = conversion.getConvertedType();
            return (value, out) -> {
                if (value == null) {
                    raw.write(null, out);
                    return;
                }
                // As GenericDatumWriter: the conversion registered for the value's class, if any (usually this one).
                Conversion<?> byClass = value.getClass() == converted ? conversion
                        : model.getConversionByClass(value.getClass(), logicalType);
                raw.write(byClass == null ? value : Conversions.convertToRawType(value, schema, logicalType, byClass),
                        out);
            };
        }

        private Step planRaw(Schema schema) {
            return switch (schema.getType()) {
                case RECORD -> record(schema);
                case UNION -> new UnionStep(schema, model, schema.getTypes().stream().map(this::plan).toList());
                case ENUM -> enumeration(schema);
                case ARRAY -> array(plan(schema.getElementType()));
                case MAP -> map(plan(schema.getValueType()));
                case STRING -> (value, out) -> {
                    if (value instanceof String text) {
                        out.writeString(text);
                    } else if (value instanceof Utf8 utf8) {
                        out.writeString(utf8);
                    } else {
                        out.writeString(value.toString()); // a "stringable" class, as SpecificDatumWriter does
                    }
                };
                case BYTES -> (value, out) -> out.writeBytes(((ByteBuffer) value).duplicate());
                case FIXED -> (value, out) -> out.writeFixed(((GenericFixed) value).bytes(), 0, schema.getFixedSize());
                case INT -> (value, out) -> out.writeInt(((Number) value).intValue());
                case LONG -> (value, out) -> out.writeLong(((Number) value).longValue());
                case FLOAT -> (value, out) -> out.writeFloat(((Number) value).floatValue());
                case DOUBLE -> (value, out) -> out.writeDouble(((Number) value).doubleValue());
                case BOOLEAN -> (value, out) -> out.writeBoolean((Boolean) value);
                case NULL -> (value, out) -> out.writeNull();
            };
        }

        private Step record(Schema schema) {
            Step planned = named.get(schema);
            if (planned != null) {
                return planned;
            }
            Step[] fields = new Step[schema.getFields().size()];
            // Registered before its fields are planned, so that a field of this record's own type finds it.
            Step step = (value, out) -> {
                IndexedRecord record = (IndexedRecord) value;
                for (int i = 0; i < fields.length; i++) {
                    fields[i].write(record.get(i), out);
                }
            };
            named.put(schema, step);
            for (Schema.Field field : schema.getFields()) {
                fields[field.pos()] = plan(field.schema());
            }
            return step;
        }

        private Step enumeration(Schema schema) {
            Class<?> type = model.getClass(schema);
            Object[] constants = type == null ? null : type.getEnumConstants();
            if (constants == null) {
                return (value, out) -> out.writeEnum(schema.getEnumOrdinal(value.toString()));
            }
            // Generated enums list the symbols in the schema's order, but the index is looked up to be sure.
            int[] indexByOrdinal = new int[constants.length];
            for (Object constant : constants) {
                indexByOrdinal[((Enum<?>) constant).ordinal()] = schema.getEnumOrdinal(((Enum<?>) constant).name());
            }
            return (value, out) -> out.writeEnum(value instanceof Enum<?> symbol
                    ? indexByOrdinal[symbol.ordinal()] : schema.getEnumOrdinal(value.toString()));
        }

        private static Step array(Step element) {
            return (value, out) -> {
                Collection<?> items = (Collection<?>) value;
                out.writeArrayStart();
                out.setItemCount(items.size());
                for (Object item : items) {
                    out.startItem();
                    element.write(item, out);
                }
                out.writeArrayEnd();
            };
        }

        private static Step map(Step valueStep) {
            return (value, out) -> {
                Map<?, ?> entries = (Map<?, ?>) value;
                out.writeMapStart();
                out.setItemCount(entries.size());
                for (Map.Entry<?, ?> entry : entries.entrySet()) {
                    out.startItem();
                    out.writeString(entry.getKey().toString());
                    valueStep.write(entry.getValue(), out);
                }
                out.writeMapEnd();
            };
        }
    }

    /** A union: the branch of each class of value, found by Avro's rule the first time and remembered. */
    private static final class UnionStep implements Step {

        /** A class of value and its branch. */
        private record Known(Class<?> type, int branch) {
        }

        private final Schema union;
        private final SpecificData model;
        private final List<Step> branches;
        private final int nullBranch;
        // Copied on write: a union meets a handful of classes, all within its first few records.
        private volatile Known[] known = new Known[0];

        UnionStep(Schema union, SpecificData model, List<Step> branches) {
            this.union = union;
            this.model = model;
            this.branches = branches;
            Integer nullIndex = union.getIndexNamed(Schema.Type.NULL.getName());
            this.nullBranch = nullIndex == null ? -1 : nullIndex;
        }

        @Override
        public void write(Object value, Encoder out) throws IOException {
            int branch = value == null && nullBranch >= 0 ? nullBranch : branchOf(value);
            out.writeIndex(branch);
            branches.get(branch).write(value, out);
        }

        private int branchOf(Object value) {
            if (value == null) {
                return model.resolveUnion(union, null); // Avro's own refusal: this union has no null
            }
            Class<?> type = value.getClass();
            for (Known entry : known) {
                if (entry.type() == type) {
                    return entry.branch();
                }
            }
            int branch = model.resolveUnion(union, value);
            if (resolvedByClass(value)) {
                Known[] more = Arrays.copyOf(known, known.length + 1);
                more[known.length] = new Known(type, branch);
                known = more;
            }
            return branch;
        }

        /** Generic records, enum symbols and fixed values are resolved by their schema's name, not their class. */
        private static boolean resolvedByClass(Object value) {
            return !(value instanceof GenericContainer) || value instanceof SpecificRecord || value instanceof Enum<?>
                    || value instanceof SpecificFixed;
        }
    }
}
