package com.workgate.timeclock.pin.control;

import com.workgate.auth.platform.control.ApiException.FieldError;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shape of a TimeClock PIN: the user's id followed by a 3-digit suffix ({@code 1054} is user 1, suffix 054).
 * Only the shape is checked here; whether the PIN is the user's is a hash comparison elsewhere.
 * Surrounding whitespace is ignored. Unlike Yii's {@code number} validator, signs, decimals and exponents are
 * refused here: no such string can be a PIN, so the client learns that from the format message.
 */
public final class PinFormat {

    public static final String FIELD = "pin";
    public static final String BLANK = "Pin cannot be blank.";
    public static final String NOT_A_NUMBER = "Pin must be a number.";
    public static final int SUFFIX_LENGTH = 3;

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PinFormat() {
    }

    /** The format error to report for the {@code pin} field, if any. */
    public static Optional<FieldError> validate(String pin) {
        if (pin == null || pin.isBlank()) {
            return Optional.of(new FieldError(FIELD, BLANK));
        }
        if (!DIGITS.matcher(pin.strip()).matches()) {
            return Optional.of(new FieldError(FIELD, NOT_A_NUMBER));
        }
        return Optional.empty();
    }

    /**
     * The user id and suffix a PIN names; empty when it is malformed, has fewer than 4 digits (no id left before
     * the suffix), or its id part is 0 or too large for a long. Leading zeros of the id are not significant.
     */
    public static Optional<PinParts> split(String pin) {
        if (validate(pin).isPresent()) {
            return Optional.empty();
        }
        String digits = pin.strip();
        if (digits.length() <= SUFFIX_LENGTH) {
            return Optional.empty();
        }
        int cut = digits.length() - SUFFIX_LENGTH;
        long userId;
        try {
            userId = Long.parseLong(digits.substring(0, cut));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
        return userId > 0 ? Optional.of(new PinParts(userId, digits.substring(cut))) : Optional.empty();
    }

    /** The PIN for a user and a suffix 0..999 (zero-padded to 3 digits). */
    public static String compose(long userId, int suffix) {
        if (userId < 1 || suffix < 0 || suffix > 999) {
            throw new IllegalArgumentException("userId must be positive and suffix within 0..999");
        }
        return userId + String.format("%03d", suffix);
    }

    /** The user a PIN names and the digits that follow the id. */
    public record PinParts(long userId, String suffix) {

        /** The suffix is most of the secret: it stays out of logs. */
        @Override
        public String toString() {
            return "PinParts[userId=" + userId + ", suffix=***]";
        }
    }
}
