package org.ecaf.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real application, {@code target/ecaf.jar}, started as its own process on a free port with its own data folder,
 * the way a newcomer starts it. Tests share one instance per test run (see {@link EcafServerExtension}); a test
 * that must kill or restart a server starts its own.
 */
public final class EcafServer implements AutoCloseable {

    public static final Path TARGET = Path.of(System.getProperty("ecaf.target", "target")).toAbsolutePath();
    public static final Path JAR = TARGET.resolve("ecaf.jar");
    public static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final String name;
    private final Path dataDirectory;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    private int port;

    public EcafServer(String name, Path dataDirectory, Map<String, String> environment) {
        this.name = name;
        this.dataDirectory = dataDirectory;
        this.environment = Map.copyOf(environment);
        this.log = TARGET.resolve("servers").resolve(name + ".log");
    }

    /** A server with its own fresh embedded database under {@code target/servers/<name>-data}. */
    public static EcafServer embedded(String name) {
        Path data = TARGET.resolve("servers").resolve(name + "-data");
        deleteRecursively(data);
        // failed sign-ins are audited in aggregate once a period: two seconds here, so tests need not wait a minute
        return new EcafServer(name, data, Map.of("ECAF_SIGN_IN_AUDIT_SECONDS", "2"));
    }

    /** Starts the server and waits until {@code /health} says UP. */
    public EcafServer start() {
        launch();
        try {
            awaitHealthy();
        } catch (RuntimeException e) {
            // a server that did not come up must not outlive the test: it would keep its port, its data
            // folder's lock and a core busy, and the next start on the same folder would fail
            kill();
            throw e;
        }
        return this;
    }

    /** Runs {@code ecaf.jar} on this port rather than a free one (call before starting). */
    public EcafServer onPort(int fixedPort) {
        this.port = fixedPort;
        return this;
    }

    /**
     * Starts the process and returns at once, without waiting for it to be healthy (for tests of starts that fail,
     * or of several nodes started together). Without {@code ECAF_CLUSTER} in its environment the node runs alone,
     * with no Hazelcast.
     */
    public EcafServer launch() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run the tests with 'mvn verify' so it is packaged first");
        }
        try {
            Files.createDirectories(log.getParent());
            if (port == 0) {
                port = freePort();
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Djava.io.tmpdir=" + TARGET,
                    "-Dpdfbox.fontcache=" + TARGET,
                    "-jar", JAR.toString(), "--port", Integer.toString(port), "--disablephonehome"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("ECAF_DATA_DIR", dataDirectory.toString());
            builder.environment().putAll(environment);
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** The exit status once the process has ended within {@code timeout}, or empty while it still runs. */
    public java.util.OptionalInt awaitExit(Duration timeout) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return java.util.OptionalInt.of(process.exitValue());
            }
            return java.util.OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.OptionalInt.empty();
        }
    }

    /**
     * Polls {@code condition} until it holds, failing with {@code what} after {@code timeout}; between polls it
     * waits on this server's process, so a server that dies fails the wait at once instead of at the deadline.
     */
    public void awaitCondition(String what, Duration timeout, java.util.concurrent.Callable<Boolean> condition)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not happen within " + timeout + "; see " + log);
            }
            if (awaitExit(Duration.ofMillis(100)).isPresent()) {
                throw new AssertionError(name + " exited while waiting for " + what + "; see " + log);
            }
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public int port() {
        return port;
    }

    /** Waits until {@code /health} says UP (after {@link #launch()}). */
    public void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(uri("/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
                last = health.statusCode() + " " + health.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            try {
                // poll /health with a deadline; this is not a fixed wait for the test's sake
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " was not UP within " + START_TIMEOUT + ": " + last + "; see " + log);
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path log() {
        return log;
    }

    /** Kills the process at once ({@code kill -9}): no shutdown hooks, nothing flushed. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    /** Sends SIGTERM and returns at once (see {@link #awaitExit(Duration)}). */
    public void terminate() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Stops the process politely (SIGTERM), as an operator would. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            awaitExit();
        }
    }

    private void awaitExit() {
        try {
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    public static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
