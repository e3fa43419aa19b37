package id.sistemkerja.contracts;

/** Kafka topics carrying integration events ({@code sk.<service>.events.v1}) and audit checkpoints. */
public final class Topics {

    public static final String ORG_EVENTS = "sk.org.events.v1";
    public static final String ASSIGNMENT_EVENTS = "sk.assignment.events.v1";
    public static final String TEAM_EVENTS = "sk.team.events.v1";
    public static final String PERFORMANCE_EVENTS = "sk.performance.events.v1";
    /** Signed audit-ledger checkpoints of every service (copies kept outside the databases). */
    public static final String AUDIT_CHECKPOINTS = "sk.audit.checkpoints";

    private Topics() {
    }

    /** Topic a service publishes its integration events to. */
    public static String eventsOf(String service) {
        return "sk." + service + ".events.v1";
    }
}
