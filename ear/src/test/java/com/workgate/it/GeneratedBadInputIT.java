package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.workgate.it.support.Answer;
import com.workgate.it.support.BadInputCorpus;
import com.workgate.it.support.BadInputCorpus.BadCase;
import com.workgate.it.support.BadInputCorpus.Kind;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.ErrorFormats;
import com.workgate.it.support.OpenApiDocument;
import com.workgate.it.support.ResponseContract;
import com.workgate.it.support.OpenApiDocument.Operation;
import com.workgate.it.support.OpenApiDocument.Parameter;
import com.workgate.it.support.SignedHeaders;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.TenantRows;
import com.workgate.it.support.TimeClockClient;
import com.workgate.it.support.Workplace;
import com.workgate.it.support.WorkgateClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input for every operation of the API description the server serves: malformed bodies, each field wrong
 * in every way, hostile query strings and path segments, sent with valid credentials of the operation's family
 * so that they reach validation. Every answer must be a 4xx in the family's own error shape (never a 5xx), and a
 * refused request must leave the organization's rows as they were. All failures are reported together.
 */
class GeneratedBadInputIT extends DeployedEar {

    private static final int THREADS = 4;
    private static final String OFFICE = "FZ";
    private static final String OTHER_OFFICE = "FZ2";
    private static final Set<String> EVENT_PATHS = Set.of("/v1/presence", "/v1/occupancy", "/v1/visitor-arrival",
            "/v1/timeoff", "/v1/access-credentials");
    /**
     * Event fields the contract lets a client leave out or send as null (calven-api.md §3), and a card's
     * {@code credentialType}, which Workgate stores when given and does not require (docs/decisions.md, Events).
     */
    private static final Set<String> OPTIONAL_EVENT_FIELDS = Set.of("sourceUserId", "userEmail", "userId", "occupancy",
            "occupied", "facilityCode", "visitorEmail", "hostEmail", "company", "timeOffType", "email", "uid", "scanData",
            "active", "credentialType");
    /** Operations the contracts give a JSON body: the served description must have them, or they go unfuzzed. */
    private static final List<String> DESCRIBED_WITH_BODY = List.of("POST /v1/presence", "POST /v1/presence/basic",
            "POST /v1/occupancy", "POST /v1/occupancy/basic", "POST /v1/visitor-arrival", "POST /v1/visitor-arrival/basic",
            "POST /v1/timeoff", "POST /v1/timeoff/basic", "POST /v1/access-credentials", "POST /v1/access-credentials/basic",
            "POST /v1/auth", "POST /v1/auth/token", "POST /v1/admin/organizations", "POST /v1/admin/keys",
            "POST /v1/admin/users", "PUT /v1/admin/users/{userId}", "PUT /v1/admin/locations/{locationId}",
            "POST /v1/admin/bookings", "PUT /v1/admin/users/{userId}/plans/{day}", "POST /v1/admin/projects",
            "POST /api/sessions", "PUT /api/sessions/{id}", "POST /api/off-times", "PUT /api/off-times/{id}",
            "POST /api/holidays/fetch", "PUT /api/profile", "POST /api/key", "POST /api/terminal/clock");
    /**
     * Operations whose variations all replace the same rows (one person's cards) are sent one at a time, and so are
     * forged signatures (failures of one key): the corpus tests bad input, not the parallel claim of one card or
     * parallel failure counting, which the concurrency tests cover.
     */
    private static final Set<String> ONE_AT_A_TIME = Set.of("/v1/access-credentials", "/v1/access-credentials/basic");
    /** Operations that also get forged signed headers; the signature check is the same for every route. */
    private static final Set<String> FORGED_SIGNATURE_TARGETS = Set.of("GET /v1/analytics/users", "POST /v1/presence",
            "POST /v1/admin/users", "GET /v1/sessions/{sessionId}");
    /** Public operations: they are called without credentials. */
    private static final Set<String> PUBLIC = Set.of("POST /v1/auth", "POST /v1/auth/token", "POST /api/key",
            "POST /api/key/grant", "GET /v1/auth/jwks", "GET /health/live", "GET /health/ready");
    /** Filter attributes of the TimeClock lists (timeclock-api.md §3). */
    private static final Map<String, List<String>> FILTER_ATTRIBUTES = Map.of(
            "/api/sessions", List.of("id", "clockIn", "clockOut", "createdAt", "updatedAt", "note"),
            "/api/off-times", List.of("id", "createdAt", "updatedAt", "startAt", "endAt", "type", "approved", "note"),
            "/api/holidays", List.of("year", "month", "day"),
            "/api/projects", List.of("id", "name", "color"));

    private enum Auth { NONE, BEARER, SYSTEM_BEARER, SIGNED, BASIC, TIMECLOCK, FORGED_SIGNATURE }

    /** {@code contractProblem}: what in the answer the served OpenAPI document does not describe, or null. */
    private record Outcome(BadCase badCase, Auth auth, int status, String contentType, String text, JsonNode json,
                           String transportError, String contractProblem) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static Tenant tenant;
    private static String systemToken;
    private static TimeClockClient me;
    private static String sparringKey;
    private static String signingKey;
    private static String signingSecret;
    private static String rotatedKey;
    private static long otherUserId;
    private static long projectId;
    private static long sessionId;
    private static long offTimeId;
    private static String scimUserId;
    private static String scimGroupId;
    private static ExecutorService pool;

