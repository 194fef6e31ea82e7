package org.asistream.ingest.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The trusts' API as a whole, as the OpenAPI document at /q/openapi describes it. */
@OpenAPIDefinition(info = @Info(title = "ASI Stream ingest API", version = "1",
        description = "Trusts publish the pathway events of their stroke and TIA episodes here. The event contract "
                + "is docs/events.md. Every error is RFC 7807 application/problem+json."))
@SecurityScheme(securitySchemeName = IngestApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token of the credentials file: TRUST tokens publish; every token reads the reference data")
public class IngestApi extends Application {

    public static final String BEARER = "bearer";
}
