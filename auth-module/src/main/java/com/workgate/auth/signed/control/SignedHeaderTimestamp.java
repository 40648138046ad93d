package com.workgate.auth.signed.control;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code API-Timestamp} forms real clients send: ISO-8601 UTC ({@code 2023-02-11T12:00:00Z}), unix seconds,
 * and RFC 1123 ({@code Sat, 11 Feb 2023 12:00:00 GMT}). Only freshness reads the time; the signature covers the
 * header exactly as sent.
 */
public final class SignedHeaderTimestamp {

    private SignedHeaderTimestamp() {
    }

    public static Optional<Instant> parse(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 64) {
            return Optional.empty();
        }
        String text = raw.trim();
        if (text.matches("\\d{1,12}")) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notRfc1123) {
                return Optional.empty();
            }
        }
    }

    /** The signed message: {@code <account>:<API-Key>@<API-Timestamp>}. */
    public static String message(String accountName, String apiKey, String rawTimestamp) {
        return accountName + ":" + apiKey + "@" + rawTimestamp;
    }
}
