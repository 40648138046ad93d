package com.workgate.auth.platform.control;

import jakarta.enterprise.context.RequestScoped;

/** The address the current request came from, as the server sees it; null outside a request. */
@RequestScoped
public class ClientAddress {

    private String address;

    public void set(String address) {
        this.address = address;
    }

    public String get() {
        return address;
    }
}
