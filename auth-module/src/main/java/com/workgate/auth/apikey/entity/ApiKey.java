package com.workgate.auth.apikey.entity;

import com.workgate.auth.organization.entity.Organization;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An organization's API key. Its id is an upper-case UUID; its secrets live in {@link ApiKeySecret}. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    private String id;

    /** Column size (V1_1), shared by the input check. */
    public static final int NAME_LENGTH = 200;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KeyAuthentication authentication;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @OneToMany(mappedBy = "apiKey", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ApiKeySecret> secrets = new ArrayList<>();

    protected ApiKey() {
    }

    public ApiKey(String id, Organization organization, String name, Role role, KeyAuthentication authentication,
                  Instant createdAt) {
        this.id = id;
        this.organization = organization;
        this.name = name;
        this.role = role;
        this.authentication = authentication;
        this.createdAt = createdAt;
    }

    public void addSecret(String encryptedSecret, Instant createdAt) {
        secrets.add(new ApiKeySecret(this, encryptedSecret, createdAt));
    }

    public void revoke(Instant at) {
        this.revokedAt = at;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public String getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public KeyAuthentication getAuthentication() {
        return authentication;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public List<ApiKeySecret> getSecrets() {
        return secrets;
    }
}
