package com.workgate.auth.user.control;

import com.workgate.auth.audit.control.AuditTrail;
import com.workgate.auth.audit.entity.AuditKind;
import at.favre.lib.crypto.bcrypt.BCrypt;
import com.workgate.auth.crypto.control.RandomSecrets;
import com.workgate.auth.crypto.control.SecretCipher;
import com.workgate.auth.organization.entity.Organization;
import com.workgate.auth.persistence.control.UniqueViolation;
import com.workgate.auth.platform.control.ApiException;
import com.workgate.auth.platform.control.JsonFields;
import com.workgate.auth.user.entity.User;
import com.workgate.auth.user.entity.UserStatus;
import com.workgate.auth.user.entity.WeeklyPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

/** The directory of people of each organization: every query is scoped to the organization. */
@ApplicationScoped
public class UserDirectory {

    static final int PIN_BCRYPT_COST = 10;
    /** A user is current until deleted; the view auth_current_person says the same to SQL readers (V1_3). */
    private static final String CURRENT_USERS = "select u from User u where u.deletedAt is null";

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    SecretCipher cipher;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Instance<LocationDirectory> locations;

    @Transactional
    public User create(long organizationId, UserData data) {
        require(data.email(), "email");
        require(data.firstName(), "firstName");
        require(data.lastName(), "lastName");
        User user = new User(em.getReference(Organization.class, organizationId), clock.instant());
        apply(user, data);
        requireKnownLocation(organizationId, data.primaryLocationId());
        ensureEmailFree(organizationId, data.email(), null);
        em.persist(user);
        flushEmail();
        audit.record(AuditKind.USER_CREATED, organizationId, target(user), null);
        return user;
    }

