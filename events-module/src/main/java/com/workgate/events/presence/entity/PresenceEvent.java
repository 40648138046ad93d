package com.workgate.events.presence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person detected at a place at a time. {@code locationPk} is the office the place lies in (for attendance). */
@Entity
@Table(name = "presence_event")
public class PresenceEvent {

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

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "source_user_id")
    private String sourceUserId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected PresenceEvent() {
    }

    public PresenceEvent(long organizationId, String sourceId, String eventId, Instant occurredAt, String locationType,
                         String locationRef, long locationPk, long userId, String sourceUserId, Instant receivedAt) {
        this.organizationId = organizationId;
        this.sourceId = sourceId;
        this.eventId = eventId;
        this.occurredAt = occurredAt;
        this.locationType = locationType;
        this.locationRef = locationRef;
        this.locationPk = locationPk;
        this.userId = userId;
        this.sourceUserId = sourceUserId;
        this.receivedAt = receivedAt;
    }

    public String getEventId() {
        return eventId;
    }
}
