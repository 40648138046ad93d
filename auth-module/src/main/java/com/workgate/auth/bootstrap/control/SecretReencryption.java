package com.workgate.auth.bootstrap.control;

import com.workgate.auth.apikey.entity.ApiKeySecret;
import com.workgate.auth.audit.control.AuditTrail;
import com.workgate.auth.audit.entity.AuditKind;
import com.workgate.auth.crypto.control.MasterKeys;
import com.workgate.auth.crypto.control.SecretCipher;
import com.workgate.auth.session.entity.ApiSession;
import com.workgate.auth.token.entity.AuthReplay;
import com.workgate.auth.token.entity.SigningKey;
import com.workgate.auth.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Master key rotation: every secret still encrypted under a previous master key is re-encrypted under the
 * current one, so that the previous key can be dropped from the configuration after one start.
 */
@ApplicationScoped
public class SecretReencryption {

    @PersistenceContext(unitName = "workgate")
    EntityManager em;

    @Inject
    SecretCipher cipher;

    @Inject
    MasterKeys masterKeys;

    @Inject
    AuditTrail audit;

    /** @return how many stored secrets were re-encrypted */
    @Transactional
    public int reencryptUnderCurrentKey() {
        String current = masterKeys.currentId() + ":%";
        int count = reencrypt(ApiKeySecret.class, "encryptedSecret", current, ApiKeySecret::getEncryptedSecret, ApiKeySecret::reencrypt)
                + reencrypt(User.class, "encryptedTimeClockKey", current, User::getEncryptedTimeClockKey, User::setEncryptedTimeClockKey)
                + reencrypt(SigningKey.class, "encryptedPrivateKey", current, SigningKey::getEncryptedPrivateKey, SigningKey::reencrypt)
                + reencrypt(AuthReplay.class, "encryptedToken", current, AuthReplay::getEncryptedToken, AuthReplay::reencrypt)
                + reencrypt(ApiSession.class, "encryptedToken", current, ApiSession::getEncryptedToken, ApiSession::reencrypt);
        if (count > 0) {
            audit.record(AuditKind.MASTER_KEY_ROTATED, null, "master-key:" + masterKeys.currentId(),
                    count + " stored secrets re-encrypted");
        }
        return count;
    }

    private <T> int reencrypt(Class<T> entity, String field, String currentPattern, Function<T, String> read,
                              BiConsumer<T, String> write) {
        var rows = em.createQuery("select e from " + entity.getSimpleName() + " e where e." + field
                        + " is not null and e." + field + " not like :current", entity)
                .setParameter("current", currentPattern)
                .getResultList();
        for (T row : rows) {
            write.accept(row, cipher.encrypt(cipher.decrypt(read.apply(row))));
        }
        return rows.size();
    }
}
