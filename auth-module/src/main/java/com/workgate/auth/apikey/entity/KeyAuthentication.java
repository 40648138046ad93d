package com.workgate.auth.apikey.entity;

/** Whether a key's secret may travel (Basic, OAuth client credentials) or only sign (HMAC). */
public enum KeyAuthentication {
    HMAC_ONLY, BASIC_AND_HMAC
}
