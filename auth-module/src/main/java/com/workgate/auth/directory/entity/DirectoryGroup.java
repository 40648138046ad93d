package com.workgate.auth.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/** A group of the organization's hierarchy and its parent; the whole hierarchy is replaced at once (V1_7). */
@Entity
@Table(name = "directory_group")
public class DirectoryGroup {

    public static final int NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "directory_group_seq")
    @SequenceGenerator(name = "directory_group_seq", sequenceName = "directory_group_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "group_name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "group_type", nullable = false, length = NAME_LENGTH)
    private String type;

    @Column(name = "type_key", nullable = false, length = NAME_LENGTH)
    private String typeKey;

    @Column(name = "parent_name", length = NAME_LENGTH)
    private String parentName;

    @Column(name = "parent_type", length = NAME_LENGTH)
    private String parentType;

    protected DirectoryGroup() {
    }

    public DirectoryGroup(long organizationId, String name, String type, String parentName, String parentType) {
        this.organizationId = organizationId;
        this.name = name;
        this.type = type;
        this.typeKey = typeKey(type);
        this.parentName = parentName;
        this.parentType = parentType;
    }

    /** Group types (and attribute names) compare case-insensitively: "Department" is the type "department". */
    public static String typeKey(String type) {
        return type.toLowerCase(Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getParentName() {
        return parentName;
    }

    public String getParentType() {
        return parentType;
    }
}
