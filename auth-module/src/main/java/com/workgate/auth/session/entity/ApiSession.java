package com.workgate.auth.session.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed-header API session: a bearer token handed to a key that signed once; revocable. */
@Entity
@Table(name = "api_session")
public class ApiSession {

    @Id
    private String id;

    @Column(name = "api_key_id", nullable = false)
    private String apiKeyId;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "token", nullable = false)
    private String encryptedToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiSession() {
    }

    public ApiSession(String id, String apiKeyId, long organizationId, String encryptedToken, Instant createdAt,
                      Instant expiresAt) {
        this.id = id;
        this.apiKeyId = apiKeyId;
        this.organizationId = organizationId;
        this.encryptedToken = encryptedToken;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isValidAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void revoke(Instant at) {
        this.revokedAt = at;
    }

    public void reencrypt(String encryptedToken) {
        this.encryptedToken = encryptedToken;
    }

    public String getId() {
        return id;
    }

    public String getApiKeyId() {
        return apiKeyId;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getEncryptedToken() {
        return encryptedToken;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
