package com.workgate.auth.scim.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** A SCIM group of an organization and the ids of its members (V1_8); names are unique ignoring case. */
@Entity
@Table(name = "scim_group")
public class ScimGroup {

    public static final int NAME_LENGTH = 100;
    public static final int EXTERNAL_ID_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scim_group_seq")
    @SequenceGenerator(name = "scim_group_seq", sequenceName = "scim_group_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "display_name", nullable = false, length = NAME_LENGTH)
    private String displayName;

    @Column(name = "display_key", nullable = false, length = NAME_LENGTH)
    private String displayKey;

    @Column(name = "external_id", length = EXTERNAL_ID_LENGTH)
    private String externalId;

    @ElementCollection
    @CollectionTable(name = "scim_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "user_id")
    private Set<Long> memberIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ScimGroup() {
    }

    public ScimGroup(long organizationId, Instant createdAt) {
        this.organizationId = organizationId;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public static String key(String displayName) {
        return displayName.toLowerCase(Locale.ROOT);
    }

    public void set(String displayName, String externalId, Set<Long> memberIds, Instant at) {
        this.displayName = displayName;
        this.displayKey = key(displayName);
        this.externalId = externalId;
        this.memberIds.clear();
        this.memberIds.addAll(memberIds);
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getExternalId() {
        return externalId;
    }

    public Set<Long> getMemberIds() {
        return memberIds;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
