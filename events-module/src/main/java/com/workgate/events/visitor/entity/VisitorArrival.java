package com.workgate.events.visitor.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A visitor signed in at a location, with the host they came for when known. */
@Entity
@Table(name = "visitor_arrival")
public class VisitorArrival {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 100)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "source_id", nullable = false)
    private String sourceId;

    @Column(name = "event_id", nullable = false)
    private String eventId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "location_type", nullable = false)
    private String locationType;

    @Column(name = "location_ref", nullable = false)
    private String locationRef;

    @Column(name = "location_pk", nullable = false)
    private long locationPk;

    @Column(name = "visitor_name", nullable = false)
    private String visitorName;

    @Column(name = "visitor_email")
    private String visitorEmail;

    @Column(name = "host_user_id")
    private Long hostUserId;

    private String company;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected VisitorArrival() {
    }

    public VisitorArrival(long organizationId, String sourceId, String eventId, Instant occurredAt, String locationType,
                          String locationRef, long locationPk, String visitorName, String visitorEmail, Long hostUserId,
                          String company, Instant receivedAt) {
        this.organizationId = organizationId;
        this.sourceId = sourceId;
        this.eventId = eventId;
        this.occurredAt = occurredAt;
        this.locationType = locationType;
        this.locationRef = locationRef;
        this.locationPk = locationPk;
        this.visitorName = visitorName;
        this.visitorEmail = visitorEmail;
        this.hostUserId = hostUserId;
        this.company = company;
        this.receivedAt = receivedAt;
    }

    public String getEventId() {
        return eventId;
    }

    public Long getHostUserId() {
        return hostUserId;
    }

    public String getVisitorName() {
        return visitorName;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getLocationRef() {
        return locationRef;
    }
}
