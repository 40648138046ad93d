package com.workgate.events.visitor.entity;

import com.workgate.events.ingest.entity.LocatedEventRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A visitor signed in at a location, with the host they came for when known. */
@Entity
@Table(name = "visitor_arrival")
public class VisitorArrival extends LocatedEventRow {

    @Column(name = "visitor_name", nullable = false)
    private String visitorName;

    @Column(name = "visitor_email")
    private String visitorEmail;

    @Column(name = "host_user_id")
    private Long hostUserId;

    private String company;

    protected VisitorArrival() {
    }

    public VisitorArrival(long organizationId, String sourceId, String eventId, Instant occurredAt, String locationType,
                          String locationRef, long locationPk, String visitorName, String visitorEmail, Long hostUserId,
                          String company, Instant receivedAt) {
        super(organizationId, sourceId, eventId, occurredAt, locationType, locationRef, locationPk, receivedAt);
        this.visitorName = visitorName;
        this.visitorEmail = visitorEmail;
        this.hostUserId = hostUserId;
        this.company = company;
    }
}
