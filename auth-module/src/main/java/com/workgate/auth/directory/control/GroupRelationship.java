package com.workgate.auth.directory.control;

import com.workgate.auth.directory.entity.DirectoryGroup;

/** One entry of a hierarchy PUT: a group of a type, and its parent (both null for a top-level group). */
public record GroupRelationship(String group, String groupType, String parent, String parentType) {

    /** A group is its type (case-insensitive) and its name (exact). */
    public record GroupKey(String typeKey, String name) {

        static GroupKey of(String type, String name) {
            return new GroupKey(DirectoryGroup.typeKey(type), name);
        }

        @Override
        public String toString() {
            return typeKey + " \"" + name + "\"";
        }
    }

    public static GroupRelationship topLevel(String group, String groupType) {
        return new GroupRelationship(group, groupType, null, null);
    }

    public GroupKey key() {
        return GroupKey.of(groupType, group);
    }

    /** null for a top-level group */
    public GroupKey parentKey() {
        return parent == null ? null : GroupKey.of(parentType, parent);
    }

    boolean sameParentAs(GroupRelationship other) {
        return java.util.Objects.equals(parentKey(), other.parentKey());
    }
}
