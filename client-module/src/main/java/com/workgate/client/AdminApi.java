package com.workgate.client;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The admin API ({@code /v1/admin/...}, key role {@code ALL}, scoped to the key's organization; organizations only
 * with a key of the system organization). Calls that create something or issue a secret are not retried on
 * connection failures (see {@link RetryPolicy}); reads, {@code PUT} and {@code DELETE} are.
 */
public final class AdminApi {

    private final WorkgateApi api;

    AdminApi(WorkgateApi api) {
        this.api = api;
    }

    /**
     * An API key with its secret, as only its creation answers.
     *
     * @param apiKey         the key id
     * @param secret         the secret (shown once)
     * @param name           its name
     * @param role           {@code EVENTS}, {@code VISITOR}, {@code WAREHOUSE} or {@code ALL}
     * @param authentication {@code HMAC_ONLY} or {@code BASIC_AND_HMAC}
     * @param createdAt      when
     */
    public record CreatedKey(String apiKey, String secret, String name, String role, String authentication, String createdAt) {
    }

    /**
     * An API key as listed (no secret).
     *
     * @param apiKey         the key id
     * @param name           its name
     * @param role           its role
     * @param authentication its authentication
     * @param createdAt      when
     */
    public record ApiKey(String apiKey, String name, String role, String authentication, String createdAt) {
    }

    /**
     * An organization.
     *
     * @param organizationId id
     * @param name           name
     * @param accountName    the account name (the {@code <account>} of signed headers)
     * @param country        ISO country code
     * @param timeZone       IANA time zone
     */
    public record Organization(long organizationId, String name, String accountName, String country, String timeZone) {
    }

    /**
     * A new organization and its first ALL key.
     *
     * @param organizationId id
     * @param name           name
     * @param accountName    account name
     * @param country        country
     * @param timeZone       time zone
     * @param adminKey       its first key, with the secret
     */
    public record CreatedOrganization(long organizationId, String name, String accountName, String country, String timeZone,
                                      CreatedKey adminKey) {
    }

    /**
     * A person to create; null fields are left out.
     *
     * @param email             email (unique in the organization)
     * @param firstName         first name
     * @param lastName          last name
     * @param userName          user name
     * @param phone             phone
     * @param status            {@code active} or {@code inactive}
     * @param primaryLocationId primary location
     * @param primaryGroupId    primary group
     * @param weeklyPlan        {@code mon..sun} to {@code o}, {@code r} or {@code a}
     */
    public record NewUser(String email, String firstName, String lastName, String userName, String phone, String status,
                          String primaryLocationId, String primaryGroupId, Map<String, String> weeklyPlan) {

        /**
         * @param email     email
         * @param firstName first name
         * @param lastName  last name
         * @return a person with only these
         */
        public static NewUser of(String email, String firstName, String lastName) {
            return new NewUser(email, firstName, lastName, null, null, null, null, null, null);
        }
    }

    /**
     * A person of the directory.
     *
     * @param userId            id (also the TimeClock API identifier)
     * @param email             email
     * @param firstName         first name
     * @param lastName          last name
     * @param userName          user name
     * @param phone             phone
     * @param status            status
     * @param primaryLocationId primary location
     * @param primaryGroupId    primary group
     * @param weeklyPlan        weekly plan
     */
    public record User(long userId, String email, String firstName, String lastName, String userName, String phone,
                       String status, String primaryLocationId, String primaryGroupId, Map<String, String> weeklyPlan) {
    }

    /**
     * A person's TimeClock API key.
     *
     * @param userId the person
     * @param apiKey the key (a secret)
     */
    public record TimeClockKey(long userId, String apiKey) {
    }

    /**
     * @param name        display name
     * @param accountName unique account name
     * @param country     ISO country code, e.g. {@code PL}
     * @param timeZone    IANA zone, e.g. {@code Europe/Warsaw}
     * @return the organization and its first ALL key
     */
    public CreatedOrganization createOrganization(String name, String accountName, String country, String timeZone) {
        return api.call("POST", "/v1/admin/organizations", null,
                Map.of("name", name, "accountName", accountName, "country", country, "timeZone", timeZone), false,
                CreatedOrganization.class);
    }

    /** @return every organization */
    public List<Organization> organizations() {
        return api.call("GET", "/v1/admin/organizations", null, null, true, listOf(Organization.class));
    }

    /**
     * @param name           display name
     * @param role           {@code EVENTS}, {@code VISITOR}, {@code WAREHOUSE} or {@code ALL}
     * @param authentication {@code HMAC_ONLY} or {@code BASIC_AND_HMAC}
     * @return the key with its secret
     */
    public CreatedKey createKey(String name, String role, String authentication) {
        return api.call("POST", "/v1/admin/keys", null, Map.of("name", name, "role", role, "authentication", authentication),
                false, CreatedKey.class);
    }

    /** @return the organization's keys, without secrets */
    public List<ApiKey> keys() {
        return api.call("GET", "/v1/admin/keys", null, null, true, listOf(ApiKey.class));
    }

    /**
     * Revokes a key and its tokens at once.
     *
     * @param apiKey the key id
     */
    public void revokeKey(String apiKey) {
        api.call("DELETE", "/v1/admin/keys/" + apiKey, null, null, true, (Class<?>) null);
    }

    /**
     * @param user the person
     * @return the person as stored, with the new id
     */
    public User createUser(NewUser user) {
        return api.call("POST", "/v1/admin/users", null, user, false, User.class);
    }

    /** @return the organization's people */
    public List<User> users() {
        return api.call("GET", "/v1/admin/users", null, null, true, listOf(User.class));
    }

    /**
     * @param userId the person's id
     * @return the person
     */
    public User user(long userId) {
        return api.call("GET", "/v1/admin/users/" + userId, null, null, true, User.class);
    }

    /**
     * Grants a TimeClock key, or replaces the existing one (the old one stops working at once).
     *
     * @param userId the person's id
     * @return the new key
     */
    public TimeClockKey grantTimeClockKey(long userId) {
        return api.call("POST", "/v1/admin/users/" + userId + "/timeclock-key", null, null, false, TimeClockKey.class);
    }

    /**
     * Creates or replaces a whole location hierarchy (see the admin API contract for its shape).
     *
     * @param locationId the location's id
     * @param hierarchy  {@code {"name","address","status","hasPresenceSource","levels":[...]}} as a map or tree
     * @return the location as stored
     */
    public JsonNode putLocation(String locationId, Object hierarchy) {
        return api.call("PUT", "/v1/admin/locations/" + locationId, null, hierarchy, true, JsonNode.class);
    }

    /**
     * @param userId the person's id
     * @param day    the day
     * @param plan   {@code o}, {@code r} or {@code a}
     */
    public void setPlan(long userId, LocalDate day, String plan) {
        api.call("PUT", "/v1/admin/users/" + userId + "/plans/" + day, null, Map.of("plan", plan), true, JsonNode.class);
    }

    private static JavaType listOf(Class<?> type) {
        return Json.MAPPER.getTypeFactory().constructCollectionType(List.class, type);
    }
}
