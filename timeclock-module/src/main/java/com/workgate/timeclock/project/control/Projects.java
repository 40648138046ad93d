package com.workgate.timeclock.project.control;

import com.workgate.timeclock.project.entity.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Looking up an organization's projects (not deleted ones). */
@ApplicationScoped
public class Projects {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    public Optional<Project> find(long organizationId, long projectId) {
        return em.createQuery("select p from Project p where p.id = :id and p.organizationId = :org and p.status <> :deleted",
                        Project.class)
                .setParameter("id", projectId).setParameter("org", organizationId).setParameter("deleted", Project.DELETED)
                .getResultStream().findFirst();
    }

    /** The projects with these ids, deleted ones included (sessions keep showing the project they were clocked to). */
    public Map<Long, Project> byIds(long organizationId, Collection<Long> ids) {
        Map<Long, Project> projects = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select p from Project p where p.organizationId = :org and p.id in :ids", Project.class)
                    .setParameter("org", organizationId).setParameter("ids", ids)
                    .getResultList().forEach(project -> projects.put(project.getId(), project));
        }
        return projects;
    }
}
