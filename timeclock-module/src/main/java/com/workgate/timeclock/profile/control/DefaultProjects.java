package com.workgate.timeclock.profile.control;

import com.workgate.timeclock.profile.entity.TimeClockProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A person's default project, used for sessions that name none. */
@ApplicationScoped
public class DefaultProjects {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    public Long of(long userId) {
        TimeClockProfile profile = em.find(TimeClockProfile.class, userId);
        return profile == null ? null : profile.getDefaultProjectId();
    }

    public void set(long userId, Long projectId) {
        TimeClockProfile profile = em.find(TimeClockProfile.class, userId);
        if (profile == null) {
            profile = new TimeClockProfile(userId);
            em.persist(profile);
        }
        profile.setDefaultProjectId(projectId);
    }
}
