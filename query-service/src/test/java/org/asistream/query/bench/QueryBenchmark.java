package org.asistream.query.bench;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.utils.Exit;
import org.asistream.kafka.EmbeddedKafkaBroker;
import org.asistream.kafka.FreePort;
import org.asistream.kafka.TopicProvisioner;
import org.asistream.query.testing.TrustDay;
import org.asistream.query.testing.ViewTopicsWriter;
import org.asistream.schemas.avro.ImagingCounts;
import org.asistream.schemas.avro.Membership;
import org.asistream.schemas.avro.Network;
import org.asistream.schemas.avro.Region;
import org.asistream.schemas.avro.Trust;
import org.asistream.schemas.reference.ReferenceData;

/**
 * Query-service latency under a fixed request rate (docs/benchmarks.md, "Query"). Not a test: a main class.
 *
 * <p>Starts an embedded broker, writes 10 regions, 28 networks and 150 trusts and two years of trust-day views
 * (150 x 730 records), starts the packaged query service ({@code target/quarkus-app/quarkus-run.jar}) as a child JVM,
 * waits until its views have loaded, then sends league-table and measures requests at a fixed rate (open loop: each
 * request is due at its scheduled time whatever the previous ones did, and its latency counts from that time, so a
 * stall is not hidden), over 64 keep-alive HTTP/1.1 connections on plain sockets (as wrk2 does: a request is written,
 * its status line, headers and body read, and nothing else is done, so that the generator takes as little of the
 * shared cores as it can). It runs twice: on still views, and while view records keep arriving (live), which
 * invalidates cached answers; first, as a baseline for the machine, it sends {@code GET /v1/me} (authenticated, a
 * small answer, no figures) at the same rate. Prints requests/s, p50, p99, the worst latency, the CPU time per request
 * of the service and of this JVM (load generator and broker), and the machine's load average.
 *
 * <p>Arguments (all optional): {@code rate=2000 seconds=30 warmup=10 updates=50 jar=PATH
 * "jvm=-Xmx1g -XX:+UseZGC"} (the service's JVM options, as the query-service README recommends for deployment).
 */
public final class QueryBenchmark {

    private static final int REGIONS = 10;
    private static final int NETWORKS = 28;
    private static final int TRUSTS = 150;
    private static final LocalDate FIRST_DAY = LocalDate.of(2009, 4, 1);
    private static final int DAYS = 730;
    private static final String TOKEN = "benchmark-national";
    private static final int CONNECTIONS = 64;
    private static final String[] MEASURES = {"1", "2", "3", "4a", "4b", "5", "6", "7", "8", "9"};
    private static final String[] PERIODS = {"FY2009", "FY2010", "last-12-months", "last-30-days", "2010-Q3",
        "2011-Q1", "2010-11", "2011-03"};

