package com.workgate.auth.user.entity;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Tells the application of every {@link User} row written, whichever module wrote it. */
public class PersonWrites {

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(User user) {
        CDI.current().getBeanManager().getEvent().select(PersonWritten.class)
                .fire(new PersonWritten(user.getOrganization().getId()));
    }
}
