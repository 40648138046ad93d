package com.workgate.auth.organization.control;

import java.time.ZoneId;

/** What other modules may know of an organization: its country (public holidays) and time zone ("today"). */
public record OrganizationSettings(String country, ZoneId timeZone) {
}