    /** failures by operation, then by kind, each a line naming the case and the answer */
    private final Map<String, Map<String, List<String>>> failures = new TreeMap<>();
    private final Map<String, Integer> acceptedByOperation = new TreeMap<>();
    private final AtomicInteger casesRun = new AtomicInteger();
    private final Map<Kind, Integer> casesByKind = new EnumMap<>(Kind.class);

    @BeforeAll
    static void setUp() {
        tenant = Tenant.create(client);
        systemToken = client.adminToken();
        sparringKey = tenant.createKey(client, "EVENTS", "BASIC_AND_HMAC")[0];
        String[] signing = tenant.createKey(client, "ALL", "HMAC_ONLY");
        signingKey = signing[0];
        signingSecret = signing[1];
        rotatedKey = tenant.createKey(client, "EVENTS", "HMAC_ONLY")[0];
        Workplace.create(client, tenant, OFFICE, true);
        me = TimeClockClient.newUser(client, tenant, "fuzz-clock@example.com");
        otherUserId = tenant.createUser(client, "fuzz-directory@example.com");
        Answer project = client.post("/v1/admin/projects", tenant.token(),
                Map.of("name", "Fuzz", "color", "#1f77b4", "assigneeIds", List.of(me.userId()), "status", "active"));
        assertEquals(201, project.status(), project.toString());
        projectId = project.json().get("id").asLong();
        Answer session = me.send("POST", "/api/sessions", sessionSeed());
        assertEquals(201, session.status(), session.toString());
        sessionId = session.json().get("id").asLong();
        Answer offTime = me.send("POST", "/api/off-times", Map.of("startAt", "2027-03-01", "endAt", "2027-03-02"));
        assertEquals(201, offTime.status(), offTime.toString());
        offTimeId = offTime.json().get("id").asLong();
        Answer scimUser = client.post("/scim/v2/Users", tenant.token(), scimUserSeed("fuzz-scim@example.com"));
        assertEquals(201, scimUser.status(), scimUser.toString());
        scimUserId = scimUser.json().get("id").asText();
        Answer scimGroup = client.post("/scim/v2/Groups", tenant.token(), scimGroupSeed("Fuzz SCIM group"));
        assertEquals(201, scimGroup.status(), scimGroup.toString());
        scimGroupId = scimGroup.json().get("id").asText();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void tearDown() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Test
    void noOperationAnswersBadInputWithA5xxOrStoresWhatItRefused() throws Exception {
        Answer document = client.send("GET", "/openapi?format=JSON", null, null, Map.of("Accept", "application/json"));
        assertEquals(200, document.status(), "the API description");
        List<Operation> operations = new OpenApiDocument(document.json()).operations().stream()
                .sorted(Comparator.comparing(Operation::template).thenComparing(Operation::method)).toList();
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi-served.json"), document.text());
        for (String described : DESCRIBED_WITH_BODY) {
            if (operations.stream().noneMatch(o -> o.id().equals(described) && o.hasBody())) {
                fail(described, "not in the API description with a request body", "the corpus cannot cover it");
            }
        }
        Instant start = Instant.now();
        List<String> uncovered = new ArrayList<>();
        try (TenantRows rows = new TenantRows(tenant.organizationId())) {
            for (Operation operation : operations) {
                List<BadCase> cases = corpus(operation);
                if (cases.isEmpty()) {
                    uncovered.add(operation.id());
                    continue;
                }
                if (EVENT_PATHS.contains(operation.template().replaceAll("/basic$", ""))) {
                    checkTheExampleIsAccepted(operation);
                }
                run(operation, cases, rows);
            }
        }
        int covered = operations.size() - uncovered.size();
        System.out.println("GeneratedBadInputIT: operations without a body or parameters (not covered): " + uncovered);
        long seconds = Duration.between(start, Instant.now()).toSeconds();
        System.out.printf("GeneratedBadInputIT (%s): %d cases against %d of %d operations in %d s%n",
                System.getProperty("workgate.db"), casesRun.get(), covered, operations.size(), seconds);
        System.out.println("  cases by kind: " + casesByKind);
        acceptedByOperation.forEach((operation, count) ->
                System.out.printf("  accepted (2xx) field variations, not errors by themselves: %s %d%n", operation, count));
        assertTrue(failures.isEmpty(), report());
        assertTrue(casesRun.get() >= 5000, "only " + casesRun.get() + " cases ran");
    }

    /** An event batch is judged by its per-event results: its example must be stored, or no variation could show. */
    private void checkTheExampleIsAccepted(Operation operation) {
        byte[] body = WorkgateClient.json(seed(operation)).getBytes(StandardCharsets.UTF_8);
        BadCase example = new BadCase(Kind.NO_BODY, "the valid example", filledPath(operation), body, "application/json", false);
        Outcome outcome = send(operation, example, auth(operation, 0));
        if (outcome.status() != 200 || !hasEffect(operation, outcome)) {
            fail(operation.id(), "the valid example is not stored", describe(outcome));
        }
    }

    // ---------------------------------------------------------------- the corpus of one operation

    private List<BadCase> corpus(Operation operation) {
        List<BadCase> cases = new ArrayList<>();
        boolean listLike = operation.method().equals("GET") && operation.template().startsWith("/api/")
                && !operation.template().contains("{");
        if (!operation.hasBody() && operation.parameters().isEmpty() && !listLike) {
            return cases;
        }
        if (operation.template().startsWith("/health") || operation.id().equals("GET /v1/sessions")) {
            return cases;
        }
        String path = filledPath(operation);
        Map<String, String> validQuery = validQuery(operation);
        String pathAndQuery = path + BadInputCorpus.query(validQuery);
        if (operation.hasBody() && EVENT_PATHS.contains(operation.template().replaceAll("/basic$", ""))) {
            String twin = operation.template().endsWith("/basic") ? "basic-" : "";
            return withFreshEventIds(corpusOf(operation, path, validQuery, pathAndQuery, listLike), twin);
        }
        return corpusOf(operation, path, validQuery, pathAndQuery, listLike);
    }

    /**
     * Each event case gets an event id of its own (and the {@code /basic} twin ids of its own): a resubmitted id is
     * acknowledged as already stored (result 0) without being stored again, which would hide whether the changed
     * event itself was accepted.
     */
    private static List<BadCase> withFreshEventIds(List<BadCase> cases, String twin) {
        List<BadCase> fresh = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            BadCase badCase = cases.get(i);
            if (badCase.body() == null) {
                fresh.add(badCase);
                continue;
            }
            String text = new String(badCase.body(), StandardCharsets.UTF_8)
                    .replaceAll("\"eventId\":\"([ptov])-1\"", "\"eventId\":\"$1-case-" + twin + i + "\"");
            fresh.add(new BadCase(badCase.kind(), badCase.label(), badCase.pathAndQuery(), text.getBytes(StandardCharsets.UTF_8),
                    badCase.contentType(), badCase.chunked(), badCase.headers()));
        }
        return fresh;
    }

