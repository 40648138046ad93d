/**
 * A Java client of Workgate's three API families, built on the Jakarta REST client API
 * ({@code jakarta.ws.rs.client}) so that the same jar runs inside an application server and in a plain JVM.
 *
 * <ul>
 *   <li>{@link com.workgate.client.WorkgateApi}: the integration API ({@code /v1}: events, warehouse reads) and the
 *       admin API ({@code /v1/admin}), authenticated by a cached bearer token (HMAC or client credentials) or by
 *       per-request signed headers ({@link com.workgate.client.SignedHeadersFilter}).</li>
 *   <li>{@link com.workgate.client.TimeClockApi}: the TimeClock API ({@code /api}), authenticated by
 *       {@link com.workgate.client.TimeClockBearerFilter}.</li>
 * </ul>
 *
 * <p>Errors the server answers arrive as {@link com.workgate.client.WorkgateApiException} with the server's error
 * body; failures to reach the server as {@link com.workgate.client.WorkgateTransportException}. Which calls are
 * retried is described by {@link com.workgate.client.RetryPolicy}.
 */
package com.workgate.client;
