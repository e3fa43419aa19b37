package id.sistemkerja.platform.test;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test that needs real images (postgres, kafka, mongo) through Testcontainers. Where no Docker engine answers it is
 * skipped, and says so on the console so the skip is never silent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(RequiresDocker.Condition.class)
public @interface RequiresDocker {

    class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (TestInfrastructure.dockerAvailable()) {
                return ConditionEvaluationResult.enabled("Docker engine available");
            }
            String reason = "SKIPPED " + context.getDisplayName()
                    + ": needs a Docker engine for real postgres/kafka/mongo images; none on this machine";
            System.err.println("[SiKerja tests] " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
