package id.sistemkerja.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a public integration event: its {@link #type() type name} and {@link #version() schema version}
 * travel in the envelope and in the Kafka headers, and never change for a published shape. A breaking change is a new
 * record in a new {@code vN} package with a higher version.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IntegrationEvent {

    /** Stable type name, {@code <service>.<EventName>}, e.g. {@code org.EmployeeRegistered}. */
    String type();

    /** Schema version of this shape; equals the {@code vN} package it lives in. */
    int version();
}
