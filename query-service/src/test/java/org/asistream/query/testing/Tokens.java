package org.asistream.query.testing;

/** The bearer tokens of the test credentials file. */
public final class Tokens {

    public static final String NATIONAL = "national-secret";
    public static final String REGION_R1 = "region-r1-secret";
    public static final String NETWORK_N1 = "network-n1-secret";
    public static final String NETWORK_N9 = "network-n9-secret";
    public static final String TRUST_T01 = "trust-t01-secret";

    private Tokens() {
    }
}
