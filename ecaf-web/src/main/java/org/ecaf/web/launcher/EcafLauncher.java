package org.ecaf.web.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The main class of {@code ecaf.jar}: turns eCAF's environment ({@code ECAF_CLUSTER}, {@code ECAF_CLUSTER_PORT})
 * into Payara Micro options, boots Payara Micro, and makes a start that fails end the process. Payara Micro on its
 * own logs "Failed to start, exiting" and then stays alive for ever (Hazelcast's non-daemon threads), so a
 * supervisor would see a running service that serves nothing; here the process exits with status 1 and one line
 * saying why.
 *
 * <p>Clustering: with {@code ECAF_CLUSTER} unset the node runs alone and Hazelcast is not started at all
 * ({@code --nohazelcast}: no ports 6900+). With {@code ECAF_CLUSTER=host1:port1,host2:port2} the node joins those
 * members over TCP/IP ({@code --clustermode tcpip:…}) and listens on {@code ECAF_CLUSTER_PORT}; sessions are then
 * replicated between the members. Options given on the command line win over the environment.
 *
 * <p>Only the JDK is used here: this class runs before Payara Micro's class loader exists, and reaches Payara
 * Micro's launcher by name.
 */
public final class EcafLauncher {

    /** Payara Micro's own launcher inside the uber jar. */
    static final String PAYARA_LAUNCHER = "fish.payara.micro.boot.PayaraMicroLauncher";

    /** Seconds Payara Micro waits for requests in flight when it is told to stop (SIGTERM). */
    static final String SHUTDOWN_GRACE_SECONDS = "8";

    /** Set by the application's start-up sequence when it failed (StartupSequence.FAILED_PROPERTY). */
    static final String STARTUP_FAILED = "ecaf.startup.failed";

    private EcafLauncher() {
    }

    public static void main(String[] args) {
        List<String> options;
        try {
            options = options(args, System.getenv());
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        String busy = busyPort(options);
        if (busy != null) {
            fail(busy);
            return;
        }
        String database = unreachableDatabase(value(System.getenv(), "ECAF_DB_URL"));
        if (database != null) {
            fail(database);
            return;
        }
        try {
            Class<?> launcher = Class.forName(PAYARA_LAUNCHER);
            Object boot = launcher.getMethod("create", String[].class).invoke(null, (Object) options.toArray(String[]::new));
            if (System.getProperty(STARTUP_FAILED) != null) {
                exitAfterFailedStart();
            } else if (boot != null && !deployed(boot)) {
                fail("the application did not deploy; the reason is in the log above.");
            }
        } catch (InvocationTargetException e) {
            fail(rootMessage(e.getCause()));
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            fail(rootMessage(e));
        }
    }

    /** The Payara Micro options for these command-line arguments and this environment. */
    static List<String> options(String[] args, Map<String, String> environment) {
        List<String> options = new ArrayList<>(List.of(args));
        if (options.contains("--help") || options.contains("--version") || options.contains("--outputuberjar")) {
            return options;
        }
        boolean clusterChosen = options.stream().map(o -> o.toLowerCase(Locale.ROOT))
                .anyMatch(o -> o.equals("--nocluster") || o.equals("--nohazelcast") || o.equals("--clustermode"));
        String members = value(environment, "ECAF_CLUSTER");
        if (!clusterChosen) {
            if (members == null) {
                options.add("--nohazelcast");
            } else {
                options.addAll(clusterOptions(members, value(environment, "ECAF_CLUSTER_PORT"),
                        value(environment, "ECAF_CLUSTER_INTERFACE"), value(environment, "ECAF_CLUSTER_NAME")));
            }
        }
        if ("json".equalsIgnoreCase(value(environment, "ECAF_LOG_FORMAT")) && !options.contains("--logproperties")) {
            options.add("--logproperties");
            options.add(jsonLogProperties().toString());
        }
        if (!options.contains("--shutdowngrace")) {
            options.add("--shutdowngrace");
            options.add(SHUTDOWN_GRACE_SECONDS);
        }
        return options;
    }

    /**
     * Payara Micro's own logging configuration with its JSON formatter on the console: one JSON object per line
     * (time, level, logger, thread, message, and the stack trace when there is one). The reference of an unexpected
     * error ({@code ERR-XXXX-XXXX}, which the user sees too) is in the message of the line that records it.
     */
    static Path jsonLogProperties() {
        try (InputStream defaults = EcafLauncher.class.getResourceAsStream("/MICRO-INF/domain/logging.properties")) {
            Properties properties = new Properties();
            if (defaults != null) {
                properties.load(defaults);
            }
            properties.setProperty("handlers", "java.util.logging.ConsoleHandler");
            properties.setProperty("java.util.logging.ConsoleHandler.formatter",
                    "fish.payara.enterprise.server.logging.JSONLogFormatter");
            properties.remove("com.sun.enterprise.server.logging.ODLLogFormatter.ansiColor");
            Path file = Files.createTempFile("ecaf-logging-", ".properties");
            file.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "eCAF: JSON log lines (ECAF_LOG_FORMAT=json)");
            }
            return file;
        } catch (IOException e) {
            throw new IllegalArgumentException("ECAF_LOG_FORMAT=json: cannot write the logging configuration: " + e.getMessage(), e);
        }
    }

    static List<String> clusterOptions(String members, String port, String networkInterface, String name) {
        List<String> checked = new ArrayList<>();
        for (String member : members.split(",")) {
            String m = member.trim();
            int colon = m.lastIndexOf(':');
            if (m.isEmpty() || colon <= 0 || !isPort(m.substring(colon + 1))) {
                throw new IllegalArgumentException("ECAF_CLUSTER must list members as host:port separated by commas, not '"
                        + members + "'");
            }
            checked.add(m);
        }
        List<String> options = new ArrayList<>(List.of("--clustermode", "tcpip:" + String.join(",", checked),
                "--clustername", name == null ? "ecaf" : name));
        if (port != null) {
            if (!isPort(port)) {
                throw new IllegalArgumentException("ECAF_CLUSTER_PORT must be a port number, not '" + port + "'");
            }
            options.add("--startport");
            options.add(port);
        }
        if (networkInterface != null) {
            options.add("--interfaces");
            options.add(networkInterface);
        }
        return options;
    }

    /**
     * Why the HTTP port cannot be used, or null. Payara Micro finds out too, but only after booting, and its
     * exception does not name the port; checking first gives the operator the reason in one line.
     */
    static String busyPort(List<String> options) {
        if (options.contains("--autobindhttp") || options.contains("--help") || options.contains("--version")
                || options.contains("--outputuberjar")) {
            return null;
        }
        int at = options.indexOf("--port");
        String port = at >= 0 && at + 1 < options.size() ? options.get(at + 1) : "8080";
        if (!isPort(port)) {
            return "--port must be a port number, not '" + port + "'";
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(Integer.parseInt(port)));
            return null;
        } catch (IOException e) {
            return "HTTP port " + port + " is not available (" + e.getMessage() + "): another process is using it.";
        }
    }

    /**
     * Why the PostgreSQL server named by {@code ECAF_DB_URL} cannot be reached, or null. Without it Payara Micro
     * boots, fails to deploy the application (the persistence unit connects while deploying) and would serve
     * nothing; a connection attempt of three seconds says so at once.
     */
    static String unreachableDatabase(String url) {
        if (url == null || !url.startsWith("jdbc:postgresql://")) {
            return null;
        }
        String rest = url.substring("jdbc:postgresql://".length());
        int end = rest.length();
        for (char c : new char[] {'/', '?'}) {
            int at = rest.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String hostPort = rest.substring(0, end);
        if (hostPort.isEmpty() || hostPort.contains(",")) {
            return null; // several hosts (fail-over URL): the driver decides
        }
        String host = hostPort;
        int port = 5432;
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && !hostPort.endsWith("]") && isPort(hostPort.substring(colon + 1))) {
            host = hostPort.substring(0, colon);
            port = Integer.parseInt(hostPort.substring(colon + 1));
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 3000);
            return null;
        } catch (IOException e) {
            return "the database server at " + host + ":" + port + " cannot be reached (" + e.getMessage() + ").";
        }
    }

    /** Whether Payara Micro deployed the application (it reports a failed deployment only in its log). */
    private static boolean deployed(Object boot) {
        try {
            Object runtime = boot.getClass().getMethod("getRuntime").invoke(boot);
            Object names = runtime.getClass().getMethod("getDeployedApplicationNames").invoke(runtime);
            return names instanceof java.util.Collection<?> list && !list.isEmpty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // cannot tell: the application's own health check reports it
        }
    }

    private static boolean isPort(String text) {
        try {
            int port = Integer.parseInt(text);
            return port > 0 && port < 65536;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String value(Map<String, String> environment, String name) {
        String property = System.getProperty(name.toLowerCase(Locale.ROOT).replace('_', '.'));
        String value = property != null ? property : environment.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /**
     * The application logged why it could not start and {@code /health} says so; leave a few seconds for a load
     * balancer or operator to read it, then end with status 1 (halting if an orderly stop is held up).
     */
    private static void exitAfterFailedStart() {
        String seconds = value(System.getenv(), "ECAF_FAILED_START_EXIT_SECONDS");
        long wait = seconds != null && seconds.matches("[0-9]{1,3}") ? Long.parseLong(seconds) : 5;
        try {
            Thread.sleep(wait * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(1);
        }, "ecaf-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(1);
    }

    /** One line saying why, then exit at once: Payara's and Hazelcast's threads must not keep the process alive. */
    private static void fail(String reason) {
        System.err.println("eCAF could not start: " + reason);
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }
}
