package com.workgate.auth.directory.control;

import com.workgate.auth.directory.control.UserAttributeDocument.Entry;
import com.workgate.auth.directory.entity.DirectoryGroup;
import com.workgate.auth.directory.entity.UserAttribute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the readable entries of one user-attributes request in one transaction. */
@ApplicationScoped
public class UserAttributeWriter {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    Clock clock;

    private record Key(long userId, String nameKey) {
    }

    @Transactional
    public List<AttributeResult> write(long organizationId, UserAttributeDocument.Read read) {
        Set<String> names = new HashSet<>();
        read.entries().stream().filter(e -> e != null).forEach(e -> names.add(DirectoryGroup.typeKey(e.userName())));
        List<DirectoryPerson> people = names.isEmpty() ? List.of() : em.createQuery("""
                        select u.id, u.email, u.userName from User u
                        where u.organization.id = :org and u.deletedAt is null
                          and (u.emailKey in :names or lower(u.userName) in :names)""", Object[].class)
                .setParameter("org", organizationId)
                .setParameter("names", names)
                .getResultStream()
                .map(row -> new DirectoryPerson((Long) row[0], (String) row[1], (String) row[2]))
                .toList();

        List<Long> userIds = new ArrayList<>();
        List<AttributeResult> results = new ArrayList<>();
        for (int i = 0; i < read.entries().size(); i++) {
            Entry entry = read.entries().get(i);
            Long userId = entry == null ? null : DirectoryPerson.resolve(entry.userName(), people);
            userIds.add(userId);
            results.add(entry == null ? read.refused().get(i)
                    : userId == null ? AttributeResult.userNotFound(entry.userName())
                    : AttributeResult.stored(entry.userName()));
        }

        Set<Long> found = new HashSet<>(userIds);
        found.remove(null);
        Map<Key, UserAttribute> stored = new HashMap<>();
        Map<Key, UserAttribute> removed = new HashMap<>();
        if (!found.isEmpty()) {
            em.createQuery("select a from UserAttribute a where a.organizationId = :org and a.userId in :ids",
                            UserAttribute.class)
                    .setParameter("org", organizationId)
                    .setParameter("ids", found)
                    .getResultStream()
                    .forEach(a -> stored.put(new Key(a.getUserId(), a.getNameKey()), a));
        }
        Instant now = clock.instant();
        for (int i = 0; i < read.entries().size(); i++) {
            Long userId = userIds.get(i);
            if (userId == null) {
                continue;
            }
            for (Map.Entry<String, String> attribute : read.entries().get(i).attributes().entrySet()) {
                Key key = new Key(userId, DirectoryGroup.typeKey(attribute.getKey()));
                UserAttribute current = stored.get(key);
                if (attribute.getValue() == null) {
                    if (current != null) {
                        em.remove(current);
                        stored.remove(key);
                        removed.put(key, current);
                    }
                } else if (current != null) {
                    current.set(attribute.getKey(), attribute.getValue(), now);
                } else if (removed.containsKey(key)) {
                    // set again after a removal earlier in this request: un-remove the row rather than insert a
                    // second one, which would be flushed before the delete and break the unique key
                    UserAttribute again = removed.remove(key);
                    em.persist(again);
                    again.set(attribute.getKey(), attribute.getValue(), now);
                    stored.put(key, again);
                } else {
                    UserAttribute created = new UserAttribute(organizationId, userId, attribute.getKey(),
                            attribute.getValue(), now);
                    em.persist(created);
                    stored.put(key, created);
                }
            }
        }
        return results;
    }
}
