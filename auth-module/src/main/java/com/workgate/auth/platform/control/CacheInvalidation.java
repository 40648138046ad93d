package com.workgate.auth.platform.control;

/**
 * That what a server remembers about one thing (or, with {@link #ALL}, about everything) may be out of date: fired
 * as a CDI event on every server of a cluster after the change that caused it has been committed.
 *
 * @param kind {@link #KEY}, {@link #THROTTLE}, {@link #SIGNING_KEYS} or {@link #ALL}
 * @param id what of that kind changed (an API key id, a throttle subject); empty for signing keys and all
 */
public record CacheInvalidation(String kind, String id) {

    /** An API key's credentials (revocation, secret rotation). */
    public static final String KEY = "key";
    /** A throttle subject's failures on record. */
    public static final String THROTTLE = "throttle";
    /** The key ring that signs and verifies tokens. */
    public static final String SIGNING_KEYS = "signing-keys";
    /** Everything: messages may have been missed (the listener was not connected). */
    public static final String ALL = "all";

    public static CacheInvalidation all() {
        return new CacheInvalidation(ALL, "");
    }

    /** {@code <kind>:<id>} as {@link #payload()} writes it; anything else invalidates everything. */
    public static CacheInvalidation parse(String payload) {
        int colon = payload == null ? -1 : payload.indexOf(':');
        if (colon <= 0) {
            return all();
        }
        return new CacheInvalidation(payload.substring(0, colon), payload.substring(colon + 1));
    }

    public String payload() {
        return kind + ":" + id;
    }

    /** Whether a cache of the given kind must drop {@link #id()} (or everything, for {@link #ALL}). */
    public boolean concerns(String cacheKind) {
        return kind.equals(cacheKind) || kind.equals(ALL);
    }

    public boolean isAll() {
        return kind.equals(ALL);
    }
}
