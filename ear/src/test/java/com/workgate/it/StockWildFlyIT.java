package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.it.support.Answer;
import com.workgate.it.support.StandaloneServer;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.TimeClockClient;
import com.workgate.it.support.WorkgateClient;
import com.workgate.it.support.Workplace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's recipe for an existing server, on the stock WildFly 39.0.1.Final distribution from Maven Central:
 * the CLI script exactly as the README gives it, run twice (it claims to be idempotent), the EAR copied into
 * {@code deployments/}, started with the database of the current suite, and a first session of each API family.
 */
class StockWildFlyIT {

    private static final int PORT_OFFSET = 500;

    @Test
    void theReadmeRecipeConfiguresAStockWildFlyAndTheEarServesEveryFamilyOnIt() throws Exception {
        boolean postgres = "postgresql".equals(System.getProperty("workgate.db"));
        Path home = StandaloneServer.freshCopy(Path.of(System.getProperty("workgate.stock.home")),
                "stock-wildfly-" + System.getProperty("workgate.db"));
        makeScriptsExecutable(home);
        Path configuration = home.resolve("standalone/configuration/standalone.xml");

        assertEquals(0, runReadmeScript(home), "first run; see " + home.resolve("cli.log"));
        String configured = Files.readString(configuration);
        assertTrue(configured.contains("workgate-postgresql") && configured.contains("microprofile-openapi"), configured);
        assertEquals(0, runReadmeScript(home), "second run; see " + home.resolve("cli.log"));
        assertEquals(configured, Files.readString(configuration), "a second run changes nothing");

        try (StandaloneServer server = StandaloneServer.of(home, PORT_OFFSET, environment(postgres))) {
            server.deployEar();
            server.start();
            WorkgateClient client = server.client();
            firstSessionOfEveryFamily(client);
        }
    }

    private static void firstSessionOfEveryFamily(WorkgateClient client) {
        Tenant tenant = Tenant.create(client);
        String prefix = "S" + UUID.randomUUID().toString().substring(0, 6);
        Workplace.create(client, tenant, prefix, true);
        String email = "stock-" + prefix + "@example.com";
        TimeClockClient person = TimeClockClient.newUser(client, tenant, email);
        String[] events = tenant.createKey(client, "EVENTS", "HMAC_ONLY");

        Answer submitted = client.post("/v1/presence", client.token(events[0], events[1]), Map.of("sourceId", "stock",
                "presenceEvents", List.of(Map.of("eventId", "e1", "timestamp", "2026-11-23T08:59:12Z",
                        "locationId", prefix + "-L3", "locationType", "level", "userEmail", email))));
        assertEquals(200, submitted.status(), submitted.toString());
        assertEquals(0, submitted.json().get("results").get(0).get("resultCode").asInt(), submitted.toString());

        Answer users = client.get("/v1/analytics/users", tenant.token());
        assertEquals(200, users.status(), users.toString());
        assertTrue(users.text().contains(email), users.toString());

        long clockIn = LocalDate.parse("2026-11-02").atTime(8, 0).toEpochSecond(ZoneOffset.UTC);
        Answer session = person.send("POST", "/api/sessions", Map.of("clockIn", clockIn, "clockOut", clockIn + 4 * 3600));
        assertEquals(201, session.status(), session.toString());
        assertEquals(1, person.get("/api/sessions").json().size());

        assertEquals(200, client.send("GET", "/openapi?format=JSON", null, null, Map.of()).status());
    }

    /** {@code $JBOSS_HOME/bin/jboss-cli.sh -Dpostgresql.jar=... --file=scripts/configure-existing-wildfly.cli}. */
    private static int runReadmeScript(Path home) throws IOException, InterruptedException {
        Path projectRoot = Path.of(System.getProperty("workgate.project.root"));
        Process cli = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(),
                "-Dpostgresql.jar=" + Path.of(System.getProperty("workgate.postgresql.jar")).toAbsolutePath(),
                "--file=scripts/configure-existing-wildfly.cli")
                .directory(projectRoot.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("cli.log").toFile()))
                .start();
        if (!cli.waitFor(5, TimeUnit.MINUTES)) {
            cli.destroyForcibly();
            throw new IllegalStateException("the CLI script did not finish; see " + home.resolve("cli.log"));
        }
        return cli.exitValue();
    }

    /** The suite's environment; on PostgreSQL a fresh database of its own, so that this is a first start too. */
    private static Map<String, String> environment(boolean postgres) throws Exception {
        Map<String, String> environment = StandaloneServer.suiteEnvironment();
        if (postgres) {
            String suiteUrl = System.getProperty("workgate.postgresql.url");
            String server = suiteUrl.substring(0, suiteUrl.lastIndexOf('/') + 1);
            String database = "workgate_stock_it";
            try (Connection admin = DriverManager.getConnection(server + "postgres", System.getProperty("workgate.postgresql.user"), "");
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + database);
            }
            environment.put("POSTGRESQL_URL", server + database);
        }
        return environment;
    }

    private static void makeScriptsExecutable(Path home) throws IOException {
        try (var scripts = Files.list(home.resolve("bin"))) {
            for (Path script : scripts.filter(path -> path.toString().endsWith(".sh")).toList()) {
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }
}
