package org.asistream.query.api;

/** Descriptions of the error answers, shared by the resources' OpenAPI annotations. */
final class ApiErrors {

    static final String BAD_REQUEST = "The period, measure or month cannot be read; the detail names the accepted forms";
    static final String UNAUTHORIZED = "No bearer token, or one the credentials file does not hold";
    static final String FORBIDDEN = "The token's organisation may not see this organisation (or not its trusts)";
    static final String NOT_FOUND = "No such level or organisation";
    static final String NOT_READY = "The views are still loading at startup; retry after the Retry-After seconds";

    private ApiErrors() {
    }
}
