package com.workgate.auth.platform.boundary;

import com.workgate.auth.platform.control.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;

/**
 * Content negotiation headers that would fail inside RESTEasy after the request is parsed, where they surface as
 * a 500: a quality value that is not a number ({@code Accept: text/html;q=abc}) while it picks the resource method,
 * and an unknown charset ({@code Content-Type: application/json; charset=x}) while it reads the body. Refused
 * before matching: 400 for the quality, 415 for the charset, in the API family's error shape ({@link ApiExceptionMapper}).
 */
@Provider
@PreMatching
public class NegotiationHeaderFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        for (String header : List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE)) {
            for (String value : request.getHeaders().getOrDefault(header, List.of())) {
                if (!qualitiesParse(value)) {
                    throw new ApiException(400, "The " + header + " header has a quality (q) that is not a number from 0 to 1");
                }
            }
        }
        MediaType type = request.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !supported(charset)) {
            throw new ApiException(415, "Unsupported charset; send application/json in UTF-8");
        }
    }

    /** Each element's {@code q} parameter, where there is one, is a number from 0 to 1. */
    static boolean qualitiesParse(String header) {
        for (String element : header.split(",")) {
            String[] parameters = element.split(";");
            for (int i = 1; i < parameters.length; i++) {
                String[] pair = parameters[i].split("=", 2);
                if (pair[0].trim().equalsIgnoreCase("q")) {
                    try {
                        float q = Float.parseFloat(pair.length < 2 ? "" : pair[1].trim().replace("\"", ""));
                        if (!(q >= 0 && q <= 1)) {
                            return false;
                        }
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset.replace("\"", "").trim());
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
