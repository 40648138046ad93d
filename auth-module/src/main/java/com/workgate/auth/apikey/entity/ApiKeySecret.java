package com.workgate.auth.apikey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One secret of a key, encrypted at rest; during a rotation a key has two, the old one with an expiry. */
@Entity
@Table(name = "api_key_secret")
public class ApiKeySecret {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_secret_seq")
    @SequenceGenerator(name = "api_key_secret_seq", sequenceName = "api_key_secret_seq", allocationSize = 10)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "api_key_id")
    private ApiKey apiKey;

    @Column(name = "secret", nullable = false)
    private String encryptedSecret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ApiKeySecret() {
    }

    ApiKeySecret(ApiKey apiKey, String encryptedSecret, Instant createdAt) {
        this.apiKey = apiKey;
        this.encryptedSecret = encryptedSecret;
        this.createdAt = createdAt;
    }

    public boolean isValidAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    public void expireAt(Instant at) {
        this.expiresAt = at;
    }

    public void reencrypt(String encryptedSecret) {
        this.encryptedSecret = encryptedSecret;
    }

    public Long getId() {
        return id;
    }

    public String getEncryptedSecret() {
        return encryptedSecret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
