package com.workgate.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The client of Workgate's integration API ({@code /v1}: {@link #events() events}, {@link #warehouse() warehouse
 * reads}) and admin API ({@link #admin() /v1/admin}) for one API key. Thread-safe: make one per key and share it.
 *
 * <pre>{@code
 * try (WorkgateApi api = WorkgateApi.builder("https://workgate.example.com").hmac(keyId, secret).build()) {
 *     api.events().presence("turnstiles", List.of(PresenceEvent.byEmail("e-1", Instant.now(), "LON-L3",
 *             LocationType.LEVEL, "ada@example.com")));
 * }
 * }</pre>
 *
 * <p>With {@link Builder#hmac} or {@link Builder#clientCredentials} the client fetches a bearer token once, reuses it
 * until shortly before it expires and then fetches the next one once for all threads ({@link TokenCache}); if the
 * server refuses a cached token (401), it is dropped and the call is made once more with a new one. With
 * {@link Builder#signedHeaders} every request is signed instead. Retries follow {@link RetryPolicy}.
 */
public final class WorkgateApi implements AutoCloseable {

    private final URI baseUri;
    private final Client client;
    private final boolean ownsClient;
    private final Transport transport;
    private final TokenCache tokens;
    private final SignedHeadersFilter signer;

    private WorkgateApi(Builder builder) {
        this.baseUri = builder.baseUri;
        this.ownsClient = builder.client == null;
        this.client = ownsClient ? DefaultClient.create() : builder.client;
        this.transport = new Transport(builder.retryPolicy, builder.clock);
        this.signer = builder.account == null ? null
                : new SignedHeadersFilter(builder.account, builder.apiKey, builder.secret, builder.clock);
        TokenSource source = switch (builder.mode) {
            case HMAC -> hmacSource(builder.apiKey, builder.secret, builder.clock);
            case CLIENT_CREDENTIALS -> clientCredentialsSource(builder.apiKey, builder.secret, builder.clock);
            case SIGNED -> null;
        };
        this.tokens = source == null ? null : new TokenCache(source, builder.clock, builder.refreshMargin);
    }

    /**
     * @param baseUri the server's root, e.g. {@code https://workgate.example.com} (the API paths start with {@code /v1})
     * @return a builder; choose one way to authenticate
     */
    public static Builder builder(String baseUri) {
        return new Builder(URI.create(baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri));
    }

    /** @return the event endpoints ({@code POST /v1/presence}, ...) */
    public EventsApi events() {
        return new EventsApi(this);
    }

    /** @return the warehouse reads ({@code GET /v1/analytics/...}), unpaged */
    public WarehouseApi warehouse() {
        return new WarehouseApi(this, null);
    }

    /** @return the admin API ({@code /v1/admin/...}) */
    public AdminApi admin() {
        return new AdminApi(this);
    }

    /** @return the token cache, or null when requests are signed instead ({@link Builder#signedHeaders}) */
    public TokenCache tokens() {
        return tokens;
    }

    /** Closes the Jakarta REST client if this made it; one passed to {@link Builder#client} is left open. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    /** Sends one call and maps its JSON answer (null for an empty body). */
    <T> T call(String method, String path, Map<String, ?> query, Object body, boolean idempotent, JavaType answer) {
        try (Response response = open(method, target(path, query).getUri(), body, idempotent)) {
            if (answer == null || response.getStatus() == 204 || !response.hasEntity()) {
                return null;
            }
            String text = response.readEntity(String.class);
            try {
                return Json.MAPPER.readValue(text, answer);
            } catch (IOException e) {
                throw new WorkgateTransportException(method + " " + path + ": unexpected answer " + text, e, 1);
            }
        }
    }

    <T> T call(String method, String path, Map<String, ?> query, Object body, boolean idempotent, Class<T> answer) {
        return call(method, path, query, body, idempotent, answer == null ? null : Json.MAPPER.constructType(answer));
    }

    <T> RowStream<T> rows(String path, Map<String, ?> query, Class<T> type) {
        return new RowStream<>(target(path, query).getUri(), uri -> open("GET", uri, null, true), type);
    }

    /** An authenticated request with retries; a 401 on a cached token fetches another and tries once more. */
    private Response open(String method, URI uri, Object body, boolean idempotent) {
        String request = method + " " + uri.getRawPath();
        String json = body == null ? null : Json.write(body);
        AtomicReference<String> tokenUsed = new AtomicReference<>();
        for (int round = 1; ; round++) {
            try {
                return transport.send(request, idempotent, () -> {
                    Invocation.Builder invocation = withFilters(client.target(uri)).request(MediaType.APPLICATION_JSON_TYPE);
                    if (tokens != null) {
                        String token = tokens.token();
                        tokenUsed.set(token);
                        invocation.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
                    }
                    return json == null ? invocation.method(method)
                            : invocation.method(method, Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
                });
            } catch (WorkgateApiException e) {
                boolean refusedToken = e.status() == 401 && tokenUsed.get() != null;
                if (!refusedToken || round > 1) {
                    throw e;
                }
                tokens.invalidate(tokenUsed.get());
            }
        }
    }

    private WebTarget target(String path, Map<String, ?> query) {
        WebTarget target = client.target(baseUri).path(path);
        if (query != null) {
            for (Map.Entry<String, ?> parameter : query.entrySet()) {
                if (parameter.getValue() != null) {
                    target = target.queryParam(parameter.getKey(), parameter.getValue());
                }
            }
        }
        return target;
    }

    private WebTarget withFilters(WebTarget target) {
        return signer == null ? target : target.register(signer);
    }

    private JsonNode postForToken(String path, Map<String, Object> body) {
        try (Response response = transport.send("POST " + path, true, () -> client.target(baseUri).path(path)
                .request(MediaType.APPLICATION_JSON_TYPE)
                .post(Entity.entity(Json.write(body), MediaType.APPLICATION_JSON_TYPE)))) {
            JsonNode answer = Json.readTreeOrNull(response.readEntity(String.class));
            if (answer == null || !answer.isObject()) {
                throw new WorkgateTransportException("POST " + path + ": the answer is not a JSON object", null, 1);
            }
            return answer;
        }
    }

    private TokenSource hmacSource(String apiKey, String secret, Clock clock) {
        return () -> {
            Instant asked = clock.instant();
            AtomicLong timestamp = new AtomicLong();
            JsonNode answer = postForTokenWithFreshTimestamp(apiKey, secret, clock, timestamp);
            long expiration = answer.path("expiration").asLong();
            long lifetime = Math.max(1, expiration - timestamp.get());
            return new AccessToken(answer.path("token").asText(), asked, asked.plusSeconds(lifetime));
        };
    }

    /** The timestamp is signed per attempt, so a retry after a long {@code Retry-After} is still inside the window. */
    private JsonNode postForTokenWithFreshTimestamp(String apiKey, String secret, Clock clock, AtomicLong timestamp) {
        String path = "/v1/auth";
        try (Response response = transport.send("POST " + path, true, () -> {
            long now = clock.instant().getEpochSecond();
            timestamp.set(now);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("apiKey", apiKey);
            body.put("timestamp", now);
            body.put("hash", Signatures.hmacSha256Hex(secret, apiKey + now));
            return client.target(baseUri).path(path).request(MediaType.APPLICATION_JSON_TYPE)
                    .post(Entity.entity(Json.write(body), MediaType.APPLICATION_JSON_TYPE));
        })) {
            JsonNode answer = Json.readTreeOrNull(response.readEntity(String.class));
            if (answer == null || !answer.path("token").isTextual()) {
                throw new WorkgateTransportException("POST " + path + ": no token in the answer", null, 1);
            }
            return answer;
        }
    }

    private TokenSource clientCredentialsSource(String clientId, String clientSecret, Clock clock) {
        return () -> {
            Instant asked = clock.instant();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("grant_type", "client_credentials");
            body.put("client_id", clientId);
            body.put("client_secret", clientSecret);
            JsonNode answer = postForToken("/v1/auth/token", body);
            long lifetime = Math.max(1, answer.path("expires_in").asLong());
            return new AccessToken(answer.path("access_token").asText(), asked, asked.plusSeconds(lifetime));
        };
    }

    private enum Mode { HMAC, CLIENT_CREDENTIALS, SIGNED }

    /** Configures a {@link WorkgateApi}: one way to authenticate is required, the rest has defaults. */
    public static final class Builder {

        private final URI baseUri;
        private Mode mode;
        private String apiKey;
        private String secret;
        private String account;
        private Client client;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private Duration refreshMargin = Duration.ofSeconds(60);

        private Builder(URI baseUri) {
            this.baseUri = baseUri;
        }

        /**
         * Bearer tokens from {@code POST /v1/auth} (HMAC-SHA256 of key id and timestamp; the secret never travels).
         *
         * @param apiKey the key id
         * @param secret the key's secret
         * @return this
         */
        public Builder hmac(String apiKey, String secret) {
            return credentials(Mode.HMAC, apiKey, secret);
        }

        /**
         * Bearer tokens from {@code POST /v1/auth/token} (OAuth 2.0 client credentials; the key must allow
         * {@code BASIC_AND_HMAC}, as the secret travels in the request).
         *
         * @param clientId     the key id
         * @param clientSecret the key's secret
         * @return this
         */
        public Builder clientCredentials(String clientId, String clientSecret) {
            return credentials(Mode.CLIENT_CREDENTIALS, clientId, clientSecret);
        }

        /**
         * Signed headers on every request ({@link SignedHeadersFilter}) instead of a bearer token.
         *
         * @param account the organization's account name
         * @param apiKey  the key id
         * @param secret  the key's secret
         * @return this
         */
        public Builder signedHeaders(String account, String apiKey, String secret) {
            this.account = Objects.requireNonNull(account, "account");
            return credentials(Mode.SIGNED, apiKey, secret);
        }

        /**
         * Uses this Jakarta REST client (e.g. one configured by the application server) and leaves closing it to the
         * caller. Without it, one is made with {@code ClientBuilder.newBuilder()}.
         *
         * @param client the client
         * @return this
         */
        public Builder client(Client client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * @param retryPolicy when to retry; {@link RetryPolicy#DEFAULT} unless set
         * @return this
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * @param clock the clock for timestamps and token expiry; the system UTC clock unless set
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param refreshMargin how long before its expiry a token is replaced; 60 s unless set
         * @return this
         */
        public Builder refreshMargin(Duration refreshMargin) {
            this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
            return this;
        }

        /** @return the client */
        public WorkgateApi build() {
            if (mode == null) {
                throw new IllegalStateException("choose hmac(..), clientCredentials(..) or signedHeaders(..)");
            }
            return new WorkgateApi(this);
        }

        private Builder credentials(Mode mode, String apiKey, String secret) {
            if (this.mode != null && this.mode != mode) {
                throw new IllegalStateException("one way to authenticate only");
            }
            this.mode = mode;
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            this.secret = Objects.requireNonNull(secret, "secret");
            return this;
        }
    }
}
