package com.workgate.auth.timeclock.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TimeClock bearer token {@code <userId>:<unixTimestamp>:<checksum>}, where the checksum is the hex SHA-1 of
 * the timestamp's decimal string followed by the user's API key. SHA-1 over secret-plus-message is weaker than an
 * HMAC; it exists only for compatibility with TimeClock clients and must not be reused for anything else.
 */
public record TimeClockToken(long userId, long timestamp, String checksum) {

    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);

    // Yii's HttpBearerAuth pattern /^Bearer\s+(.*?)$/: a header that does not match it is "no credentials" (401).
    private static final Pattern BEARER = Pattern.compile("Bearer\\s+(.*)");
    private static final Pattern TOKEN = Pattern.compile("(\\d+):(\\d+):([0-9a-fA-F]{40})");
    private static final HexFormat HEX = HexFormat.of();

    public TimeClockToken {
        Objects.requireNonNull(checksum, "checksum");
    }

    /** Whether the header uses the Bearer scheme at all; when it does not, the answer is 401, not 403. */
    public static boolean isBearerScheme(String authorizationHeader) {
        return authorizationHeader != null && BEARER.matcher(authorizationHeader).matches();
    }

    /** The token of a well-formed {@code Bearer} header; empty for anything else (which, if Bearer, is a 403). */
    public static Optional<TimeClockToken> parse(String authorizationHeader) {
        if (authorizationHeader == null) {
            return Optional.empty();
        }
        Matcher bearer = BEARER.matcher(authorizationHeader);
        if (!bearer.matches()) {
            return Optional.empty();
        }
        Matcher token = TOKEN.matcher(bearer.group(1));
        if (!token.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TimeClockToken(
                    Long.parseLong(token.group(1)), Long.parseLong(token.group(2)), token.group(3)));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    /** Lowercase hex SHA-1 of {@code timestamp + apiKey}. */
    public static String expectedChecksum(long timestamp, String apiKey) {
        return HEX.formatHex(sha1(timestamp, apiKey));
    }

    /** Constant-time comparison with the checksum this key would give; hex case does not matter. */
    public boolean checksumMatches(String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        return MessageDigest.isEqual(sha1(timestamp, apiKey), HEX.parseHex(checksum));
    }

    /**
     * Whether the timestamp lies within {@code window} of {@code now}, either side, the edge included.
     * Like the original's {@code time()}, {@code now} counts in whole seconds (its fraction is dropped).
     */
    public boolean isFresh(Instant now, Duration window) {
        long skewSeconds;
        try {
            skewSeconds = Math.absExact(Math.subtractExact(now.getEpochSecond(), timestamp));
        } catch (ArithmeticException absurdTimestamp) {
            return false;
        }
        return Duration.ofSeconds(skewSeconds).compareTo(window) <= 0;
    }

    public boolean isFresh(Instant now) {
        return isFresh(now, DEFAULT_WINDOW);
    }

    private static byte[] sha1(long timestamp, String apiKey) {
        try {
            return MessageDigest.getInstance("SHA-1")
                    .digest((timestamp + apiKey).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform provides SHA-1", impossible);
        }
    }
}
