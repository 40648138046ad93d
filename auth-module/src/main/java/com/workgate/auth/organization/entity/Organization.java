package com.workgate.auth.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant: every row of data belongs to exactly one. */
@Entity
@Table(name = "organization")
public class Organization {

    /** Column sizes (V1_1), shared by the input checks. */
    public static final int NAME_LENGTH = 200;
    public static final int ACCOUNT_NAME_LENGTH = 100;
    public static final int COUNTRY_LENGTH = 2;
    public static final int TIME_ZONE_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "account_name", nullable = false, unique = true, length = ACCOUNT_NAME_LENGTH)
    private String accountName;

    @Column(nullable = false, length = COUNTRY_LENGTH)
    private String country;

    @Column(name = "time_zone", nullable = false, length = TIME_ZONE_LENGTH)
    private String timeZone;

    @Column(name = "system_org", nullable = false)
    private boolean systemOrganization;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organization() {
    }

    public Organization(String name, String accountName, String country, String timeZone, boolean systemOrganization,
                        Instant createdAt) {
        this.name = name;
        this.accountName = accountName;
        this.country = country;
        this.timeZone = timeZone;
        this.systemOrganization = systemOrganization;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getCountry() {
        return country;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isSystemOrganization() {
        return systemOrganization;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
