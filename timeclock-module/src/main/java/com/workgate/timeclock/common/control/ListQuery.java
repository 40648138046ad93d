package com.workgate.timeclock.common.control;

import java.util.List;
import java.util.Map;

/**
 * A list request of the TimeClock API reduced to plain data a JPA layer can turn into a query:
 * the filters (all must hold), the sort, and the 1-based page with its size.
 */
public record ListQuery(List<Filter> filters, List<Order> orders, int page, int perPage) {

    public static final String PAGE = "page";
    public static final String PER_PAGE = "per-page";
    public static final String SORT = "sort";

    public ListQuery {
        filters = List.copyOf(filters);
        orders = List.copyOf(orders);
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1, was " + page);
        }
        if (perPage < PagingParameters.MIN_PER_PAGE || perPage > PagingParameters.MAX_PER_PAGE) {
            throw new IllegalArgumentException("perPage out of range: " + perPage);
        }
    }

    /**
     * @param queryParameters decoded query parameters, as JAX-RS {@code UriInfo.getQueryParameters()} gives them
     * @throws FieldValidationException on the field {@code filter} when a filter is malformed or names an
     *                                  attribute the resource does not filter on
     */
    public static ListQuery from(Map<String, List<String>> queryParameters, ListDefinition definition) {
        return new ListQuery(
                FilterParameters.parse(queryParameters, definition.filterAttributes()),
                SortParameter.parse(lastValue(queryParameters, SORT), definition.sortAttributes(),
                        definition.defaultOrder()),
                PagingParameters.page(lastValue(queryParameters, PAGE)),
                PagingParameters.perPage(lastValue(queryParameters, PER_PAGE)));
    }

    /** The number of rows before this page; a long, because a page far past the end may exceed an int. */
    public long offset() {
        return (long) (page - 1) * perPage;
    }

    // PHP keeps the last of repeated scalar parameters.
    private static String lastValue(Map<String, List<String>> queryParameters, String name) {
        List<String> values = queryParameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(values.size() - 1);
    }
}
