package com.workgate.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.client.WarehouseApi.AttendanceRow;
import com.workgate.client.WarehouseApi.UserRow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Warehouse rows are parsed while they arrive and pages are followed by their Link header. */
class RowStreamTest {

    private final FakeServer server;

    RowStreamTest() throws IOException {
        server = new FakeServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WorkgateApi api() {
        return WorkgateApi.builder(server.uri()).signedHeaders("acme", "key", "secret").build();
    }

    private static String user(long id) {
        return "{\"userId\":\"" + id + "\",\"email\":\"u" + id + "@example.com\",\"status\":\"active\"}";
    }

    @Test
    void theFirstRowIsReadBeforeTheServerHasSentTheRest() throws Exception {
        CountDownLatch firstRowRead = new CountDownLatch(1);
        AtomicBoolean clientReadFirstRowEarly = new AtomicBoolean();
        server.on("/v1/analytics/user-booking-attendance", (exchange, request) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(("[{\"userId\":1,\"day\":\"2026-11-02T00:00:00Z\",\"plan\":\"o\",\"attendanceType\":\"walkIn\","
                        + "\"unknownFutureField\":true}").getBytes(StandardCharsets.UTF_8));
                out.flush();
                clientReadFirstRowEarly.set(firstRowRead.await(20, TimeUnit.SECONDS));
                StringBuilder rest = new StringBuilder();
                for (int i = 2; i <= 20_000; i++) {
                    rest.append(",{\"userId\":").append(i).append(",\"day\":\"2026-11-02T00:00:00Z\",\"plan\":\"r\"}");
                }
                out.write((rest + "]").getBytes(StandardCharsets.UTF_8));
            }
        });
        try (WorkgateApi api = api();
             RowStream<AttendanceRow> rows = api.warehouse().attendance(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3), null)) {
            AttendanceRow first = rows.next();
            firstRowRead.countDown();
            assertEquals("1", first.userId(), "a number where the wire has a string is still read");
            assertEquals("walkIn", first.attendanceType());
            long count = 1 + rows.stream().count();
            assertEquals(20_000, count);
        }
        assertTrue(clientReadFirstRowEarly.get(), "the client waited for the whole body before giving the first row");
        assertEquals("/v1/analytics/user-booking-attendance?startDate=2026-11-02&endDate=2026-11-03",
                server.to("/v1/analytics").get(0).pathAndQuery());
    }

    @Test
    void pagesAreFollowedThroughTheLinkHeader() {
        server.on("/v1/analytics/users", (exchange, request) -> {
            if (request.pathAndQuery().contains("cursor=")) {
                FakeServer.json(exchange, 200, "[" + user(3) + "]");
            } else {
                FakeServer.json(exchange, 200, "[" + user(1) + "," + user(2) + "]", Map.of("Link",
                        "<" + server.uri() + "/v1/analytics/users?limit=2&cursor=abc>; rel=\"next\""));
            }
        });
        List<String> ids = new ArrayList<>();
        try (WorkgateApi api = api(); RowStream<UserRow> rows = api.warehouse().pagedBy(2).users()) {
            rows.forEachRemaining(row -> ids.add(row.userId()));
            assertEquals(2, rows.pages());
        }
        assertEquals(List.of("1", "2", "3"), ids);
        assertEquals(List.of("/v1/analytics/users?limit=2", "/v1/analytics/users?limit=2&cursor=abc"),
                server.to("/v1/analytics/users").stream().map(FakeServer.Received::pathAndQuery).toList());
        assertTrue(server.to("/v1/analytics/users").get(1).header("API-Token") != null, "the next page is signed too");
    }

    @Test
    void aRefusedReadIsThrownWhenItIsAsked() {
        server.on("/v1/analytics/presence", (exchange, request) -> FakeServer.json(exchange, 400,
                "{\"status\":400,\"message\":\"A date range may span at most 30 days\"}"));
        try (WorkgateApi api = api()) {
            WorkgateApiException error = assertThrows(WorkgateApiException.class,
                    () -> api.warehouse().presence(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), null, null));
            assertEquals("A date range may span at most 30 days", error.serverMessage());
        }
    }
}
