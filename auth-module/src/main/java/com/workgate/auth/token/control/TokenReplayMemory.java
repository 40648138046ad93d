package com.workgate.auth.token.control;

import com.workgate.auth.crypto.control.Hmacs;
import com.workgate.auth.crypto.control.SecretCipher;
import com.workgate.auth.token.entity.AuthReplay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code /v1/auth} requests already answered, in the database so that every node gives an identical request
 * the same token. Tokens are stored encrypted; an entry is forgotten once its request could no longer be fresh.
 */
@ApplicationScoped
public class TokenReplayMemory {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    SecretCipher cipher;

    public static String digest(String apiKeyId, long timestamp, String hash) {
        String request = apiKeyId.toUpperCase(Locale.ROOT) + "\n" + timestamp + "\n" + hash.toLowerCase(Locale.ROOT);
        return HexFormat.of().formatHex(Hmacs.sha256(request.getBytes(StandardCharsets.UTF_8)));
    }

    public Optional<IssuedToken> recall(String digest, Instant now) {
        AuthReplay replay = em.find(AuthReplay.class, digest);
        if (replay == null || !now.isBefore(replay.getTokenExpiresAt())) {
            return Optional.empty();
        }
        return Optional.of(new IssuedToken(cipher.decrypt(replay.getEncryptedToken()), replay.getTokenExpiresAt()));
    }

    /** Remembers the answer; fails with a persistence error when another node remembered one first. */
    @Transactional(TxType.REQUIRES_NEW)
    public void remember(String digest, String apiKeyId, IssuedToken token, Instant forgetAt) {
        em.persist(new AuthReplay(digest, apiKeyId, cipher.encrypt(token.token()), token.expiresAt(), forgetAt));
        em.flush();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public int purge(Instant now) {
        return em.createQuery("delete from AuthReplay r where r.forgetAt < :now").setParameter("now", now).executeUpdate();
    }
}
