package org.asistream.platform;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.asistream.kafka.PortInUseException;
import org.asistream.platform.feed.FeedCommand;
import org.asistream.platform.importer.ImportCommand;

/**
 * The entry point behind {@code deploy/asi-platform}. Errors a user can fix are printed as one line, never as a
 * stack trace, and end with exit code 2.
 */
public final class AsiPlatform {

    static final String USAGE = """
            Usage: deploy/asi-platform COMMAND [options]

            Commands:
              run       start the whole platform locally (deploy/asi-platform run --help for its options)
              import    send trusts' NDJSON or CSV exports to a running platform (import --help)
              feed      send a synthetic trust feed to a running platform: feed live|backfill (feed --help)
              bench     run every benchmark (ingest, replay, freshness, queries) and print the figures against
                        the targets: bench [--quick] (docs/benchmarks.md)
              help      this help
            """;

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        Path home = Path.of(System.getProperty("asi.home", ".")).toAbsolutePath().normalize();
        try {
            if (arguments.isEmpty() || List.of("help", "-h", "--help").contains(arguments.get(0))) {
                System.out.print(USAGE);
                return;
            }
            List<String> rest = arguments.subList(1, arguments.size());
            switch (arguments.get(0)) {
                case "run" -> run(rest, home);
                case "import" -> System.exit(ImportCommand.run(rest));
                case "feed" -> System.exit(FeedCommand.run(rest));
                default -> throw new UsageException("unknown command '" + arguments.get(0) + "'\n\n" + USAGE);
            }
        } catch (UsageException e) {
            System.err.println("asi-platform: " + e.getMessage());
            System.exit(2);
        } catch (PlatformException | PortInUseException e) {
            System.err.println("asi-platform: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        } catch (Exception e) {
            System.err.println("asi-platform: " + e);
            System.exit(1);
        }
    }

    private static void run(List<String> args, Path home) throws Exception {
        if (args.contains("--help") || args.contains("-h")) {
            System.out.print(PlatformOptions.USAGE);
            return;
        }
        LocalPlatform platform = new LocalPlatform(PlatformOptions.parse(args), home);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping ASI Stream...");
            platform.stop();
            System.out.println("Stopped.");
        }, "asi-platform-shutdown"));
        try {
            platform.start();
        } catch (RuntimeException e) {
            platform.stop();
            throw e;
        }
        platform.printWelcome();
        platform.awaitStopped();
    }

    private AsiPlatform() {
    }
}
