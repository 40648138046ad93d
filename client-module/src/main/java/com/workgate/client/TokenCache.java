package com.workgate.client;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds one bearer token and reuses it until shortly before it expires; then exactly one caller fetches the next
 * one while concurrent callers wait for it and share it (single flight), instead of each fetching their own.
 * Thread-safe.
 *
 * <p>A token counts as expiring {@code refreshMargin} before its expiry, but never more than half its lifetime
 * before, so short-lived tokens are still used.
 */
public final class TokenCache {

    private final TokenSource source;
    private final Clock clock;
    private final Duration refreshMargin;
    private final ReentrantLock fetching = new ReentrantLock();
    private final AtomicLong fetches = new AtomicLong();
    private volatile AccessToken current;

    /**
     * @param source        where new tokens come from
     * @param clock         the clock that decides expiry
     * @param refreshMargin how long before expiry a token is replaced
     */
    public TokenCache(TokenSource source, Clock clock, Duration refreshMargin) {
        this.source = source;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
    }

    /** @return a token valid for at least the refresh margin; fetches one only if the cached one is not */
    public String token() {
        AccessToken token = current;
        if (usable(token)) {
            return token.value();
        }
        fetching.lock();
        try {
            token = current;
            if (usable(token)) {
                return token.value();
            }
            token = source.fetch();
            fetches.incrementAndGet();
            current = token;
            return token.value();
        } finally {
            fetching.unlock();
        }
    }

    /**
     * Forgets the token if it is still the cached one, so that the next call fetches another (after the server
     * refused it, e.g. because its key was rotated or its session revoked).
     *
     * @param value the token the server refused
     */
    public void invalidate(String value) {
        fetching.lock();
        try {
            AccessToken token = current;
            if (token != null && token.value().equals(value)) {
                current = null;
            }
        } finally {
            fetching.unlock();
        }
    }

    /** @return how many tokens have been fetched so far */
    public long fetches() {
        return fetches.get();
    }

    private boolean usable(AccessToken token) {
        if (token == null) {
            return false;
        }
        Duration halfLife = token.lifetime().dividedBy(2);
        Duration margin = refreshMargin.compareTo(halfLife) < 0 ? refreshMargin : halfLife;
        return clock.instant().isBefore(token.expiresAt().minus(margin));
    }
}
