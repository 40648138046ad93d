package com.workgate.timeclock.common.boundary;

import com.workgate.timeclock.common.control.ListPage;
import com.workgate.timeclock.common.control.ListQuery;
import com.workgate.timeclock.common.control.PageHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;

/** A list as the TimeClock API answers it: a bare array and the four pagination headers plus {@code Link}. */
public final class ListResponse {

    private ListResponse() {
    }

    public static <T, V> Response of(ListPage<T> page, ListQuery query, UriInfo uri, Function<T, V> view) {
        List<V> items = page.items().stream().map(view).toList();
        Response.ResponseBuilder answer = Response.ok(items);
        PageHeaders.of(page.totalCount(), query, uri.getAbsolutePath().toString(), uri.getRequestUri().getRawQuery())
                .asMap().forEach(answer::header);
        return answer.build();
    }
}
