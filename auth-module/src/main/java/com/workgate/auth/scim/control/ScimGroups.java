package com.workgate.auth.scim.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.GroupResource;
import com.unboundid.scim2.common.types.Member;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.utils.JsonUtils;
import com.workgate.auth.organization.control.Organizations;
import com.workgate.auth.scim.entity.ScimGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SCIM Groups (RFC 7643 section 4.2): groups of people of the caller's organization with any number of members.
 * The warehouse lists them among the organization's groups, with the type {@code scim}. Writes of one organization
 * take turns on its row, so that two creates of one displayName cannot both pass the uniqueness check.
 */
@ApplicationScoped
public class ScimGroups {

    public static final String RESOURCE_TYPE = "Group";
    public static final int MAX_MEMBERS = 10_000;

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    Organizations organizations;

    @Inject
    Clock clock;

    @Transactional
    public ObjectNode create(long organizationId, GroupResource input, URI base) {
        organizations.lock(organizationId);
        ScimGroup group = new ScimGroup(organizationId, clock.instant());
        set(organizationId, group, input);
        em.persist(group);
        return represent(group, base);
    }

    @Transactional
    public ObjectNode get(long organizationId, String id, URI base) {
        return represent(find(organizationId, id), base);
    }

    @Transactional
    public ObjectNode replace(long organizationId, String id, GroupResource input, URI base) {
        organizations.lock(organizationId);
        ScimGroup group = find(organizationId, id);
        set(organizationId, group, input);
        return represent(group, base);
    }

    @Transactional
    public ObjectNode patch(long organizationId, String id, PatchRequest patch, URI base) {
        organizations.lock(organizationId);
        ScimGroup group = find(organizationId, id);
        GenericScimResource current = new GenericScimResource(represent(group, base));
        ScimPatches.apply(patch, current);
        set(organizationId, group, read(current.getObjectNode()));
        return represent(group, base);
    }

    @Transactional
    public void delete(long organizationId, String id) {
        em.remove(find(organizationId, id));
    }

    @Transactional
    public ScimUsers.Page list(long organizationId, ScimQuery query, URI base) {
        String where = " from ScimGroup g where g.organizationId = :org"
                + (query.equalTo() == null ? "" : " and g.displayKey = :name");
        var count = em.createQuery("select count(g)" + where, Long.class).setParameter("org", organizationId);
        var page = em.createQuery("select g" + where + " order by g.id", ScimGroup.class).setParameter("org", organizationId);
        if (query.equalTo() != null) {
            count.setParameter("name", ScimGroup.key(query.equalTo()));
            page.setParameter("name", ScimGroup.key(query.equalTo()));
        }
        int total = count.getSingleResult().intValue();
        List<ScimGroup> groups = query.count() == 0 ? List.of()
                : page.setFirstResult(query.startIndex() - 1).setMaxResults(query.count()).getResultList();
        return new ScimUsers.Page(total, query.startIndex(), groups.stream().map(g -> represent(g, base)).toList());
    }

    private ScimGroup find(long organizationId, String id) {
        try {
            ScimGroup group = em.find(ScimGroup.class, Long.parseLong(id));
            if (group == null || group.getOrganizationId() != organizationId) {
                throw ScimError.notFound(RESOURCE_TYPE, id);
            }
            return group;
        } catch (NumberFormatException e) {
            throw ScimError.notFound(RESOURCE_TYPE, id);
        }
    }

