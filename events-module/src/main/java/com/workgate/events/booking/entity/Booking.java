package com.workgate.events.booking.entity;

import com.workgate.events.place.entity.Location;
import com.workgate.events.place.entity.Place;
import com.workgate.events.place.entity.Zone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A person's booking for a day: of a location (depth 1), a zone (2) or a place (3). */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_seq")
    @SequenceGenerator(name = "plan_seq", sequenceName = "plan_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "on_day", nullable = false)
    private LocalDate day;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_pk")
    private Location location;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "zone_pk")
    private Zone zone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "place_pk")
    private Place place;

    @Column(nullable = false)
    private int depth;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Booking() {
    }

    public Booking(long organizationId, long userId, LocalDate day, Location location, Zone zone, Place place,
                   Instant createdAt) {
        this.organizationId = organizationId;
        this.userId = userId;
        this.day = day;
        this.location = location;
        this.zone = zone;
        this.place = place;
        this.depth = place != null ? 3 : zone != null ? 2 : 1;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public LocalDate getDay() {
        return day;
    }

    public Location getLocation() {
        return location;
    }

    public Zone getZone() {
        return zone;
    }

    public Place getPlace() {
        return place;
    }

    public int getDepth() {
        return depth;
    }

    /** Where, as the log says it: {@code LON / L3 / Z-North / D-12}. */
    public String describe() {
        StringBuilder where = new StringBuilder(location.getLocationId());
        if (zone != null) {
            where.append(" / ").append(zone.getLevel().getLevelId()).append(" / ").append(zone.getZoneId());
        }
        if (place != null) {
            where.append(" / ").append(place.getPlaceId());
        }
        return where.toString();
    }
}
