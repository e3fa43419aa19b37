package id.sistemkerja.platform.web;

import id.sistemkerja.platform.security.CallContext;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of new records. With an {@code Idempotency-Key} the id is derived from caller, key and kind, so even a retry
 * that arrives after the stored response was lost addresses the same record and cannot create a second one. The
 * caller is the subject for its agency and issuer ({@link id.sistemkerja.platform.security.Actor#callerScope()}, M3):
 * the same key of the same subject acting for two agencies addresses two records.
 */
public final class Ids {

    private Ids() {
    }

    public static String newId(CallContext context, String kind) {
        if (context.idempotencyKey() == null) {
            return UUID.randomUUID().toString();
        }
        String seed = kind + "|" + context.actor().callerScope() + "|" + context.idempotencyKey();
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
