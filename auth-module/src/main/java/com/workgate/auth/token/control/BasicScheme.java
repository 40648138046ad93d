package com.workgate.auth.token.control;

import com.workgate.auth.apikey.control.KeyCredentials;
import com.workgate.auth.caller.control.AuthenticationFailure;
import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.caller.control.CredentialScheme;
import com.workgate.auth.platform.boundary.ClientAddressFilter;
import com.workgate.auth.platform.boundary.ErrorBody;
import com.workgate.auth.throttle.control.Throttled;
import com.workgate.auth.token.control.ClientCredentialsExchange.SecretMayNotTravel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Pattern;

/** HTTP Basic with the key id and secret, on the {@code /basic} twins of the integration API only. */
@ApplicationScoped
public class BasicScheme implements CredentialScheme {

    private static final Pattern BASIC_ROUTE = Pattern.compile("^/v1/.*/basic/?$");
    private static final String CHALLENGE = "Basic realm=\"" + BearerTokenScheme.REALM + "\", charset=\"UTF-8\"";

    @Inject
    ClientCredentialsExchange exchange;

    @Override
    public String name() {
        return "basic";
    }

    @Override
    public boolean coversPath(String path) {
        return BASIC_ROUTE.matcher(path).matches();
    }

    @Override
    public boolean presentIn(ContainerRequestContext request) {
        return BasicCredentials.isBasic(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    @Override
    public Caller authenticate(ContainerRequestContext request) throws AuthenticationFailure {
        Optional<BasicCredentials> credentials = BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            throw new AuthenticationFailure(challenge("The Basic credentials cannot be decoded"));
        }
        try {
            KeyCredentials key = exchange.verify(credentials.get().id(), credentials.get().secret(),
                    (String) request.getProperty(ClientAddressFilter.PROPERTY));
            return Caller.ofApiKey(key.organizationId(), key.apiKeyId(), key.role(), null);
        } catch (AuthenticationRefused refused) {
            throw new AuthenticationFailure(challenge("Invalid API key or secret"));
        } catch (SecretMayNotTravel hmacOnly) {
            throw new AuthenticationFailure(ErrorBody.response(403, hmacOnly.getMessage()));
        } catch (Throttled throttled) {
            throw new AuthenticationFailure(Response.fromResponse(ErrorBody.response(429, throttled.getMessage()))
                    .header(HttpHeaders.RETRY_AFTER, throttled.retryAfterSeconds()).build());
        }
    }

    @Override
    public Response missingCredentials() {
        return challenge("Authentication is required");
    }

    private static Response challenge(String message) {
        return Response.fromResponse(ErrorBody.response(401, message)).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
