package id.sistemkerja.performance.api;

/**
 * A recorded target of an agreement or a plan.
 *
 * @param targetRef         {@code <ownerId>#<number>}
 * @param supportsTargetRef the superior target it supports; null only for a top agreement's own targets
 * @param supportsOwnerId   owner of that superior target (its agreement or plan)
 */
public record Target(String targetRef, int number, String description, String indicator, String targetValue,
                     String supportsTargetRef, String supportsOwnerId) {
}
