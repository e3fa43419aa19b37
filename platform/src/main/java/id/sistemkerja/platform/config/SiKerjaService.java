package id.sistemkerja.platform.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a Spring Boot application class as the SiKerja service {@link #value()}: it gets
 * {@code sikerja.service.name}, reads its configuration from {@code <value>-service.yml} (not {@code application.yml},
 * so several services can share one classpath in the local launcher) and the platform's defaults.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SiKerjaService {

    /** Short service name: {@code org}, {@code assignment}, {@code team}, {@code performance}. */
    String value();
}
