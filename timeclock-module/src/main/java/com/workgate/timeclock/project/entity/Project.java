package com.workgate.timeclock.project.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A project people clock their sessions to; deleting only marks it deleted (sessions keep pointing at it). */
@Entity
@Table(name = "project")
public class Project {

    public static final String ACTIVE = "active";
    public static final String LOCKED = "locked";
    public static final String DELETED = "deleted";
    /** Column size (V3_1), shared by the input check. */
    public static final int NAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeclock_seq")
    @SequenceGenerator(name = "timeclock_seq", sequenceName = "timeclock_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    private String color;

    @Column(nullable = false)
    private String status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_assignee", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "user_id")
    private Set<Long> assigneeIds = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "updated_at", nullable = false)
    private long updatedAt;

    protected Project() {
    }

    public Project(long organizationId, long now) {
        this.organizationId = organizationId;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = ACTIVE;
    }

    public void change(String name, String color, String status, Set<Long> assigneeIds, long now) {
        this.name = name;
        this.color = color;
        this.status = status;
        this.assigneeIds.clear();
        this.assigneeIds.addAll(assigneeIds);
        this.updatedAt = now;
    }

    public void delete(long now) {
        this.status = DELETED;
        this.updatedAt = now;
    }

    public boolean isAssigned(long userId) {
        return assigneeIds.contains(userId);
    }

    public Long getId() {
        return id;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public String getColor() {
        return color;
    }

    public String getStatus() {
        return status;
    }

    public Set<Long> getAssigneeIds() {
        return assigneeIds;
    }
}
