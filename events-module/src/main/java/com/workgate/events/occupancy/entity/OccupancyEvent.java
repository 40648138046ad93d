package com.workgate.events.occupancy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sensor's reading of a place: occupied or not, and/or a head count. */
@Entity
@Table(name = "occupancy_event")
public class OccupancyEvent {

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

    private Boolean occupied;

    private Integer occupancy;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected OccupancyEvent() {
    }

    public OccupancyEvent(long organizationId, String sourceId, String eventId, Instant occurredAt, String locationType,
                          String locationRef, long locationPk, Boolean occupied, Integer occupancy, Instant receivedAt) {
        this.organizationId = organizationId;
        this.sourceId = sourceId;
        this.eventId = eventId;
        this.occurredAt = occurredAt;
        this.locationType = locationType;
        this.locationRef = locationRef;
        this.locationPk = locationPk;
        this.occupied = occupied;
        this.occupancy = occupancy;
        this.receivedAt = receivedAt;
    }

    public String getEventId() {
        return eventId;
    }
}
