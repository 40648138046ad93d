package com.workgate.auth.bootstrap.control;

import com.workgate.auth.apikey.control.ApiKeys;
import com.workgate.auth.crypto.control.MasterKeys;
import com.workgate.auth.crypto.control.RandomSecrets;
import com.workgate.auth.organization.control.Organizations;
import com.workgate.auth.token.control.SigningKeys;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On an empty database: the system organization, its first ALL key (the operator's from
 * {@code WORKGATE_ADMIN_KEY}/{@code WORKGATE_ADMIN_SECRET}, or generated and printed once), and a token signing key.
 * A later start changes nothing that exists.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @Inject
    Organizations organizations;

    @Inject
    SigningKeys signingKeys;

    @Inject
    MasterKeys masterKeys;

    @Inject
    SecretReencryption reencryption;

    @Inject
    @ConfigProperty(name = "workgate.admin.key")
    Optional<String> adminKey;

    @Inject
    @ConfigProperty(name = "workgate.admin.secret")
    Optional<String> adminSecret;

    @PostConstruct
    void bootstrap() {
        if (masterKeys.knownIds().size() > 1) {
            int count = reencryption.reencryptUnderCurrentKey();
            LOG.info(() -> "master key rotation: re-encrypted " + count + " stored secrets under key " + masterKeys.currentId());
        }
        signingKeys.ensureSigningKey();
        if (organizations.systemOrganization().isPresent()) {
            return;
        }
        boolean chosen = adminKey.filter(k -> !k.isBlank()).isPresent() && adminSecret.filter(s -> !s.isBlank()).isPresent();
        String keyId = chosen ? adminKey.get() : UUID.randomUUID().toString();
        String secret = chosen ? adminSecret.get() : RandomSecrets.apiSecret();
        organizations.createSystemOrganization(keyId, secret);
        if (chosen) {
            LOG.info(() -> "First start: the system organization's ALL key is " + ApiKeys.normalize(keyId)
                    + " with the secret from WORKGATE_ADMIN_SECRET");
        } else {
            LOG.warning("""

                    ========================================================================
                    First start: created the system organization and its administrator key.
                      API key: %s
                      Secret:  %s
                    This is shown once. Keep it safe; it can create organizations and keys.
                    ========================================================================""".formatted(
                    ApiKeys.normalize(keyId), secret));
        }
    }
}
