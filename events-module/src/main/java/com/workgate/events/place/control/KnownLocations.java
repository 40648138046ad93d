package com.workgate.events.place.control;

import com.workgate.auth.user.control.LocationDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Tells the directory (auth) which location ids an organization has, for people's primary locations. */
@ApplicationScoped
public class KnownLocations implements LocationDirectory {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Override
    public boolean exists(long organizationId, String locationId) {
        return !em.createQuery("select l.id from Location l where l.organizationId = :org and l.locationId = :id", Long.class)
                .setParameter("org", organizationId)
                .setParameter("id", locationId)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
