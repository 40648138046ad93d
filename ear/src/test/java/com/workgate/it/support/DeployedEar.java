package com.workgate.it.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deploys the real EAR, as built, to the provisioned WildFly; tests then talk to it over HTTP only. */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedEar {

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("workgate.ear")));
    }

    protected static final WorkgateClient client = WorkgateClient.local();
}
