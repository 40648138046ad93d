package com.workgate.auth.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs. Every module keeps its scripts under
 * {@code db/migration} in its own jar, numbered by module ({@code V1_n} auth, {@code V2_n} events, {@code V3_n}
 * timeclock): a module's new script is therefore lower than scripts of later modules that a database already
 * has, and is applied out of order. Flyway takes a lock in the database, so several nodes starting together
 * migrate once.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = configuration(DatabaseMigration.class.getClassLoader(), "classpath:db/migration")
                .dataSource(dataSource)
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "database schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    static FluentConfiguration configuration(ClassLoader classLoader, String... locations) {
        return Flyway.configure(classLoader).locations(locations).outOfOrder(true);
    }
}
