package com.workgate.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real EAR, as built, on the provisioned WildFly; tests then talk to it over HTTP only. Arquillian starts and
 * stops the server once per test run (one run per database); the EAR is not deployed per test class but once,
 * from the server's {@code deployments/} folder at boot (ear/pom.xml copies it there before the tests run).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedEar {

    protected static final WorkgateClient client = WorkgateClient.local();

    private static volatile boolean ready;

    /** Waits until the EAR the server deployed at boot answers ready (plain HTTP: no contract check of a 404). */
    @BeforeAll
    public static void earIsDeployed() throws InterruptedException {
        if (ready) {
            return;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI health = URI.create(System.getProperty("workgate.base-url", "http://127.0.0.1:8080") + "/health/ready");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        int status = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                status = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    ready = true;
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the EAR in the server's deployments/ folder is not ready (last answer " + status
                + "); see " + System.getProperty("jboss.home") + "/standalone/log/server.log");
    }
}
