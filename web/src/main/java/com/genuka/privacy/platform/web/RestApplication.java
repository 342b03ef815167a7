package com.genuka.privacy.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under /api; its OpenAPI description is at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Genuka privacy portal API", version = "1.0",
    description = "Privacy requests, exports and consents of the Genuka privacy portal."))
public class RestApplication extends Application {}
