package cn.civilaffairs.assist.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This component of a view record may be JSON {@code null} in an answer. Every other component of a
 * record the API answers with is always present and never null: the OpenAPI document lists it under
 * {@code required} and types it without {@code "null"} (see {@code common.internal.NullableProperties}),
 * and {@code NullabilityContractTest} fails when a real answer holds a null anywhere else.
 *
 * <p>Decide it from the code that fills the record (a nullable column, an optional lookup, an explicit
 * {@code null}), not from what a screen happens to expect. Not named {@code Nullable}: swagger-core
 * reacts to annotations of that simple name on its own, in a way that depends on its version.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface MayBeNull {}
