package com.workgate.auth.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One directory attribute of a person ({@code department}, {@code costCenter}, ...), unique per person and name. */
@Entity
@Table(name = "user_attribute")
public class UserAttribute {

    public static final int NAME_LENGTH = 100;
    public static final int VALUE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_attribute_seq")
    @SequenceGenerator(name = "user_attribute_seq", sequenceName = "user_attribute_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_LENGTH)
    private String nameKey;

    @Column(name = "attribute_value", nullable = false, length = VALUE_LENGTH)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected UserAttribute() {
    }

    public UserAttribute(long organizationId, long userId, String name, String value, Instant at) {
        this.organizationId = organizationId;
        this.userId = userId;
        this.nameKey = DirectoryGroup.typeKey(name);
        set(name, value, at);
    }

    public void set(String name, String value, Instant at) {
        this.name = name;
        this.value = value;
        this.updatedAt = at;
    }

    public long getUserId() {
        return userId;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getValue() {
        return value;
    }
}
