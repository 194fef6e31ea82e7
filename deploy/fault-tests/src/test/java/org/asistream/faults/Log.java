package org.asistream.faults;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** The tests' own progress lines (what was killed when), on standard output beside Maven's. */
final class Log {

    static void say(String format, Object... args) {
        System.out.println("[fault-tests " + LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + "] " + String.format(format, args));
        System.out.flush();
    }

    private Log() {
    }
}
