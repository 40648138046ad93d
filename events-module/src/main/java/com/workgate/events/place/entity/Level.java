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
@Table(name = "level")
public class Level {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "place_seq")
    @SequenceGenerator(name = "place_seq", sequenceName = "place_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_pk")
    private Location location;

    @Column(name = "level_id", nullable = false, length = Location.ID_LENGTH)
    private String levelId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean archived;

    @OneToMany(mappedBy = "level", cascade = CascadeType.ALL)
    @OrderBy("zoneId")
    private List<Zone> zones = new ArrayList<>();

    protected Level() {
    }

    public Level(Location location, String levelId) {
        this.organizationId = location.getOrganizationId();
        this.location = location;
        this.levelId = levelId;
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

    public Location getLocation() {
        return location;
    }

    public String getLevelId() {
        return levelId;
    }

    public String getName() {
        return name;
    }

    public boolean isArchived() {
        return archived;
    }

    public List<Zone> getZones() {
        return zones;
    }
}
