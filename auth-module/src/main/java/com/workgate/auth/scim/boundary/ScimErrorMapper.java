package com.workgate.auth.scim.boundary;

import com.workgate.auth.scim.control.ScimError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ScimErrorMapper implements ExceptionMapper<ScimError> {

    @Override
    public Response toResponse(ScimError error) {
        return Response.status(error.status()).type(ScimMedia.SCIM_JSON_TYPE)
                .entity(ScimErrorBody.of(error.status(), error.scimType(), error.getMessage())).build();
    }
}
