package com.example.shiftreports;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * An integrator's service that lets in callers holding a Workgate token. The whole trust set-up is
 * {@code META-INF/microprofile-config.properties}: where Workgate publishes its keys, its issuer and audience.
 * Workgate puts the API key's role in the token's {@code groups} claim, which MP-JWT maps to roles.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"WAREHOUSE", "EVENTS", "VISITOR", "ALL"})
public class ShiftReportsApplication extends Application {
}
