package org.asistream.bench.common;

/** One line describing the machine and JVM a figure was measured on. */
public final class Machine {

    public static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.availableProcessors() + " cores, max heap " + runtime.maxMemory() / (1024 * 1024) + " MiB, Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }

    private Machine() {
    }
}
