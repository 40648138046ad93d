package com.workgate.timeclock.holiday.control;

import com.workgate.auth.organization.control.Organizations;
import com.workgate.timeclock.common.control.JpqlList;
import com.workgate.timeclock.common.control.JpqlList.Field;
import com.workgate.timeclock.common.control.JpqlList.Type;
import com.workgate.timeclock.common.control.JsonInput;
import com.workgate.timeclock.common.control.ListDefinition;
import com.workgate.timeclock.common.control.ListPage;
import com.workgate.timeclock.common.control.ListQuery;
import com.workgate.timeclock.common.control.Order;
import com.workgate.timeclock.holiday.entity.Holiday;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** Public holidays of the organization's country (or another), filled a year at a time. */
@ApplicationScoped
public class Holidays {

    public static final Map<String, Field> FIELDS = Map.of("year", new Field("year", Type.INTEGER),
            "month", new Field("month", Type.INTEGER), "day", new Field("day", Type.INTEGER));
    public static final ListDefinition LIST = ListDefinition.of(FIELDS.keySet(), Order.ascending("year"),
            Order.ascending("month"), Order.ascending("day"));

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    Organizations organizations;

    public ListPage<Holiday> list(long organizationId, String country, ListQuery query) {
        return JpqlList.page(em, Holiday.class, "e.organizationId = :org and e.country = :country",
                Map.of("org", organizationId, "country", country(organizationId, country)), FIELDS, query);
    }

    /** Fills the year's holidays unless some are stored already for that year and country. */
    @Transactional
    public void fetch(long organizationId, HolidayFetch request) {
        String country = country(organizationId, request.country());
        int year = request.year();
        // two fetches of one year take turns: the later one finds the year stored
        organizations.lock(organizationId);
        long stored = em.createQuery("select count(e) from Holiday e where e.organizationId = :org and e.country = :country"
                        + " and e.year = :year", Long.class)
                .setParameter("org", organizationId).setParameter("country", country).setParameter("year", year)
                .getSingleResult();
        if (stored > 0) {
            return;
        }
        for (LocalDate day : holidaysOf(country, year)) {
            em.persist(new Holiday(organizationId, country, day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
        }
    }

    private String country(long organizationId, String requested) {
        if (requested == null || requested.isBlank()) {
            return organizations.settings(organizationId).country();
        }
        String country = requested.trim().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw JsonInput.invalid("country", "Country must be a two-letter ISO 3166 code.");
        }
        return country;
    }

    private static java.util.List<LocalDate> holidaysOf(String country, int year) {
        try {
            return PublicHolidays.of(country, year);
        } catch (RuntimeException unknown) {
            throw JsonInput.invalid("country", "No public holidays are known for \"" + country + "\".");
        }
    }
}
