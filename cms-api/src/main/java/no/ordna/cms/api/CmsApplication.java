package no.ordna.cms.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's root: everything under {@code /api/v1}. */
@ApplicationPath("api/v1")
@ApplicationScoped
@OpenAPIDefinition(
    info =
        @Info(
            title = "Ordna CMS API",
            version = "1",
            description =
                "Management API (bearer token) for content types, items and their locale variants;"
                    + " errors are application/problem+json (RFC 9457).",
            license = @License(name = "Apache-2.0")),
    tags = {
      @Tag(name = "auth", description = "Tokens"),
      @Tag(name = "content-types", description = "Content and block types as data"),
      @Tag(name = "items", description = "Content items and their locale variants"),
      @Tag(name = "locales", description = "Configured locales and fallback chains"),
      @Tag(name = "users", description = "Users, roles, locale grants and content-type limits"),
      @Tag(name = "search", description = "Full-text search of published content")
    })
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A token from POST /api/v1/auth/token")
public class CmsApplication extends Application {}
