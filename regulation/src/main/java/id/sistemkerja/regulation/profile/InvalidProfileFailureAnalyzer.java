package id.sistemkerja.regulation.profile;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up failure report for invalid regulation profiles: the problems themselves, not a stack trace to dig in. */
public class InvalidProfileFailureAnalyzer extends AbstractFailureAnalyzer<InvalidProfileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidProfileException cause) {
        return new FailureAnalysis("The regulation profiles are invalid, so the service does not start.\n"
                + cause.getMessage(),
                "Fix the profile files named above (schema: profiles/profile.schema.json; docs/profiles.md).", cause);
    }
}
