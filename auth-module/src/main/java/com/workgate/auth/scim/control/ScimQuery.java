package com.workgate.auth.scim.control;

import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.BadRequestException;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterType;

/**
 * A list request's filter and page (RFC 7644 section 3.4.2). The one filter supported is equality on the attribute
 * that names a resource ({@code userName} of Users, {@code displayName} of Groups), which is what identity
 * providers send to find a resource before they create it; the match ignores case.
 */
public record ScimQuery(String equalTo, int startIndex, int count) {

    public static final int MAX_FILTER_LENGTH = 1000;
    public static final int DEFAULT_COUNT = 100;
    public static final int MAX_COUNT = 200;

    /**
     * @param attribute the attribute the filter may compare
     * @param startIndex 1-based, values below 1 mean 1
     * @param count at most {@link #MAX_COUNT} (more is answered with that many), negative means 0
     */
    public static ScimQuery parse(String filter, String startIndex, String count, String attribute) {
        String equalTo = null;
        if (filter != null && !filter.isBlank()) {
            if (filter.length() > MAX_FILTER_LENGTH) {
                throw ScimError.invalidFilter("filter: at most " + MAX_FILTER_LENGTH + " characters");
            }
            if (filter.indexOf('\0') >= 0) {
                throw ScimError.invalidFilter("filter: contains a NUL character");
            }
            Filter parsed;
            try {
                parsed = Filter.fromString(filter);
            } catch (BadRequestException e) {
                throw ScimError.of(e);
            } catch (RuntimeException e) {
                throw ScimError.invalidFilter("filter: cannot be parsed");
            }
            if (parsed.getFilterType() != FilterType.EQUAL || !names(parsed.getAttributePath(), attribute)
                    || parsed.getComparisonValue() == null || !parsed.getComparisonValue().isTextual()) {
                throw ScimError.invalidFilter("filter: only " + attribute + " eq \"...\" is supported");
            }
            equalTo = parsed.getComparisonValue().textValue();
        }
        int start = Math.max(1, number(startIndex, "startIndex", 1));
        int size = Math.min(MAX_COUNT, Math.max(0, number(count, "count", DEFAULT_COUNT)));
        return new ScimQuery(equalTo, start, size);
    }

    /** {@code attribute} itself, with or without the URN of a core schema in front. */
    private static boolean names(Path path, String attribute) {
        return path != null && path.size() == 1 && path.getElement(0).getValueFilter() == null
                && attribute.equalsIgnoreCase(path.getElement(0).getAttribute())
                && (path.getSchemaUrn() == null || path.getSchemaUrn().startsWith("urn:ietf:params:scim:schemas:core:2.0:"));
    }

    private static int number(String value, String name, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            if (value.trim().matches("-?\\d+")) {
                return value.trim().startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            }
            throw ScimError.invalidValue(name + ": must be an integer");
        }
    }
}
