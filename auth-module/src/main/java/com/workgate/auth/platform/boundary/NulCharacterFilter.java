package com.workgate.auth.platform.boundary;

import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.JsonFields;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * A NUL character ({@code %00}) in the path or a query parameter is refused (400) before anything looks it up:
 * PostgreSQL cannot hold it in text and answers such a query with an error. Bodies are checked where they are
 * read ({@link JacksonConfiguration}, the event and TimeClock field readers).
 */
@Provider
@PreMatching
public class NulCharacterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        if (JsonFields.hasNul(uri.getPath())) {
            throw ApiException.badRequest("path", JsonFields.NUL_PROBLEM);
        }
        Map<String, List<String>> parameters;
        try {
            parameters = uri.getQueryParameters();
        } catch (IllegalArgumentException badEscape) {
            throw ApiException.badRequest("query", "is not percent-encoded correctly");
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (JsonFields.hasNul(parameter.getKey()) || parameter.getValue().stream().anyMatch(JsonFields::hasNul)) {
                throw ApiException.badRequest(JsonFields.hasNul(parameter.getKey()) ? "query" : parameter.getKey(),
                        JsonFields.NUL_PROBLEM);
            }
        }
    }
}
