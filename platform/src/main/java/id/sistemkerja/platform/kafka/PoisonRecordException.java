package id.sistemkerja.platform.kafka;

/** A record that no retry can process (unreadable JSON, a payload that does not fit its type): dead-lettered at once. */
public class PoisonRecordException extends RuntimeException {

    public PoisonRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
