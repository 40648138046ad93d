package com.workgate.auth.directory.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.workgate.auth.directory.control.GroupRelationship.GroupKey;
import com.workgate.auth.directory.entity.DirectoryGroup;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.JsonFields;
import com.workgate.auth.platform.control.ApiException.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules of a group hierarchy PUT. A hierarchy is refused whole, naming every offending entry, when an entry is
 * malformed (group and groupType required strings; parent and parentType both null or both strings), when a group
 * has two parents, or when parents form a circle. Identical entries count once. A parent that is not listed as a
 * group of its own becomes a top-level group.
 */
public final class GroupHierarchyRules {

    public static final String FIELD = "groupRelationships";
    public static final int MAX_ENTRIES = 5_000;
    /** At most this many problems are named in one answer; the count says how many there were. */
    static final int MAX_REPORTED = 20;

    private GroupHierarchyRules() {
    }

    /** The hierarchy the document describes, one entry per group, implicit top-level parents added. */
    public static List<GroupRelationship> read(JsonNode root) {
        JsonNode entries = JsonFields.requireArray(root, FIELD, MAX_ENTRIES);
        List<FieldError> problems = new ArrayList<>();
        List<GroupRelationship> relationships = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String field = FIELD + "[" + i + "]";
            JsonNode entry = entries.get(i);
            if (!entry.isObject()) {
                problems.add(new FieldError(field, "must be an object"));
                continue;
            }
            List<String> entryProblems = new ArrayList<>();
            String group = text(entry, "group", true, entryProblems);
            String groupType = text(entry, "groupType", true, entryProblems);
            String parent = text(entry, "parent", false, entryProblems);
            String parentType = text(entry, "parentType", false, entryProblems);
            if (entryProblems.isEmpty() && (parent == null) != (parentType == null)) {
                entryProblems.add(parent == null
                        ? "parentType is given without parent: both are null for a top-level group, both strings otherwise"
                        : "parent is given without parentType: both are null for a top-level group, both strings otherwise");
            }
            if (entryProblems.isEmpty()) {
                relationships.add(new GroupRelationship(group, groupType, parent, parentType));
            } else {
                entryProblems.forEach(p -> problems.add(new FieldError(field, p)));
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(structureProblems(relationships));
        }
        if (!problems.isEmpty()) {
            throw refusal(problems);
        }
        return withImplicitParents(relationships);
    }

    /**
     * Two parents for one group, and circles of parents (a group its own parent, A under B under A, longer
     * circles), each named by the indexes of the entries involved.
     */
    static List<FieldError> structureProblems(List<GroupRelationship> relationships) {
        List<FieldError> problems = new ArrayList<>();
        Map<GroupKey, Integer> firstIndex = new LinkedHashMap<>();
        Map<GroupKey, GroupKey> parentOf = new HashMap<>();
        Map<GroupKey, List<Integer>> twoParents = new LinkedHashMap<>();
        for (int i = 0; i < relationships.size(); i++) {
            GroupRelationship relationship = relationships.get(i);
            GroupKey key = relationship.key();
            Integer first = firstIndex.putIfAbsent(key, i);
            if (first == null) {
                parentOf.put(key, relationship.parentKey());
            } else if (!relationships.get(first).sameParentAs(relationship)) {
                twoParents.computeIfAbsent(key, k -> new ArrayList<>(List.of(first))).add(i);
            }
        }
        twoParents.forEach((key, indexes) -> problems.add(new FieldError(FIELD + indexes(indexes),
                key + " has more than one parent: " + indexes.stream()
                        .map(i -> parentText(relationships.get(i))).collect(Collectors.joining(", ")))));

        Map<GroupKey, Boolean> finished = new HashMap<>();
        for (GroupKey start : firstIndex.keySet()) {
            List<GroupKey> path = new ArrayList<>();
            GroupKey current = start;
            while (current != null && !finished.containsKey(current)) {
                int seen = path.indexOf(current);
                if (seen >= 0) {
                    List<GroupKey> circle = path.subList(seen, path.size());
                    List<Integer> circleIndexes = circle.stream().map(firstIndex::get).sorted().toList();
                    String chain = circle.stream().map(GroupKey::toString).collect(Collectors.joining(" → "))
                            + " → " + current;
                    problems.add(new FieldError(FIELD + indexes(circleIndexes), "circular reference: " + chain));
                    break;
                }
                path.add(current);
                current = parentOf.get(current);
            }
            path.forEach(key -> finished.put(key, true));
        }
        return problems;
    }

    static List<GroupRelationship> withImplicitParents(List<GroupRelationship> relationships) {
        Map<GroupKey, GroupRelationship> groups = new LinkedHashMap<>();
        relationships.forEach(r -> groups.putIfAbsent(r.key(), r));
        for (GroupRelationship relationship : relationships) {
            GroupKey parent = relationship.parentKey();
            if (parent != null && !groups.containsKey(parent)) {
                groups.put(parent, GroupRelationship.topLevel(relationship.parent(), relationship.parentType()));
            }
        }
        return List.copyOf(groups.values());
    }

    private static ApiException refusal(List<FieldError> problems) {
        List<FieldError> named = problems.size() > MAX_REPORTED ? problems.subList(0, MAX_REPORTED) : problems;
        String message = "The group hierarchy is refused, nothing was changed: " + named.stream()
                .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "))
                + (problems.size() > named.size() ? "; and " + (problems.size() - named.size()) + " more" : "");
        return new ApiException(400, message, named);
    }

    private static String text(JsonNode entry, String name, boolean required, List<String> problems) {
        JsonNode value = entry.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(name + " is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            problems.add(name + " must be a string" + (required ? "" : " or null"));
            return null;
        }
        String text = value.textValue();
        if (text.isBlank()) {
            problems.add(name + " must not be blank");
            return null;
        }
        if (text.length() > DirectoryGroup.NAME_LENGTH) {
            problems.add(name + " is longer than " + DirectoryGroup.NAME_LENGTH + " characters");
            return null;
        }
        return text;
    }

    private static String indexes(List<Integer> indexes) {
        return indexes.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    private static String parentText(GroupRelationship relationship) {
        GroupKey parent = relationship.parentKey();
        return parent == null ? "none (top-level)" : parent.toString();
    }
}
