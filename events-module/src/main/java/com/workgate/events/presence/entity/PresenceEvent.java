package com.workgate.events.presence.entity;

import com.workgate.events.ingest.entity.LocatedEventRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person detected at a place at a time; the office it lies in drives attendance. */
@Entity
@Table(name = "presence_event")
public class PresenceEvent extends LocatedEventRow {

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "source_user_id")
    private String sourceUserId;

    protected PresenceEvent() {
    }

    public PresenceEvent(long organizationId, String sourceId, String eventId, Instant occurredAt, String locationType,
                         String locationRef, long locationPk, long userId, String sourceUserId, Instant receivedAt) {
        super(organizationId, sourceId, eventId, occurredAt, locationType, locationRef, locationPk, receivedAt);
        this.userId = userId;
        this.sourceUserId = sourceUserId;
    }
}
