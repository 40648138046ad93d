package com.workgate.timeclock.session.control;

import com.workgate.auth.platform.control.WholeNumbers;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.user.control.People;
import com.workgate.timeclock.common.control.FieldValidationException;
import com.workgate.timeclock.common.control.JpqlList;
import com.workgate.timeclock.common.control.JpqlList.Field;
import com.workgate.timeclock.common.control.JpqlList.Type;
import com.workgate.timeclock.common.control.ListDefinition;
import com.workgate.timeclock.common.control.ListPage;
import com.workgate.timeclock.common.control.ListQuery;
import com.workgate.timeclock.common.control.Order;
import com.workgate.timeclock.profile.control.DefaultProjects;
import com.workgate.timeclock.project.control.ProjectRule;
import com.workgate.timeclock.project.control.Projects;
import com.workgate.timeclock.project.entity.Project;
import com.workgate.timeclock.session.entity.WorkSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's work sessions: list, read, write under the session rules, delete, summarize. A write locks the
 * person first, so that the rules are checked against every session committed before it.
 */
@ApplicationScoped
public class WorkSessions {

    public static final Map<String, Field> FIELDS = Map.of(
            "id", new Field("id", Type.NUMBER), "clockIn", new Field("clockIn", Type.NUMBER),
            "clockOut", new Field("clockOut", Type.NUMBER), "createdAt", new Field("createdAt", Type.NUMBER),
            "updatedAt", new Field("updatedAt", Type.NUMBER), "note", new Field("note", Type.TEXT));
    public static final ListDefinition LIST = ListDefinition.of(FIELDS.keySet(), Order.ascending("clockIn"));

    public record Summary(long userId, long from, long to, long summary, long sessions) {
    }

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Projects projects;

    @Inject
    DefaultProjects defaultProjects;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "workgate.timeclock.zone", defaultValue = "UTC")
    String zone;

    public ListPage<WorkSession> list(long organizationId, long userId, ListQuery query) {
        return JpqlList.page(em, WorkSession.class, "e.organizationId = :org and e.userId = :user",
                Map.of("org", organizationId, "user", userId), FIELDS, query);
    }

    public WorkSession get(long organizationId, long userId, String id) {
        return find(organizationId, userId, id).orElseThrow(() -> new ApiException(404, "Object not found: " + id));
    }

    @Transactional
    public WorkSession create(long organizationId, long userId, SessionWrite write) {
        people.lock(organizationId, userId);
        WorkSession session = new WorkSession(organizationId, userId, now());
        write(session, organizationId, userId, write, true);
        em.persist(session);
        return session;
    }

    @Transactional
    public WorkSession update(long organizationId, long userId, String id, SessionWrite write) {
        people.lock(organizationId, userId);
        WorkSession session = get(organizationId, userId, id);
        write(session, organizationId, userId, write, false);
        return session;
    }

    @Transactional
    public void delete(long organizationId, long userId, String id) {
        em.remove(get(organizationId, userId, id));
    }

    /** Closed sessions with clockIn ≥ from and clockOut ≤ to (defaults 0 and now; swapped if reversed). */
    public Summary summary(long organizationId, long userId, Long from, Long to) {
        long start = from == null ? 0 : from;
        long end = to == null ? now() : to;
        if (start > end) {
            long swap = start;
            start = end;
            end = swap;
        }
        Object[] totals = em.createQuery("""
                        select coalesce(sum(e.clockOut - e.clockIn), 0), count(e) from WorkSession e
                        where e.organizationId = :org and e.userId = :user and e.clockOut is not null
                        and e.clockIn >= :from and e.clockOut <= :to""", Object[].class)
                .setParameter("org", organizationId).setParameter("user", userId)
                .setParameter("from", start).setParameter("to", end)
                .getSingleResult();
        return new Summary(userId, start, end, ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue());
    }

    public Map<Long, Project> projectsOf(long organizationId, List<WorkSession> sessions) {
        return projects.byIds(organizationId, sessions.stream().map(WorkSession::getProjectId)
                .filter(java.util.Objects::nonNull).distinct().toList());
    }

    private void write(WorkSession session, long organizationId, long userId, SessionWrite write, boolean creating) {
        long clockIn = write.clockIn() != null ? write.clockIn() : creating ? now() : session.getClockIn();
        Long clockOut = write.clockOut().or(session.getClockOut());
        String note = write.note().or(session.getNote());
        Long projectId = write.projectId().or(session.getProjectId());
        if (write.takesDefaultProject(creating)) {
            projectId = defaultProjects.of(userId);
        }
        if (projectId != null && projectId == 0) {
            projectId = null;
        }
        List<WorkPeriod> others = em.createQuery("""
                        select e from WorkSession e where e.organizationId = :org and e.userId = :user
                        and e.clockOut is not null and e.id <> :id""", WorkSession.class)
                .setParameter("org", organizationId).setParameter("user", userId).setParameter("id", session.getId() == null ? -1L : session.getId())
                .getResultStream().map(other -> new WorkPeriod(other.getClockIn(), other.getClockOut())).toList();
        new SessionRules(ZoneId.of(zone)).check(new WorkPeriod(clockIn, clockOut), others).ifPresent(error -> {
            throw new FieldValidationException(error);
        });
        if (ProjectRule.appliesTo(projectId)) {
            Optional<Project> project = projects.find(organizationId, projectId);
            ProjectRule.check(projectId, project.isPresent(), project.map(p -> p.isAssigned(userId)).orElse(false))
                    .ifPresent(error -> {
                        throw new FieldValidationException(error);
                    });
        }
        session.change(clockIn, clockOut, note, projectId, now());
    }

    private Optional<WorkSession> find(long organizationId, long userId, String id) {
        return WholeNumbers.id(id).flatMap(number -> em.createQuery(
                        "select e from WorkSession e where e.id = :id and e.organizationId = :org and e.userId = :user",
                        WorkSession.class)
                .setParameter("id", number).setParameter("org", organizationId).setParameter("user", userId)
                .getResultStream().findFirst());
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