    /** TimeClock writes take form bodies as well as JSON (issue #13), so a form Content-Type is no bad case there. */
    private static boolean isFormBodyOfTimeClock(Operation operation, BadCase badCase) {
        return operation.template().startsWith("/api/") && badCase.kind() == Kind.CONTENT_TYPE
                && "application/x-www-form-urlencoded".equals(badCase.contentType());
    }

    private List<BadCase> corpusOf(Operation operation, String path, Map<String, String> validQuery, String pathAndQuery,
                                   boolean listLike) {
        List<BadCase> cases = new ArrayList<>();
        if (operation.hasBody()) {
            JsonNode seed = seed(operation);
            BadInputCorpus.framing(pathAndQuery, seed).stream().filter(c -> !isFormBodyOfTimeClock(operation, c)).forEach(cases::add);
            BadInputCorpus.fields(pathAndQuery, seed).stream().filter(c -> !namesAnUnknownKey(c)).forEach(cases::add);
            cases.addAll(BadInputCorpus.headers(pathAndQuery, WorkgateClient.json(seed).getBytes(StandardCharsets.UTF_8)));
        } else if (operation.method().equals("GET")) {
            cases.addAll(BadInputCorpus.headers(pathAndQuery, null));
        }
        for (Parameter parameter : operation.parameters("query")) {
            for (String value : BadInputCorpus.BAD_VALUES) {
                Map<String, String> query = new LinkedHashMap<>(validQuery);
                query.put(parameter.name(), value);
                cases.add(withBody(operation, Kind.HOSTILE_QUERY, parameter.name() + "=" + shorten(value),
                        path + BadInputCorpus.query(query)));
            }
            cases.add(withBody(operation, Kind.HOSTILE_QUERY, parameter.name() + " twice",
                    pathAndQuery + (validQuery.isEmpty() ? "?" : "&") + parameter.name() + "=1&" + parameter.name() + "=abc"));
        }
        if (operation.method().equals("GET") && (listLike || !operation.parameters("query").isEmpty())) {
            for (Map.Entry<String, String> hostile : BadInputCorpus.HOSTILE_QUERY) {
                Map<String, String> query = new LinkedHashMap<>(validQuery);
                query.put(hostile.getKey(), hostile.getValue());
                cases.add(BadInputCorpus.get(Kind.HOSTILE_QUERY, hostile.getKey() + "=" + shorten(hostile.getValue()),
                        path + BadInputCorpus.query(query)));
            }
            for (String attribute : FILTER_ATTRIBUTES.getOrDefault(operation.template(), List.of())) {
                for (String operator : BadInputCorpus.FILTER_OPERATORS) {
                    for (String value : BadInputCorpus.FILTER_VALUES) {
                        String name = "filter[" + attribute + "][" + operator + "]";
                        cases.add(BadInputCorpus.get(Kind.HOSTILE_FILTER, name + "=" + value,
                                path + BadInputCorpus.query(Map.of(name, value))));
                    }
                }
                for (String value : BadInputCorpus.FILTER_VALUES) {
                    cases.add(BadInputCorpus.get(Kind.HOSTILE_FILTER, "filter[" + attribute + "]=" + value,
                            path + BadInputCorpus.query(Map.of("filter[" + attribute + "]", value))));
                }
                cases.add(BadInputCorpus.get(Kind.HOSTILE_FILTER, "sort=-" + attribute + ",nosuch",
                        path + BadInputCorpus.query(Map.of("sort", "-" + attribute + ",nosuch"))));
            }
        }
        if (FORGED_SIGNATURE_TARGETS.contains(operation.id())) {
            cases.addAll(forgedSignatures(operation, pathAndQuery));
        }
        for (Parameter parameter : operation.parameters("path")) {
            for (String value : BadInputCorpus.BAD_PATH_VALUES) {
                String bad = filledPath(operation, parameter.name(), value) + BadInputCorpus.query(validQuery);
                cases.add(withBody(operation, Kind.HOSTILE_PATH, "{" + parameter.name() + "}=" + shorten(value), bad));
            }
        }
        return cases;
    }

