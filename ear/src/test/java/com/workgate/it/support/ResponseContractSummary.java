package com.workgate.it.support;

import java.nio.file.Path;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints, at the end of each test run (one per database), how many answers were validated against the OpenAPI
 * document, and appends the line to {@code target/openapi-validation.txt}. Registered through
 * {@code META-INF/services}, so it runs for every integration test without being named.
 */
public final class ResponseContractSummary implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String line = ResponseContract.summary() + " (database " + System.getProperty("workgate.db", "?") + ")";
        System.out.println(line);
        ResponseContract.append(Path.of("target", "openapi-validation.txt"), line + "\n");
    }
}
