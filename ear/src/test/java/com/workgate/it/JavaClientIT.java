package com.workgate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.client.AdminApi;
import com.workgate.client.EventsApi;
import com.workgate.client.EventsApi.LocationType;
import com.workgate.client.EventsApi.PresenceEvent;
import com.workgate.client.RowStream;
import com.workgate.client.TimeClockApi;
import com.workgate.client.WarehouseApi.AttendanceRow;
import com.workgate.client.WarehouseApi.PresenceRow;
import com.workgate.client.WorkgateApi;
import com.workgate.client.WorkgateApiException;
import com.workgate.it.support.DeployedEar;
import com.workgate.it.support.Tenant;
import com.workgate.it.support.Workplace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java client ({@code client-module}) against the real server, from a plain JVM with RESTEasy's client:
 * cached tokens, event batches, streamed warehouse reads, signed headers, the TimeClock API and error bodies.
 */
class JavaClientIT extends DeployedEar {

    private static final String BASE = System.getProperty("workgate.base-url", "http://127.0.0.1:8080");
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    private static Tenant tenant;
    private static String prefix;
    private static WorkgateApi admin;

    @BeforeAll
    static void setUp() {
        tenant = Tenant.create(client);
        prefix = "J" + UUID.randomUUID().toString().substring(0, 6);
        admin = WorkgateApi.builder(BASE).hmac(tenant.adminKey(), tenant.adminSecret()).build();
        admin.admin().putLocation(prefix + "-LON", Workplace.office(prefix, true));
    }

    @AfterAll
    static void tearDown() {
        if (admin != null) {
            admin.close();
        }
    }

    private static long officeWorker(String name) {
        Map<String, String> alwaysOffice = Map.of("mon", "o", "tue", "o", "wed", "o", "thu", "o", "fri", "o", "sat", "o", "sun", "o");
        return admin.admin().createUser(new AdminApi.NewUser(name + "-" + prefix + "@example.com", name, "Tester", name, null,
                "active", prefix + "-LON", "G1", alwaysOffice)).userId();
    }

    @Test
    void oneTokenServesAHundredCalls() {
        try (WorkgateApi api = WorkgateApi.builder(BASE).hmac(tenant.adminKey(), tenant.adminSecret()).build()) {
            for (int i = 0; i < 100; i++) {
                api.admin().keys();
            }
            assertEquals(1, api.tokens().fetches());
        }
    }

    @Test
    void clientCredentialsTokensWorkAndAWrongSecretCarriesTheOauthError() {
        AdminApi.CreatedKey key = admin.admin().createKey("client credentials", "ALL", "BASIC_AND_HMAC");
        try (WorkgateApi api = WorkgateApi.builder(BASE).clientCredentials(key.apiKey(), key.secret()).build()) {
            assertTrue(api.admin().keys().stream().anyMatch(listed -> listed.apiKey().equalsIgnoreCase(key.apiKey())));
            assertEquals(1, api.tokens().fetches());
        }
        try (WorkgateApi wrong = WorkgateApi.builder(BASE).clientCredentials(key.apiKey(), "wrong").build()) {
            WorkgateApiException refused = assertThrows(WorkgateApiException.class, () -> wrong.admin().keys());
            assertEquals(401, refused.status());
            assertEquals("invalid_client", refused.code());
        }
    }

