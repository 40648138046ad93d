package com.workgate.it.support;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/**
 * {@link ResponseContract} for the Jakarta REST clients of the tests (the Java client in {@code JavaClientIT}):
 * listed in {@code META-INF/services/jakarta.ws.rs.ext.Providers}, so RESTEasy registers it on every client of
 * the test JVM without the client's code knowing. The body is read once and handed on unchanged.
 */
@Provider
@ConstrainedTo(RuntimeType.CLIENT)
public class ResponseContractFilter implements ClientResponseFilter {

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        String body = null;
        if (response.hasEntity()) {
            byte[] bytes = response.getEntityStream().readAllBytes();
            response.setEntityStream(new ByteArrayInputStream(bytes));
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        URI uri = request.getUri();
        String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        ResponseContract.check(uri.getScheme() + "://" + uri.getRawAuthority(), request.getMethod(), pathAndQuery,
                response.getStatus(), HttpHeaders.of(response.getHeaders(), (name, value) -> true), body);
    }
}
