package com.workgate.auth.signed.control;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 403 body of every failed signed-header authentication, as PAVE's document and its Python sample read it. */
@Schema(name = "SignedHeadersRefusal")
public record SignedHeadersRefusal(
        @Schema(required = true, example = SignedHeadersScheme.REFUSED) String message,
        @Schema(required = true, enumeration = {SignedHeadersScheme.INVALID_KEY, SignedHeadersScheme.INVALID_TOKEN,
                SignedHeadersScheme.INVALID_TIMESTAMP}) String error) {
}
