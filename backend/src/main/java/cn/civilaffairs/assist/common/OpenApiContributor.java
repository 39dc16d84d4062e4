package cn.civilaffairs.assist.common;

import io.swagger.v3.oas.models.OpenAPI;

/**
 * Adds to the OpenAPI document before its nullability and required lists are written. springdoc applies
 * its own customizers in no fixed order, so a module that adds schemas (workflow's task subject union)
 * contributes here instead, and common's one customizer runs every contribution first, then marks them.
 */
public interface OpenApiContributor {
    void contribute(OpenAPI openApi);
}
