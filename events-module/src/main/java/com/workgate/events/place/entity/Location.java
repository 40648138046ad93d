package com.workgate.events.place.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** An office; the top of the location > level > zone > place hierarchy. {@code locationId} is the customer's id. */
@Entity
@Table(name = "location")
public class Location {

    /**
     * Column sizes (V2_1), shared by the input checks; levels, zones and places have ids and names of the same
     * sizes.
     */
    public static final int ID_LENGTH = 100;
    public static final int NAME_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "place_seq")
    @SequenceGenerator(name = "place_seq", sequenceName = "place_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "location_id", nullable = false, length = ID_LENGTH)
    private String locationId;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(length = ADDRESS_LENGTH)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LocationStatus status;

    @Column(name = "has_presence_source", nullable = false)
    private boolean hasPresenceSource;

    @OneToMany(mappedBy = "location", cascade = CascadeType.ALL)
    @OrderBy("levelId")
    private List<Level> levels = new ArrayList<>();

    protected Location() {
    }

    public Location(long organizationId, String locationId) {
        this.organizationId = organizationId;
        this.locationId = locationId;
    }

    public void describe(String name, String address, LocationStatus status, boolean hasPresenceSource) {
        this.name = name;
        this.address = address;
        this.status = status;
        this.hasPresenceSource = hasPresenceSource;
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getLocationId() {
        return locationId;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public LocationStatus getStatus() {
        return status;
    }

    public boolean hasPresenceSource() {
        return hasPresenceSource;
    }

    public List<Level> getLevels() {
        return levels;
    }
}
