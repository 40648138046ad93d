package com.workgate.auth.apikey.control;

import com.workgate.auth.apikey.entity.ApiKey;
import com.workgate.auth.apikey.entity.ApiKeySecret;
import com.workgate.auth.apikey.entity.KeyAuthentication;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.audit.control.AuditTrail;
import com.workgate.auth.audit.entity.AuditKind;
import com.workgate.auth.crypto.control.RandomSecrets;
import com.workgate.auth.crypto.control.SecretCipher;
import com.workgate.auth.organization.entity.Organization;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.JsonFields;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Creating, listing, revoking and rotating an organization's API keys, and reading their secrets to verify. */
@ApplicationScoped
public class ApiKeys {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    SecretCipher cipher;

    @Inject
    Clock clock;

    @Inject
    KeyCredentialCache cache;

    @Inject
    AuditTrail audit;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Transactional
    public CreatedKey create(long organizationId, String name, Role role, KeyAuthentication authentication) {
        return create(organizationId, UUID.randomUUID().toString(), RandomSecrets.apiSecret(), name, role, authentication);
    }

    /** A key with a given id and secret (the bootstrap key an operator chose). */
    @Transactional
    public CreatedKey create(long organizationId, String keyId, String secret, String name, Role role,
                             KeyAuthentication authentication) {
        String id = normalize(keyId);
        if (em.find(ApiKey.class, id) != null) {
            throw ApiException.conflict("apiKey", "a key with this id exists");
        }
        Instant now = clock.instant();
        ApiKey key = new ApiKey(id, em.getReference(Organization.class, organizationId), name, role, authentication, now);
        key.addSecret(cipher.encrypt(secret), now);
        em.persist(key);
        audit.record(AuditKind.KEY_CREATED, organizationId, "key:" + id,
                "role=" + role + " authentication=" + authentication);
        return new CreatedKey(key, secret);
    }

    public List<ApiKey> list(long organizationId) {
        return em.createQuery("""
                        select k from ApiKey k where k.organization.id = :org and k.revokedAt is null order by k.createdAt, k.id""",
                        ApiKey.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

    @Transactional
    public void revoke(long organizationId, String keyId) {
        ApiKey key = ownActiveKey(organizationId, keyId);
        key.revoke(clock.instant());
        cache.forget(key.getId());
        audit.record(AuditKind.KEY_REVOKED, organizationId, "key:" + key.getId(), null);
    }

    /** A new secret; the current ones keep verifying for {@code overlap}, then stop. */
    @Transactional
    public CreatedKey rotate(long organizationId, String keyId, Duration overlap) {
        ApiKey key = ownActiveKey(organizationId, keyId);
        Instant now = clock.instant();
        Instant oldSecretsEnd = now.plus(overlap);
        for (ApiKeySecret secret : key.getSecrets()) {
            if (secret.getExpiresAt() == null || secret.getExpiresAt().isAfter(oldSecretsEnd)) {
                secret.expireAt(oldSecretsEnd);
            }
        }
        String secret = RandomSecrets.apiSecret();
        key.addSecret(cipher.encrypt(secret), now);
        cache.forget(key.getId());
        audit.record(AuditKind.KEY_ROTATED, organizationId, "key:" + key.getId(), "earlier secrets end " + oldSecretsEnd);
        return new CreatedKey(key, secret);
    }

    /** An unrevoked key by id (case-insensitive), with its organization. */
    public Optional<ApiKey> findActive(String keyId) {
        if (!wellFormed(keyId)) {
            return Optional.empty();
        }
        return em.createQuery("""
                        select k from ApiKey k join fetch k.organization left join fetch k.secrets
                        where k.id = :id and k.revokedAt is null""", ApiKey.class)
                .setParameter("id", normalize(keyId))
                .getResultStream()
                .findFirst();
    }

    /**
     * The key's identity and its secrets in clear that verify now, newest first; empty for unknown or revoked keys.
     * Read through {@link KeyCredentialCache}.
     */
    public Optional<KeyCredentials> findCredentials(String keyId) {
        if (!wellFormed(keyId)) {
            return Optional.empty();
        }
        String id = normalize(keyId);
        Optional<KeyCredentials> cached = cache.find(id);
        if (cached.isPresent()) {
            return cached;
        }
        return loadCredentials(id, clock.instant());
    }

    /**
     * One plain query (key, organization and secrets): this runs for every key a few times a second under load,
     * and the entity graph cost several times the query.
     */
    private Optional<KeyCredentials> loadCredentials(String id, Instant now) {
        record Key(long organizationId, String accountName, Role role, KeyAuthentication authentication) {
        }
        record Secret(String encrypted, Instant createdAt, Instant expiresAt) {
        }
        long removalsSeen = cache.removals();
        Key key = null;
        List<Secret> valid = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     select k.organization_id, o.account_name, k.role, k.authentication, s.secret, s.created_at, s.expires_at
                     from api_key k join organization o on o.id = k.organization_id
                     left join api_key_secret s on s.api_key_id = k.id
                     where k.id = ? and k.revoked_at is null""")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (key == null) {
                        key = new Key(rows.getLong(1), rows.getString(2), Role.valueOf(rows.getString(3)),
                                KeyAuthentication.valueOf(rows.getString(4)));
                    }
                    String encrypted = rows.getString(5);
                    OffsetDateTime expiresAt = rows.getObject(7, OffsetDateTime.class);
                    if (encrypted != null && (expiresAt == null || now.isBefore(expiresAt.toInstant()))) {
                        valid.add(new Secret(encrypted, rows.getObject(6, OffsetDateTime.class).toInstant(),
                                expiresAt == null ? null : expiresAt.toInstant()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read API key " + id, e);
        }
        if (key == null) {
            return Optional.empty();
        }
        valid.sort(Comparator.comparing(Secret::createdAt).reversed());
        KeyCredentials found = new KeyCredentials(id, key.organizationId(), key.accountName(), key.role(),
                key.authentication(), valid.stream().map(secret -> cipher.decrypt(secret.encrypted())).toList());
        cache.put(removalsSeen, found, now,
                valid.stream().map(Secret::expiresAt).filter(Objects::nonNull).min(Instant::compareTo).orElse(null));
        return Optional.of(found);
    }

    /** Whether the key exists and is not revoked (read through {@link KeyCredentialCache}). */
    public boolean isActive(String keyId) {
        return findCredentials(keyId).isPresent();
    }

    private ApiKey ownActiveKey(long organizationId, String keyId) {
        return findActive(keyId)
                .filter(key -> key.getOrganization().getId() == organizationId)
                .orElseThrow(() -> ApiException.notFound("API key"));
    }

    private static boolean wellFormed(String keyId) {
        return keyId != null && !keyId.isBlank() && keyId.length() <= 36 && !JsonFields.hasNul(keyId);
    }

    public static String normalize(String keyId) {
        return keyId.trim().toUpperCase(Locale.ROOT);
    }
}
