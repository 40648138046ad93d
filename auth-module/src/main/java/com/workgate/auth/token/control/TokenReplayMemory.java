package com.workgate.auth.token.control;

import com.workgate.auth.crypto.control.Hmacs;
import com.workgate.auth.platform.control.ExpiringMap;
import jakarta.enterprise.context.ApplicationScoped;
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
 * The {@code /v1/auth} requests this node answered while they can still be fresh. It is not what makes a replay
 * get the same token: the token is a function of the request and the signing key ({@link HmacTokenExchange}), so
 * every node signs the same bytes. This memory only lets a node tell a replay (to log it) and skip signing again.
 * A cache: at its size it forgets, and a forgotten request is signed again, to the same bytes.
 */
@ApplicationScoped
public class TokenReplayMemory {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    private final ExpiringMap<String, IssuedToken> answered = new ExpiringMap<>(2_000);

    /** A one-way name of the request: SHA-256 of key id (upper case), timestamp and hash (lower case), in hex. */
    public static String digest(String apiKeyId, long timestamp, String hash) {
        String request = apiKeyId.toUpperCase(Locale.ROOT) + "\n" + timestamp + "\n" + hash.toLowerCase(Locale.ROOT);
        return HexFormat.of().formatHex(Hmacs.sha256(request.getBytes(StandardCharsets.UTF_8)));
    }

    /** The token this node gave an identical request, if it still remembers it. */
    public Optional<IssuedToken> recall(String digest, Instant now) {
        return answered.get(digest, now);
    }

    /** Remembers the answer until {@code forgetAt}; tells the answer remembered first when there was one. */
    public Optional<IssuedToken> remember(String digest, IssuedToken token, Instant forgetAt, Instant now) {
        return answered.putIfAbsent(digest, token, forgetAt, now);
    }

    /**
     * Empties {@code auth_replay}, where versions before deterministic tokens remembered every answer; nothing
     * writes to it any more.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int purge(Instant now) {
        return em.createQuery("delete from AuthReplay r where r.forgetAt < :now").setParameter("now", now).executeUpdate();
    }
}
