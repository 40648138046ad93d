package com.workgate.auth.platform.control;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whole numbers sent as text (path segments, query parameters, string ids in a body): ASCII digits, at most 18 of
 * them, so that every one fits a {@code long} and none overflows. The one place that says what such a number is.
 */
public final class WholeNumbers {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final Pattern SIGNED = Pattern.compile("-?\\d{1,18}");

    private WholeNumbers() {
    }

    /** An id: digits only, no sign, no spaces. Empty for anything else, null included. */
    public static Optional<Long> id(String text) {
        return text != null && ID.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }

    /** A value that may be negative (a unix time): an optional minus, then digits. Empty for anything else. */
    public static Optional<Long> signed(String text) {
        return text != null && SIGNED.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }
}
