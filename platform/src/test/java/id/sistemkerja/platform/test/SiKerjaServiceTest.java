package id.sistemkerja.platform.test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service integration test: the whole Spring Boot service on a random port against real PostgreSQL, Kafka and
 * MongoDB ({@link TestInfrastructure}), started once per JVM. Contexts with the same configuration are reused.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = InfrastructureInitializer.class)
public @interface SiKerjaServiceTest {
}
