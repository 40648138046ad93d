package com.workgate.auth.token.control;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.logging.Logger;

/**
 * RS256 signing in native code: the Amazon Corretto Crypto Provider (AWS-LC) signs four times as fast as the
 * JDK's provider on this hardware (bench/RESULTS-tokens.md), and PKCS#1 v1.5 signatures are the same bytes
 * whoever computes them. The provider is added last to the JVM's list, so it is chosen by name only and changes
 * no default. Where its library does not load (another CPU or C library), the JDK's provider signs.
 */
final class NativeRsa {

    static final String PROVIDER_NAME = "AmazonCorrettoCryptoProvider";
    private static final Logger LOG = Logger.getLogger(NativeRsa.class.getName());
    private static final Provider PROVIDER = install();

    private NativeRsa() {
    }

    /**
     * The private key, parsed by the native provider when it is available, so that no signature converts it again;
     * else by the JDK's.
     */
    static PrivateKey signingKey(PKCS8EncodedKeySpec encoded) throws GeneralSecurityException {
        if (PROVIDER != null) {
            try {
                return KeyFactory.getInstance("RSA", PROVIDER).generatePrivate(encoded);
            } catch (GeneralSecurityException e) {
                LOG.warning(() -> "the native provider cannot hold the signing key, the JDK signs: " + e);
            }
        }
        return KeyFactory.getInstance("RSA").generatePrivate(encoded);
    }

    /** The provider to sign with this key: the native one for keys it holds, else null (the JDK's default). */
    static String providerFor(PrivateKey key) {
        return PROVIDER != null && key.getClass().getName().startsWith("com.amazon.corretto.") ? PROVIDER_NAME : null;
    }

    private static Provider install() {
        try {
            Provider installed = Security.getProvider(PROVIDER_NAME);
            if (installed == null) {
                AmazonCorrettoCryptoProvider.INSTANCE.assertHealthy();
                Security.addProvider(AmazonCorrettoCryptoProvider.INSTANCE);
                installed = AmazonCorrettoCryptoProvider.INSTANCE;
            }
            Provider provider = installed;
            LOG.info(() -> "tokens are signed by " + provider.getName() + " " + provider.getVersionStr());
            return installed;
        } catch (RuntimeException | LinkageError e) {
            // the native library did not load or failed its self-test: the JDK's provider is correct, only slower
            LOG.warning(() -> "native RSA unavailable, the JDK's provider signs tokens: " + e);
            return null;
        }
    }
}
