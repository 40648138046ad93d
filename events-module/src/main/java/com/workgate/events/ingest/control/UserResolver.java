package com.workgate.events.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the people a batch names, by id or by exact (case-sensitive) email, in two queries at most. */
@ApplicationScoped
public class UserResolver {

    @Inject
    BatchLookup lookup;

    /** The ids of those that exist (and are not deleted) in the organization. */
    public Set<Long> existingIds(long organizationId, Set<Long> ids) {
        Set<Long> found = new HashSet<>();
        lookup.query("select id from app_user where organization_id = ? and deleted_at is null and id in (:values)",
                List.of(organizationId), ids, row -> found.add(row.getLong(1)));
        return found;
    }

    /** Email to user id, for the emails that exist in the organization. */
    public Map<String, Long> idsByEmail(long organizationId, Set<String> emails) {
        Map<String, Long> found = new HashMap<>();
        lookup.query("select email, id from app_user where organization_id = ? and email in (:values)",
                List.of(organizationId), emails, row -> found.put(row.getString(1), row.getLong(2)));
        return found;
    }
}
