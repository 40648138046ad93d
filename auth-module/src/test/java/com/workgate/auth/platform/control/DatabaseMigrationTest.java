package com.workgate.auth.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database migrated by an earlier release already has a later module's script ({@code V3_1}); a new script of
 * an earlier module ({@code V1_3}) must still be applied when the new release starts.
 */
class DatabaseMigrationTest {

    @TempDir
    Path scripts;

    @Test
    void aNewScriptOfAnEarlierModuleIsAppliedAfterALaterModulesScript() throws IOException {
        copy("V1_1__auth_directory.sql");
        copy("V1_2__auth_replay_sessions_throttling.sql");
        Files.writeString(scripts.resolve("V3_1__later_module.sql"), "create table later_module_table (id bigint);");
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migration-order;DB_CLOSE_DELAY=-1");
        String location = "filesystem:" + scripts;

        DatabaseMigration.configuration(getClass().getClassLoader(), location).dataSource(h2).load().migrate();
        copy("V1_3__current_person_view.sql");
        DatabaseMigration.configuration(getClass().getClassLoader(), location).dataSource(h2).load().migrate();

        MigrationInfo[] applied = DatabaseMigration.configuration(getClass().getClassLoader(), location)
                .dataSource(h2).load().info().applied();
        MigrationInfo earlierModulesScript = null;
        for (MigrationInfo migration : applied) {
            if ("1.3".equals(migration.getVersion().getVersion())) {
                earlierModulesScript = migration;
            }
        }
        assertNotNull(earlierModulesScript, "V1_3 applied");
        assertEquals(MigrationState.OUT_OF_ORDER, earlierModulesScript.getState());
    }

    private void copy(String script) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/migration/" + script)) {
            Files.copy(in, scripts.resolve(script));
        }
    }
}
