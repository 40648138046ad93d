package com.workgate.events.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** An access card held by a person; a card number is unique within an organization. */
@Entity
@Table(name = "access_card")
public class AccessCard {

    /** Column sizes (V2_1), shared by the input checks. */
    public static final int CARD_NUMBER_LENGTH = 100;
    public static final int FACILITY_CODE_LENGTH = 100;
    public static final int CREDENTIAL_TYPE_LENGTH = 100;
    public static final int SCAN_DATA_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "card_number", nullable = false, length = CARD_NUMBER_LENGTH)
    private String cardNumber;

    @Column(name = "facility_code", length = FACILITY_CODE_LENGTH)
    private String facilityCode;

    @Column(name = "credential_type", length = CREDENTIAL_TYPE_LENGTH)
    private String credentialType;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "scan_data", length = SCAN_DATA_LENGTH)
    private String scanData;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AccessCard() {
    }

    public AccessCard(long organizationId, long userId, String cardNumber) {
        this.organizationId = organizationId;
        this.userId = userId;
        this.cardNumber = cardNumber;
    }

    public void update(String facilityCode, String credentialType, boolean active, String scanData, Instant at) {
        this.facilityCode = facilityCode;
        this.credentialType = credentialType;
        this.active = active;
        this.scanData = scanData;
        this.updatedAt = at;
    }

    public long getUserId() {
        return userId;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public boolean isActive() {
        return active;
    }
}
