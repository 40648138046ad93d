package com.workgate.events.ingest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/**
 * The columns every located event row has: who sent it (organization, source, event id, unique together), when it
 * happened, the place it named and the office that place lies in, and when we received it.
 */
@MappedSuperclass
public abstract class LocatedEventRow {

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

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected LocatedEventRow() {
    }

    protected LocatedEventRow(long organizationId, String sourceId, String eventId, Instant occurredAt, String locationType,
                              String locationRef, long locationPk, Instant receivedAt) {
        this.organizationId = organizationId;
        this.sourceId = sourceId;
        this.eventId = eventId;
        this.occurredAt = occurredAt;
        this.locationType = locationType;
        this.locationRef = locationRef;
        this.locationPk = locationPk;
        this.receivedAt = receivedAt;
    }
}
