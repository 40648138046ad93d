package com.workgate.auth.token.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.workgate.auth.apikey.control.KeyCredentials;
import com.workgate.auth.apikey.control.SecretProof;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/**
 * The ±300 s window of {@code /v1/auth} with the server's clock pinned mid-second. A timestamp inside the window
 * reaches the secret check (which here refuses every proof); one outside is refused before it, naming the window.
 */
class HmacTokenExchangeWindowTest {

    private static final Instant SECOND = Instant.parse("2026-11-30T12:00:00Z");

    private static HmacTokenExchange exchangeAt(Instant now) {
        HmacTokenExchange exchange = new HmacTokenExchange();
        exchange.clock = Clock.fixed(now, ZoneOffset.UTC);
        exchange.windowSeconds = 300;
        exchange.proof = new SecretProof() {
            @Override
            public Optional<KeyCredentials> verify(String apiKeyId, String clientAddress,
                                                   BiPredicate<String, String> proves) {
                return Optional.empty();
            }
        };
        return exchange;
    }

    private static String refusal(long offsetSeconds) {
        HmacTokenExchange exchange = exchangeAt(SECOND.plusMillis(640));
        return assertThrows(AuthenticationRefused.class,
                () -> exchange.exchange("KEY", SECOND.getEpochSecond() + offsetSeconds, "00", "127.0.0.1")).getMessage();
    }

    @Test
    void bothEdgesReachTheSecretCheck() {
        assertEquals(HmacTokenExchange.REFUSED, refusal(-300));
        assertEquals(HmacTokenExchange.REFUSED, refusal(300));
        assertEquals(HmacTokenExchange.REFUSED, refusal(0));
    }

    @Test
    void oneSecondPastEitherEdgeIsOutsideTheWindow() {
        assertTrue(refusal(-301).startsWith("The timestamp is outside the allowed window of 300 seconds"), refusal(-301));
        assertTrue(refusal(301).startsWith("The timestamp is outside the allowed window of 300 seconds"), refusal(301));
    }
}
