package com.workgate.auth.token.control;

import com.workgate.auth.audit.control.AuditTrail;
import com.workgate.auth.audit.entity.AuditKind;
import com.workgate.auth.crypto.control.SecretCipher;
import com.workgate.auth.platform.control.CacheInvalidation;
import com.workgate.auth.platform.control.ClusterInvalidation;
import com.workgate.auth.token.entity.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The RSA keys that sign tokens, shared by every node through the database. The newest unretired key signs;
 * retired keys keep verifying until the last token they signed has expired (a {@code /v1/auth} token may expire up
 * to the request window later than its lifetime: {@link TokenSettings#longestLife()}). Each node keeps the ring in memory; a
 * rotation makes every node of a cluster reload it when it commits ({@link ClusterInvalidation}), and a node that
 * missed that message reloads it at the latest after {@link #RELOAD_AT_LEAST_EVERY} (so retired keys verify that
 * much longer: tokens such a node signed with the old key in the meantime stay valid to their end).
 */
@ApplicationScoped
public class SigningKeys {

    private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(5);
    static final Duration RELOAD_AT_LEAST_EVERY = Duration.ofSeconds(60);

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SecretCipher cipher;

    @Inject
    TokenSettings settings;

    @Inject
    Clock clock;

    @Inject
    ClusterInvalidation cluster;

    private volatile KeyRing ring;
    private volatile Instant loadedAt = Instant.EPOCH;

    private record KeyRing(RsaSigningKey signing, Map<String, RsaSigningKey> verifying) {
    }

    /**
     * Makes sure a signing key exists (first start) and loads the ring. Nodes that start together on an empty
     * database may each create one: each tells the others, so that every node reloads, verifies all of them and
     * signs with the newest.
     */
    @Transactional
    public void ensureSigningKey() {
        if (activeKeys().isEmpty()) {
            SigningKey first = newKey();
            em.persist(first);
            em.flush();
            cluster.publish(CacheInvalidation.SIGNING_KEYS, first.getKid());
        }
        ring = load();
    }

    /** Starts signing with a fresh key; the previous one verifies until its tokens have expired. */
    @Transactional
    public String rotate() {
        Instant now = clock.instant();
        activeKeys().forEach(key -> key.retire(now));
        SigningKey fresh = newKey();
        em.persist(fresh);
        em.flush();
        ring = load();
        cluster.publish(CacheInvalidation.SIGNING_KEYS, fresh.getKid());
        audit.record(AuditKind.SIGNING_KEY_ROTATED, null, "signing-key:" + fresh.getKid(), null);
        return fresh.getKid();
    }

    public RsaSigningKey signingKey() {
        return ring().signing();
    }

    public Optional<RsaSigningKey> verificationKey(String kid) {
        RsaSigningKey key = ring().verifying().get(kid);
        if (key == null && clock.instant().isAfter(loadedAt.plus(RELOAD_AT_MOST_EVERY))) {
            // another node may have rotated
            ring = load();
            key = ring.verifying().get(kid);
        }
        return Optional.ofNullable(key);
    }

    /** The public halves, as a JWKS publishes them. */
    public List<Map<String, Object>> publicJwks() {
        return ring().verifying().values().stream()
                .map(key -> Jose.publicJwk(key.kid(), key.publicKey()))
                .toList();
    }

    private KeyRing ring() {
        KeyRing current = ring;
        if (current != null && !clock.instant().isAfter(loadedAt.plus(RELOAD_AT_LEAST_EVERY))) {
            return current;
        }
        synchronized (this) {
            if (ring != null && ring != current) {
                return ring;
            }
            try {
                ring = load();
            } catch (RuntimeException e) {
                if (ring == null) {
                    throw e;
                }
                // the database is away: keep the ring this node has, try again later
                loadedAt = clock.instant();
            }
            return ring;
        }
    }

    private KeyRing load() {
        Instant now = clock.instant();
        List<SigningKey> rows = em.createQuery("select k from SigningKey k", SigningKey.class).getResultList();
        Map<String, RsaSigningKey> verifying = new LinkedHashMap<>();
        RsaSigningKey signing = null;
        SigningKey newestActive = rows.stream().filter(k -> k.getRetiredAt() == null)
                .max(Comparator.comparing(SigningKey::getCreatedAt)).orElse(null);
        for (SigningKey row : rows) {
            boolean stillVerifying = row.getRetiredAt() == null
                    || row.getRetiredAt().plus(settings.longestLife()).plus(RELOAD_AT_LEAST_EVERY).isAfter(now);
            if (!stillVerifying) {
                continue;
            }
            boolean signs = row == newestActive;
            RsaSigningKey key = toKey(row, signs);
            verifying.put(row.getKid(), key);
            if (signs) {
                signing = key;
            }
        }
        if (signing == null) {
            throw new IllegalStateException("no active signing key");
        }
        loadedAt = now;
        return new KeyRing(signing, Map.copyOf(verifying));
    }

    private List<SigningKey> activeKeys() {
        return em.createQuery("select k from SigningKey k where k.retiredAt is null", SigningKey.class).getResultList();
    }

    private SigningKey newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            String kid = UUID.randomUUID().toString();
            String publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
            String privateKey = cipher.encrypt(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            return new SigningKey(kid, publicKey, privateKey, clock.instant());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private RsaSigningKey toKey(SigningKey row, boolean withPrivate) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(row.getPublicKey())));
            PrivateKey privateKey = withPrivate ? NativeRsa.signingKey(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(cipher.decrypt(row.getEncryptedPrivateKey())))) : null;
            return new RsaSigningKey(row.getKid(), (RSAPublicKey) publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing key " + row.getKid() + " is unreadable", e);
        }
    }

    /** Another node rotated (or messages may have been missed): the next use reloads the ring. */
    void onInvalidation(@Observes CacheInvalidation invalidation) {
        if (invalidation.concerns(CacheInvalidation.SIGNING_KEYS)) {
            ring = null;
        }
    }
}
