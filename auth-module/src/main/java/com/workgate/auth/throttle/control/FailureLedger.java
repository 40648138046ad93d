package com.workgate.auth.throttle.control;

import com.workgate.auth.audit.control.AuditTrail;
import com.workgate.auth.audit.entity.AuditKind;
import com.workgate.auth.platform.control.CacheInvalidation;
import com.workgate.auth.platform.control.ClusterInvalidation;
import com.workgate.auth.platform.control.ExpiringMap;
import com.workgate.auth.throttle.entity.AuthFailure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The failure counters in the database, one transaction per change; see {@link FailedAttempts}. That a subject has
 * no failures on record is remembered for {@code workgate.auth.throttle.clean-cache-millis} (0: not remembered), so
 * a key in steady use is not looked up on every request. A failure counted on any server of a cluster drops that
 * memory on every server when it commits ({@link ClusterInvalidation}); a server that missed the message sees the
 * failure at the latest after that time.
 */
@ApplicationScoped
public class FailureLedger {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    ClusterInvalidation cluster;

    @Inject
    @ConfigProperty(name = "workgate.auth.throttle.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "workgate.auth.throttle.window-seconds", defaultValue = "60")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "workgate.auth.throttle.delay-seconds", defaultValue = "30")
    long delaySeconds;

    @Inject
    @ConfigProperty(name = "workgate.auth.throttle.max-delay-seconds", defaultValue = "3600")
    long maxDelaySeconds;

    @Inject
    @ConfigProperty(name = "workgate.auth.throttle.clean-cache-millis", defaultValue = "1000")
    long cleanCacheMillis;

    private ThrottlePolicy policy;
    private final ExpiringMap<String, Boolean> clean = new ExpiringMap<>(10_000);

    public ThrottlePolicy policy() {
        return policy;
    }

    @PostConstruct
    void init() {
        policy = new ThrottlePolicy(maxFailures, Duration.ofSeconds(windowSeconds), Duration.ofSeconds(delaySeconds),
                Duration.ofSeconds(maxDelaySeconds));
    }

    /**
     * @return whether the subject has failures on record (that a success then clears)
     * @throws Throttled while the subject is blocked, whatever its credentials
     */
    @Transactional(TxType.SUPPORTS)
    public boolean ensureNotBlocked(String subject) throws Throttled {
        Instant now = clock.instant();
        if (clean.get(subject, now).isPresent()) {
            return false;
        }
        long removalsSeen = clean.removals();
        AuthFailure state = em.find(AuthFailure.class, subject);
        Optional<Duration> wait = policy.blockedFor(state, now);
        if (wait.isPresent()) {
            throw new Throttled(ThrottlePolicy.retryAfterSeconds(wait.get()));
        }
        if (state == null && cleanCacheMillis > 0) {
            clean.putUnlessRemovedSince(removalsSeen, subject, true, now.plusMillis(cleanCacheMillis), now);
        }
        return state != null;
    }

    /**
     * Counts a failure under the given policy (the default is {@link #policy()}; PIN logins allow fewer, an address
     * across all keys more). @throws Throttled when this failure was one too many (committed all the same)
     */
    @Transactional(value = TxType.REQUIRES_NEW, dontRollbackOn = Throttled.class)
    public void recordFailure(String subject, ThrottlePolicy policy) throws Throttled {
        clean.remove(subject);
        cluster.publish(CacheInvalidation.THROTTLE, subject);
        Instant now = clock.instant();
        AuthFailure state = em.find(AuthFailure.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            state = new AuthFailure(subject, now);
            em.persist(state);
        }
        Optional<Duration> blocked = policy.recordFailure(state, now);
        if (blocked.isPresent()) {
            audit.record(AuditKind.AUTHENTICATION_BLOCKED, null, subject,
                    "blocked for " + blocked.get().toSeconds() + " s after repeated failures");
            throw new Throttled(ThrottlePolicy.retryAfterSeconds(blocked.get()));
        }
    }

    /** A success clears the subject's record (a bulk delete, so concurrent successes do not conflict). */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordSuccess(String subject) {
        em.createQuery("delete from AuthFailure f where f.subject = :subject").setParameter("subject", subject)
                .executeUpdate();
    }

    /** Forgets subjects whose last window and block are long over. */
    @Transactional(TxType.REQUIRES_NEW)
    public int purge(Instant before) {
        return em.createQuery("""
                        delete from AuthFailure f where f.windowStart < :before
                        and (f.blockedUntil is null or f.blockedUntil < :before)""")
                .setParameter("before", before)
                .executeUpdate();
    }

    void onInvalidation(@Observes CacheInvalidation invalidation) {
        if (invalidation.isAll()) {
            clean.clear();
        } else if (invalidation.concerns(CacheInvalidation.THROTTLE)) {
            clean.remove(invalidation.id());
        }
    }
}
