package com.workgate.timeclock.holiday.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A public holiday of a country, stored per organization once its year has been filled. */
@Entity
@Table(name = "holiday")
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeclock_seq")
    @SequenceGenerator(name = "timeclock_seq", sequenceName = "timeclock_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(nullable = false)
    private String country;

    @Column(name = "holiday_year", nullable = false)
    private int year;

    @Column(name = "holiday_month", nullable = false)
    private int month;

    @Column(name = "holiday_day", nullable = false)
    private int day;

    protected Holiday() {
    }

    public Holiday(long organizationId, String country, int year, int month, int day) {
        this.organizationId = organizationId;
        this.country = country;
        this.year = year;
        this.month = month;
        this.day = day;
    }

    public int getYear() {
        return year;
    }

    public int getMonth() {
        return month;
    }

    public int getDay() {
        return day;
    }
}
