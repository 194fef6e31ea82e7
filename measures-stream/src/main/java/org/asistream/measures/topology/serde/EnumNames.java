package org.asistream.measures.topology.serde;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The stored names of an enum's constants as bytes, so that reading a constant needs no string. */
final class EnumNames<E extends Enum<E>> {

    private static final ClassValue<EnumNames<?>> BY_TYPE = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected EnumNames<?> computeValue(Class<?> type) {
            return new EnumNames(type);
        }
    };

    private final E[] constants;
    private final byte[][] names;

    private EnumNames(Class<E> type) {
        this.constants = type.getEnumConstants();
        this.names = new byte[constants.length][];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].name().getBytes(StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> EnumNames<E> of(Class<E> type) {
        return (EnumNames<E>) BY_TYPE.get(type);
    }

    byte[] nameOf(E constant) {
        return names[constant.ordinal()];
    }

    /** The constant whose name is these bytes, or null. Enum names are plain ASCII, so their UTF-8 is the stored form. */
    E find(byte[] bytes, int start, int length) {
        for (int i = 0; i < names.length; i++) {
            if (Arrays.equals(names[i], 0, names[i].length, bytes, start, start + length)) {
                return constants[i];
            }
        }
        return null;
    }
}