    private void set(long organizationId, ScimGroup group, GroupResource input) {
        String name = input.getDisplayName() == null ? "" : input.getDisplayName().trim();
        if (name.isEmpty() || name.length() > ScimGroup.NAME_LENGTH) {
            throw ScimError.invalidValue("displayName: is required, 1 to " + ScimGroup.NAME_LENGTH + " characters");
        }
        String externalId = input.getExternalId();
        if (externalId != null && externalId.length() > ScimGroup.EXTERNAL_ID_LENGTH) {
            throw ScimError.invalidValue("externalId: at most " + ScimGroup.EXTERNAL_ID_LENGTH + " characters");
        }
        long taken = em.createQuery("""
                        select count(g) from ScimGroup g where g.organizationId = :org and g.displayKey = :name
                          and g.id <> :self""", Long.class)
                .setParameter("org", organizationId)
                .setParameter("name", ScimGroup.key(name))
                .setParameter("self", group.getId() == null ? -1L : group.getId())
                .getSingleResult();
        if (taken > 0) {
            throw ScimError.uniqueness("displayName: another group of this organization is called \"" + name + "\"");
        }
        group.set(name, externalId, members(organizationId, input.getMembers()), clock.instant());
    }

    /** The members' ids, each a current person of the organization; a member that is a group is refused. */
    private Set<Long> members(long organizationId, List<Member> members) {
        if (members == null || members.isEmpty()) {
            return Set.of();
        }
        if (members.size() > MAX_MEMBERS) {
            throw ScimError.tooMany("members: at most " + MAX_MEMBERS);
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (Member member : members) {
            if (member.getType() != null && !"User".equalsIgnoreCase(member.getType())) {
                throw ScimError.invalidValue("members: only users can be members (\"" + member.getType() + "\" is not)");
            }
            try {
                ids.add(Long.parseLong(member.getValue() == null ? "" : member.getValue().trim()));
            } catch (NumberFormatException e) {
                throw ScimError.invalidValue("members: \"" + member.getValue() + "\" is no user of this organization");
            }
        }
        Set<Long> found = new java.util.HashSet<>(em.createQuery("""
                        select u.id from User u where u.organization.id = :org and u.deletedAt is null and u.id in :ids""",
                        Long.class)
                .setParameter("org", organizationId)
                .setParameter("ids", ids)
                .getResultList());
        for (Long id : ids) {
            if (!found.contains(id)) {
                throw ScimError.invalidValue("members: \"" + id + "\" is no user of this organization");
            }
        }
        return ids;
    }

    private ObjectNode represent(ScimGroup group, URI base) {
        GroupResource resource = new GroupResource();
        resource.setId(String.valueOf(group.getId()));
        resource.setExternalId(group.getExternalId());
        resource.setDisplayName(group.getDisplayName());
        Map<Long, String> names = names(group.getOrganizationId(), group.getMemberIds());
        List<Member> members = new ArrayList<>();
        names.forEach((id, display) -> members.add(new Member().setValue(String.valueOf(id)).setType("User")
                .setDisplay(display).setRef(base.resolve("Users/" + id))));
        if (!members.isEmpty()) {
            resource.setMembers(members);
        }
        Meta meta = new Meta();
        meta.setResourceType(RESOURCE_TYPE);
        meta.setCreated(ScimUsers.calendar(group.getCreatedAt()));
        meta.setLastModified(ScimUsers.calendar(group.getUpdatedAt()));
        meta.setLocation(base.resolve("Groups/" + group.getId()));
        resource.setMeta(meta);
        return JsonUtils.valueToNode(resource);
    }

    /** The current people among the ids, by id in order, with their display names. */
    private Map<Long, String> names(long organizationId, Collection<Long> ids) {
        Map<Long, String> names = new java.util.TreeMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("""
                            select u.id, u.firstName, u.lastName from User u
                            where u.organization.id = :org and u.deletedAt is null and u.id in :ids""", Object[].class)
                    .setParameter("org", organizationId)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(row -> names.put((Long) row[0], (row[1] + " " + row[2]).trim()));
        }
        return names;
    }

    /** A request's body as a SCIM group, or the SCIM error that refuses it. */
    public static GroupResource read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ScimError.invalidSyntax("the body must be a JSON object");
        }
        ScimInput.check(body, "");
        try {
            return JsonUtils.nodeToValue(body, GroupResource.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ScimError.invalidSyntax("the body is no SCIM Group: " + ScimUsers.firstLine(e.getMessage()));
        }
    }
}
