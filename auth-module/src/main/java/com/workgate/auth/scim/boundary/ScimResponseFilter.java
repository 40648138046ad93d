package com.workgate.auth.scim.boundary;

import com.workgate.auth.platform.boundary.ErrorBody;
import com.workgate.auth.platform.boundary.ErrorFamily;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Every answer of the SCIM family ({@link ErrorFamily#SCIM}) speaks SCIM: an error body of another shape that reaches it
 * (an answer with an entity of its own) becomes a SCIM error, and the media type is
 * {@code application/scim+json} unless the client asked for plain JSON only.
 */
@Provider
public class ScimResponseFilter implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (ErrorFamily.of(resource, request.getUriInfo().getPath()) != ErrorFamily.SCIM) {
            return;
        }
        int status = response.getStatus();
        if (status >= 400 && !(response.getEntity() instanceof ScimErrorBody)) {
            String detail = response.getEntity() instanceof ErrorBody calven ? calven.message()
                    : Response.Status.fromStatusCode(status) == null ? "Request failed"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
            response.setEntity(ScimErrorBody.of(status, detail));
        }
        if (response.hasEntity()) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE,
                    wantsPlainJson(request) ? MediaType.APPLICATION_JSON_TYPE : ScimMedia.SCIM_JSON_TYPE);
        }
    }


    private static boolean wantsPlainJson(ContainerRequestContext request) {
        List<MediaType> acceptable;
        try {
            acceptable = request.getAcceptableMediaTypes();
        } catch (RuntimeException unparseable) {
            return false;
        }
        boolean json = false;
        for (MediaType type : acceptable) {
            if ("scim+json".equals(type.getSubtype())) {
                return false;
            }
            json |= MediaType.APPLICATION_JSON_TYPE.isCompatible(type) && !type.isWildcardType() && !type.isWildcardSubtype();
        }
        return json;
    }
}
