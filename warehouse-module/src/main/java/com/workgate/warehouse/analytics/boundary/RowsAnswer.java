package com.workgate.warehouse.analytics.boundary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.workgate.auth.platform.boundary.JacksonConfiguration;
import com.workgate.auth.platform.control.WorkgateMetrics;
import com.workgate.warehouse.analytics.control.Paging;
import com.workgate.warehouse.analytics.control.RowSink;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A warehouse answer as a plain JSON array. Without {@code limit} the rows stream straight from the database to
 * the client; with it, one page is gathered (at most {@code limit + 1} rows, to learn whether another follows) and
 * a {@code Link: <...>; rel="next"} header carries the cursor.
 */
final class RowsAnswer {

    /** Rows go out in the stream's own buffer-sized chunks, not one flush (and one HTTP chunk) per row. */
    private static final ObjectWriter ROW_WRITER = JacksonConfiguration.MAPPER.writer()
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    interface Query {
        void run(RowSink sink) throws IOException;
    }

    private RowsAnswer() {
    }

    /** Counts the rows it answers in {@code metrics}, under the report named by the path after {@code analytics/}. */
    static Response of(WorkgateMetrics metrics, Paging paging, UriInfo uri, Query query) throws IOException {
        String report = report(uri);
        if (!paging.paged()) {
            StreamingOutput stream = output -> {
                long[] rows = {0};
                try (JsonGenerator json = JacksonConfiguration.MAPPER.createGenerator(output)) {
                    json.writeStartArray();
                    query.run((key, row) -> {
                        ROW_WRITER.writeValue(json, row);
                        rows[0]++;
                        return true;
                    });
                    json.writeEndArray();
                } finally {
                    metrics.warehouseRowsStreamed(report, rows[0]);
                }
            };
            return Response.ok(stream, MediaType.APPLICATION_JSON_TYPE).build();
        }
        List<Map<String, Object>> page = new ArrayList<>();
        String[] lastKey = {null};
        boolean[] hasMore = {false};
        query.run((key, row) -> {
            if (page.size() == paging.limit()) {
                hasMore[0] = true;
                return false;
            }
            page.add(row);
            lastKey[0] = key;
            return true;
        });
        metrics.warehouseRowsStreamed(report, page.size());
        Response.ResponseBuilder answer = Response.ok(page, MediaType.APPLICATION_JSON_TYPE);
        if (hasMore[0]) {
            String next = uri.getRequestUriBuilder()
                    .replaceQueryParam("cursor", Paging.cursorFor(lastKey[0]))
                    .replaceQueryParam("limit", paging.limit())
                    .build().toString();
            answer.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return answer.build();
    }

    private static String report(UriInfo uri) {
        StringJoiner report = new StringJoiner("/");
        boolean afterAnalytics = false;
        for (PathSegment segment : uri.getPathSegments()) {
            String name = segment.getPath();
            if (afterAnalytics && !name.equals("basic") && !name.isEmpty()) {
                report.add(name);
            }
            afterAnalytics |= name.equals("analytics");
        }
        return report.toString();
    }
}
