package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
