package id.sistemkerja.performance.command;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.RegulationRule;

/** The PERF rules (RULES.md, PERFORMANCE.md) performance-service enforces, with the articles that ground them. */
public enum PerfRule implements RegulationRule {
    PERF_01("PERF-01", "Perwal Bekasi 37/2023 lampiran B.1; Perwal Bandung 6/2023 lampiran A.i; "
            + "Perwal Serang 23/2023 Pasal 17(1)-(2)"),
    PERF_02("PERF-02", "Perwal Bekasi 37/2023 lampiran B.2; Perwal Bandung 6/2023 lampiran A.ii"),
    PERF_03("PERF-03", "Perwal Bekasi 37/2023 lampiran B.3; Perwal Bandung 6/2023 lampiran A.iii and D.1-8"),
    PERF_04("PERF-04", "Perwal Bekasi 37/2023 Pasal 16; Perwal Bandung 6/2023 Pasal 18; Perwal Serang 23/2023 "
            + "Pasal 17(3); Perwal Cilegon 17/2023 Pasal 13 (PermenPANRB 6/2022)"),
    // Bekasi: the lead's responsibilities are in lampiran C.3 (Pelaksanaan Tugas), not in the stages of lampiran B
    PERF_05("PERF-05", "Perwal Bekasi 37/2023 lampiran C.3 huruf c angka 5) (tanggung jawab Ketua Tim); "
            + "Perwal Bandung 6/2023 Pasal 15(4)(e)"),
    PERF_06("PERF-06", "PermenPANRB 6/2022 (kuadran kinerja pegawai; BerAKHLAK); SE MenPANRB 3/2023 (distribusi "
            + "predikat kinerja pegawai)"),
    PERF_07("PERF-07", "PermenPANRB 6/2022 (evaluasi kinerja periodik dan tahunan)"),
    PERF_08("PERF-08", "PermenPANRB 6/2022 (SKP; matriks peran hasil)"),
    PERF_09("PERF-09", "PP 30/2019 Pasal 59"),
    PERF_10("PERF-10", "PermenPANRB 6/2022 (tindak lanjut: penghargaan dan sanksi); PermenPANRB 1/2023 (angka "
            + "kredit)");

    private final String id;
    private final String article;

    PerfRule(String id, String article) {
        this.id = id;
        this.article = article;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String article() {
        return article;
    }

    /** 403: the rule names who is competent, and the caller is not; {@code whoMay} is said in the message. */
    public ProblemException forbidden(String message, String whoMay) {
        return forbidden(message + (whoMay == null ? "" : " Who may: " + whoMay + "."));
    }
}
