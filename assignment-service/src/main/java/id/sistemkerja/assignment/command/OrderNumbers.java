package id.sistemkerja.assignment.command;

/**
 * The numbering of assignment orders: one counter per issuing agency and year. {@link #next} is called by the command
 * that issues the order, inside the command's database transaction, after every check passed and just before the
 * issued event is applied: the number becomes visible together with the event, a failed command rolls the counter back
 * with it, and concurrent issuers wait for each other — so numbers have neither gaps nor duplicates (ASG-04).
 */
public interface OrderNumbers {

    /** The next sequence number of {@code agencyId}'s orders in {@code year}: 1, 2, 3, ... */
    long next(String agencyId, int year);
}
