package com.workgate.auth.scim.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.unboundid.scim2.common.GenericScimResource;
import com.unboundid.scim2.common.messages.PatchRequest;
import com.unboundid.scim2.common.types.Email;
import com.unboundid.scim2.common.types.EnterpriseUserExtension;
import com.unboundid.scim2.common.types.Group;
import com.unboundid.scim2.common.types.Manager;
import com.unboundid.scim2.common.types.Meta;
import com.unboundid.scim2.common.types.Name;
import com.unboundid.scim2.common.types.PhoneNumber;
import com.unboundid.scim2.common.types.UserResource;
import com.unboundid.scim2.common.utils.JsonUtils;
import com.workgate.auth.directory.control.AttributeResult;
import com.workgate.auth.directory.control.UserAttributeDocument;
import com.workgate.auth.directory.control.UserAttributeWriter;
import com.workgate.auth.directory.entity.DirectoryGroup;
import com.workgate.auth.directory.entity.UserAttribute;
import com.workgate.auth.organization.control.Organizations;
import com.workgate.auth.user.control.UserData;
import com.workgate.auth.user.control.UserDirectory;
import com.workgate.auth.user.entity.User;
import com.workgate.auth.user.entity.UserStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * SCIM Users (RFC 7643 section 4.1 and the enterprise extension of section 4.3) over the people of the directory:
 * a SCIM user is a person of the caller's organization; its enterprise attributes are the person's directory
 * attributes (docs/directory-api.md), so {@code department} places the person in that group and becomes the
 * person's primary group. Writes of one organization take turns on its row, so that two creates of one userName
 * cannot both pass the uniqueness check.
 */
@ApplicationScoped
public class ScimUsers {

    public static final String RESOURCE_TYPE = "User";
    public static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
    /** The enterprise attributes kept as directory attributes, by the attribute's name. */
    static final List<String> ENTERPRISE_ATTRIBUTES = List.of("department", "costCenter", "manager", "employeeNumber",
            "division", "organization");

    public record Page(int totalResults, int startIndex, List<ObjectNode> resources) {
    }

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    UserDirectory directory;

    @Inject
    UserAttributeWriter attributeWriter;

    @Inject
    Organizations organizations;

    @Transactional
    public ObjectNode create(long organizationId, UserResource input, URI base) {
        organizations.lock(organizationId);
        Fields fields = Fields.of(input, null);
        requireFreeUserName(organizationId, fields.userName(), fields.email(), null);
        User user = directory.create(organizationId, fields.userData(null));
        writeAttributes(organizationId, user, fields.attributes());
        return represent(organizationId, user, base);
    }

    public ObjectNode get(long organizationId, String id, URI base) {
        return represent(organizationId, find(organizationId, id), base);
    }

    @Transactional
    public ObjectNode replace(long organizationId, String id, UserResource input, URI base) {
        organizations.lock(organizationId);
        return replace(organizationId, find(organizationId, id), input, base);
    }

    /** RFC 7644 section 3.5.2: the operations apply to the user as SCIM shows it, and the result replaces it. */
    @Transactional
    public ObjectNode patch(long organizationId, String id, PatchRequest patch, URI base) {
        organizations.lock(organizationId);
        User user = find(organizationId, id);
        GenericScimResource current = new GenericScimResource(represent(organizationId, user, base));
        ScimPatches.apply(patch, current);
        return replace(organizationId, user, read(current.getObjectNode()), base);
    }

    @Transactional
    public void delete(long organizationId, String id) {
        directory.delete(organizationId, find(organizationId, id).getId());
    }

    public Page list(long organizationId, ScimQuery query, URI base) {
        String where = " from User u where u.organization.id = :org and u.deletedAt is null"
                + (query.equalTo() == null ? "" : " and lower(coalesce(u.userName, u.email)) = :name");
        var count = em.createQuery("select count(u)" + where, Long.class).setParameter("org", organizationId);
        var page = em.createQuery("select u" + where + " order by u.id", User.class).setParameter("org", organizationId);
        if (query.equalTo() != null) {
            count.setParameter("name", query.equalTo().toLowerCase(Locale.ROOT));
            page.setParameter("name", query.equalTo().toLowerCase(Locale.ROOT));
        }
        int total = count.getSingleResult().intValue();
        List<User> users = query.count() == 0 ? List.of()
                : page.setFirstResult(query.startIndex() - 1).setMaxResults(query.count()).getResultList();
        List<Long> ids = users.stream().map(User::getId).toList();
        Map<Long, Map<String, String>> attributes = attributes(organizationId, ids);
        Map<Long, List<Group>> groups = groups(organizationId, ids, base);
        return new Page(total, query.startIndex(), users.stream()
                .map(u -> represent(u, attributes.getOrDefault(u.getId(), Map.of()), groups.getOrDefault(u.getId(), List.of()), base))
                .toList());
    }

