package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.it.support.IngestLoad;
import com.workgate.it.support.StandaloneServer;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.WorkgateClient;
import com.workgate.it.support.Workplace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A server stopped with SIGTERM (as systemd, Docker or Kubernetes stop it) while clients post batches: the requests
 * in flight finish or are refused cleanly (503, or the connection closes), never 500; after a restart every event
 * answered with result 0 is in the database. Runs on the database of the current suite.
 */
class TerminateDuringIngestIT {

    private static final int CLIENTS = 3;

    @Test
    void requestsInFlightFinishAndEveryAcknowledgedEventSurvivesSigterm() throws Exception {
        Map<String, String> environment = StandaloneServer.suiteEnvironment();
        boolean postgres = "postgresql".equals(System.getProperty("workgate.db"));
        try (StandaloneServer server = StandaloneServer.prepare("terminate-server-" + System.getProperty("workgate.db"), 500, environment)) {
            server.start();
            WorkgateClient client = server.client();
            Tenant tenant = Tenant.create(client);
            String prefix = "T" + UUID.randomUUID().toString().substring(0, 6);
            Workplace.create(client, tenant, prefix, true);
            String email = "term-" + prefix + "@example.com";
            tenant.createUser(client, email);
            String source = "term-" + prefix;

            IngestLoad load = IngestLoad.start(client, tenant.token(), source, prefix + "-D1", email, CLIENTS, true);
            long stopping;
            try {
                load.awaitAcknowledged(300, Duration.ofSeconds(120));
                stopping = System.nanoTime();
                server.stop();
                stopping = System.nanoTime() - stopping;
            } finally {
                load.stop();
            }

            server.start();
            Set<String> acknowledged = load.acknowledged();
            long found = server.storedPresenceEvents(postgres, source, acknowledged);
            System.out.printf("SIGTERM during ingestion: stopped in %d ms; %d events acknowledged with result 0, %d of them "
                            + "stored after restart; answers %s, %d connections refused or closed%n",
                    stopping / 1_000_000, acknowledged.size(), found, load.statuses(), load.connectionFailures().size());
            List<String> containerNotFound = load.unexpectedAnswers().stream().filter(TerminateDuringIngestIT::isContainerNotFound)
                    .toList();
            System.out.printf("SIGTERM during ingestion: %d answers were the container's own 404 page of the stopping "
                    + "application%n", containerNotFound.size());
            List<String> unexpected = new ArrayList<>(load.unexpectedAnswers());
            unexpected.removeAll(containerNotFound);
            assertEquals(List.of(), unexpected, "only 200, or 503 while the server stops");
            assertTrue(acknowledged.size() >= 300);
            assertEquals(acknowledged.size(), found, "every acknowledged event is stored");
        }
    }

    /**
     * WildFly 39 lets requests into an application it is already undeploying, for the last few tens of milliseconds
     * of a shutdown, after its graceful suspension; the stopped RESTEasy then has no resources and Undertow answers
     * its own HTML 404. Not an answer of ours (ours are JSON), and nothing is stored; see docs/decisions.md.
     */
    private static boolean isContainerNotFound(String answer) {
        return answer.startsWith("404 <html>");
    }

}
