package id.sistemkerja.performance.api;

import java.util.Optional;

/**
 * Ids of the performance records. They are derived from what identifies the record in the regulation, so a retry or a
 * second caller addresses the same record: one performance agreement per unit and year, one SKP per employee and year,
 * one evaluation per unit and period. Targets are numbered within their owner: {@code <ownerId>#<n>}.
 */
public final class PerformanceIds {

    private PerformanceIds() {
    }

    /** Perjanjian kinerja of a unit for a year. */
    public static String agreementId(String unitId, int year) {
        return "pk:" + unitId + ":" + year;
    }

    /** Sasaran Kinerja Pegawai (SKP) of an employee for a year. */
    public static String planId(String nip, int year) {
        return "skp:" + nip + ":" + year;
    }

    /** Evaluation (penilaian kinerja) of the employees of a unit for a period of a year. */
    public static String evaluationId(String unitId, int year, String period) {
        return "eval:" + unitId + ":" + year + ":" + period;
    }

    /** A target (sasaran / rencana hasil kerja) of an agreement or a plan. */
    public static String targetRef(String ownerId, int number) {
        return ownerId + "#" + number;
    }

    /** The owner ({@code pk:...} or {@code skp:...}) and number of a target reference. */
    public record TargetRef(String ownerId, int number) {

        public boolean ofAgreement() {
            return ownerId.startsWith("pk:");
        }

        public boolean ofPlan() {
            return ownerId.startsWith("skp:");
        }

        @Override
        public String toString() {
            return targetRef(ownerId, number);
        }
    }

    /** Parses {@code pk:<unit>:<year>#<n>} or {@code skp:<nip>:<year>#<n>}; empty when malformed. */
    public static Optional<TargetRef> parseTargetRef(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        int hash = ref.lastIndexOf('#');
        if (hash <= 0 || hash == ref.length() - 1 || !(ref.startsWith("pk:") || ref.startsWith("skp:"))) {
            return Optional.empty();
        }
        try {
            int number = Integer.parseInt(ref.substring(hash + 1));
            return number < 1 ? Optional.empty() : Optional.of(new TargetRef(ref.substring(0, hash), number));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The year of an agreement or plan id ({@code pk:<unit>:<year>}, {@code skp:<nip>:<year>}). */
    public static int yearOf(String ownerId) {
        return Integer.parseInt(ownerId.substring(ownerId.lastIndexOf(':') + 1));
    }
}
