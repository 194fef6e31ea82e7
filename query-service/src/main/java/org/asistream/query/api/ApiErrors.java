package org.asistream.query.api;

/**
 * The error answers of the API, described once as OpenAPI components ({@link QueryApi}) and referred to by name from
 * the resources' {@code @APIResponse(ref = ...)}.
 */
final class ApiErrors {

    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "NotFound";
    static final String NOT_READY = "NotReady";

    static final String BAD_REQUEST_TEXT =
            "The period, measure or month cannot be read; the detail names the accepted forms";
    static final String UNAUTHORIZED_TEXT = "No bearer token, or one the credentials file does not hold";
    static final String FORBIDDEN_TEXT =
            "The token's organisation may not see this organisation (or not its trusts)";
    static final String NOT_FOUND_TEXT = "No such level or organisation";
    static final String NOT_READY_TEXT =
            "The views are still loading at startup; retry after the Retry-After seconds";

    private ApiErrors() {
    }
}
