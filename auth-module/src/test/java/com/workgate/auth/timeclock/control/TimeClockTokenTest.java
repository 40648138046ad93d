package com.workgate.auth.timeclock.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimeClockTokenTest {

    private static final String API_KEY = "Abc_def-GHI012345678";
    private static final long TIMESTAMP = 1547212119L;
    // Computed outside Java: printf '%s' '1547212119Abc_def-GHI012345678' | openssl sha1
    private static final String CHECKSUM = "568553cacd1a291dee21c81cf9e80ca8dfa76029";
    // printf '%s' '1547212120Abc_def-GHI012345678' | openssl sha1
    private static final String CHECKSUM_ONE_SECOND_LATER = "cb048baef57e494d412f6f6702315700aa1a58d0";

    private static final Instant AT_TIMESTAMP = Instant.ofEpochSecond(TIMESTAMP);

    private static TimeClockToken token(long timestamp, String checksum) {
        return new TimeClockToken(1, timestamp, checksum);
    }

    @Test
    void parsesTheContractsExample() {
        assertEquals(Optional.of(new TimeClockToken(1, 1547212119L, "75cd5237e42e6848f068e98acc9cacda6f6f4fcc")),
                TimeClockToken.parse("Bearer 1:1547212119:75cd5237e42e6848f068e98acc9cacda6f6f4fcc"));
    }

    @Test
    void acceptsUppercaseHexAndAnyWhitespaceAfterBearer() {
        assertEquals(Optional.of(new TimeClockToken(42, TIMESTAMP, CHECKSUM.toUpperCase())),
                TimeClockToken.parse("Bearer\t 42:" + TIMESTAMP + ":" + CHECKSUM.toUpperCase()));
    }

    @ParameterizedTest(name = "not a Bearer header: \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "Bearer", "bearer 1:2:568553cacd1a291dee21c81cf9e80ca8dfa76029",
        "Basic dXNlcjpwYXNz", "Token 1:2:568553cacd1a291dee21c81cf9e80ca8dfa76029",
        "BearerX 1:2:568553cacd1a291dee21c81cf9e80ca8dfa76029"})
    void notBearerMeansNoCredentials(String header) {
        assertFalse(TimeClockToken.isBearerScheme(header));
        assertEquals(Optional.empty(), TimeClockToken.parse(header));
    }

    @ParameterizedTest(name = "malformed Bearer token: \"{0}\"")
    @ValueSource(strings = {
        "Bearer ",
        "Bearer 1:1547212119",
        "Bearer 1:1547212119:",
        "Bearer 1:1547212119:568553cacd1a291dee21c81cf9e80ca8dfa7602",
        "Bearer 1:1547212119:568553cacd1a291dee21c81cf9e80ca8dfa760299",
        "Bearer 1:1547212119:568553cacd1a291dee21c81cf9e80ca8dfa7602g",
        "Bearer 1:1547212119:568553cacd1a291dee21c81cf9e80ca8dfa76029:x",
        "Bearer -1:1547212119:568553cacd1a291dee21c81cf9e80ca8dfa76029",
        "Bearer +1:1547212119:568553cacd1a291dee21c81cf9e80ca8dfa76029",
        "Bearer 1:-1547212119:568553cacd1a291dee21c81cf9e80ca8dfa76029",
        "Bearer 1:1547212119.5:568553cacd1a291dee21c81cf9e80ca8dfa76029",
        "Bearer a:1547212119:568553cacd1a291dee21c81cf9e80ca8dfa76029",
        "Bearer 1 :1547212119:568553cacd1a291dee21c81cf9e80ca8dfa76029",
        "Bearer 1:1547212119:568553cacd1a291dee21c81cf9e80ca8dfa76029 ",
        "Bearer 99999999999999999999:1547212119:568553cacd1a291dee21c81cf9e80ca8dfa76029",
        "Bearer 1:99999999999999999999:568553cacd1a291dee21c81cf9e80ca8dfa76029"})
    void aMalformedTokenIsBearerButDoesNotParse(String header) {
        assertTrue(TimeClockToken.isBearerScheme(header));
        assertEquals(Optional.empty(), TimeClockToken.parse(header));
    }

    @Test
    void expectedChecksumIsLowercaseSha1OfTimestampThenKey() {
        assertEquals(CHECKSUM, TimeClockToken.expectedChecksum(TIMESTAMP, API_KEY));
        assertEquals(CHECKSUM_ONE_SECOND_LATER, TimeClockToken.expectedChecksum(TIMESTAMP + 1, API_KEY));
    }

    @Test
    void theRightChecksumMatchesInEitherCase() {
        assertTrue(token(TIMESTAMP, CHECKSUM).checksumMatches(API_KEY));
        assertTrue(token(TIMESTAMP, CHECKSUM.toUpperCase()).checksumMatches(API_KEY));
    }

    @Test
    void aWrongKeyDoesNotMatch() {
        assertFalse(token(TIMESTAMP, CHECKSUM).checksumMatches("Abc_def-GHI012345679"));
        assertFalse(token(TIMESTAMP, CHECKSUM).checksumMatches(""));
    }

    @Test
    void aChecksumMadeForAnotherTimestampDoesNotMatch() {
        assertFalse(token(TIMESTAMP + 1, CHECKSUM).checksumMatches(API_KEY));
        assertTrue(token(TIMESTAMP + 1, CHECKSUM_ONE_SECOND_LATER).checksumMatches(API_KEY));
    }

    @Test
    void aChecksumOffByOneDigitDoesNotMatch() {
        assertFalse(token(TIMESTAMP, "568553cacd1a291dee21c81cf9e80ca8dfa76028").checksumMatches(API_KEY));
        assertFalse(token(TIMESTAMP, "468553cacd1a291dee21c81cf9e80ca8dfa76029").checksumMatches(API_KEY));
    }

    @Test
    void parsedHeaderVerifiesEndToEnd() {
        TimeClockToken parsed = TimeClockToken.parse("Bearer 7:" + TIMESTAMP + ":" + CHECKSUM).orElseThrow();
        assertEquals(7, parsed.userId());
        assertTrue(parsed.checksumMatches(API_KEY));
        assertTrue(parsed.isFresh(AT_TIMESTAMP.plusSeconds(30)));
    }

    @Test
    void sixtySecondsEitherSideIsFreshSixtyOneIsNot() {
        TimeClockToken token = token(TIMESTAMP, CHECKSUM);
        assertTrue(token.isFresh(AT_TIMESTAMP));
        assertTrue(token.isFresh(AT_TIMESTAMP.plusSeconds(60)));
        assertTrue(token.isFresh(AT_TIMESTAMP.minusSeconds(60)));
        assertFalse(token.isFresh(AT_TIMESTAMP.plusSeconds(61)));
        assertFalse(token.isFresh(AT_TIMESTAMP.minusSeconds(61)));
    }

    @Test
    void nowCountsInWholeSecondsLikePhpTime() {
        TimeClockToken token = token(TIMESTAMP, CHECKSUM);
        assertTrue(token.isFresh(AT_TIMESTAMP.plusSeconds(60).plusMillis(999)));
        assertFalse(token.isFresh(AT_TIMESTAMP.plusSeconds(61)));
        assertTrue(token.isFresh(AT_TIMESTAMP.minusSeconds(60)));
        assertFalse(token.isFresh(AT_TIMESTAMP.minusSeconds(60).minusMillis(1)));
    }

    @Test
    void theWindowIsConfigurable() {
        TimeClockToken token = token(TIMESTAMP, CHECKSUM);
        Duration fiveMinutes = Duration.ofMinutes(5);
        assertTrue(token.isFresh(AT_TIMESTAMP.plusSeconds(300), fiveMinutes));
        assertTrue(token.isFresh(AT_TIMESTAMP.minusSeconds(300), fiveMinutes));
        assertFalse(token.isFresh(AT_TIMESTAMP.plusSeconds(301), fiveMinutes));
        assertFalse(token.isFresh(AT_TIMESTAMP.plusSeconds(1), Duration.ZERO));
        assertTrue(token.isFresh(AT_TIMESTAMP, Duration.ZERO));
    }

    @Test
    void anAbsurdTimestampIsNeverFresh() {
        assertFalse(token(Long.MAX_VALUE, CHECKSUM).isFresh(Instant.ofEpochSecond(-1_000_000_000L)));
        assertFalse(token(0, CHECKSUM).isFresh(AT_TIMESTAMP));
    }
}
