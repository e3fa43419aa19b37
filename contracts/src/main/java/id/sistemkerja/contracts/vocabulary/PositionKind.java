package id.sistemkerja.contracts.vocabulary;

/** Kinds of positions (ORG-02). */
public enum PositionKind {
    /** Jabatan Pimpinan Tinggi Pratama. */
    JPT_PRATAMA,
    /** Jabatan Administrator (Jabatan Administrasi). */
    ADMINISTRATOR,
    /** Jabatan Pengawas (Jabatan Administrasi). */
    PENGAWAS,
    /** Jabatan Pelaksana (Jabatan Administrasi); has a kelas jabatan. */
    PELAKSANA,
    /** Jabatan Fungsional; has a {@link FunctionalLevel}. */
    FUNGSIONAL;

    /** JPT Pratama, Administrator or Pengawas: may be an appraiser by position (ORG-04, ORG-05). */
    public boolean isStructural() {
        return this == JPT_PRATAMA || this == ADMINISTRATOR || this == PENGAWAS;
    }
}
