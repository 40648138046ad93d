package com.workgate.auth.token.control;

import com.workgate.auth.apikey.control.KeyCredentials;
import com.workgate.auth.caller.control.AuthenticationFailure;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.CredentialKind;
import com.workgate.auth.caller.control.CredentialScheme;
import com.workgate.auth.platform.boundary.ClientAddressFilter;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.throttle.control.Throttled;
import com.workgate.auth.token.control.ClientCredentialsExchange.SecretMayNotTravel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/** HTTP Basic with the key id and secret, where a resource accepts it: the {@code /basic} twins of the integration API. */
@ApplicationScoped
public class BasicScheme implements CredentialScheme {

    private static final String CHALLENGE = "Basic realm=\"" + BearerTokenScheme.REALM + "\", charset=\"UTF-8\"";

    @Inject
    ClientCredentialsExchange exchange;

    @Override
    public String name() {
        return "basic";
    }

    @Override
    public CredentialKind kind() {
        return CredentialKind.BASIC;
    }

    @Override
    public boolean presentIn(ContainerRequestContext request) {
        return BasicCredentials.isBasic(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    @Override
    public Caller authenticate(ContainerRequestContext request) throws AuthenticationFailure {
        Optional<BasicCredentials> credentials = BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            throw challenge("The Basic credentials cannot be decoded");
        }
        try {
            KeyCredentials key = exchange.verify(credentials.get().id(), credentials.get().secret(),
                    (String) request.getProperty(ClientAddressFilter.PROPERTY));
            return Caller.ofApiKey(key.organizationId(), key.apiKeyId(), key.role(), null);
        } catch (AuthenticationRefused refused) {
            throw challenge("Invalid API key or secret");
        } catch (SecretMayNotTravel hmacOnly) {
            throw new AuthenticationFailure(ApiException.forbidden(hmacOnly.getMessage()));
        } catch (Throttled throttled) {
            throw new AuthenticationFailure(new ApiException(429, throttled.getMessage())
                    .header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds()));
        }
    }

    @Override
    public AuthenticationFailure missingCredentials() {
        return challenge("Authentication is required");
    }

    private static AuthenticationFailure challenge(String message) {
        return new AuthenticationFailure(new ApiException(401, message).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
    }
}
