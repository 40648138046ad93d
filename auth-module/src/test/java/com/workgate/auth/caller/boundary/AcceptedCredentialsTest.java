package com.workgate.auth.caller.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.workgate.auth.caller.control.AcceptedCredentials;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.session.boundary.SessionsResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which credential schemes a resource method accepts: the method's annotation, its class's, else the integration API's. */
class AcceptedCredentialsTest {

    static class Integration {
        public void read() {
        }

        @AcceptedCredentials(CredentialKind.BASIC)
        public void readBasic() {
        }
    }

    @AcceptedCredentials(CredentialKind.TIMECLOCK)
    static class People {
        public void read() {
        }
    }

    @Test
    void theMethodOverTheClassOverTheIntegrationApi() throws Exception {
        assertEquals(List.of(CredentialKind.BEARER, CredentialKind.SIGNED_HEADERS),
                AuthenticationFilter.accepted(Integration.class.getMethod("read"), Integration.class));
        assertEquals(List.of(CredentialKind.BASIC),
                AuthenticationFilter.accepted(Integration.class.getMethod("readBasic"), Integration.class));
        assertEquals(List.of(CredentialKind.TIMECLOCK), AuthenticationFilter.accepted(People.class.getMethod("read"), People.class));
    }

    @Test
    void sessionsAreLeftToSignedHeaders() throws Exception {
        assertEquals(List.of(CredentialKind.SIGNED_HEADERS),
                AuthenticationFilter.accepted(SessionsResource.class.getMethods()[0], SessionsResource.class));
    }
}
