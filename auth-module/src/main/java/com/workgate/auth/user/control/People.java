package com.workgate.auth.user.control;

import com.workgate.auth.persistence.control.BatchLookup;
import com.workgate.auth.persistence.control.RowLocks;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The directory's look-ups for the other modules (docs/module-contracts.md): current people of an organization,
 * answered as {@link Person} read models or ids, never as entities. The batch look-ups of event submissions are
 * plain SQL over the view {@code auth_current_person}.
 */
@ApplicationScoped
public class People {

    @Inject
    UserDirectory directory;

    @Inject
    BatchLookup lookup;

    @Inject
    RowLocks locks;

    @Inject
    PersonEmailCache emailCache;

    @Inject
    Clock clock;

    public Optional<Person> find(long organizationId, long userId) {
        return directory.find(organizationId, userId).map(Person::of);
    }

    /** @throws ApiException 404 when the organization has no such current person */
    public Person get(long organizationId, long userId) {
        return Person.of(directory.get(organizationId, userId));
    }

    /**
     * Locks the person's row until the caller's transaction ends. Every writer of what a person owns (work sessions,
     * off-times, day plans, bookings) takes this lock before it checks its rules against the person's existing rows,
     * so writers of one person take turns and each sees what the one before it committed.
     *
     * @throws ApiException 404 when the organization has no such current person
     */
    @Transactional(TxType.MANDATORY)
    public Person lock(long organizationId, long userId) {
        if (locks.lock("app_user", "id = :id and organization_id = :org and deleted_at is null",
                Map.of("id", userId, "org", organizationId)).isEmpty()) {
            throw ApiException.notFound("user " + userId);
        }
        return get(organizationId, userId);
    }

    /** Locks the rows of those of the ids that name current people of the organization (see {@link #lock}). */
    @Transactional(TxType.MANDATORY)
    public Set<Long> lockAll(long organizationId, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        String ids = userIds.stream().distinct().map(String::valueOf).collect(Collectors.joining(", "));
        return new HashSet<>(locks.lock("app_user", "id in (" + ids + ") and organization_id = :org and deleted_at is null",
                Map.of("org", organizationId)));
    }

    /** The current people among the ids, by id. */
    public Map<Long, Person> byIds(long organizationId, Collection<Long> userIds) {
        return directory.list(organizationId, userIds).stream().map(Person::of)
                .collect(Collectors.toMap(Person::id, Function.identity()));
    }

    /** Those of the ids that name current people of the organization. */
    public Set<Long> existingIds(long organizationId, Set<Long> userIds) {
        Set<Long> found = new HashSet<>();
        lookup.query("select user_id from auth_current_person where organization_id = ? and user_id in (:values)",
                List.of(organizationId), userIds, row -> found.add(row.getLong(1)));
        return found;
    }

    /**
     * Email to user id, for the emails of current people of the organization, matched without regard to case; the
     * answer is keyed by the emails as given.
     */
    public Map<String, Long> idsByEmail(long organizationId, Set<String> emails) {
        Instant now = clock.instant();
        PersonEmailCache.Lookup cached = emailCache.lookUp(organizationId,
                emails.stream().map(User::emailKey).collect(Collectors.toSet()), now);
        Map<String, Long> byKey = new HashMap<>(cached.known());
        if (!cached.toLoad().isEmpty()) {
            Map<String, Long> loaded = new HashMap<>();
            lookup.query("select email_key, id from app_user where organization_id = ? and deleted_at is null and email_key in (:values)",
                    List.of(organizationId), cached.toLoad(), row -> loaded.put(row.getString(1), row.getLong(2)));
            emailCache.remember(cached.removalsSeen(), organizationId, loaded, now);
            byKey.putAll(loaded);
        }
        Map<String, Long> found = new HashMap<>();
        for (String email : emails) {
            Long id = byKey.get(User.emailKey(email));
            if (id != null) {
                found.put(email, id);
            }
        }
        return found;
    }

    /** The active person, in any organization, whose PIN this is (the PIN starts with their id). */
    public Optional<Person> activeWithPin(long userId, String pin) {
        return directory.findActiveAnywhere(userId).filter(user -> UserDirectory.pinMatches(user, pin)).map(Person::of);
    }
}
