package com.workgate.events.place.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A desk or a space. Archived, never deleted: bookings and events keep pointing at it. */
@Entity
@Table(name = "place")
public class Place {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "place_seq")
    @SequenceGenerator(name = "place_seq", sequenceName = "place_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "zone_pk")
    private Zone zone;

    @Column(name = "place_id", nullable = false, length = Location.ID_LENGTH)
    private String placeId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlaceKind kind;

    @Column(name = "assigned_user_id")
    private Long assignedUserId;

    @Column(nullable = false)
    private boolean archived;

    protected Place() {
    }

    public Place(Zone zone, String placeId) {
        this.organizationId = zone.getLevel().getLocation().getOrganizationId();
        this.zone = zone;
        this.placeId = placeId;
    }

    public void describe(String name, PlaceKind kind, Long assignedUserId) {
        this.name = name;
        this.kind = kind;
        this.assignedUserId = assignedUserId;
        this.archived = false;
    }

    public void archive() {
        this.archived = true;
    }

    public Long getId() {
        return id;
    }

    public Zone getZone() {
        return zone;
    }

    public String getPlaceId() {
        return placeId;
    }

    public String getName() {
        return name;
    }

    public PlaceKind getKind() {
        return kind;
    }

    public Long getAssignedUserId() {
        return assignedUserId;
    }

    public boolean isArchived() {
        return archived;
    }
}
