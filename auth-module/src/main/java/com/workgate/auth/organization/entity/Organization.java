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

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 10)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "account_name", nullable = false, unique = true)
    private String accountName;

    @Column(nullable = false)
    private String country;

    @Column(name = "time_zone", nullable = false)
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
