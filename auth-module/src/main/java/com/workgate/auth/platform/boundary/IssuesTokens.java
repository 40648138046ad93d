package com.workgate.auth.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method that issues tokens by the named scheme ({@code hmac}, {@code client_credentials},
 * {@code signed_headers}, {@code pin}): the {@code scheme} label of its issued tokens, failures and throttling in
 * the metrics, in place of the credential scheme that authenticated the request ({@link RequestLabels}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IssuesTokens {
    String value();
}
