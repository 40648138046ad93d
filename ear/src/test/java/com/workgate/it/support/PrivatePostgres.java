package com.workgate.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the test's own (initdb into a temporary directory, a free port on 127.0.0.1, trust
 * authentication), for tests that stop and start the database: the machine's shared PostgreSQL is never touched.
 * Uses the binaries of the installed PostgreSQL; as root, runs them as the {@code postgres} user, which initdb needs.
 */
public final class PrivatePostgres implements AutoCloseable {

    private final Path binaries;
    private final Path directory;
    private final int port;
    private final boolean asPostgresUser;
    private boolean running;

    private PrivatePostgres(Path binaries, Path directory, int port, boolean asPostgresUser) {
        this.binaries = binaries;
        this.directory = directory;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** Creates the cluster and starts it. */
    public static PrivatePostgres startNew() throws IOException, InterruptedException {
        Path binaries = installedBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path directory = Files.createTempDirectory("workgate-pg-");
        if (root) {
            UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(directory, postgres);
        }
        PrivatePostgres cluster = new PrivatePostgres(binaries, directory, freePort(), root);
        try {
            cluster.run("initdb", "-D", cluster.dataDirectory(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
            cluster.start();
        } catch (RuntimeException | IOException | InterruptedException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    public void createDatabase(String name) throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
    }

    /** Starts the cluster and waits until it accepts connections. */
    public void start() throws IOException, InterruptedException {
        run("pg_ctl", "-D", dataDirectory(), "-l", directory.resolve("postgresql.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c shared_buffers=16MB", "start");
        running = true;
    }

    /** Stops the cluster as an operator would for maintenance: sessions are ended, their transactions rolled back. */
    public void stopFast() throws IOException, InterruptedException {
        run("pg_ctl", "-D", dataDirectory(), "-w", "-t", "60", "-m", "fast", "stop");
        running = false;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (running) {
                run("pg_ctl", "-D", dataDirectory(), "-w", "-t", "60", "-m", "immediate", "stop");
                running = false;
            }
        } finally {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private String dataDirectory() {
        return directory.resolve("data").toString();
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(binaries.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("workgate-pg-command-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed (" + process.exitValue() + "): " + Files.readString(output)
                        + serverLog());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String serverLog() {
        Path log = directory.resolve("postgresql.log");
        try {
            return Files.exists(log) ? "\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The newest installed PostgreSQL (Debian layout), or wherever {@code pg_config --bindir} says. */
    private static Path installedBinaries() throws IOException, InterruptedException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (var versions = Files.list(debian)) {
                var newest = versions.filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            }
        }
        Process pgConfig = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
        String bindir = new String(pgConfig.getInputStream().readAllBytes()).trim();
        if (pgConfig.waitFor() != 0 || !Files.isExecutable(Path.of(bindir, "initdb"))) {
            throw new IllegalStateException("no PostgreSQL binaries (initdb, pg_ctl) found under /usr/lib/postgresql or by pg_config");
        }
        return Path.of(bindir);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
