package com.workgate.auth.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One security-relevant change. Written once, never updated; deleted only when older than the retention. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int TARGET_LENGTH = 120;
    public static final int DETAIL_LENGTH = 500;
    public static final int ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 20)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "organization_id")
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditKind kind;

    @Column(length = TARGET_LENGTH)
    private String target;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    @Column(name = "actor_key_id", length = 36)
    private String actorKeyId;

    @Column(name = "actor_user_id")
    private Long actorUserId;

    @Column(name = "client_address", length = ADDRESS_LENGTH)
    private String clientAddress;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, Long organizationId, AuditKind kind, String target, String detail,
                      String actorKeyId, Long actorUserId, String clientAddress) {
        this.occurredAt = occurredAt;
        this.organizationId = organizationId;
        this.kind = kind;
        this.target = clip(target, TARGET_LENGTH);
        this.detail = clip(detail, DETAIL_LENGTH);
        this.actorKeyId = actorKeyId;
        this.actorUserId = actorUserId;
        this.clientAddress = clip(clientAddress, ADDRESS_LENGTH);
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public AuditKind getKind() {
        return kind;
    }

    public String getTarget() {
        return target;
    }

    public String getDetail() {
        return detail;
    }

    public String getActorKeyId() {
        return actorKeyId;
    }

    public Long getActorUserId() {
        return actorUserId;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
