package id.sistemkerja.performance.api;

/** The seven BerAKHLAK core values by which work behaviour (perilaku kerja) is rated (PERF-06). */
public enum CoreValue {
    BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF
}
