package com.workgate.auth.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

/**
 * The {@code family} label of a resource class's requests in the request metrics ({@link RequestLabels}). Without
 * it, and for requests that matched no resource: {@code other}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface MetricsFamily {

    Family value();

    enum Family {
        AUTH, ADMIN, EVENTS, WAREHOUSE, TIMECLOCK, SCIM, OTHER;

        /** The label value: the name in lower case. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
