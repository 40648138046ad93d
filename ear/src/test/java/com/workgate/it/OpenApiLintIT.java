package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Lints the OpenAPI document the server serves with Redocly CLI's recommended rules: any error fails the build.
 * The CLI's version is pinned by {@code src/test/openapi-lint/package-lock.json} and installed with {@code npm ci}
 * (Node.js 20.19+ or 22.12+ and npm on the PATH). The served document stays in {@code target/openapi/openapi.json}.
 */
class OpenApiLintIT extends DeployedEar {

    private static final Path SOURCE = Path.of("src", "test", "openapi-lint");
    private static final Path WORK = Path.of("target", "openapi-lint");

    @Test
    void theServedDocumentPassesRedoclysRecommendedRules() throws Exception {
        Answer document = client.send("GET", "/openapi?format=JSON", null, null, Map.of("Accept", "application/json"));
        assertEquals(200, document.status());
        Path saved = Path.of("target", "openapi", "openapi.json").toAbsolutePath();
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, document.text());

        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", "redocly.yaml")) {
            Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), "npm ci");
        String lint = run(List.of("npx", "--no-install", "redocly", "lint", "--config", "redocly.yaml",
                "--format", "stylish", saved.toString()), "redocly lint");
        System.out.println("Redocly lint of the served OpenAPI document:\n" + lint);
    }

    /**
     * What the document's filter adds comes from each operation's resource method: its family's error shape, the
     * schemes it accepts, no credentials on a public method, and the operation id without the package.
     */
    @Test
    void eachOperationIsCompletedFromItsResourceMethodsAnnotations() {
        Answer document = client.send("GET", "/openapi?format=JSON", null, null, Map.of("Accept", "application/json"));
        assertEquals(200, document.status());
        JsonNode paths = document.json().get("paths");

        JsonNode clockIn = paths.at("/~1api~1sessions/post");
        assertEquals("SessionsResource_create", clockIn.get("operationId").asText());
        assertEquals("#/components/schemas/TimeClockFieldErrors", errorSchema(clockIn, "422", "application/json"));
        assertEquals("#/components/schemas/TimeClockError", errorSchema(clockIn, "401", "application/json"));
        assertEquals(List.of("timeClockBearer"), schemes(clockIn));
        assertFalse(clockIn.get("responses").has("429"), "TimeClock's failed logins are not throttled by address");

        JsonNode pinLogin = paths.at("/~1api~1key/post");
        assertTrue(schemes(pinLogin).isEmpty(), "the PIN login is public: " + pinLogin.get("security"));
        assertFalse(pinLogin.get("responses").has("401"));

        JsonNode presence = paths.at("/~1v1~1presence/post");
        assertEquals("PresenceResource_submit", presence.get("operationId").asText());
        assertEquals(List.of("bearer", "signedHeaders"), schemes(presence));
        assertEquals("#/components/schemas/ApiError", errorSchema(presence, "401", "application/json"));
        assertEquals("#/components/schemas/ApiError", errorSchema(presence, "429", "application/json"));

        JsonNode terminal = paths.at("/~1api~1terminal~1clock/post");
        assertEquals(List.of("bearer"), schemes(terminal), "a terminal's API key takes no signed headers");
        assertEquals("#/components/schemas/TimeClockError", errorSchema(terminal, "403", "application/json"));

        JsonNode token = paths.at("/~1v1~1auth~1token/post");
        assertEquals("#/components/schemas/OAuthError", errorSchema(token, "400", "application/json"));

        JsonNode scimUsers = paths.at("/~1scim~1v2~1Users/post");
        assertEquals(List.of("bearer"), schemes(scimUsers));
        assertEquals("#/components/schemas/ScimError", errorSchema(scimUsers, "401", "application/scim+json"));
        assertEquals("#/components/schemas/ScimError", errorSchema(scimUsers, "415", "application/json"));

        paths.forEach(item -> item.forEach(operation -> {
            if (operation.has("operationId")) {
                assertFalse(operation.get("operationId").asText().contains("."), operation.get("operationId").asText());
            }
        }));
    }

    private static String errorSchema(JsonNode operation, String status, String mediaType) {
        return operation.path("responses").path(status).path("content").path(mediaType).path("schema").path("$ref").asText(null);
    }

    private static List<String> schemes(JsonNode operation) {
        List<String> schemes = new ArrayList<>();
        operation.path("security").forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
        return schemes;
    }

    private static String run(List<String> command, String what) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(what + " did not finish in 5 minutes");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), what + " failed:\n" + text);
        return text;
    }
}
