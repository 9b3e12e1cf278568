package org.ecaf.web.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EcafLauncherTest {

    @Test
    void withoutAClusterHazelcastIsOff() {
        assertThat(EcafLauncher.options(new String[] {"--port", "9090"}, Map.of()))
                .containsSequence("--port", "9090").contains("--nohazelcast").doesNotContain("--clustermode")
                .containsSequence("--shutdowngrace", EcafLauncher.SHUTDOWN_GRACE_SECONDS);
    }

    @Test
    void aClusterJoinsItsMembersOverTcpOnItsOwnPort() {
        List<String> options = EcafLauncher.options(new String[0], Map.of(
                "ECAF_CLUSTER", "node1.example.org:5900, node2.example.org:5900",
                "ECAF_CLUSTER_PORT", "5900", "ECAF_CLUSTER_INTERFACE", "10.1.2.*"));
        assertThat(options).containsSequence("--clustermode", "tcpip:node1.example.org:5900,node2.example.org:5900")
                .containsSequence("--clustername", "ecaf").containsSequence("--startport", "5900")
                .containsSequence("--interfaces", "10.1.2.*").doesNotContain("--nohazelcast");
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        assertThat(EcafLauncher.options(new String[] {"--nocluster"}, Map.of("ECAF_CLUSTER", "a:1")))
                .containsExactly("--nocluster", "--shutdowngrace", EcafLauncher.SHUTDOWN_GRACE_SECONDS);
    }

    @Test
    void aMalformedClusterIsRefusedWithItsName() {
        assertThatThrownBy(() -> EcafLauncher.options(new String[0], Map.of("ECAF_CLUSTER", "node1,node2")))
                .hasMessageContaining("ECAF_CLUSTER must list members as host:port");
        assertThatThrownBy(() -> EcafLauncher.options(new String[0], Map.of("ECAF_CLUSTER", "a:1", "ECAF_CLUSTER_PORT", "x")))
                .hasMessageContaining("ECAF_CLUSTER_PORT must be a port number");
    }

    @Test
    void aBusyPortIsNamed() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            String port = Integer.toString(taken.getLocalPort());
            assertThat(EcafLauncher.busyPort(List.of("--port", port))).contains("HTTP port " + port + " is not available");
        }
        assertThat(EcafLauncher.busyPort(List.of("--port", "nine"))).contains("--port must be a port number");
    }

    @Test
    void anUnreachableDatabaseServerIsNamed() throws IOException {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        assertThat(EcafLauncher.unreachableDatabase("jdbc:postgresql://127.0.0.1:" + closed + "/ecaf?sslmode=disable"))
                .startsWith("the database server at 127.0.0.1:" + closed + " cannot be reached");
        assertThat(EcafLauncher.unreachableDatabase(null)).isNull();
        assertThat(EcafLauncher.unreachableDatabase("jdbc:h2:file:/tmp/x")).isNull();
        try (ServerSocket open = new ServerSocket(0)) {
            assertThat(EcafLauncher.unreachableDatabase("jdbc:postgresql://127.0.0.1:" + open.getLocalPort() + "/ecaf")).isNull();
        }
    }

    @Test
    void jsonLogsUsePayarasJsonFormatter() throws IOException {
        List<String> options = EcafLauncher.options(new String[0], Map.of("ECAF_LOG_FORMAT", "json"));
        int at = options.indexOf("--logproperties");
        assertThat(at).isNotNegative();
        assertThat(Files.readString(Path.of(options.get(at + 1))))
                .contains("java.util.logging.ConsoleHandler.formatter=fish.payara.enterprise.server.logging.JSONLogFormatter");
    }
}
