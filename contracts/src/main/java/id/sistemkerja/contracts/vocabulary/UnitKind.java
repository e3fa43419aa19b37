package id.sistemkerja.contracts.vocabulary;

/**
 * Kinds of organisation nodes (ORG-01). A <em>department</em> (perangkat daerah) is the root of its tree; the other
 * kinds are organisation units (unit organisasi) inside a department.
 */
public enum UnitKind {
    /** Sekretariat Daerah (led by the Sekretaris Daerah). */
    SEKRETARIAT_DAERAH(true),
    /** Sekretariat DPRD. */
    SEKRETARIAT_DPRD(true),
    /** Inspektorat Daerah. */
    INSPEKTORAT(true),
    DINAS(true),
    BADAN(true),
    /** Satuan Polisi Pamong Praja. */
    SATUAN_POLISI_PAMONG_PRAJA(true),
    KECAMATAN(true),
    /** Rumah Sakit Umum Daerah and other regional hospitals (e.g. Rumah Sakit Khusus Gigi dan Mulut). */
    RSUD(true),

    /** Asisten Daerah in the Sekretariat Daerah. */
    ASISTEN(false),
    BAGIAN(false),
    SUBBAGIAN(false),
    BIDANG(false),
    SUBBIDANG(false),
    SEKSI(false),
    /** Sekretariat of a Dinas or Badan. */
    SEKRETARIAT(false),
    /** Unit Pelaksana Teknis Daerah. */
    UPTD(false),
    /** UPTD Satuan Pendidikan (a school): may be led by a Pejabat Fungsional (ORG-06). */
    UPTD_SATUAN_PENDIDIKAN(false),
    /** UPTD Puskesmas: may be led by a Pejabat Fungsional (ORG-06). */
    PUSKESMAS(false),
    KELURAHAN(false);

    private final boolean department;

    UnitKind(boolean department) {
        this.department = department;
    }

    /** A perangkat daerah (root of a tree) rather than a unit inside one. */
    public boolean isDepartment() {
        return department;
    }

    /** An independent unit (unit kerja mandiri) that a Pejabat Fungsional may be appointed to lead (ORG-01, ORG-06). */
    public boolean mayBeLedByFunctional() {
        return this == PUSKESMAS || this == UPTD_SATUAN_PENDIDIKAN;
    }
}