    public List<User> list(long organizationId) {
        return em.createQuery(CURRENT_USERS + " and u.organization.id = :org order by u.id", User.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

    /** Those of the ids that name current users of the organization. */
    public List<User> list(long organizationId, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(CURRENT_USERS + " and u.organization.id = :org and u.id in :ids", User.class)
                .setParameter("org", organizationId)
                .setParameter("ids", userIds)
                .getResultList();
    }

    public Optional<User> find(long organizationId, long userId) {
        return em.createQuery(CURRENT_USERS + " and u.id = :id and u.organization.id = :org", User.class)
                .setParameter("id", userId)
                .setParameter("org", organizationId)
                .getResultStream().findFirst();
    }

    /** An active (not inactive, not deleted) user by id in any organization: for TimeClock logins. */
    public Optional<User> findActiveAnywhere(long userId) {
        return em.createQuery(CURRENT_USERS + " and u.id = :id and u.status = :active", User.class)
                .setParameter("id", userId)
                .setParameter("active", UserStatus.ACTIVE)
                .getResultStream().findFirst();
    }

    public User get(long organizationId, long userId) {
        return find(organizationId, userId).orElseThrow(() -> ApiException.notFound("user " + userId));
    }

    /** Changes the fields given; those left out keep their values. */
    @Transactional
    public User update(long organizationId, long userId, UserData data) {
        User user = get(organizationId, userId);
        if (data.email() != null && !data.email().equals(user.getEmail())) {
            ensureEmailFree(organizationId, data.email(), userId);
        }
        apply(user, data);
        requireKnownLocation(organizationId, data.primaryLocationId());
        user.touch(clock.instant());
        flushEmail();
        audit.record(AuditKind.USER_CHANGED, organizationId, target(user), "fields: " + givenFields(data));
        return user;
    }

    /** A person changing their own name and phone (the TimeClock profile: one "First And Last Name"). */
    @Transactional
    public void rename(long organizationId, long userId, String fullName, String phone) {
        User user = get(organizationId, userId);
        if (fullName != null) {
            String name = fullName.trim();
            int space = name.lastIndexOf(' ');
            user.setFirstName(limit(space < 0 ? name : name.substring(0, space).trim(), "name", User.NAME_LENGTH));
            user.setLastName(limit(space < 0 ? "" : name.substring(space + 1), "name", User.NAME_LENGTH));
        }
        if (phone != null) {
            user.setPhone(limit(phone, "phone", User.PHONE_LENGTH));
        }
        user.touch(clock.instant());
        audit.record(AuditKind.USER_CHANGED, organizationId, target(user), "TimeClock profile");
    }

    @Transactional
    public void delete(long organizationId, long userId) {
        User user = get(organizationId, userId);
        user.markDeleted(clock.instant());
        audit.record(AuditKind.USER_DELETED, organizationId, target(user), null);
    }

    /** A new PIN: the user id followed by three random digits. Only its hash is kept. */
    @Transactional
    public String newPin(long organizationId, long userId) {
        User user = get(organizationId, userId);
        String pin = user.getId() + RandomSecrets.digits(3);
        user.setPinHash(BCrypt.withDefaults().hashToString(PIN_BCRYPT_COST, pin.toCharArray()));
        user.touch(clock.instant());
        audit.record(AuditKind.PIN_SET, organizationId, target(user), null);
        return pin;
    }

    /** Grants or replaces the TimeClock key; the old one stops working at once. */
    @Transactional
    public String newTimeClockKey(long organizationId, long userId) {
        User user = get(organizationId, userId);
        String key = RandomSecrets.timeClockKey();
        AuditKind kind = user.getEncryptedTimeClockKey() == null
                ? AuditKind.TIMECLOCK_KEY_GRANTED : AuditKind.TIMECLOCK_KEY_CHANGED;
        user.setEncryptedTimeClockKey(cipher.encrypt(key));
        user.touch(clock.instant());
        audit.record(kind, organizationId, target(user), null);
        return key;
    }

    /** The user's TimeClock key in clear, when they have one. */
    public Optional<String> timeClockKey(long organizationId, long userId) {
        return Optional.ofNullable(get(organizationId, userId).getEncryptedTimeClockKey()).map(cipher::decrypt);
    }

    @Transactional
    public void revokeTimeClockKey(long organizationId, long userId) {
        User user = get(organizationId, userId);
        user.setEncryptedTimeClockKey(null);
        user.touch(clock.instant());
        audit.record(AuditKind.TIMECLOCK_KEY_REVOKED, organizationId, target(user), null);
    }

    private static String target(User user) {
        return "user:" + user.getId();
    }

    /** The names of the fields a change gave (not their values: the trail is read by administrators, not HR). */
    static String givenFields(UserData data) {
        StringJoiner fields = new StringJoiner(", ");
        BiConsumer<String, Object> given = (name, value) -> {
            if (value != null) {
                fields.add(name);
            }
        };
        given.accept("email", data.email());
        given.accept("firstName", data.firstName());
        given.accept("lastName", data.lastName());
        given.accept("userName", data.userName());
        given.accept("phone", data.phone());
        given.accept("status", data.status());
        given.accept("primaryLocationId", data.primaryLocationId());
        given.accept("primaryGroupId", data.primaryGroupId());
        given.accept("weeklyPlan", data.weeklyPlan());
        return fields.length() == 0 ? "none" : fields.toString();
    }

    public static boolean pinMatches(User user, String pin) {
        return user.getPinHash() != null
                && BCrypt.verifyer().verify(pin.getBytes(StandardCharsets.UTF_8), user.getPinHash().getBytes(StandardCharsets.UTF_8)).verified;
    }

    private void ensureEmailFree(long organizationId, String email, Long exceptUserId) {
        boolean taken = em.createQuery("""
                        select count(u) from User u where u.organization.id = :org and u.emailKey = :emailKey and u.id <> :except""", Long.class)
                .setParameter("org", organizationId)
                .setParameter("emailKey", User.emailKey(email))
                .setParameter("except", exceptUserId == null ? -1L : exceptUserId)
                .getSingleResult() > 0;
        if (taken) {
            throw ApiException.conflict("email", "a user with this email exists");
        }
    }

    /** The check above sees only committed rows; the unique key also refuses an email a parallel request took. */
    private void flushEmail() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.isCauseOf(e)) {
                throw ApiException.conflict("email", "a user with this email exists");
            }
            throw e;
        }
    }

    private static void apply(User user, UserData data) {
        if (data.email() != null) {
            user.setEmail(requireText(data.email(), "email", User.EMAIL_LENGTH));
        }
        if (data.firstName() != null) {
            user.setFirstName(requireText(data.firstName(), "firstName", User.NAME_LENGTH));
        }
        if (data.lastName() != null) {
            user.setLastName(requireText(data.lastName(), "lastName", User.NAME_LENGTH));
        }
        if (data.userName() != null) {
            user.setUserName(limit(data.userName(), "userName", User.NAME_LENGTH));
        }
        if (data.phone() != null) {
            user.setPhone(limit(data.phone(), "phone", User.PHONE_LENGTH));
        }
        if (data.status() != null) {
            user.setStatus(data.status());
        }
        if (data.primaryLocationId() != null) {
            user.setPrimaryLocationId(limit(data.primaryLocationId(), "primaryLocationId", User.PRIMARY_LOCATION_ID_LENGTH));
        }
        if (data.primaryGroupId() != null) {
            user.setPrimaryGroupId(limit(data.primaryGroupId(), "primaryGroupId", User.PRIMARY_GROUP_ID_LENGTH));
        }
        if (data.weeklyPlan() != null) {
            try {
                user.setWeeklyPlan(WeeklyPlan.fromWire(data.weeklyPlan(), user.getWeeklyPlan()));
            } catch (IllegalArgumentException e) {
                String message = e.getMessage();
                int colon = message.indexOf(": ");
                throw ApiException.badRequest(message.substring(0, colon), message.substring(colon + 2));
            }
        }
    }

    /** A primary location names a location of the same organization (an empty id clears it). */
    private void requireKnownLocation(long organizationId, String locationId) {
        if (locationId == null || locationId.isEmpty()) {
            return;
        }
        if (locations.isUnsatisfied() || !locations.get().exists(organizationId, locationId)) {
            throw ApiException.badRequest("primaryLocationId", "no location \"" + locationId + "\" in this organization");
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(field, "is required");
        }
    }

    private static String requireText(String value, String field, int max) {
        require(value, field);
        if ("email".equals(field) && !value.matches("[^@\\s]+@[^@\\s]+")) {
            throw ApiException.badRequest(field, "is not an email address");
        }
        return limit(value.trim(), field, max);
    }

    private static String limit(String value, String field, int max) {
        return JsonFields.limit(value, field, max);
    }
}
