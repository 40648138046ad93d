package com.workgate.timeclock.common.control;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * {@code page} and {@code per-page} as Yii's {@code Pagination} reads them: a value that is not an integer counts
 * as 0 (PHP's {@code (int)} cast), then the page is raised to at least 1 and the page size clamped to 1..50.
 * An absent parameter takes its default. A page past the end is kept (the list is then empty).
 */
public final class PagingParameters {

    public static final int DEFAULT_PAGE = 1;
    public static final int DEFAULT_PER_PAGE = 20;
    public static final int MIN_PER_PAGE = 1;
    public static final int MAX_PER_PAGE = 50;

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);

    private PagingParameters() {
    }

    /** The 1-based page; {@code null} means absent. */
    public static int page(String raw) {
        if (raw == null) {
            return DEFAULT_PAGE;
        }
        return Math.max(DEFAULT_PAGE, integerOrZero(raw));
    }

    /** The page size; {@code null} means absent. */
    public static int perPage(String raw) {
        if (raw == null) {
            return DEFAULT_PER_PAGE;
        }
        return Math.min(MAX_PER_PAGE, Math.max(MIN_PER_PAGE, integerOrZero(raw)));
    }

    // Saturates instead of overflowing, so that an absurdly large page stays "past the end" rather than wrapping.
    private static int integerOrZero(String raw) {
        String trimmed = raw.trim();
        if (!INTEGER.matcher(trimmed).matches()) {
            return 0;
        }
        BigInteger value = new BigInteger(trimmed);
        return value.max(INT_MIN).min(INT_MAX).intValue();
    }
}
