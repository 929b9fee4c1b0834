package org.herald.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API's root: everything under /herald/api/v1 needs the back-office bearer key. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Herald API",
            version = "v1",
            description =
                "Communications server for CRMs: contacts, communications and their delivery queue."
                    + " Errors are application/problem+json (RFC 9457).",
            license = @License(name = "Apache-2.0")),
    security = @SecurityRequirement(name = "backOfficeKey"))
@SecurityScheme(
    securitySchemeName = "backOfficeKey",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "The key set in herald.backoffice.api-key (HERALD_BACKOFFICE_API_KEY)")
@SecurityScheme(
    securitySchemeName = "externalSystemKey",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An external system's own key, shown when it is registered or its key rotated")
public class HeraldApi extends Application {}
