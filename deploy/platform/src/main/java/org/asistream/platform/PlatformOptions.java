package org.asistream.platform;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The options of {@code deploy/asi-platform run}, parsed with errors that say what is wrong. */
public record PlatformOptions(
        Path dataDir,
        int kafkaPort,
        int ingestPort,
        int queryPort,
        int streamPort,
        Path reference,
        Path credentials,
        Feed feed) {

    /** Which synthetic trust feed the launcher runs. */
    public enum Feed { NONE, LIVE, BACKFILL }

    public static final String USAGE = """
            Usage: deploy/asi-platform run [options]

            Starts the local ASI Stream platform: a single-node Kafka broker (KRaft), the platform topics,
            ingest-service, measures-stream and query-service. Stops everything cleanly on Ctrl-C or SIGTERM.
            A second run on the same data directory carries on from the existing event log.

            Options:
              --data-dir DIR        where the event log, stream state, logs and demo credentials live (default ./data)
              --kafka-port PORT     the broker's client port (default 9092)
              --ingest-port PORT    ingest-service HTTP port (default 8081)
              --query-port PORT     query-service HTTP port and dashboard (default 8080)
              --stream-port PORT    measures-stream health/metrics HTTP port (default 8082)
              --reference FILE      organisation reference data, JSON (default: the bundled synthetic registry
                                    of 10 regions, 28 networks and about 150 trusts)
              --credentials FILE    API bearer tokens, JSON (default: demo tokens generated into
                                    DATA_DIR/demo-credentials.json)
              --feed none|live|backfill
                                    the synthetic trust feed, posted through the ingest API with each trust's
                                    own token (default live): live sends the last 6 hours, then events in real
                                    time; backfill sends April 2010 to March 2011 as fast as the platform takes
                                    it. For other ranges and rates: deploy/asi-platform feed --help
              -h, --help            this help

            File formats: docs/events.md. Configuration of each service: README.md.
            """;

    public static PlatformOptions parse(List<String> args) {
        Path dataDir = Path.of("data");
        int kafkaPort = 9092;
        int ingestPort = 8081;
        int queryPort = 8080;
        int streamPort = 8082;
        Path reference = null;
        Path credentials = null;
        // The platform shows what it does from the start: a dashboard that fills and moves.
        Feed feed = Feed.LIVE;
        Deque<String> rest = new ArrayDeque<>(args);
        while (!rest.isEmpty()) {
            String option = rest.pop();
            switch (option) {
                case "--data-dir" -> dataDir = Path.of(value(option, rest));
                case "--kafka-port" -> kafkaPort = port(option, value(option, rest));
                case "--ingest-port" -> ingestPort = port(option, value(option, rest));
                case "--query-port" -> queryPort = port(option, value(option, rest));
                case "--stream-port" -> streamPort = port(option, value(option, rest));
                case "--reference" -> reference = Path.of(value(option, rest));
                case "--credentials" -> credentials = Path.of(value(option, rest));
                case "--feed" -> feed = feed(value(option, rest));
                default -> throw new UsageException("unknown option '" + option + "'");
            }
        }
        List<Integer> ports = List.of(kafkaPort, ingestPort, queryPort, streamPort);
        if (ports.stream().distinct().count() != ports.size()) {
            throw new UsageException("the ports must all differ, got kafka " + kafkaPort + ", ingest " + ingestPort
                    + ", query " + queryPort + ", stream " + streamPort);
        }
        return new PlatformOptions(dataDir, kafkaPort, ingestPort, queryPort, streamPort, reference, credentials, feed);
    }

    private static String value(String option, Deque<String> rest) {
        if (rest.isEmpty() || rest.peek().startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return rest.pop();
    }

    private static int port(String option, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new UsageException(option + " must be a port from 1 to 65535, got " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a port number, got '" + text + "'");
        }
    }

    private static Feed feed(String text) {
        return switch (text) {
            case "none" -> Feed.NONE;
            case "live" -> Feed.LIVE;
            case "backfill" -> Feed.BACKFILL;
            default -> throw new UsageException("--feed must be none, live or backfill, got '" + text + "'");
        };
    }
}
