package id.sistemkerja.contracts.audit.v1;

import id.sistemkerja.contracts.IntegrationEvent;

/**
 * A signed checkpoint of one service's audit ledger (its "signed tree head", RFC 9162 §4.10): the ledger's first
 * {@code treeSize} entries have the Merkle root {@code rootHash}. Published on {@code sk.audit.checkpoints} (record key =
 * service) so copies live outside the service's database; the standalone verifier checks exported ledgers against
 * them (docs/audit.md).
 *
 * @param service            service whose ledger this is ({@code org}, {@code assignment}, ...)
 * @param treeSize           number of ledger entries covered (entries {@code 0..treeSize-1})
 * @param rootHash           RFC 6962 Merkle tree hash of those entries, lower-case hex (64 characters)
 * @param time               when the checkpoint was made: ISO-8601 UTC instant, exactly as signed
 * @param keyId              lower-case hex SHA-256 of the signing public key (X.509 SubjectPublicKeyInfo DER)
 * @param signatureAlgorithm always {@code Ed25519}
 * @param signature          base64 signature over the checkpoint's signed text (docs/audit.md, "Checkpoints")
 */
@IntegrationEvent(type = "audit.Checkpoint", version = 1)
public record AuditCheckpoint(String service,
                              long treeSize,
                              String rootHash,
                              String time,
                              String keyId,
                              String signatureAlgorithm,
                              String signature) {
}