    /**
     * Whether the case sends an API key id that no key has. Failures of unknown keys are throttled per client
     * address, and every test client shares 127.0.0.1: these few cases would block the unknown-key checks of the
     * integration tests that run after this one. Wrong types of the id are still sent (they fail before the look-up).
     */
    private static boolean namesAnUnknownKey(BadCase badCase) {
        return (badCase.label().startsWith("apiKey:") || badCase.label().startsWith("client_id:"))
                && Set.of(Kind.EMPTY, Kind.OVER_LONG_STRING, Kind.NUL_CHARACTER, Kind.UNKNOWN_VALUE).contains(badCase.kind());
    }

    /**
     * Signed headers that must fail (signed-headers.md): timestamps that are not times or not fresh, signed with the
     * right secret so that only the time is wrong, and tokens that are wrong. They use a key of their own (an ALL
     * key, so that a wrongly accepted one would show), whose failures block only itself.
     */
    private List<BadCase> forgedSignatures(Operation operation, String pathAndQuery) {
        byte[] body = operation.hasBody() ? WorkgateClient.json(seed(operation)).getBytes(StandardCharsets.UTF_8) : null;
        String type = body == null ? null : "application/json";
        List<BadCase> cases = new ArrayList<>();
        for (String timestamp : List.of("garbage", " ", "+99999-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                "99999999999999999999", "-1", "1e10", "Sat, 99 Feb 2023 12:00:00 GMT", "2026-13-01T00:00:00Z",
                "2026-11-30T12:00:00+25:00", "1".repeat(5000), "9223372036854775807", "2020-01-01T00:00:00Z")) {
            cases.add(new BadCase(Kind.FORGED_SIGNATURE, "API-Timestamp " + shorten(timestamp), pathAndQuery, body, type, false,
                    SignedHeaders.of(tenant.accountName(), signingKey, signingSecret, timestamp)));
        }
        String now = DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Map<String, String> valid = SignedHeaders.of(tenant.accountName(), signingKey, signingSecret, now);
        for (Map.Entry<String, String> token : List.of(Map.entry("wrong token", "0".repeat(64)),
                Map.entry("empty token", " "), Map.entry("token of 10,000 characters", "a".repeat(10_000)),
                Map.entry("token with a non-hex character", valid.get("API-Token").substring(1) + "z"))) {
            Map<String, String> headers = new LinkedHashMap<>(valid);
            headers.put("API-Token", token.getValue());
            cases.add(new BadCase(Kind.FORGED_SIGNATURE, token.getKey(), pathAndQuery, body, type, false, headers));
        }
        Map<String, String> noTimestamp = new LinkedHashMap<>(valid);
        noTimestamp.remove("API-Timestamp");
        cases.add(new BadCase(Kind.FORGED_SIGNATURE, "no API-Timestamp", pathAndQuery, body, type, false, noTimestamp));
        Map<String, String> noToken = new LinkedHashMap<>(valid);
        noToken.remove("API-Token");
        cases.add(new BadCase(Kind.FORGED_SIGNATURE, "no API-Token", pathAndQuery, body, type, false, noToken));
        return cases;
    }

    /** A case on the query or path, with the operation's valid example body when it takes one. */
    private BadCase withBody(Operation operation, Kind kind, String label, String pathAndQuery) {
        if (!operation.hasBody()) {
            return BadInputCorpus.get(kind, label, pathAndQuery);
        }
        return new BadCase(kind, label, pathAndQuery, WorkgateClient.json(seed(operation)).getBytes(StandardCharsets.UTF_8),
                "application/json", false);
    }

    private static String shorten(String value) {
        String printable = value.replace("\u0000", "\\u0000");
        return printable.length() > 40 ? printable.substring(0, 12) + "...(" + printable.length() + " chars)" : printable;
    }

    /** The template with real rows of the tenant, so that a body reaches validation rather than a 404. */
    private static String filledPath(Operation operation) {
        return filledPath(operation, null, null);
    }

