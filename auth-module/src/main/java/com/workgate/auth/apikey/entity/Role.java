package com.workgate.auth.apikey.entity;

/** What an API key may call (the role table of the integration API). */
public enum Role {
    EVENTS, VISITOR, WAREHOUSE, ALL
}