    public static void main(String[] args) throws Exception {
        int rate = intArg(args, "rate", 2000);
        int seconds = intArg(args, "seconds", 30);
        int warmup = intArg(args, "warmup", 10);
        int updatesPerSecond = intArg(args, "updates", 50);
        Path jar = Path.of(stringArg(args, "jar", "query-service/target/quarkus-app/quarkus-run.jar"));
        List<String> jvmOptions = List.of(stringArg(args, "jvm", "-Xmx1g -XX:+UseZGC").trim().split("\\s+"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -pl query-service package -DskipTests");
        }
        // The in-process broker halts the JVM on a fatal fault: say why rather than vanish.
        Exit.setHaltProcedure((status, message) -> {
            System.err.println("Kafka halted the benchmark (" + status + "): " + message);
            Thread.dumpStack();
            Runtime.getRuntime().halt(status);
        });
        Exit.setExitProcedure((status, message) -> {
            System.err.println("Kafka exited the benchmark (" + status + "): " + message);
            Thread.dumpStack();
            Runtime.getRuntime().halt(status);
        });
        // Under target/ rather than the system temporary directory, which other processes may clean meanwhile.
        Path directory = Files.createTempDirectory(jar.toAbsolutePath().getParent().getParent(), "query-benchmark");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(directory, 0);
             ViewTopicsWriter writer = new ViewTopicsWriter(broker.bootstrapServers())) {
            new TopicProvisioner(broker.bootstrapServers(), (short) 1).provisionAll();
            long loadStart = System.nanoTime();
            writeViews(writer);
            System.out.printf(Locale.ROOT, "Wrote %d trust-day views in %.1f s%n", TRUSTS * DAYS,
                    (System.nanoTime() - loadStart) / 1e9);

            Path credentials = directory.resolve("credentials.json");
            Files.writeString(credentials, "{\"tokens\": [{\"token\": \"" + TOKEN + "\", \"role\": \"NATIONAL\"}]}");
            int port = FreePort.find();
            Path serviceLog = jar.getParent().getParent().resolve("query-benchmark-service.log");
            System.out.println("Service log: " + serviceLog);
            System.out.println("Service JVM options: " + String.join(" ", jvmOptions));
            Process service = startService(jar, jvmOptions, broker.bootstrapServers(), credentials, port, serviceLog);
            try {
                // Only for polling readiness; the load goes over plain sockets (Connection). HTTP/1.1, as browsers
                // and load balancers speak to the service in plain HTTP (no h2c upgrade).
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                long started = System.nanoTime();
                awaitReady(client, port, service);
                System.out.printf(Locale.ROOT, "Service ready (views loaded) %.1f s after start%n",
                        (System.nanoTime() - started) / 1e9);
                List<String> requests = requestMix();
                System.out.printf(Locale.ROOT, "%d distinct requests (league tables and measures), %d requests/s, "
                        + "%d s warm-up then %d s measured%n", requests.size(), rate, warmup, seconds);
                InetSocketAddress address = new InetSocketAddress("127.0.0.1", port);
                run("baseline: GET /v1/me", address, List.of("/v1/me"), rate, warmup, seconds, null, 0, service);
                run("still views", address, requests, rate, warmup, seconds, null, 0, service);
                run("live: " + updatesPerSecond + " view records/s arriving", address, requests, rate, warmup,
                        seconds, writer, updatesPerSecond, service);
            } finally {
                service.destroy();
                if (!service.waitFor(30, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
        } finally {
            deleteRecursively(directory);
        }
    }

    private static void writeViews(ViewTopicsWriter writer) {
        List<Region> regions = new ArrayList<>();
        List<Network> networks = new ArrayList<>();
        List<Trust> trusts = new ArrayList<>();
        for (int r = 0; r < REGIONS; r++) {
            regions.add(new Region(String.format("R%02d", r), "Region " + r));
        }
        for (int n = 0; n < NETWORKS; n++) {
            networks.add(new Network(String.format("N%02d", n), "Network " + n, String.format("R%02d", n % REGIONS),
                    List.of()));
        }
        for (int t = 0; t < TRUSTS; t++) {
            // Every tenth trust moves network a year in, so that reads cross membership changes.
            List<Membership> memberships = new ArrayList<>(List.of(new Membership(network(t), LocalDate.of(2000, 1, 1))));
            if (t % 10 == 0) {
                memberships.add(new Membership(network(t + 1), FIRST_DAY.plusDays(365)));
            }
            trusts.add(new Trust(trust(t), "Trust " + t, t % 3 == 0, memberships));
        }
        writer.reference(new ReferenceData(regions, networks, trusts));
        Random random = new Random(42);
        List<CompletableFuture<?>> sends = new ArrayList<>();
        for (int t = 0; t < TRUSTS; t++) {
            for (int d = 0; d < DAYS; d++) {
                sends.add(writer.trustDayAsync(day(trust(t), FIRST_DAY.plusDays(d), random)));
            }
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        writer.clock(0, FIRST_DAY.plusDays(DAYS - 1).atTime(18, 0).toInstant(ZoneOffset.UTC));
    }

    private static TrustDay day(String trust, LocalDate date, Random random) {
        TrustDay day = TrustDay.of(trust, date.toString());
        for (String measure : MEASURES) {
            day.measure(measure, random.nextInt(4), random.nextInt(2), random.nextInt(2), random.nextInt(2));
        }
        day.doorToScan(10 + random.nextInt(30), 1, 40 + random.nextInt(60), 1 + random.nextInt(2),
                120 + random.nextInt(600), 1);
        day.scanToReport(5 + random.nextInt(20), 1, 30 + random.nextInt(90), 1);
        day.doorToNeedle(30 + random.nextInt(30), random.nextInt(2));
        day.imaging(new ImagingCounts(2L, 1L, 2L, 1L, 3L, (long) random.nextInt(2), 1L, 1L, 1L, 0L));
        day.tariff(1, 45_000 + 9_200L * random.nextInt(3), 9_200L * random.nextInt(2));
        return day;
    }

    private static String trust(int t) {
        return String.format("T%03d", t);
    }

    private static String network(int t) {
        return String.format("N%02d", (t / 6) % NETWORKS);
    }

    /** Half league tables (a network or region, with or without a measure), half measures (any level). */
    private static List<String> requestMix() {
        String base = "/v1/";
        List<String> requests = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            String period = PERIODS[random.nextInt(PERIODS.length)];
            String measure = random.nextBoolean() ? "" : "&measure=" + MEASURES[random.nextInt(MEASURES.length)];
            String organisation = random.nextInt(4) == 0 ? "regions/" + String.format("R%02d", random.nextInt(REGIONS))
                    : "networks/" + String.format("N%02d", random.nextInt(NETWORKS));
            requests.add(base + organisation + "/league-table?period=" + period + measure);
            String measured = switch (random.nextInt(4)) {
                case 0 -> "trusts/" + trust(random.nextInt(TRUSTS));
                case 1 -> "networks/" + String.format("N%02d", random.nextInt(NETWORKS));
                case 2 -> "regions/" + String.format("R%02d", random.nextInt(REGIONS));
                default -> "nation";
            };
            requests.add(base + measured + "/measures?period=" + period);
        }
        return requests.stream().distinct().toList();
    }

    private static void run(String scenario, InetSocketAddress address, List<String> paths, int rate, int warmup,
                            int seconds, ViewTopicsWriter writer, int updatesPerSecond, Process service)
            throws InterruptedException {
        ScheduledExecutorService updates = Executors.newSingleThreadScheduledExecutor();
        if (writer != null) {
            Random random = new Random(11);
            updates.scheduleAtFixedRate(() -> writer.trustDayAsync(day(trust(random.nextInt(TRUSTS)),
                    FIRST_DAY.plusDays(DAYS - 1 - random.nextInt(400)), random)),
                    0, 1_000_000 / updatesPerSecond, TimeUnit.MICROSECONDS);
        }
        List<byte[]> requests = paths.stream().map(path -> ("GET " + path + " HTTP/1.1\r\nHost: "
                + address.getHostString() + ":" + address.getPort() + "\r\nAuthorization: Bearer " + TOKEN
                + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).toList();
        load(address, requests, rate, warmup, null);
        Result result = new Result();
        String loadBefore = loadAverage();
        Duration cpuBefore = cpu(service);
        Duration ownCpuBefore = cpu(ProcessHandle.current());
        long elapsed = load(address, requests, rate, seconds, result);
        Duration serviceCpu = cpu(service).minus(cpuBefore);
        Duration ownCpu = cpu(ProcessHandle.current()).minus(ownCpuBefore);
        updates.shutdownNow();
        result.print(scenario, elapsed);
        long sent = (long) rate * seconds;
        System.out.printf(Locale.ROOT, "  service CPU %.1f s over %.1f s (%.0f µs a request); load generator and "
                        + "broker %.0f µs a request; load average %s before, %s after%n",
                serviceCpu.toMillis() / 1e3, elapsed / 1e9, serviceCpu.toNanos() / 1e3 / sent,
                ownCpu.toNanos() / 1e3 / sent, loadBefore, loadAverage());
    }

    /**
     * Sends {@code rate} requests a second for {@code seconds} over {@link #CONNECTIONS} connections (one sender
     * thread each, as wrk has a fixed set of connections); returns the nanoseconds until the last answer. A request
     * whose time comes while every connection is busy waits for one, and that wait counts in its latency.
     */
    private static long load(InetSocketAddress address, List<byte[]> requests, int rate, int seconds,
                             Result result) throws InterruptedException {
        long total = (long) rate * seconds;
        long interval = 1_000_000_000L / rate;
        BlockingQueue<long[]> due = new LinkedBlockingQueue<>();
        ExecutorService senders = Executors.newFixedThreadPool(CONNECTIONS);
        for (int c = 0; c < CONNECTIONS; c++) {
            senders.execute(() -> send(address, requests, due, result));
        }
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long at = start + i * interval;
            long wait = at - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            due.add(new long[] {i, at});
        }
        for (int c = 0; c < CONNECTIONS; c++) {
            due.add(new long[] {-1, 0});
        }
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        return System.nanoTime() - start;
    }

    private static void send(InetSocketAddress address, List<byte[]> requests, BlockingQueue<long[]> due,
                             Result result) {
        Connection connection = null;
        try {
            for (long[] next = due.take(); next[0] >= 0; next = due.take()) {
                int status = 0;
                Throwable error = null;
                try {
                    if (connection == null) {
                        connection = new Connection(address);
                    }
                    status = connection.get(requests.get((int) (next[0] % requests.size())));
                } catch (IOException e) {
                    error = e;
                    connection = closeQuietly(connection);
                }
                if (result != null) {
                    result.record(System.nanoTime() - next[1], status, error);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(connection);
        }
    }

    private static Connection closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException ignored) {
                // Closing a broken connection.
            }
        }
        return null;
    }

    /**
     * One keep-alive HTTP/1.1 connection: writes a request, then reads the status line, the headers and the body
     * (by Content-Length, or chunked), and returns the status.
     */
    private static final class Connection implements Closeable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final StringBuilder line = new StringBuilder();

        Connection(InetSocketAddress address) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address, 5_000);
            socket.setSoTimeout(10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        }

        int get(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = readLine();
            if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.1 status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                int colon = header.indexOf(':');
                String name = colon < 0 ? header : header.substring(0, colon).trim();
                String value = colon < 0 ? "" : header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("content-length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(readLine().trim(), 16); size > 0;
                     size = Long.parseLong(readLine().trim(), 16)) {
                    skip(size);
                    readLine();
                }
                readLine();
            } else if (length >= 0) {
                skip(length);
            } else {
                throw new IOException("an answer with neither Content-Length nor chunked encoding");
            }
            return status;
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("the connection closed within an answer");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private String readLine() throws IOException {
            line.setLength(0);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException("the connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static final class Result {
        private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private final AtomicLong failures = new AtomicLong();
        private volatile String firstFailure;

        void record(long nanos, int status, Throwable error) {
            latencies.add(nanos);
            if (error != null || status != 200) {
                if (failures.getAndIncrement() == 0) {
                    firstFailure = error != null ? error.toString() : "HTTP " + status;
                }
            }
        }

        void print(String scenario, long elapsedNanos) {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-40s %8.0f requests/s  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms  "
                            + "(%d requests, %d not 200)%n", scenario, sorted.length / (elapsedNanos / 1e9),
                    percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                    sorted.length, failures.get());
            if (firstFailure != null) {
                System.out.println("  first failure: " + firstFailure);
            }
        }

        private static double percentile(long[] sorted, double q) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
        }
    }

    /** The machine's one-minute load average: on a shared machine, other work competes for the same cores. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Duration cpu(Process process) {
        return cpu(process.toHandle());
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static Process startService(Path jar, List<String> jvmOptions, String bootstrap, Path credentials,
                                        int port, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dkafka.bootstrap.servers=" + bootstrap, "-Dasi.credentials.file=" + credentials,
                "-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitReady(HttpClient client, int port, Process service) throws Exception {
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the query service exited with " + service.exitValue());
            }
            try {
                if (client.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // Still starting.
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the query service was not ready within 180 s");
    }

    private static int intArg(String[] args, String name, int fallback) {
        return Integer.parseInt(stringArg(args, name, Integer.toString(fallback)));
    }

    private static String stringArg(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(name + "=")).map(arg -> arg.substring(name.length() + 1))
                .findFirst().orElse(fallback);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private QueryBenchmark() {
    }
}