    private static String filledPath(Operation operation, String replacedName, String replacedValue) {
        String template = operation.template();
        StringBuilder path = new StringBuilder();
        int at = 0;
        while (true) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                return path.append(template.substring(at)).toString();
            }
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            path.append(template, at, open)
                    .append(name.equals(replacedName) ? replacedValue : BadInputCorpus.encode(realId(template, name)));
            at = close + 1;
        }
    }

    private static String realId(String template, String name) {
        return switch (name) {
            case "userId" -> String.valueOf(otherUserId);
            case "apiKey" -> rotatedKey;
            case "locationId" -> OTHER_OFFICE + "-LON";
            case "day" -> "2027-01-04";
            case "name" -> "User";
            case "id" -> template.startsWith("/scim/v2/Users") ? scimUserId
                    : template.startsWith("/scim/v2/Groups") ? scimGroupId
                    : template.startsWith("/scim/v2/Schemas") ? "urn:ietf:params:scim:schemas:core:2.0:User"
                    : template.startsWith("/api/sessions") ? String.valueOf(sessionId)
                    : template.contains("off-times") ? String.valueOf(offTimeId) : String.valueOf(projectId);
            default -> "1";
        };
    }

    private static Map<String, String> validQuery(Operation operation) {
        Map<String, String> query = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters("query")) {
            String value = switch (parameter.name()) {
                case "startDate" -> "2026-11-01";
                case "endDate" -> "2026-11-07";
                case "locationId", "locationIds" -> OFFICE + "-LON";
                case "userIds" -> String.valueOf(me.userId());
                case "limit" -> "10";
                case "from" -> "0";
                case "to" -> "2000000000";
                case "country" -> "PL";
                default -> null;
            };
            if (value != null) {
                query.put(parameter.name(), value);
            }
        }
        return query;
    }

    // ---------------------------------------------------------------- valid example bodies

    private static long at(String day, int hour) {
        return LocalDate.parse(day).atTime(hour, 0).toEpochSecond(ZoneOffset.UTC);
    }

    private static Map<String, Object> scimUserSeed(String userName) {
        return Map.of("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:User",
                        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
                "userName", userName, "name", Map.of("givenName", "Fuzz", "familyName", "Scim"), "active", true,
                "emails", List.of(Map.of("value", userName, "type", "work", "primary", true)),
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", Map.of("department", "Fuzz", "costCenter", "1"));
    }

    private static Map<String, Object> scimGroupSeed(String displayName) {
        return Map.of("schemas", List.of("urn:ietf:params:scim:schemas:core:2.0:Group"), "displayName", displayName,
                "members", List.of(Map.of("value", String.valueOf(otherUserId))));
    }

    private static Map<String, Object> sessionSeed() {
        return Map.of("clockIn", at("2026-06-01", 8), "clockOut", at("2026-06-01", 9), "note", "fuzz", "projectId", 0);
    }

    /** A valid body of the operation: from the contract where the description has no fields, else from its schema. */
    private JsonNode seed(Operation operation) {
        String email = "fuzz-clock@example.com";
        String timestamp = "2026-11-23T08:59:12Z";
        Object seed = operation.template().startsWith("/scim/") && operation.method().equals("PATCH")
                ? Map.of("schemas", List.of("urn:ietf:params:scim:api:messages:2.0:PatchOp"), "Operations",
                        List.of(operation.template().startsWith("/scim/v2/Users")
                                ? Map.<String, Object>of("op", "replace", "path", "active", "value", true)
                                : Map.<String, Object>of("op", "replace", "path", "displayName", "value", "Fuzz SCIM group")))
                : switch (operation.template().replaceAll("/basic$", "")) {
            case "/scim/v2/Users" -> scimUserSeed("fuzz-scim-new@example.com");
            case "/scim/v2/Users/{id}" -> scimUserSeed("fuzz-scim@example.com");
            case "/scim/v2/Groups" -> scimGroupSeed("Fuzz SCIM new group");
            case "/scim/v2/Groups/{id}" -> scimGroupSeed("Fuzz SCIM group");
            case "/v1/auth" -> Map.of("apiKey", sparringKey, "timestamp", Instant.now().getEpochSecond(), "hash", "0".repeat(64));
            case "/v1/auth/token" -> Map.of("client_id", sparringKey, "client_secret", "not-the-secret",
                    "grant_type", "client_credentials");
            case "/v1/admin/organizations" -> Map.of("name", "Fuzz org", "accountName", "fuzz-" + Instant.now().toEpochMilli(),
                    "country", "PL", "timeZone", "Europe/Warsaw");
            case "/v1/admin/keys" -> Map.of("name", "fuzz key", "role", "EVENTS", "authentication", "HMAC_ONLY");
            case "/v1/admin/keys/{apiKey}/rotate" -> Map.of("overlapSeconds", 60);
            case "/v1/admin/users", "/v1/admin/users/{userId}" -> Map.of("email",
                    operation.method().equals("POST") ? "fuzz-new@example.com" : "fuzz-directory@example.com",
                    "firstName", "Fuzz", "lastName", "Directory", "userName", "fuzz", "phone", "+48 123 456 789",
                    "status", "active", "primaryLocationId", OFFICE + "-LON", "primaryGroupId", "group-1",
                    "weeklyPlan", Map.of("mon", "o", "tue", "r", "wed", "o", "thu", "o", "fri", "r", "sat", "a", "sun", "a"));
            case "/v1/admin/locations/{locationId}" -> Workplace.office(OTHER_OFFICE, true);
            case "/v1/admin/bookings" -> Map.of("userId", me.userId(), "day", "2027-01-05", "locationId", OFFICE + "-LON",
                    "zoneId", OFFICE + "-Z1", "placeId", OFFICE + "-D1");
            case "/v1/admin/users/{userId}/plans/{day}" -> Map.of("plan", "o");
            case "/v1/admin/projects", "/v1/admin/projects/{id}" -> Map.of("name", "Fuzz project", "color", "#1f77b4",
                    "assigneeIds", List.of(me.userId()), "status", "active");
            case "/v1/presence" -> Map.of("sourceId", "fuzz", "presenceEvents", List.of(Map.of("eventId", "p-1",
                    "timestamp", timestamp, "locationId", OFFICE + "-L3", "locationType", "level", "sourceUserId", "badge-1",
                    "userEmail", email)));
            case "/v1/occupancy" -> Map.of("sourceId", "fuzz", "occupancyEvents", List.of(Map.of("eventId", "o-1",
                    "timestamp", timestamp, "locationId", OFFICE + "-D1", "locationType", "place", "occupied", true,
                    "occupancy", 1)));
            case "/v1/visitor-arrival" -> Map.of("sourceId", "fuzz", "visitorArrivals", List.of(Map.of("eventId", "v-1",
                    "timestamp", timestamp, "locationId", OFFICE + "-LON", "locationType", "location", "visitorName", "Guest",
                    "visitorEmail", "guest@example.com", "hostEmail", email, "company", "Acme")));
            case "/v1/timeoff" -> Map.of("timeOffEvents", List.of(Map.of("eventId", "t-1", "email", email,
                    "eventType", "scheduled", "startDate", "2027-02-01", "endDate", "2027-02-02", "timeOffType", "holiday")));
            case "/v1/access-credentials" -> Map.of("data", List.of(Map.of("username", email, "updateId", "u-1",
                    "credentials", List.of(Map.of("active", true, "cardNumber", "FZ-CARD-1", "facilityCode", "F1",
                            "scanData", List.of("scan"), "credentialType", "badge")))));
            case "/api/sessions", "/api/sessions/{id}" -> sessionSeed();
            case "/api/off-times", "/api/off-times/{id}" -> Map.of("startAt", "2027-04-01", "endAt", "2027-04-02",
                    "note", "fuzz", "type", 0);
            case "/api/holidays/fetch" -> Map.of("year", 2027, "country", "PL");
            case "/api/profile" -> Map.of("name", "Fuzz Clock", "phone", "123", "projectId", 0);
            case "/api/key", "/api/key/grant" -> Map.of("pin", me.userId() + "000");
            case "/api/terminal/clock" -> Map.of("cardNumber", "NO-SUCH-CARD");
            default -> null;
        };
        if (seed != null) {
            return WorkgateClient.JSON.valueToTree(seed);
        }
        System.out.println("GeneratedBadInputIT: no example body for " + operation.id() + "; made one from its schema");
        return fromSchema(operation.bodySchema());
    }

    private static JsonNode fromSchema(JsonNode schema) {
        ObjectNode body = WorkgateClient.JSON.createObjectNode();
        if (schema == null) {
            return body;
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode type = property.getValue();
            if (type.has("enum")) {
                body.set(property.getKey(), type.get("enum").get(0));
                return;
            }
            switch (type.path("type").asText("string")) {
                case "integer" -> body.put(property.getKey(), 1);
                case "number" -> body.put(property.getKey(), 1.5);
                case "boolean" -> body.put(property.getKey(), true);
                case "array" -> body.putArray(property.getKey()).add("x");
                case "object" -> body.putObject(property.getKey()).put("x", "x");
                default -> body.put(property.getKey(), "x");
            }
        });
        return body;
    }

    // ---------------------------------------------------------------- running and judging

    private static Auth auth(Operation operation, BadCase badCase, int index) {
        return badCase.kind() == Kind.FORGED_SIGNATURE ? Auth.FORGED_SIGNATURE : auth(operation, index);
    }

    private static Auth auth(Operation operation, int index) {
        String template = operation.template();
        if (PUBLIC.contains(operation.id())) {
            return Auth.NONE;
        }
        if (template.startsWith("/api/terminal") || template.startsWith("/scim/")) {
            return Auth.BEARER;
        }
        if (template.startsWith("/api/")) {
            return Auth.TIMECLOCK;
        }
        if (template.endsWith("/basic")) {
            return Auth.BASIC;
        }
        if (template.startsWith("/v1/admin/organizations")) {
            return Auth.SYSTEM_BEARER;
        }
        if (template.startsWith("/v1/sessions")) {
            return Auth.SIGNED;
        }
        return index % 2 == 0 ? Auth.BEARER : Auth.SIGNED;
    }

    private static ErrorFormats family(Operation operation) {
        String template = operation.template();
        if (template.startsWith("/api/") || template.equals("/api")) {
            return ErrorFormats.TIMECLOCK;
        }
        if (template.equals("/v1/auth/token")) {
            return ErrorFormats.OAUTH;
        }
        if (template.equals("/v1/auth")) {
            return ErrorFormats.HMAC_EXCHANGE;
        }
        if (template.startsWith("/scim/")) {
            return ErrorFormats.SCIM;
        }
        return ErrorFormats.CALVEN;
    }

    private void run(Operation operation, List<BadCase> cases, TenantRows rows) throws Exception {
        Map<String, Long> before = rows.snapshot();
        List<Outcome> outcomes = new ArrayList<>();
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            BadCase badCase = cases.get(i);
            Auth auth = auth(operation, badCase, i);
            if (ONE_AT_A_TIME.contains(operation.template()) || auth == Auth.FORGED_SIGNATURE) {
                outcomes.add(send(operation, badCase, auth));
            } else {
                futures.add(pool.submit(() -> send(operation, badCase, auth)));
            }
        }
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get());
        }
        casesRun.addAndGet(cases.size());
        List<BadCase> refused = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            casesByKind.merge(outcome.badCase().kind(), 1, Integer::sum);
            if (!judge(operation, outcome)) {
                refused.add(outcome.badCase());
            }
        }
        Map<String, Long> after = rows.snapshot();
        if (!TenantRows.difference(before, after).isEmpty()) {
            recheckOneByOne(operation, refused, rows);
        }
    }

    /**
     * Rows changed while the operation's variations ran in parallel: each refused one is sent again alone, to see
     * whether it stores anything (the accepted ones may).
     */
    private void recheckOneByOne(Operation operation, List<BadCase> refused, TenantRows rows) throws Exception {
        for (int i = 0; i < refused.size(); i++) {
            BadCase badCase = refused.get(i);
            Map<String, Long> before = rows.snapshot();
            Outcome outcome = send(operation, badCase, auth(operation, badCase, i));
            if (outcome.status() >= 400) {
                String changed = TenantRows.difference(before, rows.snapshot());
                if (!changed.isEmpty()) {
                    fail(operation, "stored although refused", describe(outcome) + " rows changed: " + changed);
                }
            } else if (outcome.status() >= 200 && outcome.status() < 300 && !hasEffect(operation, outcome)) {
                // a batch whose every item failed: a replacing batch (access cards) may drop rows, never add any
                String added = TenantRows.added(before, rows.snapshot());
                if (!added.isEmpty()) {
                    fail(operation, "stored although every item failed", describe(outcome) + " rows added: " + added);
                }
            }
        }
    }

    /** Records what is wrong with the answer; returns whether the request was accepted with an effect. */
    private boolean judge(Operation operation, Outcome outcome) {
        BadCase badCase = outcome.badCase();
        if (outcome.transportError() != null) {
            fail(operation, "no HTTP answer", describe(outcome));
            return false;
        }
        if (outcome.contractProblem() != null) {
            fail(operation, "not as the OpenAPI document says", outcome.contractProblem());
        }
        int status = outcome.status();
        if (status >= 500) {
            fail(operation, "5xx (" + badCase.kind() + ")", describe(outcome));
            return false;
        }
        if (outcome.auth() == Auth.FORGED_SIGNATURE) {
            String problem = status >= 200 && status < 300 ? "accepted"
                    : ErrorFormats.SIGNED_HEADERS.check(status, outcome.contentType(), outcome.text(), outcome.json());
            if (problem != null) {
                fail(operation, "forged signed headers: " + problem, describe(outcome));
            }
            return false;
        }
        if (status >= 400) {
            if ((status == 401 || status == 403) && outcome.auth() != Auth.NONE) {
                fail(operation, "credentials refused, validation not reached", describe(outcome));
            } else if (!operation.method().equals("HEAD")) {
                String problem = family(operation).check(status, outcome.contentType(), outcome.text(), outcome.json());
                if (problem != null) {
                    fail(operation, "error not in the " + family(operation) + " format (" + problem + ")", describe(outcome));
                }
            }
            return false;
        }
        boolean effect = hasEffect(operation, outcome);
        if (effect) {
            acceptedByOperation.merge(operation.id(), 1, Integer::sum);
            if (mustBeRefused(operation, badCase)) {
                fail(operation, "accepted (" + badCase.kind() + ")", describe(outcome));
            }
        }
        return effect;
    }

    /** Whether a 2xx answer did something: every non-read does, an event batch only if an event was stored. */
    private static boolean hasEffect(Operation operation, Outcome outcome) {
        if (operation.method().equals("GET") || operation.method().equals("HEAD")) {
            return false;
        }
        String template = operation.template().replaceAll("/basic$", "");
        if (!EVENT_PATHS.contains(template) || outcome.json() == null) {
            return true;
        }
        JsonNode results = outcome.json().isArray() ? outcome.json() : outcome.json().path("results");
        for (JsonNode result : results) {
            if (result.path("resultCode").asInt(-1) == 0 || Set.of("OK", "PARTIAL_UPDATE").contains(result.path("result").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Variations no contract allows: broken framing anywhere, impossible dates anywhere, wrong event fields. */
    private static boolean mustBeRefused(Operation operation, BadCase badCase) {
        if (BadInputCorpus.STRUCTURAL.contains(badCase.kind()) || badCase.kind() == Kind.OUT_OF_RANGE_DATE) {
            return true;
        }
        if (!EVENT_PATHS.contains(operation.template().replaceAll("/basic$", ""))) {
            return false;
        }
        String field = badCase.label().contains(":") ? badCase.label().substring(0, badCase.label().indexOf(':'))
                : badCase.label().replace(" left out", "");
        String last = field.replaceAll("\\[\\d+]$", "").replaceAll(".*\\.", "");
        boolean optional = OPTIONAL_EVENT_FIELDS.contains(last);
        return switch (badCase.kind()) {
            case WRONG_TYPE, INVALID_DATE -> true;
            case NULL, MISSING_FIELD -> !optional;
            case TOO_MANY_ITEMS -> !field.contains(".") && !field.contains("[");
            default -> false;
        };
    }

    private Outcome send(Operation operation, BadCase badCase, Auth auth) {
        HttpRequest.BodyPublisher body = badCase.body() == null ? HttpRequest.BodyPublishers.noBody()
                : badCase.chunked() ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(badCase.body()))
                : HttpRequest.BodyPublishers.ofByteArray(badCase.body());
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + badCase.pathAndQuery()))
                    .timeout(Duration.ofSeconds(60)).method(operation.method(), body).header("Accept", "application/json");
            if (badCase.contentType() != null) {
                request.header("Content-Type", badCase.contentType());
            }
            credentials(auth).forEach(request::header);
            badCase.headers().forEach(request::setHeader);
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = response.body() == null || response.body().isBlank() ? null : WorkgateClient.JSON.readTree(response.body());
            } catch (IOException notJson) {
                // judged as "body is not JSON"
            }
            String contractProblem = ResponseContract.problem(baseUrl(), operation.method(), badCase.pathAndQuery(),
                    response.statusCode(), response.headers(), response.body());
            return new Outcome(badCase, auth, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), json, null, contractProblem);
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(badCase, auth, -1, null, null, null, e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(badCase, auth, -1, null, null, null, e.toString(), null);
        }
    }

    private static String baseUrl() {
        return System.getProperty("workgate.base-url", "http://127.0.0.1:8080");
    }

    private static Map<String, String> credentials(Auth auth) {
        return switch (auth) {
            case NONE -> Map.of();
            case BEARER -> Map.of("Authorization", "Bearer " + tenant.token());
            case SYSTEM_BEARER -> Map.of("Authorization", "Bearer " + systemToken);
            case SIGNED -> SignedHeaders.of(tenant.accountName(), tenant.adminKey(), tenant.adminSecret(),
                    DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            case BASIC -> Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (tenant.adminKey() + ":" + tenant.adminSecret()).getBytes(StandardCharsets.UTF_8)));
            case TIMECLOCK -> Map.of("Authorization", me.bearer());
            case FORGED_SIGNATURE -> Map.of();
        };
    }

    // ---------------------------------------------------------------- the report

    private void fail(Operation operation, String kind, String line) {
        fail(operation.id(), kind, line);
    }

    private synchronized void fail(String operation, String kind, String line) {
        failures.computeIfAbsent(operation, k -> new TreeMap<>()).computeIfAbsent(kind, k -> new ArrayList<>()).add(line);
    }

    private static String describe(Outcome outcome) {
        String answer = outcome.transportError() != null ? outcome.transportError()
                : outcome.status() + " " + (outcome.text() == null ? "" : outcome.text().replaceAll("\\s+", " "));
        if (answer.length() > 220) {
            answer = answer.substring(0, 220) + "...";
        }
        String target = outcome.badCase().pathAndQuery();
        if (target.length() > 100) {
            target = target.substring(0, 100) + "...";
        }
        return "[" + outcome.auth() + "] " + outcome.badCase().label() + " (" + target + ") -> " + answer;
    }

    private String report() {
        StringBuilder report = new StringBuilder();
        int total = failures.values().stream().flatMap(kinds -> kinds.values().stream()).mapToInt(List::size).sum();
        report.append(total).append(" of ").append(casesRun.get()).append(" bad-input cases failed, in ")
                .append(failures.size()).append(" operations:\n");
        failures.forEach((operation, kinds) -> {
            report.append(operation).append('\n');
            kinds.forEach((kind, lines) -> {
                report.append("  ").append(kind).append(": ").append(lines.size()).append('\n');
                lines.stream().limit(6).forEach(line -> report.append("    ").append(line).append('\n'));
                if (lines.size() > 6) {
                    report.append("    ... and ").append(lines.size() - 6).append(" more\n");
                }
            });
        });
        return report.toString();
    }
}
