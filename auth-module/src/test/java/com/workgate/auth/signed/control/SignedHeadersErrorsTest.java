package com.workgate.auth.signed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which {@code error} a signed request gets, and that every refusal carries PAVE's sentence with it. */
class SignedHeadersErrorsTest {

    @Test
    void aMissingOrBlankKeyIsNamedFirst() {
        assertEquals(Optional.of("Invalid API Key"), SignedHeadersScheme.headerError(null, "abc", false));
        assertEquals(Optional.of("Invalid API Key"), SignedHeadersScheme.headerError(" ", "abc", true));
    }

    @Test
    void aMissingStaleOrUnparseableTimestampComesNext() {
        assertEquals(Optional.of("Invalid API Timestamp"), SignedHeadersScheme.headerError("key", null, false));
    }

    @Test
    void aMissingTokenIsAnInvalidToken() {
        assertEquals(Optional.of("Invalid API Token"), SignedHeadersScheme.headerError("key", null, true));
        assertEquals(Optional.of("Invalid API Token"), SignedHeadersScheme.headerError("key", "", true));
        assertEquals(Optional.empty(), SignedHeadersScheme.headerError("key", "abc", true));
    }

    @Test
    void theRefusalIs403WithBothTheSentenceAndTheError() {
        Response refusal = SignedHeadersScheme.refusal("Invalid API Token");
        assertEquals(403, refusal.getStatus());
        SignedHeadersRefusal body = (SignedHeadersRefusal) refusal.getEntity();
        assertEquals("Unable to validate the request, please recheck your API-Key and API-Token.", body.message());
        assertEquals("Invalid API Token", body.error());
    }

    @Test
    void withoutAnyHeaderTheKeyIsMissing() {
        assertEquals("Invalid API Key",
                ((SignedHeadersRefusal) new SignedHeadersScheme().missingCredentials().response().getEntity()).error());
    }
}
