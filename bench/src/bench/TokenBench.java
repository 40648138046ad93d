package bench;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Benchmark 1: tokens per second of {@code POST /v1/auth} (HMAC) against Keycloak's client-credentials grant, at
 * each concurrency, measured alternately in one run; and what one core can sign with RS256.
 *
 * <p>Every Workgate request is a new issuance: the server answers an identical request (same key, timestamp and
 * hash) with the token it already issued, so the requests cycle over many keys, and each key's timestamps count
 * upwards inside the allowed window.
 */
public final class TokenBench {

    private static final String HEADER = """
            # Token issuance benchmark results

            Appended by `bench/token-issuance.sh` (see `bench/README.md`). Each server pinned to cpu 0, the load
            generator to cpu 1, PostgreSQL unpinned. Tokens/s and p99 latency (ms) are min / median / max of the
            timed windows after a warm-up; the ratio compares the medians. RS256 is signatures per second of one
            thread (2048-bit key, a payload of a token's size) on the load generator's core with the servers idle.

            | date (UTC) | machine | connections | Workgate tokens/s | Keycloak tokens/s | ratio | Workgate p99 ms | Keycloak p99 ms | RS256 signs/s, one core | notes |
            |---|---|---|---|---|---|---|---|---|---|
            """;

    public static void main(String[] args) throws Exception {
        URI workgate = URI.create(Figures.required("bench.baseUrl"));
        String keycloakUrl = System.getProperty("bench.keycloakUrl", "");
        URI keycloak = keycloakUrl.isBlank() ? null : URI.create(keycloakUrl);
        int keyCount = Figures.intProperty("bench.keys", 200);
        double warmup = Figures.doubleProperty("bench.warmupSeconds", 10);
        double window = Figures.doubleProperty("bench.windowSeconds", 10);
        int runs = Figures.intProperty("bench.runs", 3);
        List<Integer> concurrencies = new ArrayList<>();
        for (String c : System.getProperty("bench.connections", "16,64").split(",")) {
            concurrencies.add(Integer.parseInt(c.trim()));
        }

        WorkgateApi api = new WorkgateApi(workgate.toString());
        WorkgateApi.Tenant tenant = api.createOrganization(
                api.token(Figures.required("bench.adminKey"), Figures.required("bench.adminSecret")),
                "tokens" + System.currentTimeMillis() % 100000);
        List<WorkgateApi.Key> keys = new ArrayList<>();
        for (int i = 0; i < keyCount; i++) {
            keys.add(api.createKey(tenant, "bench " + i, "EVENTS"));
        }
        System.out.printf("organization %d with %d EVENTS keys%n", tenant.organizationId(), keys.size());

        double rs256 = rs256SignaturesPerSecond(5, null);
        double rs256Native = rs256SignaturesPerSecond(5, AmazonCorrettoCryptoProvider.INSTANCE);
        String signingLimits = Figures.format("JDK %.0f, native %.0f", rs256, rs256Native);
        System.out.printf("RS256 signatures, one thread: %s per second%n", signingLimits);

        // one sequence of timestamps per key for the whole run: a body sent twice would be answered as a replay
        HmacRequests hmac = new HmacRequests(new LoadGenerator(workgate, 1, 200), keys);
        Map<Integer, LoadGenerator.Result[]> results = new LinkedHashMap<>();
        for (int connections : concurrencies) {
            LoadGenerator.Result keycloakResult = keycloak == null ? null : keycloak(keycloak, connections, warmup, window, runs);

            LoadGenerator workgateLoad = new LoadGenerator(workgate, connections, 200);
            System.out.printf("%nWorkgate, %d connections: %.0f s warm-up, %d × %.0f s%n", connections, warmup, runs, window);
            LoadGenerator.Result workgateResult = workgateLoad.run(c -> hmac.next(), warmup, window, runs);
            workgateResult.print();
            results.put(connections, new LoadGenerator.Result[] {workgateResult, keycloakResult});
        }

        System.out.printf("%nToken issuance, tokens/s and p99 ms as min / median / max%n");
        String date = Figures.nowUtc();
        for (Map.Entry<Integer, LoadGenerator.Result[]> entry : results.entrySet()) {
            LoadGenerator.Result w = entry.getValue()[0];
            LoadGenerator.Result k = entry.getValue()[1];
            String keycloakRate = k == null ? "—" : Figures.spread(k.perSecond(), "%.0f");
            String keycloakP99 = k == null ? "—" : Figures.spread(k.p99Millis(), "%.1f");
            String ratio = k == null ? "—" : Figures.format("%.2f×", Figures.median(w.perSecond()) / Figures.median(k.perSecond()));
            System.out.printf("  %3d connections  Workgate %s  Keycloak %s  ratio %s  p99 Workgate %s  Keycloak %s%n",
                    entry.getKey(), Figures.spread(w.perSecond(), "%.0f"), keycloakRate, ratio,
                    Figures.spread(w.p99Millis(), "%.1f"), keycloakP99);
            int keycloakFailures = k == null ? 0 : k.failures();
            String failures = w.failures() + keycloakFailures == 0 ? "" : Figures.format("; FAILURES Workgate %d, Keycloak %d (%s)",
                    w.failures(), keycloakFailures, w.firstFailure() != null ? w.firstFailure() : k.firstFailure());
            Figures.appendRow(Path.of(Figures.required("bench.resultsFile")), HEADER, Figures.format(
                    "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %d keys, %.0f s warm-up, %d × %.0f s; %s%s |",
                    date, Figures.required("bench.machine"), entry.getKey(), Figures.spread(w.perSecond(), "%.0f"),
                    keycloakRate, ratio, Figures.spread(w.p99Millis(), "%.1f"), keycloakP99, signingLimits, keys.size(),
                    warmup, runs, window, System.getProperty("bench.note", ""), failures));
        }
        System.out.printf("  RS256 signing limit of one core: %s per second%n", signingLimits);
    }

