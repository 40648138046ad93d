package com.workgate.timeclock.project.control;

import com.workgate.auth.platform.control.WholeNumbers;
import com.workgate.timeclock.project.entity.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.JsonFields;
import com.workgate.auth.user.control.People;
import com.workgate.timeclock.common.control.JpqlList;
import com.workgate.timeclock.common.control.JpqlList.Field;
import com.workgate.timeclock.common.control.JpqlList.Type;
import com.workgate.timeclock.common.control.ListDefinition;
import com.workgate.timeclock.common.control.ListPage;
import com.workgate.timeclock.common.control.ListQuery;
import com.workgate.timeclock.common.control.Order;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An organization's projects: people see those they are assigned to; administrators manage them all. */
@ApplicationScoped
public class Projects {

    public static final Map<String, Field> FIELDS = Map.of("id", new Field("id", Type.NUMBER),
            "name", new Field("name", Type.TEXT), "color", new Field("color", Type.TEXT));
    public static final ListDefinition LIST = ListDefinition.of(FIELDS.keySet(), Order.ascending("name"));
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Clock clock;

    /** The projects (not deleted) that list the person as an assignee. */
    public ListPage<Project> assignedTo(long organizationId, long userId, ListQuery query) {
        return JpqlList.page(em, Project.class, "e.organizationId = :org and e.status <> :deleted and :user member of e.assigneeIds",
                Map.of("org", organizationId, "deleted", Project.DELETED, "user", userId), FIELDS, query);
    }

    public Project assigned(long organizationId, long userId, String id) {
        return parseId(id).flatMap(projectId -> find(organizationId, projectId))
                .filter(project -> project.isAssigned(userId))
                .orElseThrow(() -> new ApiException(404, "Object not found: " + id));
    }

    public List<Project> all(long organizationId) {
        return em.createQuery("select p from Project p where p.organizationId = :org and p.status <> :deleted order by p.name",
                        Project.class)
                .setParameter("org", organizationId).setParameter("deleted", Project.DELETED).getResultList();
    }

    public Project get(long organizationId, String id) {
        return parseId(id).flatMap(projectId -> find(organizationId, projectId))
                .orElseThrow(() -> ApiException.notFound("project " + id));
    }

    @Transactional
    public Project create(long organizationId, ProjectData data) {
        Project project = new Project(organizationId, clock.instant().getEpochSecond());
        apply(organizationId, project, data);
        em.persist(project);
        return project;
    }

    @Transactional
    public Project update(long organizationId, String id, ProjectData data) {
        Project project = get(organizationId, id);
        apply(organizationId, project, data);
        return project;
    }

    @Transactional
    public void delete(long organizationId, String id) {
        get(organizationId, id).delete(clock.instant().getEpochSecond());
    }

    private void apply(long organizationId, Project project, ProjectData data) {
        if (data == null) {
            throw ApiException.badRequest("body", "is required");
        }
        String name = data.name() != null ? data.name().trim() : project.getName();
        if (name == null || name.isEmpty()) {
            throw ApiException.badRequest("name", "is required");
        }
        JsonFields.limit(name, "name", Project.NAME_LENGTH);
        String color = data.color() != null ? data.color() : project.getColor();
        if (color != null && !COLOR.matcher(color).matches()) {
            throw ApiException.badRequest("color", "must be a #rrggbb color");
        }
        String status = data.status() != null ? data.status() : project.getStatus();
        if (!Project.ACTIVE.equals(status) && !Project.LOCKED.equals(status)) {
            throw ApiException.badRequest("status", "must be active or locked");
        }
        Set<Long> assignees = data.assigneeIds() != null ? new HashSet<>(data.assigneeIds()) : project.getAssigneeIds();
        for (Long assignee : assignees) {
            if (assignee == null || people.find(organizationId, assignee).isEmpty()) {
                throw ApiException.badRequest("assigneeIds", "no user " + assignee + " in this organization");
            }
        }
        project.change(name, color, status, new HashSet<>(assignees), clock.instant().getEpochSecond());
    }

    private static Optional<Long> parseId(String id) {
        return WholeNumbers.id(id);
    }

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
