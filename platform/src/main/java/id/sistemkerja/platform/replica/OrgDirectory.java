package id.sistemkerja.platform.replica;

import java.util.Optional;

/**
 * The org facts a service decides on, read from its local replica (fed from {@code sk.org.events.v1}); never a
 * synchronous call to org-service. A fact that has not arrived yet is {@link Optional#empty()}: the caller refuses
 * with a retryable error rather than guess.
 */
public interface OrgDirectory {

    Optional<EmployeeFacts> employee(String nip);

    boolean agencyKnown(String agencyId);
}
