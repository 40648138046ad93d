package com.workgate.auth.platform.boundary;

import com.workgate.auth.platform.control.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** A NUL character ({@code %00}) in the path or a query parameter is a 400: see {@link NulCharacters}. */
@Provider
@PreMatching
public class NulCharacterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        if (NulCharacters.in(uri.getPath(true))) {
            throw ApiException.badRequest("path", NulCharacters.PROBLEM);
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters(true).entrySet()) {
            if (NulCharacters.in(parameter.getKey()) || parameter.getValue().stream().anyMatch(NulCharacters::in)) {
                throw ApiException.badRequest(parameter.getKey().replace('\0', '?'), NulCharacters.PROBLEM);
            }
        }
    }
}
