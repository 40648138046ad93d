package com.workgate.auth.directory.control;

import com.workgate.auth.directory.entity.DirectoryGroup;
import com.workgate.auth.organization.entity.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The organization's group hierarchy: replaced whole, in one transaction, so a reader never sees half of one. */
@ApplicationScoped
public class GroupHierarchy {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    /** @return the number of groups the hierarchy now holds */
    @Transactional
    public int replace(long organizationId, List<GroupRelationship> hierarchy) {
        // Two PUTs of one organization at once would each delete what they see and both insert: the second to
        // commit would break the unique key. The organization's row lock makes them take turns.
        em.find(Organization.class, organizationId, LockModeType.PESSIMISTIC_WRITE);
        em.createQuery("delete from DirectoryGroup g where g.organizationId = :org")
                .setParameter("org", organizationId)
                .executeUpdate();
        for (GroupRelationship relationship : hierarchy) {
            em.persist(new DirectoryGroup(organizationId, relationship.group(), relationship.groupType(),
                    relationship.parent(), relationship.parentType()));
        }
        return hierarchy.size();
    }

    public List<GroupRelationship> current(long organizationId) {
        return em.createQuery("select g from DirectoryGroup g where g.organizationId = :org order by g.id",
                        DirectoryGroup.class)
                .setParameter("org", organizationId)
                .getResultStream()
                .map(g -> new GroupRelationship(g.getName(), g.getType(), g.getParentName(), g.getParentType()))
                .toList();
    }
}
