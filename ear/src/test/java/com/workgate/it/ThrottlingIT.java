package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.it.support.Answer;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.SignedHeaders;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.WorkgateClient;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ten failed authentications a minute per key are answered normally; the eleventh gets 429 with Retry-After, and
 * so does every attempt until the delay has passed, after which the right credentials work again. The test
 * server's base delay is short ({@code it.throttle.delay-seconds}) so the test can wait it out.
 */
class ThrottlingIT extends DeployedEar {

    @Test
    void theEleventhFailureInAMinuteIsThrottledUntilTheDelayHasPassed() throws Exception {
        Tenant tenant = Tenant.create(client);
        String[] key = tenant.createKey(client, "EVENTS", "BASIC_AND_HMAC");
        long now = Instant.now().getEpochSecond();
        for (int i = 1; i <= 10; i++) {
            assertEquals(401, client.authenticate(key[0], "wrong-" + i, now).status(), "failure " + i);
        }
        Answer eleventh = client.authenticate(key[0], "wrong-11", now);
        assertEquals(429, eleventh.status());
        long retryAfter = Long.parseLong(eleventh.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= Long.parseLong(System.getProperty("workgate.throttle.delay-seconds")));

        assertEquals(429, client.authenticate(key[0], key[1], now).status(), "while blocked even the right secret waits");
        Answer oauth = client.send("POST", "/v1/auth/token", null,
                WorkgateClient.json(Map.of("client_id", key[0], "client_secret", key[1])), Map.of());
        assertEquals(429, oauth.status(), "the block holds on every scheme of the key");
        Answer signed = client.send("GET", "/v1/sessions", null, null,
                SignedHeaders.of(tenant.accountName(), key[0], key[1], String.valueOf(now)));
        assertEquals(429, signed.status());

        Thread.sleep(retryAfter * 1000 + 200);
        assertEquals(200, client.authenticate(key[0], key[1], Instant.now().getEpochSecond()).status());
    }

    @Test
    void delaysGrowWithEachLockout() throws Exception {
        Tenant tenant = Tenant.create(client);
        String[] key = tenant.createKey(client, "EVENTS", "HMAC_ONLY");
        long first = lockOut(key[0]);
        Thread.sleep(first * 1000 + 200);
        long second = lockOut(key[0]);
        assertTrue(second > first, "second lockout " + second + " s after a first of " + first + " s");
        Thread.sleep(second * 1000 + 200);
        assertEquals(200, client.authenticate(key[0], key[1], Instant.now().getEpochSecond()).status());
    }

    private static long lockOut(String keyId) {
        long now = Instant.now().getEpochSecond();
        Answer answer;
        int attempts = 0;
        do {
            answer = client.authenticate(keyId, "wrong-" + attempts, now);
            attempts++;
        } while (answer.status() == 401 && attempts < 20);
        assertEquals(429, answer.status());
        return Long.parseLong(answer.header("Retry-After"));
    }
}
