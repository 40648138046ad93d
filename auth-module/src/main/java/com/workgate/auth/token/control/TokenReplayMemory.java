package com.workgate.auth.token.control;

import com.workgate.auth.crypto.control.Hmacs;
import com.workgate.auth.crypto.control.SecretCipher;
import com.workgate.auth.platform.control.ExpiringMap;
import com.workgate.auth.token.entity.AuthReplay;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code /v1/auth} requests already answered, in the database so that every node gives an identical request
 * the same token. Tokens are stored encrypted; an entry is forgotten once its request could no longer be fresh.
 * What this server answered in the last seconds is also kept in memory, for the duplicate that follows at once
 * (Calven's SDK sends each request twice); only a few: the database holds the rest.
 */
@ApplicationScoped
public class TokenReplayMemory {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    SecretCipher cipher;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    private static final Duration RECENT = Duration.ofSeconds(10);

    private final ExpiringMap<String, IssuedToken> recent = new ExpiringMap<>(2_000);

    public static String digest(String apiKeyId, long timestamp, String hash) {
        String request = apiKeyId.toUpperCase(Locale.ROOT) + "\n" + timestamp + "\n" + hash.toLowerCase(Locale.ROOT);
        return HexFormat.of().formatHex(Hmacs.sha256(request.getBytes(StandardCharsets.UTF_8)));
    }

    /** The token this server gave an identical request, without asking the database. */
    public Optional<IssuedToken> recallRecent(String digest, Instant now) {
        return recent.get(digest, now);
    }

    public Optional<IssuedToken> recall(String digest, Instant now) {
        AuthReplay replay = em.find(AuthReplay.class, digest);
        if (replay == null || !now.isBefore(replay.getTokenExpiresAt())) {
            return Optional.empty();
        }
        return Optional.of(new IssuedToken(cipher.decrypt(replay.getEncryptedToken()), replay.getTokenExpiresAt()));
    }

    /**
     * Remembers the answer; fails when another node remembered one first. One plain insert in its own (auto-commit)
     * transaction: this runs once for every token issued, and JPA and a JTA transaction cost more than the insert.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public void remember(String digest, String apiKeyId, IssuedToken token, Instant forgetAt) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into auth_replay (request_digest, api_key_id, token, token_expires_at, forget_at)
                     values (?, ?, ?, ?, ?)""")) {
            insert.setString(1, digest);
            insert.setString(2, apiKeyId);
            insert.setString(3, cipher.encrypt(token.token()));
            insert.setObject(4, OffsetDateTime.ofInstant(token.expiresAt(), ZoneOffset.UTC));
            insert.setObject(5, OffsetDateTime.ofInstant(forgetAt, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** Keeps in memory, for a few seconds, what {@link #remember} stored (once it is committed). */
    public void rememberRecent(String digest, IssuedToken token, Instant now) {
        recent.put(digest, token, now.plus(RECENT), now);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public int purge(Instant now) {
        return em.createQuery("delete from AuthReplay r where r.forgetAt < :now").setParameter("now", now).executeUpdate();
    }
}
