package id.sistemkerja.assignment.api;

import id.sistemkerja.regulation.profile.Official;

/**
 * Who took an act and in which capacity (AUD-01): the NIP (or client id), the official the rule names
 * ({@code capacity}, null when the employee acts for themselves) and what made them that official on the day.
 *
 * @param basis e.g. {@code holder of kota-bandung.dinkes:kadis}, {@code delegation 7f3e... (SK 800/1)},
 *              {@code role AUTHORIZED_OFFICIAL of kota-bandung}, {@code the employee}
 */
public record ActingOfficial(String nip, Official capacity, String basis) {

    public static ActingOfficial employee(String nip) {
        return new ActingOfficial(nip, null, "the employee (pegawai) concerned");
    }

    public String capacityName() {
        return capacity == null ? null : capacity.name();
    }
}
