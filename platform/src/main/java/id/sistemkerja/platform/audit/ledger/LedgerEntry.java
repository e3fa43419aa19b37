package id.sistemkerja.platform.audit.ledger;

/**
 * A sealed ledger row.
 *
 * @param seq       ledger sequence (position), contiguous from 0
 * @param agencyId  agency the entry belongs to (access control only; not hashed), null when none
 * @param canonical the canonical JSON that was hashed
 * @param leafHash  {@code SHA-256(0x00 || UTF-8 canonical)} as stored at sealing
 */
public record LedgerEntry(long seq, long globalIndex, String eventId, String aggregateType, String aggregateId,
                          Long aggregateSequence, String time, String agencyId, String canonical, byte[] leafHash) {
}
