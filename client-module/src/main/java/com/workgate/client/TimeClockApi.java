package com.workgate.client;

import com.fasterxml.jackson.databind.JavaType;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The client of the TimeClock API ({@code /api}) for one person, authenticated per request by
 * {@link TimeClockBearerFilter}. Errors arrive as {@link WorkgateApiException} with the Yii-style body
 * ({@code 422} carries the {@link WorkgateApiException#fieldErrors() field errors}). Thread-safe.
 *
 * <p>Reads are retried on connection failures; creating a session is not (a repeat would clock twice).
 */
public final class TimeClockApi implements AutoCloseable {

    private final URI baseUri;
    private final Client client;
    private final boolean ownsClient;
    private final TimeClockBearerFilter bearer;
    private final Transport transport;

    private TimeClockApi(URI baseUri, long userId, String key, Client client, RetryPolicy retryPolicy, Clock clock) {
        this.baseUri = baseUri;
        this.ownsClient = client == null;
        this.client = ownsClient ? DefaultClient.create() : client;
        this.bearer = new TimeClockBearerFilter(userId, key, clock);
        this.transport = new Transport(retryPolicy, clock);
    }

    /**
     * @param baseUri the server's root
     * @param userId  the person's numeric API identifier
     * @param key     the person's TimeClock key
     * @return a client with the default Jakarta REST client, retry policy and clock
     */
    public static TimeClockApi of(String baseUri, long userId, String key) {
        return of(baseUri, userId, key, null, RetryPolicy.DEFAULT, Clock.systemUTC());
    }

    /**
     * @param baseUri     the server's root
     * @param userId      the person's numeric API identifier
     * @param key         the person's TimeClock key
     * @param client      the Jakarta REST client to use (left open by {@link #close()}), or null to make one
     * @param retryPolicy when to retry
     * @param clock       the clock for the token's timestamp
     * @return the client
     */
    public static TimeClockApi of(String baseUri, long userId, String key, Client client, RetryPolicy retryPolicy, Clock clock) {
        String root = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
        return new TimeClockApi(URI.create(root), userId, Objects.requireNonNull(key, "key"), client, retryPolicy, clock);
    }

    /**
     * A project as the TimeClock API shows it.
     *
     * @param id    id
     * @param name  name
     * @param color colour, e.g. {@code #1f77b4}
     */
    public record Project(long id, String name, String color) {
    }

    /**
     * A work session.
     *
     * @param id        id
     * @param userId    the person
     * @param clockIn   unix seconds
     * @param clockOut  unix seconds, or null while open
     * @param note      note, or null
     * @param project   project, or null
     * @param createdAt unix seconds
     * @param updatedAt unix seconds
     */
    public record Session(long id, long userId, long clockIn, Long clockOut, String note, Project project, Long createdAt,
                          Long updatedAt) {
    }

    /**
     * The person's profile.
     *
     * @param id    the person's id
     * @param name  name
     * @param email email
     * @param phone phone, or null
     */
    public record Profile(long id, String name, String email, String phone) {
    }

    /**
     * @param page    1-based page
     * @param perPage rows per page (the server clamps to 1..50)
     * @return the person's sessions, oldest clock-in first
     */
    public List<Session> sessions(int page, int perPage) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("page", page);
        query.put("per-page", perPage);
        return call("GET", "/api/sessions", query, null, true,
                Json.MAPPER.getTypeFactory().constructCollectionType(List.class, Session.class));
    }

    /**
     * Records a session (open when {@code clockOut} is null). Not retried on connection failures.
     *
     * @param clockIn  unix seconds
     * @param clockOut unix seconds, or null
     * @param note     note, or null
     * @return the session as stored
     */
    public Session createSession(long clockIn, Long clockOut, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clockIn", clockIn);
        body.put("clockOut", clockOut);
        body.put("note", note);
        return call("POST", "/api/sessions", null, body, false, Json.MAPPER.constructType(Session.class));
    }

    /** @return the person's profile */
    public Profile profile() {
        return call("GET", "/api/profile", null, null, true, Json.MAPPER.constructType(Profile.class));
    }

    /** @return the projects the person is assigned to */
    public List<Project> projects() {
        return call("GET", "/api/projects", null, null, true,
                Json.MAPPER.getTypeFactory().constructCollectionType(List.class, Project.class));
    }

    /** Closes the Jakarta REST client if this made it. */
    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    private <T> T call(String method, String path, Map<String, Object> query, Object body, boolean idempotent, JavaType answer) {
        WebTarget target = client.target(baseUri).path(path);
        if (query != null) {
            for (Map.Entry<String, Object> parameter : query.entrySet()) {
                target = target.queryParam(parameter.getKey(), parameter.getValue());
            }
        }
        WebTarget signed = target.register(bearer);
        String json = body == null ? null : Json.write(body);
        try (Response response = transport.send(method + " " + path, idempotent, () -> {
            Invocation.Builder request = signed.request(MediaType.APPLICATION_JSON_TYPE);
            return json == null ? request.method(method)
                    : request.method(method, Entity.entity(json, MediaType.APPLICATION_JSON_TYPE));
        })) {
            String text = response.readEntity(String.class);
            try {
                return Json.MAPPER.readValue(text, answer);
            } catch (IOException e) {
                throw new WorkgateTransportException(method + " " + path + ": unexpected answer " + text, e, 1);
            }
        }
    }
}
