package org.asistream.platform.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.asistream.platform.UsageException;

/** The options of {@code deploy/asi-platform import}, parsed with errors that say what is wrong. */
record ImportOptions(String token, URI url, int batchSize, List<Path> files) {

    static final String TOKEN_VARIABLE = "ASI_TOKEN";
    static final String DEFAULT_URL = "http://localhost:8081";
    static final int DEFAULT_BATCH = 500;

    /** @param environment where {@value #TOKEN_VARIABLE} is looked up when there is no --token */
    static ImportOptions parse(List<String> args, Map<String, String> environment) {
        String token = environment.get(TOKEN_VARIABLE);
        String url = DEFAULT_URL;
        int batchSize = DEFAULT_BATCH;
        List<Path> files = new ArrayList<>();
        Deque<String> rest = new ArrayDeque<>(args);
        while (!rest.isEmpty()) {
            String argument = rest.pop();
            switch (argument) {
                case "--token" -> token = value(argument, rest);
                case "--url" -> url = value(argument, rest);
                case "--batch" -> batchSize = positive(argument, value(argument, rest));
                default -> {
                    if (argument.startsWith("--")) {
                        throw new UsageException("unknown option '" + argument + "'");
                    }
                    files.add(Path.of(argument));
                }
            }
        }
        if (token == null || token.isBlank()) {
            throw new UsageException("give the trust's bearer token with --token TOKEN or in $" + TOKEN_VARIABLE);
        }
        if (files.isEmpty()) {
            throw new UsageException("name at least one file to import");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UsageException(file + " is not a file");
            }
        }
        return new ImportOptions(token, baseUrl(url), batchSize, List.copyOf(files));
    }

    private static String value(String option, Deque<String> rest) {
        if (rest.isEmpty() || rest.peek().startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return rest.pop();
    }

    private static int positive(String option, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be a positive whole number, got '" + value + "'");
    }

    private static URI baseUrl(String url) {
        try {
            URI uri = new URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new UsageException("--url must be an http or https URL, got '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException("--url is not a URL: " + e.getMessage());
        }
    }
}
