package org.asistream.ingest.support;

/** The bearer tokens of the test credentials file written by {@link IngestTestEnvironment}. */
public final class Tokens {

    public static final String TRUST_T01 = "trust-T01-secret";
    public static final String TRUST_T02 = "trust-T02-secret";
    /** A trust with a token that the reference data never knows. */
    public static final String TRUST_T09 = "trust-T09-secret";
    /** A trust with a token that a test adds to the reference data while the service runs. */
    public static final String TRUST_T04 = "trust-T04-secret";
    public static final String NETWORK_N1 = "net-N1-secret";
    public static final String REGION_R1 = "region-R1-secret";
    public static final String NATIONAL = "national-secret";

    static final String CREDENTIALS = """
            {"tokens": [
              {"token": "trust-T01-secret", "role": "TRUST", "org": "T01"},
              {"token": "trust-T02-secret", "role": "TRUST", "org": "T02"},
              {"token": "trust-T09-secret", "role": "TRUST", "org": "T09"},
              {"token": "trust-T04-secret", "role": "TRUST", "org": "T04"},
              {"token": "net-N1-secret", "role": "NETWORK", "org": "N1"},
              {"token": "region-R1-secret", "role": "REGION", "org": "R1"},
              {"token": "national-secret", "role": "NATIONAL"}
            ]}""";

    private Tokens() {
    }
}
