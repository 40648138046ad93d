package com.workgate.timeclock.offtime.control;

import com.workgate.auth.platform.control.WholeNumbers;
import com.workgate.auth.audit.control.AuditTrail;
import com.workgate.auth.audit.entity.AuditKind;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.user.control.People;
import com.workgate.auth.user.control.Person;
import com.workgate.auth.user.entity.PlanKind;
import com.workgate.events.plan.control.Plans;
import com.workgate.timeclock.common.control.FieldValidationException;
import com.workgate.timeclock.common.control.JpqlList;
import com.workgate.timeclock.common.control.JpqlList.Field;
import com.workgate.timeclock.common.control.JpqlList.Type;
import com.workgate.timeclock.common.control.JsonInput;
import com.workgate.timeclock.common.control.ListDefinition;
import com.workgate.timeclock.common.control.ListPage;
import com.workgate.timeclock.common.control.ListQuery;
import com.workgate.timeclock.common.control.Order;
import com.workgate.timeclock.offtime.entity.OffTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's off-times under the off-time rules, and an administrator's approval: an approved vacation makes its
 * days "away" in the workplace plans (and a denial after approval gives them back to the weekly plan). Every change
 * locks the person first, so that the rules are checked against every off-time committed before it.
 */
@ApplicationScoped
public class OffTimes {

    public static final Map<String, Field> FIELDS = Map.of(
            "id", new Field("id", Type.NUMBER), "createdAt", new Field("createdAt", Type.NUMBER),
            "updatedAt", new Field("updatedAt", Type.NUMBER), "startAt", new Field("startAt", Type.DATE),
            "endAt", new Field("endAt", Type.DATE), "type", new Field("type", Type.INTEGER),
            "approved", new Field("approved", Type.INTEGER), "note", new Field("note", Type.TEXT));
    public static final ListDefinition LIST = ListDefinition.of(FIELDS.keySet(), Order.ascending("startAt"));
    static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Plans plans;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public ListPage<OffTime> list(long organizationId, long userId, ListQuery query) {
        return JpqlList.page(em, OffTime.class, "e.organizationId = :org and e.userId = :user",
                Map.of("org", organizationId, "user", userId), FIELDS, query);
    }

    public OffTime get(long organizationId, long userId, String id) {
        return find(organizationId, id).filter(offTime -> offTime.getUserId() == userId)
                .orElseThrow(() -> new ApiException(404, "Object not found: " + id));
    }

    @Transactional
    public OffTime create(long organizationId, long userId, OffTimeWrite write) {
        people.lock(organizationId, userId);
        OffTime offTime = new OffTime(organizationId, userId, now());
        write(offTime, write);
        em.persist(offTime);
        return offTime;
    }

    @Transactional
    public OffTime update(long organizationId, long userId, String id, OffTimeWrite write) {
        people.lock(organizationId, userId);
        OffTime offTime = get(organizationId, userId, id);
        boolean wasApproved = offTime.getApproved() == OffTime.APPROVED;
        List<LocalDate> before = days(offTime);
        write(offTime, write);
        if (wasApproved && offTime.getApproved() != OffTime.APPROVED) {
            giveBack(organizationId, offTime.getUserId(), before, "vacation " + id + " changed", String.valueOf(userId));
        }
        return offTime;
    }

    @Transactional
    public void delete(long organizationId, long userId, String id) {
        people.lock(organizationId, userId);
        OffTime offTime = get(organizationId, userId, id);
        if (offTime.getApproved() == OffTime.APPROVED && offTime.getType() == OffTime.VACATION) {
            giveBack(organizationId, userId, days(offTime), "vacation " + id + " deleted", String.valueOf(userId));
        }
        em.remove(offTime);
    }

    /** An administrator approves (true) or denies (false) any off-time of the organization. */
    @Transactional
    public OffTime decide(long organizationId, String id, boolean approve, String changedBy) {
        OffTime unlocked = find(organizationId, id).orElseThrow(() -> ApiException.notFound("off-time " + id));
        Person person = people.lock(organizationId, unlocked.getUserId());
        em.detach(unlocked);
        // read again under the owner's lock: a change the owner made meanwhile is committed now
        OffTime offTime = find(organizationId, id).orElseThrow(() -> ApiException.notFound("off-time " + id));
        boolean wasApproved = offTime.getApproved() == OffTime.APPROVED;
        offTime.decide(approve ? OffTime.APPROVED : OffTime.DENIED, now());
        if (offTime.getType() == OffTime.VACATION) {
            String reason = "vacation " + id + (approve ? " approved" : " denied");
            if (approve && !wasApproved) {
                days(offTime).forEach(day -> plans.set(person, day, PlanKind.AWAY, changedBy, reason));
            } else if (!approve && wasApproved) {
                days(offTime).forEach(day -> plans.resetToWeekly(person, day, changedBy, reason));
            }
        }
        audit.record(approve ? AuditKind.OFF_TIME_APPROVED : AuditKind.OFF_TIME_DENIED, organizationId,
                "off-time:" + id, "user:" + offTime.getUserId() + " " + offTime.getStartAt() + ".." + offTime.getEndAt());
        return offTime;
    }

    private void giveBack(long organizationId, long userId, List<LocalDate> days, String reason, String changedBy) {
        Person person = people.get(organizationId, userId);
        days.forEach(day -> plans.resetToWeekly(person, day, changedBy, reason));
    }

    private void write(OffTime offTime, OffTimeWrite write) {
        LocalDate start = write.startAt().or(offTime.getStartAt());
        LocalDate end = write.endAt().or(offTime.getEndAt());
        String note = write.note().or(offTime.getNote());
        int type = write.type().or(offTime.getType());
        if (!end.isBefore(start) && end.toEpochDay() - start.toEpochDay() >= MAX_DAYS) {
            throw JsonInput.invalid("endAt", "Off-time may last at most " + MAX_DAYS + " days.");
        }
        List<OffTimePeriod> others = em.createQuery(
                        "select e from OffTime e where e.userId = :user and e.id <> :id", OffTime.class)
                .setParameter("user", offTime.getUserId())
                .setParameter("id", offTime.getId() == null ? -1L : offTime.getId())
                .getResultStream().map(other -> new OffTimePeriod(other.getStartAt(), other.getEndAt())).toList();
        OffTimeRules.check(new OffTimePeriod(start, end), others).ifPresent(error -> {
            throw new FieldValidationException(error);
        });
        offTime.change(start, end, note, type, now());
    }

    private Optional<OffTime> find(long organizationId, String id) {
        return WholeNumbers.id(id).flatMap(number -> em.createQuery(
                        "select e from OffTime e where e.id = :id and e.organizationId = :org", OffTime.class)
                .setParameter("id", number).setParameter("org", organizationId)
                .getResultStream().findFirst());
    }

    private static List<LocalDate> days(OffTime offTime) {
        return offTime.getStartAt().datesUntil(offTime.getEndAt().plusDays(1)).toList();
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
