package id.sistemkerja.performance.command;

import id.sistemkerja.contracts.vocabulary.ExpectationRating;
import id.sistemkerja.contracts.vocabulary.Predikat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PredikatMatrixTest {

    @ParameterizedTest(name = "hasil kerja {0} + perilaku {1} = {2}")
    @DisplayName("PERF-06 the full 3x3 matrix (kuadran kinerja): work results x behaviour give the predikat, no weighting")
    @CsvSource({
            "DI_ATAS_EKSPEKTASI,  DI_BAWAH_EKSPEKTASI, KURANG_MISCONDUCT",
            "DI_ATAS_EKSPEKTASI,  SESUAI_EKSPEKTASI,   BAIK",
            "DI_ATAS_EKSPEKTASI,  DI_ATAS_EKSPEKTASI,  SANGAT_BAIK",
            "SESUAI_EKSPEKTASI,   DI_BAWAH_EKSPEKTASI, KURANG_MISCONDUCT",
            "SESUAI_EKSPEKTASI,   SESUAI_EKSPEKTASI,   BAIK",
            "SESUAI_EKSPEKTASI,   DI_ATAS_EKSPEKTASI,  BAIK",
            "DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, SANGAT_KURANG",
            "DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI,   BUTUH_PERBAIKAN",
            "DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI,  BUTUH_PERBAIKAN"
    })
    void matrix(ExpectationRating workResult, ExpectationRating behaviour, Predikat expected) {
        assertThat(PredikatMatrix.predikat(workResult, behaviour)).isEqualTo(expected);
    }
}
