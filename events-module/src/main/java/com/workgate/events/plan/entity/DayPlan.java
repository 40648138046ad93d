package com.workgate.events.plan.entity;

import com.workgate.auth.user.entity.PlanKind;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A person's plan for one day where it differs from (or was set over) their weekly plan. */
@Entity
@Table(name = "day_plan")
public class DayPlan {

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

    @Convert(converter = PlanKindConverter.class)
    @Column(nullable = false)
    private PlanKind plan;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DayPlan() {
    }

    public DayPlan(long organizationId, long userId, LocalDate day, PlanKind plan, Instant updatedAt) {
        this.organizationId = organizationId;
        this.userId = userId;
        this.day = day;
        this.plan = plan;
        this.updatedAt = updatedAt;
    }

    public void change(PlanKind plan, Instant at) {
        this.plan = plan;
        this.updatedAt = at;
    }

    public long getUserId() {
        return userId;
    }

    public LocalDate getDay() {
        return day;
    }

    public PlanKind getPlan() {
        return plan;
    }
}