    static LoadGenerator.Result keycloak(URI keycloak, int connections, double warmup, double window, int runs)
            throws InterruptedException {
        LoadGenerator load = new LoadGenerator(keycloak, connections, 200);
        byte[] request = load.post("/realms/bench/protocol/openid-connect/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=bench-client&client_secret=bench-secret-0123456789"
                        .getBytes(StandardCharsets.US_ASCII));
        System.out.printf("%nKeycloak, %d connections: %.0f s warm-up, %d × %.0f s%n", connections, warmup, runs, window);
        LoadGenerator.Result result = load.run(c -> request, warmup, window, runs);
        result.print();
        return result;
    }

    /**
     * The most RS256 signatures one thread makes in a second, over a token-sized payload, with the JDK's provider
     * ({@code provider} null) or with {@code provider} and a key it holds (as Workgate signs, NativeRsa).
     */
    static double rs256SignaturesPerSecond(double seconds, Provider provider) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        PrivateKey key = provider == null ? pair.getPrivate()
                : KeyFactory.getInstance("RSA", provider).generatePrivate(new PKCS8EncodedKeySpec(pair.getPrivate().getEncoded()));
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"kid\":\"2f0c6c1e-8b8f-4c55-9d1f-3a7c0e1b2d44\",\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        Signature signature = provider == null ? Signature.getInstance("SHA256withRSA")
                : Signature.getInstance("SHA256withRSA", provider);
        long count = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long warm = start + (long) 1e9;
        long measuredFrom = 0;
        while (System.nanoTime() < end) {
            String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"iss\":\"workgate\",\"jti\":\""
                    + UUID.randomUUID() + "\",\"sub\":\"x\"}").getBytes(StandardCharsets.UTF_8));
            signature.initSign(key);
            signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            signature.sign();
            if (measuredFrom == 0 && System.nanoTime() >= warm) {
                measuredFrom = System.nanoTime();
                count = 0;
            }
            count++;
        }
        return count / ((System.nanoTime() - measuredFrom) / 1e9);
    }

    /**
     * {@code POST /v1/auth} bodies that are never identical: the keys take turns, and each key's timestamp counts up
     * from the start of the allowed window (the server allows ±300 s; these stay within ±290 s).
     */
    static final class HmacRequests {
        private final LoadGenerator load;
        private final List<WorkgateApi.Key> keys;
        private final AtomicLongArray nextTimestamp;
        private final AtomicLong turn = new AtomicLong();

        HmacRequests(LoadGenerator load, List<WorkgateApi.Key> keys) {
            this.load = load;
            this.keys = keys;
            this.nextTimestamp = new AtomicLongArray(keys.size());
        }

        byte[] next() {
            int k = (int) (turn.getAndIncrement() % keys.size());
            long now = Instant.now().getEpochSecond();
            long timestamp = nextTimestamp.updateAndGet(k, t -> Math.max(t + 1, now - 290));
            if (timestamp > now + 290) {
                throw new IllegalStateException("too few keys for this rate: every timestamp of the window is used");
            }
            WorkgateApi.Key key = keys.get(k);
            String body = "{\"apiKey\":\"" + key.id() + "\",\"timestamp\":" + timestamp + ",\"hash\":\""
                    + WorkgateApi.hmacSha256Hex(key.secret(), key.id() + timestamp) + "\"}";
            return load.post("/v1/auth", "application/json", body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
