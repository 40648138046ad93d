package com.workgate.client;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;

/** The Jakarta REST client made when the caller brings none. */
final class DefaultClient {

    private static final int CONNECTIONS = 32;

    private DefaultClient() {
    }

    /**
     * A client from whichever implementation is on the class path, with timeouts. RESTEasy's default client has one
     * connection and fails when two threads use it at once; its documented {@code connectionPoolSize} and
     * {@code maxPooledPerRoute} builder methods are called by reflection so that this jar needs no RESTEasy
     * classes to compile or to run with another implementation.
     */
    static Client create() {
        ClientBuilder builder = ClientBuilder.newBuilder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(60, TimeUnit.SECONDS);
        invokeIfPresent(builder, "connectionPoolSize");
        invokeIfPresent(builder, "maxPooledPerRoute");
        return builder.build();
    }

    private static void invokeIfPresent(ClientBuilder builder, String method) {
        try {
            Method setter = builder.getClass().getMethod(method, int.class);
            setter.invoke(builder, CONNECTIONS);
        } catch (ReflectiveOperationException | RuntimeException notThisImplementation) {
            // another implementation: its own pooling applies
        }
    }
}
