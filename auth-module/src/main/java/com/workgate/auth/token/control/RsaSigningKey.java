package com.workgate.auth.token.control;

import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;

/** One key of the ring: its id ({@code kid}), its public half, and its private half when it is the one that signs. */
public record RsaSigningKey(String kid, RSAPublicKey publicKey, PrivateKey privateKey) {

    @Override
    public String toString() {
        return "RsaSigningKey[" + kid + "]";
    }
}
