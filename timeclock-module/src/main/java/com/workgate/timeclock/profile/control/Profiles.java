package com.workgate.timeclock.profile.control;

import com.workgate.auth.user.control.People;
import com.workgate.auth.user.control.Person;
import com.workgate.auth.user.control.UserDirectory;
import com.workgate.timeclock.common.control.FieldValidationException;
import com.workgate.timeclock.project.control.ProjectRule;
import com.workgate.timeclock.project.control.Projects;
import com.workgate.timeclock.project.entity.Project;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The signed-in person's own profile: name, phone and default project (email is the administrator's). */
@ApplicationScoped
public class Profiles {

    public record Profile(Person person, Project defaultProject, List<Project> availableProjects) {
    }

    @Inject
    People people;

    @Inject
    UserDirectory users;

    @Inject
    Projects projects;

    @Inject
    DefaultProjects defaultProjects;

    public Profile view(long organizationId, long userId) {
        Person person = people.get(organizationId, userId);
        List<Project> available = projects.all(organizationId).stream().filter(p -> p.isAssigned(userId))
                .sorted(Comparator.comparing(Project::getName)).toList();
        Long defaultId = defaultProjects.of(userId);
        Project defaultProject = defaultId == null ? null
                : projects.byIds(organizationId, List.of(defaultId)).get(defaultId);
        return new Profile(person, defaultProject, available);
    }

    @Transactional
    public Profile update(long organizationId, long userId, ProfileChange change) {
        people.lock(organizationId, userId);
        Long projectId = change.projectId();
        if (projectId != null) {
            if (ProjectRule.appliesTo(projectId)) {
                Optional<Project> project = projects.find(organizationId, projectId);
                ProjectRule.check(projectId, project.isPresent(), project.map(p -> p.isAssigned(userId)).orElse(false))
                        .ifPresent(error -> {
                            throw new FieldValidationException(error);
                        });
            }
            defaultProjects.set(userId, projectId == 0 ? null : projectId);
        }
        users.rename(organizationId, userId, change.name(), change.phone());
        return view(organizationId, userId);
    }
}
