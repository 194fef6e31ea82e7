package org.asistream.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One built platform service ({@code <module>/target/quarkus-app/quarkus-run.jar}) as a child JVM on its own port. */
final class Service implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(300);

    private final ChildProcess process;
    private final int port;

    private Service(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /** A service of module {@code module} (not started), with {@code properties} as -D options. */
    static Service of(String module, String name, String maxHeap, int port, Map<String, String> properties, Path logDir) {
        Path jar = Path.of(System.getProperty("asi.home", "../..")).toAbsolutePath().normalize()
                .resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw -q install -DskipTests)");
        }
        List<String> arguments = new ArrayList<>();
        arguments.add("-Xmx" + maxHeap);
        arguments.add("-Dquarkus.http.port=" + port);
        arguments.add("-Dquarkus.http.host=127.0.0.1");
        arguments.add("-Dquarkus.log.console.format=%d{HH:mm:ss,SSS} %-5p [%c{2.}] %s%e%n");
        properties.forEach((key, value) -> arguments.add("-D" + key + "=" + value));
        arguments.add("-jar");
        arguments.add(jar.toString());
        return new Service(new ChildProcess(name, ChildProcess.java(arguments), logDir.resolve(name + ".log")), port);
    }

    String name() {
        return process.name();
    }

    ChildProcess process() {
        return process;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Service start() {
        process.start();
        return this;
    }

    /** Waits until {@code /q/health/ready} answers 200 (for the stream: Kafka Streams is RUNNING). */
    Service awaitReady() throws InterruptedException {
        process.awaitHttpOk(baseUrl() + "/q/health/ready", READY_TIMEOUT);
        return this;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void kill() {
        process.kill();
    }

    void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        process.kill();
    }
}