    private ObjectNode replace(long organizationId, User user, UserResource input, URI base) {
        Map<String, String> before = attributes(organizationId, List.of(user.getId())).getOrDefault(user.getId(), Map.of());
        Fields fields = Fields.of(input, user.getEmail());
        requireFreeUserName(organizationId, fields.userName(), fields.email(), user.getId());
        String primaryGroup = user.getPrimaryGroupId();
        directory.update(organizationId, user.getId(), fields.userData(user.getPhone()));
        if (fields.attributes().get("department") == null && primaryGroup != null
                && primaryGroup.equals(before.get("department"))) {
            user.setPrimaryGroupId(null);
        }
        writeAttributes(organizationId, user, fields.attributes());
        return represent(organizationId, user, base);
    }

    private User find(long organizationId, String id) {
        try {
            return directory.find(organizationId, Long.parseLong(id))
                    .orElseThrow(() -> ScimError.notFound(RESOURCE_TYPE, id));
        } catch (NumberFormatException e) {
            throw ScimError.notFound(RESOURCE_TYPE, id);
        }
    }

    /** userName is unique ignoring case among the current people of the organization, and so is the email. */
    private void requireFreeUserName(long organizationId, String userName, String email, Long self) {
        long taken = em.createQuery("""
                        select count(u) from User u where u.organization.id = :org and u.deletedAt is null and u.id <> :self
                          and (lower(coalesce(u.userName, u.email)) = :name or u.emailKey = :email)""", Long.class)
                .setParameter("org", organizationId)
                .setParameter("self", self == null ? -1L : self)
                .setParameter("name", userName.toLowerCase(Locale.ROOT))
                .setParameter("email", User.emailKey(email))
                .getSingleResult();
        if (taken > 0) {
            throw ScimError.uniqueness("userName: another user of this organization has the userName or email \""
                    + userName + "\"");
        }
    }

    /** Sets the attributes that have a value and removes those that have none (null). */
    private void writeAttributes(long organizationId, User user, Map<String, String> values) {
        UserAttributeDocument.Entry entry = new UserAttributeDocument.Entry(user.getEmail(), values);
        attributeWriter.write(organizationId, new UserAttributeDocument.Read(List.of(entry), Arrays.asList(new AttributeResult[1])));
    }

    private ObjectNode represent(long organizationId, User user, URI base) {
        List<Long> id = List.of(user.getId());
        return represent(user, attributes(organizationId, id).getOrDefault(user.getId(), Map.of()),
                groups(organizationId, id, base).getOrDefault(user.getId(), List.of()), base);
    }

    static ObjectNode represent(User user, Map<String, String> attributes, List<Group> groups, URI base) {
        UserResource resource = new UserResource();
        resource.setId(String.valueOf(user.getId()));
        resource.setUserName(user.getUserName() != null ? user.getUserName() : user.getEmail());
        resource.setName(new Name().setGivenName(user.getFirstName()).setFamilyName(user.getLastName())
                .setFormatted((user.getFirstName() + " " + user.getLastName()).trim()));
        resource.setDisplayName((user.getFirstName() + " " + user.getLastName()).trim());
        resource.setActive(user.getStatus() == UserStatus.ACTIVE);
        if (user.getEmail() != null) {
            resource.setEmails(List.of(new Email().setValue(user.getEmail()).setType("work").setPrimary(true)));
        }
        if (user.getPhone() != null && !user.getPhone().isEmpty()) {
            resource.setPhoneNumbers(List.of(new PhoneNumber().setValue(user.getPhone()).setType("work")));
        }
        if (!groups.isEmpty()) {
            resource.setGroups(groups);
        }
        Meta meta = new Meta();
        meta.setResourceType(RESOURCE_TYPE);
        meta.setCreated(calendar(user.getCreatedAt()));
        meta.setLastModified(calendar(user.getUpdatedAt()));
        meta.setLocation(base.resolve("Users/" + user.getId()));
        resource.setMeta(meta);
        EnterpriseUserExtension enterprise = new EnterpriseUserExtension();
        enterprise.setDepartment(attributes.get("department"));
        enterprise.setCostCenter(attributes.get("costcenter"));
        enterprise.setEmployeeNumber(attributes.get("employeenumber"));
        enterprise.setDivision(attributes.get("division"));
        enterprise.setOrganization(attributes.get("organization"));
        if (attributes.get("manager") != null) {
            enterprise.setManager(new Manager().setValue(attributes.get("manager")));
        }
        if (!new EnterpriseUserExtension().equals(enterprise)) {
            resource.setExtension(enterprise);
        }
        return JsonUtils.valueToNode(resource);
    }

    /** The people's directory attributes by id, each by its lower-case name. */
    private Map<Long, Map<String, String>> attributes(long organizationId, Collection<Long> userIds) {
        Map<Long, Map<String, String>> found = new HashMap<>();
        if (!userIds.isEmpty()) {
            em.createQuery("select a from UserAttribute a where a.organizationId = :org and a.userId in :ids", UserAttribute.class)
                    .setParameter("org", organizationId)
                    .setParameter("ids", userIds)
                    .getResultStream()
                    .forEach(a -> found.computeIfAbsent(a.getUserId(), k -> new HashMap<>()).put(a.getNameKey(), a.getValue()));
        }
        return found;
    }

