package com.workgate.auth.session.control;

import com.workgate.auth.caller.control.Caller;
import com.workgate.auth.crypto.control.SecretCipher;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.session.entity.ApiSession;
import com.workgate.auth.token.control.IssuedToken;
import com.workgate.auth.token.control.TokenIssuer;
import com.workgate.auth.token.control.TokenSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Signed-header API sessions: a bearer token per session, readable while valid, revocable. */
@ApplicationScoped
public class ApiSessions {

    public record OpenSession(String sessionId, Instant expiration, String apiKey, String apiToken) {
    }

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    TokenIssuer issuer;

    @Inject
    SecretCipher cipher;

    @Inject
    Clock clock;

    @Transactional
    public OpenSession open(Caller caller) {
        String id = UUID.randomUUID().toString();
        IssuedToken token = issuer.issue(new TokenSubject(caller.apiKeyId(), caller.organizationId(), caller.role(), id));
        em.persist(new ApiSession(id, caller.apiKeyId(), caller.organizationId(), cipher.encrypt(token.token()),
                clock.instant(), token.expiresAt()));
        return new OpenSession(id, token.expiresAt(), caller.apiKeyId(), token.token());
    }

    /** The caller's own session while it is valid; anything else is not found. */
    public OpenSession get(Caller caller, String sessionId) {
        ApiSession session = own(caller, sessionId);
        return new OpenSession(session.getId(), session.getExpiresAt(), session.getApiKeyId(),
                cipher.decrypt(session.getEncryptedToken()));
    }

    @Transactional
    public void revoke(Caller caller, String sessionId) {
        own(caller, sessionId).revoke(clock.instant());
    }

    public boolean isActive(String sessionId) {
        ApiSession session = em.find(ApiSession.class, sessionId);
        return session != null && session.isValidAt(clock.instant());
    }

    private ApiSession own(Caller caller, String sessionId) {
        ApiSession session = sessionId == null || sessionId.length() > 36 ? null : em.find(ApiSession.class, sessionId);
        if (session == null || !session.isValidAt(clock.instant()) || !session.getApiKeyId().equals(caller.apiKeyId())
                || session.getOrganizationId() != caller.organizationId()) {
            throw ApiException.notFound("session");
        }
        return session;
    }
}
