package org.asistream.deploy.manifests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders an overlay with the real kustomize: a {@code kustomize} binary if there is one on the PATH, otherwise
 * {@code kubectl kustomize} (kubectl embeds kustomize). Neither is needed to build the project; without them the
 * overlay tests fall back to {@link Kustomization#resolve}.
 */
public final class KustomizeRenderer {

    private final List<String> command;

    private KustomizeRenderer(List<String> command) {
        this.command = command;
    }

    /** A renderer, if kustomize or kubectl is on the PATH. */
    public static Optional<KustomizeRenderer> find() {
        Optional<Path> kustomize = onPath("kustomize");
        if (kustomize.isPresent()) {
            return Optional.of(new KustomizeRenderer(List.of(kustomize.get().toString(), "build")));
        }
        return onPath("kubectl").map(kubectl -> new KustomizeRenderer(List.of(kubectl.toString(), "kustomize")));
    }

    /** The rendered YAML of a kustomization directory. */
    public String render(Path directory) {
        List<String> full = new ArrayList<>(command);
        full.add(directory.toString());
        try {
            Path output = Files.createTempFile("kustomize", ".yaml");
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(full)
                        .redirectOutput(output.toFile())
                        .redirectError(errors.toFile())
                        .start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new ManifestException(String.join(" ", full) + ": timed out");
                }
                if (process.exitValue() != 0) {
                    throw new ManifestException(String.join(" ", full) + " failed: "
                            + Files.readString(errors, StandardCharsets.UTF_8));
                }
                return Files.readString(output, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(output);
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new ManifestException(String.join(" ", full) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ManifestException("interrupted while rendering " + directory, e);
        }
    }

    @Override
    public String toString() {
        return String.join(" ", command);
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