    private Map<Long, List<Group>> groups(long organizationId, Collection<Long> userIds, URI base) {
        Map<Long, List<Group>> found = new HashMap<>();
        if (!userIds.isEmpty()) {
            em.createQuery("""
                            select m, g.id, g.displayName from ScimGroup g join g.memberIds m
                            where g.organizationId = :org and m in :ids order by g.displayName""", Object[].class)
                    .setParameter("org", organizationId)
                    .setParameter("ids", userIds)
                    .getResultStream()
                    .forEach(row -> found.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new Group()
                            .setValue(String.valueOf(row[1])).setDisplay((String) row[2]).setType("direct")
                            .setRef(base.resolve("Groups/" + row[1]))));
        }
        return found;
    }

    static Calendar calendar(java.time.Instant instant) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    /** A request's body as a SCIM user, or the SCIM error that refuses it. */
    public static UserResource read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ScimError.invalidSyntax("the body must be a JSON object");
        }
        ScimInput.check(body, "");
        try {
            return JsonUtils.nodeToValue(body, UserResource.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ScimError.invalidSyntax("the body is no SCIM User: " + firstLine(e.getMessage()));
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /** The writable fields of a SCIM user, checked; the attributes map holds null for "remove". */
    record Fields(String userName, String email, String givenName, String familyName, String phone, boolean active,
                  Map<String, String> attributes) {

        static Fields of(UserResource input, String currentEmail) {
            String userName = text(input.getUserName(), "userName", User.NAME_LENGTH);
            if (userName == null) {
                throw ScimError.invalidValue("userName: is required");
            }
            Name name = input.getName();
            String given = name == null ? null : text(name.getGivenName(), "name.givenName", User.NAME_LENGTH);
            String family = name == null ? null : text(name.getFamilyName(), "name.familyName", User.NAME_LENGTH);
            if (given == null || family == null) {
                throw ScimError.invalidValue("name.givenName and name.familyName: are required");
            }
            String email = email(input.getEmails());
            if (email == null) {
                email = userName.contains("@") ? userName : currentEmail;
            }
            if (email == null) {
                throw ScimError.invalidValue("emails: a user whose userName is no email address needs an email");
            }
            if (!email.matches("[^@\\s]+@[^@\\s]+") || email.length() > User.EMAIL_LENGTH) {
                throw ScimError.invalidValue("emails: \"" + shorten(email) + "\" is not an email address");
            }
            String phone = input.getPhoneNumbers() == null || input.getPhoneNumbers().isEmpty() ? null
                    : text(input.getPhoneNumbers().get(0).getValue(), "phoneNumbers", User.PHONE_LENGTH);
            return new Fields(userName, email, given, family, phone, !Boolean.FALSE.equals(input.getActive()),
                    enterprise(input));
        }

        UserData userData(String currentPhone) {
            String department = attributes.get("department");
            return new UserData(email, givenName, familyName, userName,
                    phone != null ? phone : currentPhone != null ? "" : null,
                    active ? UserStatus.ACTIVE : UserStatus.INACTIVE, null, department, null);
        }

        private static Map<String, String> enterprise(UserResource input) {
            EnterpriseUserExtension extension;
            try {
                extension = input.getExtension(EnterpriseUserExtension.class);
            } catch (RuntimeException e) {
                throw ScimError.invalidSyntax(ENTERPRISE + ": " + firstLine(e.getMessage()));
            }
            if (extension == null) {
                extension = new EnterpriseUserExtension();
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("department", text(extension.getDepartment(), "department", DirectoryGroup.NAME_LENGTH));
            values.put("costCenter", text(extension.getCostCenter(), "costCenter", UserAttribute.VALUE_LENGTH));
            values.put("manager", extension.getManager() == null ? null
                    : text(extension.getManager().getValue(), "manager.value", UserAttribute.VALUE_LENGTH));
            values.put("employeeNumber", text(extension.getEmployeeNumber(), "employeeNumber", UserAttribute.VALUE_LENGTH));
            values.put("division", text(extension.getDivision(), "division", UserAttribute.VALUE_LENGTH));
            values.put("organization", text(extension.getOrganization(), "organization", UserAttribute.VALUE_LENGTH));
            return values;
        }

        private static String email(List<Email> emails) {
            if (emails == null || emails.isEmpty()) {
                return null;
            }
            Email chosen = emails.stream().filter(e -> Boolean.TRUE.equals(e.getPrimary())).findFirst()
                    .orElseGet(() -> emails.stream().filter(e -> "work".equalsIgnoreCase(e.getType())).findFirst()
                            .orElse(emails.get(0)));
            return chosen.getValue() == null || chosen.getValue().isBlank() ? null : chosen.getValue().trim();
        }

        /** Trimmed; null when absent or blank; refused when longer than the column. */
        private static String text(String value, String field, int max) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String trimmed = value.trim();
            if (trimmed.length() > max) {
                throw ScimError.invalidValue(field + ": at most " + max + " characters");
            }
            return trimmed;
        }

        private static String shorten(String value) {
            return value.length() > 60 ? value.substring(0, 60) + "..." : value;
        }
    }
}
