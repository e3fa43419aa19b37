package id.sistemkerja.performance.command;

import id.sistemkerja.contracts.vocabulary.ExpectationRating;
import id.sistemkerja.contracts.vocabulary.Predikat;

import java.util.Objects;

/**
 * The employee predikat (kuadran kinerja, PermenPANRB 6/2022, PERF-06): work results and work behaviour are each rated
 * against the expectation, with no weighting, and the pair gives the predikat.
 * <pre>
 * hasil kerja ↓ / perilaku →   DI_BAWAH           SESUAI            DI_ATAS
 * DI_ATAS                      KURANG_MISCONDUCT  BAIK              SANGAT_BAIK
 * SESUAI                       KURANG_MISCONDUCT  BAIK              BAIK
 * DI_BAWAH                     SANGAT_KURANG      BUTUH_PERBAIKAN   BUTUH_PERBAIKAN
 * </pre>
 */
public final class PredikatMatrix {

    private PredikatMatrix() {
    }

    public static Predikat predikat(ExpectationRating workResult, ExpectationRating behaviour) {
        Objects.requireNonNull(workResult, "workResult");
        Objects.requireNonNull(behaviour, "behaviour");
        return switch (workResult) {
            case DI_ATAS_EKSPEKTASI -> switch (behaviour) {
                case DI_BAWAH_EKSPEKTASI -> Predikat.KURANG_MISCONDUCT;
                case SESUAI_EKSPEKTASI -> Predikat.BAIK;
                case DI_ATAS_EKSPEKTASI -> Predikat.SANGAT_BAIK;
            };
            case SESUAI_EKSPEKTASI -> behaviour == ExpectationRating.DI_BAWAH_EKSPEKTASI
                    ? Predikat.KURANG_MISCONDUCT : Predikat.BAIK;
            case DI_BAWAH_EKSPEKTASI -> behaviour == ExpectationRating.DI_BAWAH_EKSPEKTASI
                    ? Predikat.SANGAT_KURANG : Predikat.BUTUH_PERBAIKAN;
        };
    }
}