    @Test
    void aBatchOfEventsIsStoredOnceAndStreamsBackFromTheWarehouse() {
        long ada = officeWorker("ada");
        long bob = officeWorker("bob");
        AdminApi.CreatedKey eventsKey = admin.admin().createKey("badges", "EVENTS", "HMAC_ONLY");
        AdminApi.CreatedKey warehouseKey = admin.admin().createKey("bi", "WAREHOUSE", "HMAC_ONLY");
        List<PresenceEvent> events = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Instant at = MONDAY.atTime(8, 0).plusMinutes(i).toInstant(ZoneOffset.UTC);
            events.add(PresenceEvent.byUserId(prefix + "-e" + i, at, prefix + "-D1", LocationType.PLACE, ada));
        }
        try (WorkgateApi api = WorkgateApi.builder(BASE).hmac(eventsKey.apiKey(), eventsKey.secret()).build()) {
            EventsApi.BatchResult first = api.events().presence("turnstiles", events);
            assertEquals(150, first.results().size(), "150 events go as two requests of at most 100");
            assertTrue(first.allSucceeded(), first.toString());
            assertEquals(prefix + "-e149", first.results().get(149).eventId());
            assertTrue(api.events().presence("turnstiles", events).allSucceeded(), "a repeated batch is acknowledged");
            assertEquals(1, api.tokens().fetches());
        }
        try (WorkgateApi api = WorkgateApi.builder(BASE).hmac(warehouseKey.apiKey(), warehouseKey.secret()).build()) {
            Set<String> eventIds = new HashSet<>();
            int rows = 0;
            try (RowStream<PresenceRow> presence = api.warehouse().pagedBy(40)
                    .presence(MONDAY, MONDAY, null, List.of(ada))) {
                while (presence.hasNext()) {
                    eventIds.add(presence.next().eventId());
                    rows++;
                }
                assertEquals(4, presence.pages(), "150 rows in pages of 40");
            }
            assertEquals(150, rows, "each event stored once although sent twice");
            assertEquals(150, eventIds.size());

            List<String> attendance = new ArrayList<>();
            try (RowStream<AttendanceRow> stream = api.warehouse().attendance(MONDAY, MONDAY.plusDays(1), prefix + "-LON")) {
                stream.stream().filter(row -> row.userId().equals(String.valueOf(ada)) || row.userId().equals(String.valueOf(bob)))
                        .forEach(row -> attendance.add((row.userId().equals(String.valueOf(ada)) ? "ada" : "bob") + " " + row.day() + " "
                                + row.attendanceType()));
            }
            assertEquals(List.of(
                    "ada 2026-10-05T00:00:00Z confirmed", "ada 2026-10-06T00:00:00Z noShow",
                    "bob 2026-10-05T00:00:00Z noShow", "bob 2026-10-06T00:00:00Z noShow"), attendance);

            WorkgateApiException tooLong = assertThrows(WorkgateApiException.class,
                    () -> api.warehouse().attendance(MONDAY, MONDAY.plusDays(40), null));
            assertEquals(400, tooLong.status());
            assertTrue(tooLong.serverMessage() != null && !tooLong.serverMessage().isBlank(), tooLong.body());
        }
    }

    @Test
    void signedHeadersNeedNoTokenAndABadSecretIsRefusedWithTheServersCode() {
        try (WorkgateApi api = WorkgateApi.builder(BASE).signedHeaders(tenant.accountName(), tenant.adminKey(),
                tenant.adminSecret()).build()) {
            assertNull(api.tokens());
            long carol = api.admin().createUser(AdminApi.NewUser.of("carol-" + prefix + "@example.com", "Carol", "Tester")).userId();
            assertEquals("Carol", api.admin().user(carol).firstName());
        }
        try (WorkgateApi wrong = WorkgateApi.builder(BASE).signedHeaders(tenant.accountName(), tenant.adminKey(), "wrong").build()) {
            WorkgateApiException refused = assertThrows(WorkgateApiException.class, () -> wrong.admin().users());
            assertEquals(403, refused.status());
            assertEquals("Invalid API Token", refused.code());
        }
    }

    @Test
    void adminErrorsCarryTheFieldAtFault() {
        String email = "dup-" + prefix + "@example.com";
        admin.admin().createUser(AdminApi.NewUser.of(email, "Dup", "Tester"));
        WorkgateApiException duplicate = assertThrows(WorkgateApiException.class,
                () -> admin.admin().createUser(AdminApi.NewUser.of(email, "Dup", "Again")));
        assertTrue(duplicate.status() == 400 || duplicate.status() == 409, duplicate.toString());
        assertTrue(duplicate.serverMessage() != null, duplicate.body());
    }

    @Test
    void theTimeClockClientClocksASessionAndReadsItBack() {
        long dora = officeWorker("dora");
        AdminApi.TimeClockKey key = admin.admin().grantTimeClockKey(dora);
        try (TimeClockApi timeClock = TimeClockApi.of(BASE, dora, key.apiKey())) {
            assertEquals("dora-" + prefix + "@example.com", timeClock.profile().email());
            long clockIn = MONDAY.atTime(9, 0).toEpochSecond(ZoneOffset.UTC);
            TimeClockApi.Session session = timeClock.createSession(clockIn, clockIn + 3600, "from the Java client");
            assertEquals(dora, session.userId());
            assertEquals(List.of(session.id()), timeClock.sessions(1, 20).stream().map(TimeClockApi.Session::id).toList());

            WorkgateApiException invalid = assertThrows(WorkgateApiException.class,
                    () -> timeClock.createSession(clockIn + 7200, clockIn + 3600, null));
            assertEquals(422, invalid.status());
            assertEquals("clockOut", invalid.fieldErrors().get(0).field());
        }
        try (TimeClockApi wrongKey = TimeClockApi.of(BASE, dora, "not-the-key")) {
            WorkgateApiException refused = assertThrows(WorkgateApiException.class, wrongKey::profile);
            assertEquals(403, refused.status());
            assertEquals("Invalid token provided", refused.serverMessage());
        }
    }
}
