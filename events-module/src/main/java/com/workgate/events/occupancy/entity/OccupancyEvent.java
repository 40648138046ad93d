package com.workgate.events.occupancy.entity;

import com.workgate.events.ingest.entity.LocatedEventRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sensor's reading of a place: occupied or not, and/or a head count. */
@Entity
@Table(name = "occupancy_event")
public class OccupancyEvent extends LocatedEventRow {

    private Boolean occupied;

    private Integer occupancy;

    protected OccupancyEvent() {
    }

    public OccupancyEvent(long organizationId, String sourceId, String eventId, Instant occurredAt, String locationType,
                          String locationRef, long locationPk, Boolean occupied, Integer occupancy, Instant receivedAt) {
        super(organizationId, sourceId, eventId, occurredAt, locationType, locationRef, locationPk, receivedAt);
        this.occupied = occupied;
        this.occupancy = occupancy;
    }
}
