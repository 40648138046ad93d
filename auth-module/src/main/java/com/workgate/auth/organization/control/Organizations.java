package com.workgate.auth.organization.control;

import com.workgate.auth.audit.control.AuditTrail;
import com.workgate.auth.audit.entity.AuditKind;
import com.workgate.auth.apikey.control.ApiKeys;
import com.workgate.auth.apikey.control.CreatedKey;
import com.workgate.auth.apikey.entity.KeyAuthentication;
import com.workgate.auth.apikey.entity.Role;
import com.workgate.auth.organization.entity.Organization;
import com.workgate.auth.persistence.control.RowLocks;
import com.workgate.auth.persistence.control.UniqueViolation;
import com.workgate.auth.platform.control.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tenants: the system organization made at first start, and the ones its administrators create. */
@ApplicationScoped
public class Organizations {

    private volatile Long systemOrganizationId;

    public static final String SYSTEM_ACCOUNT = "system";

    public record CreatedOrganization(Organization organization, CreatedKey adminKey) {
    }

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    ApiKeys apiKeys;

    @Inject
    RowLocks locks;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Transactional
    public CreatedOrganization create(String name, String accountName, String country, String timeZone) {
        if (findByAccount(accountName).isPresent()) {
            throw ApiException.conflict("accountName", "an organization with this account name exists");
        }
        Organization organization = new Organization(name, accountName, country, timeZone, false, clock.instant());
        em.persist(organization);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // created by a parallel request since the check above: the unique key says so
            if (UniqueViolation.isCauseOf(e)) {
                throw ApiException.conflict("accountName", "an organization with this account name exists");
            }
            throw e;
        }
        audit.record(AuditKind.ORGANIZATION_CREATED, organization.getId(), "organization:" + accountName, null);
        CreatedKey adminKey = apiKeys.create(organization.getId(), "Administrator", Role.ALL, KeyAuthentication.BASIC_AND_HMAC);
        return new CreatedOrganization(organization, adminKey);
    }

    /** The system organization with its first ALL key, in one transaction. */
    @Transactional
    public CreatedOrganization createSystemOrganization(String adminKeyId, String adminSecret) {
        Organization system = new Organization("System", SYSTEM_ACCOUNT, "PL", "UTC", true, clock.instant());
        em.persist(system);
        em.flush();
        audit.record(AuditKind.ORGANIZATION_CREATED, system.getId(), "organization:" + SYSTEM_ACCOUNT, "first start");
        CreatedKey adminKey = apiKeys.create(system.getId(), adminKeyId, adminSecret, "Bootstrap administrator",
                Role.ALL, KeyAuthentication.BASIC_AND_HMAC);
        return new CreatedOrganization(system, adminKey);
    }

    public Optional<Organization> systemOrganization() {
        return em.createQuery("select o from Organization o where o.systemOrganization = true", Organization.class)
                .getResultStream().findFirst();
    }

    public Optional<Organization> findByAccount(String accountName) {
        return em.createQuery("select o from Organization o where o.accountName = :account", Organization.class)
                .setParameter("account", accountName)
                .getResultStream().findFirst();
    }

    public boolean isSystem(long organizationId) {
        return organizationId == systemOrganizationId();
    }

    /** @throws ApiException 403 unless the organization is the system organization */
    public void requireSystem(long organizationId) {
        if (!isSystem(organizationId)) {
            throw ApiException.forbidden("Only the system organization's administrators may do this");
        }
    }

    /** Read once: the system organization is created at the first start and never changes. */
    private long systemOrganizationId() {
        Long id = systemOrganizationId;
        if (id == null) {
            id = systemOrganization().map(Organization::getId).orElse(null);
            systemOrganizationId = id;
        }
        return id == null ? -1 : id;
    }

    public Optional<Organization> find(long id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    /** For the other modules: the organization's settings, not the entity. */
    public OrganizationSettings settings(long id) {
        Organization organization = find(id).orElseThrow(() -> ApiException.notFound("organization " + id));
        return new OrganizationSettings(organization.getCountry(), ZoneId.of(organization.getTimeZone()));
    }

    /**
     * Locks the organization's row until the caller's transaction ends, for writers of what belongs to the whole
     * organization rather than to one person (card numbers, the year's holidays): they take turns, and each sees
     * what the one before it committed.
     *
     * @throws ApiException 404 when there is no such organization
     */
    @Transactional(TxType.MANDATORY)
    public void lock(long organizationId) {
        if (locks.lock("organization", "id = :id", Map.of("id", organizationId)).isEmpty()) {
            throw ApiException.notFound("organization " + organizationId);
        }
    }

    public List<Organization> list() {
        return em.createQuery("select o from Organization o order by o.id", Organization.class).getResultList();
    }
}
