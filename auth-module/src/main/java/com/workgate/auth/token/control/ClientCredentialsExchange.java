package com.workgate.auth.token.control;

import com.workgate.auth.apikey.control.KeyCredentials;
import com.workgate.auth.apikey.control.SecretProof;
import com.workgate.auth.apikey.entity.KeyAuthentication;
import com.workgate.auth.crypto.control.Hmacs;
import com.workgate.auth.throttle.control.Throttled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4) and HTTP Basic: the key's secret itself is presented, so only
 * keys created for it ({@code BASIC_AND_HMAC}) may do this.
 */
@ApplicationScoped
public class ClientCredentialsExchange {

    /** The credentials were right but the key may not present its secret. */
    public static class SecretMayNotTravel extends Exception {
        public SecretMayNotTravel() {
            super("This API key is HMAC only; create a BASIC_AND_HMAC key to present the secret", null, false, false);
        }
    }

    @Inject
    SecretProof proof;

    /** The verified key. @throws AuthenticationRefused for an unknown key and a wrong secret alike */
    public KeyCredentials verify(String clientId, String clientSecret, String clientAddress)
            throws AuthenticationRefused, Throttled, SecretMayNotTravel {
        KeyCredentials key = proof.verify(clientId, clientAddress, (account, secret) -> sameSecret(secret, clientSecret))
                .orElseThrow(() -> new AuthenticationRefused("Client authentication failed"));
        if (key.authentication() != KeyAuthentication.BASIC_AND_HMAC) {
            throw new SecretMayNotTravel();
        }
        return key;
    }

    private static boolean sameSecret(String expected, String given) {
        return MessageDigest.isEqual(Hmacs.sha256(expected.getBytes(StandardCharsets.UTF_8)),
                Hmacs.sha256(given.getBytes(StandardCharsets.UTF_8)));
    }
}
