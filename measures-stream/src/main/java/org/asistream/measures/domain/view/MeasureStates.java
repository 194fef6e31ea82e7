package org.asistream.measures.domain.view;

import java.util.EnumMap;
import java.util.Map;

import org.asistream.measures.domain.measure.Measure;
import org.asistream.measures.domain.measure.OutcomeState;

/**
 * The state of each measure in one contribution, packed in an int: three bits per measure, 0 for "not in the
 * cohort", otherwise 1 + the state's ordinal. Immutable; {@link #packed()} is a stable serialised form.
 */
public record MeasureStates(int packed) {

    public static final MeasureStates NONE = new MeasureStates(0);

    private static final int BITS = 3;
    private static final int MASK = (1 << BITS) - 1;
    private static final OutcomeState[] STATES = OutcomeState.values();

    /** The state for a measure, or null when the episode is not in its cohort. */
    public OutcomeState state(Measure measure) {
        int code = (packed >>> shift(measure)) & MASK;
        return code == 0 ? null : STATES[code - 1];
    }

    public MeasureStates with(Measure measure, OutcomeState state) {
        int shift = shift(measure);
        int code = state == null ? 0 : state.ordinal() + 1;
        return new MeasureStates(packed & ~(MASK << shift) | code << shift);
    }

    private static int shift(Measure measure) {
        return measure.ordinal() * BITS;
    }

    @Override
    public String toString() {
        Map<Measure, OutcomeState> states = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            OutcomeState state = state(measure);
            if (state != null) {
                states.put(measure, state);
            }
        }
        return states.toString();
    }
}
