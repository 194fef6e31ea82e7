package org.asistream.schemas.credentials;

/** What a bearer token may do: a trust publishes its own events; every role reads the views of its organisation. */
public enum Role {
    TRUST,
    NETWORK,
    REGION,
    NATIONAL
}
