package com.workgate.auth.token.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A {@code /v1/auth} request already answered, with its token (encrypted), kept while the request is fresh. */
@Entity
@Table(name = "auth_replay")
public class AuthReplay {

    @Id
    @Column(name = "request_digest")
    private String requestDigest;

    @Column(name = "api_key_id", nullable = false)
    private String apiKeyId;

    @Column(name = "token", nullable = false)
    private String encryptedToken;

    @Column(name = "token_expires_at", nullable = false)
    private Instant tokenExpiresAt;

    @Column(name = "forget_at", nullable = false)
    private Instant forgetAt;

    protected AuthReplay() {
    }

    public AuthReplay(String requestDigest, String apiKeyId, String encryptedToken, Instant tokenExpiresAt, Instant forgetAt) {
        this.requestDigest = requestDigest;
        this.apiKeyId = apiKeyId;
        this.encryptedToken = encryptedToken;
        this.tokenExpiresAt = tokenExpiresAt;
        this.forgetAt = forgetAt;
    }

    public void reencrypt(String encryptedToken) {
        this.encryptedToken = encryptedToken;
    }

    public String getApiKeyId() {
        return apiKeyId;
    }

    public String getEncryptedToken() {
        return encryptedToken;
    }

    public Instant getTokenExpiresAt() {
        return tokenExpiresAt;
    }
}
