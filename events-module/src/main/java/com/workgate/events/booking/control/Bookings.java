package com.workgate.events.booking.control;

import com.workgate.auth.persistence.control.RowLocks;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.user.control.People;
import com.workgate.auth.user.control.Person;
import com.workgate.auth.user.entity.PlanKind;
import com.workgate.events.actions.control.UserActionsLog;
import com.workgate.events.booking.entity.Booking;
import com.workgate.events.place.control.Places;
import com.workgate.events.place.entity.Location;
import com.workgate.events.place.entity.Place;
import com.workgate.events.place.entity.Zone;
import com.workgate.events.plan.control.Plans;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Bookings: one per person and day, a place at most once a day; booking sets the day's plan to office. A booking
 * locks the person's row, then the place's, before it looks for the bookings it could collide with.
 */
@ApplicationScoped
public class Bookings {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Places places;

    @Inject
    Plans plans;

    @Inject
    UserActionsLog log;

    @Inject
    RowLocks locks;

    @Inject
    Clock clock;

    @Transactional
    public Booking book(long organizationId, long userId, LocalDate day, String locationId, String zoneId, String placeId,
                        String changedBy) {
        Person person = people.lock(organizationId, userId);
        Location location = places.find(organizationId, locationId)
                .orElseThrow(() -> ApiException.badRequest("locationId", "location \"" + locationId + "\" not found"));
        Zone zone = zoneId == null ? null : location.getLevels().stream().flatMap(l -> l.getZones().stream())
                .filter(z -> z.getZoneId().equals(zoneId) && !z.isArchived()).findFirst()
                .orElseThrow(() -> ApiException.badRequest("zoneId", "zone \"" + zoneId + "\" not found in " + locationId));
        Place place = placeId == null ? null : location.getLevels().stream().flatMap(l -> l.getZones().stream())
                .filter(z -> zone == null || z == zone).flatMap(z -> z.getPlaces().stream())
                .filter(p -> p.getPlaceId().equals(placeId) && !p.isArchived()).findFirst()
                .orElseThrow(() -> ApiException.badRequest("placeId", "place \"" + placeId + "\" not found in "
                        + (zone == null ? locationId : zoneId)));
        if (place != null) {
            // after the person's lock, always in this order: two bookings of one place take turns here
            locks.lock("place", "id = :id", Map.of("id", place.getId()));
        }
        if (countBookings("b.userId = :subject", userId, day) > 0) {
            throw ApiException.conflict("day", "user " + userId + " already has a booking on " + day);
        }
        if (place != null && countBookings("b.place.id = :subject", place.getId(), day) > 0) {
            throw ApiException.conflict("placeId", "\"" + placeId + "\" is already booked on " + day);
        }
        Booking booking = new Booking(organizationId, userId, day, location, place != null ? place.getZone() : zone, place,
                clock.instant());
        em.persist(booking);
        plans.set(person, day, PlanKind.OFFICE, changedBy, "booking");
        log.record(organizationId, userId, day, "booking_created", "Booked " + booking.describe() + " for " + day,
                changedBy, null);
        em.flush();
        return booking;
    }

    @Transactional
    public void cancel(long organizationId, long bookingId, String changedBy) {
        Booking booking = em.createQuery("select b from Booking b where b.id = :id and b.organizationId = :org", Booking.class)
                .setParameter("id", bookingId)
                .setParameter("org", organizationId)
                .getResultStream().findFirst()
                .orElseThrow(() -> ApiException.notFound("booking " + bookingId));
        log.record(organizationId, booking.getUserId(), booking.getDay(), "booking_cancelled",
                "Cancelled the booking of " + booking.describe() + " for " + booking.getDay(), changedBy, null);
        em.remove(booking);
    }

    private long countBookings(String condition, long subject, LocalDate day) {
        return em.createQuery("select count(b) from Booking b where " + condition + " and b.day = :day", Long.class)
                .setParameter("subject", subject)
                .setParameter("day", day)
                .getSingleResult();
    }
}
