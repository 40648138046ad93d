package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.workgate.it.support.Answer;
import com.workgate.it.support.ClientAtAddress;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.SignedHeaders;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.WorkgateClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Failed authentications are throttled per key and client address: the eleventh failure in a minute from one
 * address gets 429 with Retry-After, and so does every attempt for that key from that address (even a right one)
 * until the delay has passed. The key's owner at another address is never refused. One address is also stopped,
 * for every key, after a hundred failures a minute across key ids, whether the ids exist or not. The test server's
 * base delay is short ({@code it.throttle.delay-seconds}) so the test can wait it out. Other addresses than
 * 127.0.0.1 are other loopback addresses, from which {@link ClientAtAddress} connects.
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

        assertEquals(429, client.authenticate(key[0], key[1], now).status(),
                "while this address is blocked for the key even the right secret from it waits");
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

    @Test
    void wrongProofsFromAnotherAddressNeverLockOutTheOwnerOnAnyScheme() throws Exception {
        Tenant tenant = Tenant.create(client);
        String[] key = tenant.createKey(client, "ALL", "BASIC_AND_HMAC");
        ClientAtAddress attacker = ClientAtAddress.of("127.0.0.2");

        Map<String, Supplier<Answer>> fromOwner = new LinkedHashMap<>();
        fromOwner.put("HMAC /v1/auth", () -> client.authenticate(key[0], key[1], Instant.now().getEpochSecond()));
        fromOwner.put("OAuth /v1/auth/token", () -> client.send("POST", "/v1/auth/token", null,
                WorkgateClient.json(Map.of("grant_type", "client_credentials", "client_id", key[0],
                        "client_secret", key[1])), Map.of()));
        fromOwner.put("Basic", () -> client.send("GET", "/v1/analytics/users/basic", null, null,
                Map.of("Authorization", basic(key[0], key[1]))));
        fromOwner.put("signed headers", () -> client.send("GET", "/v1/admin/users", null, null,
                SignedHeaders.of(tenant.accountName(), key[0], key[1], String.valueOf(Instant.now().getEpochSecond()))));

        Map<String, Supplier<Answer>> fromAttacker = new LinkedHashMap<>();
        fromAttacker.put("HMAC /v1/auth", () -> attacker.authenticate(key[0], key[1], Instant.now().getEpochSecond()));
        fromAttacker.put("OAuth /v1/auth/token", () -> attacker.clientCredentials(key[0], key[1]));
        fromAttacker.put("Basic", () -> attacker.getWithBasic("/v1/analytics/users/basic", key[0], key[1]));
        fromAttacker.put("signed headers", () -> attacker.send("GET", "/v1/admin/users", null,
                SignedHeaders.of(tenant.accountName(), key[0], key[1], String.valueOf(Instant.now().getEpochSecond()))));

        for (Map.Entry<String, Supplier<Answer>> scheme : fromOwner.entrySet()) {
            lockOut(attacker, key[0]);
            Answer answer = scheme.getValue().get();
            assertEquals(200, answer.status(), scheme.getKey() + " from the owner while 127.0.0.2 is blocked: " + answer);
        }
        for (Map.Entry<String, Supplier<Answer>> scheme : fromAttacker.entrySet()) {
            assertBlockedEvenWithTheRightSecret(scheme.getKey(), () -> lockOut(attacker, key[0]), scheme.getValue());
        }
    }

    @Test
    void oneAddressTryingManyKeyIdsIsStoppedForEveryKeyWhetherItExistsOrNot() {
        Tenant tenant = Tenant.create(client);
        String[] key = tenant.createKey(client, "ALL", "BASIC_AND_HMAC");
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            existing.add(tenant.createKey(client, "EVENTS", "HMAC_ONLY")[0]);
        }
        ClientAtAddress sprayer = ClientAtAddress.of("127.0.0.3");
        long now = Instant.now().getEpochSecond();
        int failures = 0;
        Answer answer;
        do {
            String id = failures % 2 == 0 ? UUID.randomUUID().toString().toUpperCase(Locale.ROOT)
                    : existing.get(failures / 2 % existing.size());
            answer = sprayer.authenticate(id, "guess-" + failures, now);
            failures++;
        } while (answer.status() == 401 && failures <= 150);
        long stoppedAt = System.nanoTime();
        assertEquals(429, answer.status(), "after " + failures + " failures of as many key ids: " + answer);
        assertTrue(failures > 11, "one failure per key id never reaches a key's own limit, yet stopped after " + failures);
        long retryAfter = Long.parseLong(answer.header("Retry-After"));

        Answer rightSecret = sprayer.authenticate(key[0], key[1], Instant.now().getEpochSecond());
        Assumptions.assumeTrue(rightSecret.status() == 429 || secondsSince(stoppedAt) < retryAfter - 1,
                "the address's block ran out before it could be checked");
        assertEquals(429, rightSecret.status(), "an address past its ceiling waits for every key: " + rightSecret);
        assertEquals(200, client.authenticate(key[0], key[1], Instant.now().getEpochSecond()).status(),
                "the owner's address has no failures");
    }

    /** Wrong HMAC proofs until the answer is 429; the Retry-After of that answer. */
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

    /** The same from another address; blocked already answers 429 at once. */
    private static long lockOut(ClientAtAddress from, String keyId) {
        long now = Instant.now().getEpochSecond();
        Answer answer;
        int attempts = 0;
        do {
            answer = from.authenticate(keyId, "wrong-" + attempts, now);
            attempts++;
        } while (answer.status() == 401 && attempts < 20);
        assertEquals(429, answer.status(), "after " + attempts + " wrong proofs: " + answer);
        assertNotNull(answer.header("Retry-After"), "429 without Retry-After: " + answer);
        return Long.parseLong(answer.header("Retry-After"));
    }

    /**
     * The right secret from a blocked address gets 429 with Retry-After. A short test delay may have run out before
     * the attempt (a slow machine): then the address is blocked again, for longer, and the attempt repeated.
     */
    private static void assertBlockedEvenWithTheRightSecret(String scheme, Supplier<Long> block, Supplier<Answer> attempt) {
        for (int round = 0; round < 5; round++) {
            long retryAfter = block.get();
            long blockedAt = System.nanoTime();
            Answer answer = attempt.get();
            if (answer.status() == 429) {
                assertTrue(Long.parseLong(answer.header("Retry-After")) >= 1, scheme + ": " + answer);
                return;
            }
            if (secondsSince(blockedAt) < retryAfter - 1) {
                fail(scheme + " served a blocked address: " + answer);
            }
        }
        fail(scheme + ": the block ran out before every one of 5 attempts");
    }

    private static double secondsSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1e9;
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
