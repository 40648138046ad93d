package com.workgate.timeclock.common.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pagination headers of a TimeClock list, as Yii's {@code Serializer} sets them.
 * The {@code Link} value lists {@code self}, then (when there is at least one page) {@code first} and {@code last},
 * then {@code prev} and {@code next} when they exist: {@code <url>; rel=self, <url>; rel=first, ...}.
 * Each URL is the request's, with its {@code page} and {@code per-page} replaced and appended last.
 */
public record PageHeaders(long totalCount, long pageCount, int currentPage, int perPage, String link) {

    public static final String TOTAL_COUNT = "X-Pagination-Total-Count";
    public static final String PAGE_COUNT = "X-Pagination-Page-Count";
    public static final String CURRENT_PAGE = "X-Pagination-Current-Page";
    public static final String PER_PAGE = "X-Pagination-Per-Page";
    public static final String LINK = "Link";

    private static final Set<String> PAGING_PARAMETERS = Set.of(ListQuery.PAGE, ListQuery.PER_PAGE);

    /**
     * @param baseUrl  the absolute request URL without its query, e.g. {@code https://host/api/sessions}
     * @param rawQuery the request's query string as received (still encoded), or {@code null}
     */
    public static PageHeaders of(long totalCount, int page, int perPage, String baseUrl, String rawQuery) {
        if (totalCount < 0 || page < 1 || perPage < 1) {
            throw new IllegalArgumentException("totalCount=" + totalCount + ", page=" + page + ", perPage=" + perPage);
        }
        long pageCount = (totalCount + perPage - 1) / perPage;
        String prefix = baseUrl + "?" + retainedParameters(rawQuery);
        List<String> links = new ArrayList<>();
        links.add(link(prefix, page, perPage, "self"));
        if (pageCount > 0) {
            links.add(link(prefix, 1, perPage, "first"));
            links.add(link(prefix, pageCount, perPage, "last"));
            if (page > 1) {
                // Past the end, "prev" leads back to the last page rather than to another empty one.
                links.add(link(prefix, Math.min(page - 1, pageCount), perPage, "prev"));
            }
            if (page < pageCount) {
                links.add(link(prefix, page + 1, perPage, "next"));
            }
        }
        return new PageHeaders(totalCount, pageCount, page, perPage, String.join(", ", links));
    }

    public static PageHeaders of(long totalCount, ListQuery query, String baseUrl, String rawQuery) {
        return of(totalCount, query.page(), query.perPage(), baseUrl, rawQuery);
    }

    /** Header name to value, in the order Yii sends them. */
    public Map<String, String> asMap() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(TOTAL_COUNT, Long.toString(totalCount));
        headers.put(PAGE_COUNT, Long.toString(pageCount));
        headers.put(CURRENT_PAGE, Integer.toString(currentPage));
        headers.put(PER_PAGE, Integer.toString(perPage));
        headers.put(LINK, link);
        return headers;
    }

    private static String link(String prefix, long page, int perPage, String rel) {
        return "<" + prefix + ListQuery.PAGE + "=" + page + "&" + ListQuery.PER_PAGE + "=" + perPage + ">; rel=" + rel;
    }

    /** The query's other parameters, untouched and in order, each followed by {@code &}. */
    private static String retainedParameters(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty() && !PAGING_PARAMETERS.contains(decodedName(pair))) {
                kept.append(pair).append('&');
            }
        }
        return kept.toString();
    }

    private static String decodedName(String pair) {
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return name;
        }
    }
}
