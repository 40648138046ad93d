package com.workgate.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A copy of the provisioned server with the EAR in its deployments folder, started and stopped as an operator
 * would ({@code bin/standalone.sh}), on its own ports, for tests that restart or kill the server.
 */
public final class StandaloneServer implements AutoCloseable {

    private final Path home;
    private final int portOffset;
    private final Map<String, String> environment;
    private Process process;

    private StandaloneServer(Path home, int portOffset, Map<String, String> environment) {
        this.home = home;
        this.portOffset = portOffset;
        this.environment = environment;
    }

    /** Copies the provisioned server (without its data) to {@code target/<name>} and deploys the EAR into it. */
    public static StandaloneServer prepare(String name, int portOffset, Map<String, String> environment) {
        StandaloneServer server = of(freshCopy(Path.of(System.getProperty("jboss.home")), name), portOffset, environment);
        server.deployEar();
        return server;
    }

    /** A server already installed at {@code home} (nothing deployed by this call). */
    public static StandaloneServer of(Path home, int portOffset, Map<String, String> environment) {
        return new StandaloneServer(home, portOffset, environment);
    }

    /** {@code target/<name>}, a copy of the server at {@code source} without its data, logs and temporary files. */
    public static Path freshCopy(Path source, String name) {
        Path home = Path.of(System.getProperty("jboss.home")).resolveSibling(name);
        try {
            deleteTree(home);
            copyTree(source, home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return home;
    }

    /** Copies the EAR under test into the deployments folder. */
    public void deployEar() {
        try {
            Files.copy(Path.of(System.getProperty("workgate.ear")), home.resolve("standalone/deployments/workgate.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the server of the current suite runs with: its administrator key, master key and database. */
    public static Map<String, String> suiteEnvironment() {
        Map<String, String> environment = new HashMap<>(Map.of(
                "WORKGATE_ADMIN_KEY", WorkgateClient.adminKey(),
                "WORKGATE_ADMIN_SECRET", WorkgateClient.adminSecret(),
                "WORKGATE_MASTER_KEY", System.getProperty("workgate.master.key")));
        boolean postgres = "postgresql".equals(System.getProperty("workgate.db"));
        environment.put("WORKGATE_DB", postgres ? "postgresql" : "h2");
        if (postgres) {
            environment.put("POSTGRESQL_URL", System.getProperty("workgate.postgresql.url"));
            environment.put("POSTGRESQL_USER", System.getProperty("workgate.postgresql.user"));
            environment.put("POSTGRESQL_PASSWORD", "unused-with-trust-auth");
        }
        return environment;
    }

    /** How many of the event ids this server's database holds as presence events of the source. */
    public long storedPresenceEvents(boolean postgres, String source, Set<String> eventIds) throws SQLException {
        return Database.storedPresenceEvents(
                postgres ? Database.connect() : DriverManager.getConnection(h2Url(), "sa", "sa"), source, eventIds);
    }

    /** The JDBC URL of this server's embedded H2 file (usable while the server runs, or after it stopped). */
    public String h2Url() {
        return "jdbc:h2:" + home.resolve("standalone/data/workgate/workgate") + ";AUTO_SERVER=TRUE";
    }

    public WorkgateClient client() {
        return new WorkgateClient("http://127.0.0.1:" + (8080 + portOffset));
    }

    /** Starts the server and waits until it reports ready. */
    public void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + portOffset)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        WorkgateClient client = client();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited; see " + home.resolve("console.log"));
            }
            try {
                if (client.get("/health/ready", null).status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("server not ready within 180 s; see " + home.resolve("console.log"));
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** A graceful stop (SIGTERM to the JVM, which standalone.sh forks). */
    public void stop() throws InterruptedException {
        signal(false);
    }

    /** An abrupt end (SIGKILL): no shutdown hooks, no flushing. */
    public void kill() throws InterruptedException {
        signal(true);
    }

    private void signal(boolean kill) throws InterruptedException {
        if (process == null) {
            return;
        }
        for (ProcessHandle child : process.descendants().toList()) {
            if (kill) {
                child.destroyForcibly();
            } else {
                child.destroy();
            }
            child.onExit().join();
        }
        if (kill) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        process.waitFor();
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path relative = from.relativize(dir);
                if (relative.startsWith("standalone/data") || relative.startsWith("standalone/log")
                        || relative.startsWith("standalone/tmp")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(relative.toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (isDeploymentMarker(from.relativize(file))) {
                    return FileVisitResult.CONTINUE;
                }
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The scanner's state of the suite's own deployment (the suite server runs while copies are made): not copied. */
    private static boolean isDeploymentMarker(Path relative) {
        String name = relative.getFileName().toString();
        return relative.startsWith("standalone/deployments") && (name.endsWith(".deployed") || name.endsWith(".failed")
                || name.endsWith(".isdeploying") || name.endsWith(".isundeploying") || name.endsWith(".pending")
                || name.endsWith(".undeployed"));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
