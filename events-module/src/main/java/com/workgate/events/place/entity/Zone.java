package com.workgate.events.place.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "zone")
public class Zone {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "place_seq")
    @SequenceGenerator(name = "place_seq", sequenceName = "place_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "level_pk")
    private Level level;

    @Column(name = "zone_id", nullable = false, length = Location.ID_LENGTH)
    private String zoneId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean archived;

    @OneToMany(mappedBy = "zone", cascade = CascadeType.ALL)
    @OrderBy("placeId")
    private List<Place> places = new ArrayList<>();

    protected Zone() {
    }

    public Zone(Level level, String zoneId) {
        this.organizationId = level.getLocation().getOrganizationId();
        this.level = level;
        this.zoneId = zoneId;
    }

    public void rename(String name) {
        this.name = name;
        this.archived = false;
    }

    public void archive() {
        this.archived = true;
    }

    public Long getId() {
        return id;
    }

    public Level getLevel() {
        return level;
    }

    public String getZoneId() {
        return zoneId;
    }

    public String getName() {
        return name;
    }

    public boolean isArchived() {
        return archived;
    }

    public List<Place> getPlaces() {
        return places;
    }
}
