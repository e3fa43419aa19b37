package id.sistemkerja.org.importing.sheet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sheets of an agency file (one Excel sheet, or one CSV file, per kind of record), in the order they are imported:
 * each sheet only refers to records of the sheets above it (or already in the agency). The columns are the fields of
 * the API call that records the same act, so a row reads like the request BKPSDM staff would otherwise send one at a
 * time. Documented column by column in {@code docs/import.md}; the template endpoint writes the same headers.
 */
public enum Sheet {

    PROFILE_BINDINGS("profile-bindings", "Regulation profile bindings (pengikatan profil regulasi)",
            Column.required("profileId", "Regulation profile (profil regulasi), see GET /api/v1/profiles", "bandung-2023"),
            Column.required("profileVersion", "Version of the profile", "1"),
            Column.required("effectiveFrom", "First day the agency's decisions are taken under it (yyyy-mm-dd)",
                    "2023-04-01"),
            Column.optional("legalBasis", "The act that makes the agency run under the profile",
                    "Perwal Bandung 6/2023")),
    DEPARTMENTS("departments", "Departments (perangkat daerah)",
            Column.required("code", "Short code, unique in the agency; the id becomes <agency>.<code>", "dinkes"),
            Column.required("kind", "SEKRETARIAT_DAERAH, SEKRETARIAT_DPRD, INSPEKTORAT, DINAS, BADAN, "
                    + "SATUAN_POLISI_PAMONG_PRAJA, KECAMATAN or RSUD", "DINAS"),
            Column.required("name", "Official name", "Dinas Kesehatan")),
    UNITS("units", "Units (unit organisasi)",
            Column.required("parentUnitId", "Id of the department or unit directly above", "kota-bandung.dinkes"),
            Column.required("code", "Short code, unique below the parent; the id becomes <parentUnitId>.<code>",
                    "pkm-garuda"),
            Column.required("kind", "ASISTEN, BAGIAN, SUBBAGIAN, BIDANG, SUBBIDANG, SEKSI, SEKRETARIAT, UPTD, "
                    + "UPTD_SATUAN_PENDIDIKAN, PUSKESMAS or KELURAHAN", "PUSKESMAS"),
            Column.required("name", "Official name", "UPTD Puskesmas Garuda")),
    POSITIONS("positions", "Job map positions (peta jabatan)",
            Column.required("unitId", "Id of the unit or department whose job map lists the position",
                    "kota-bandung.dinkes.pkm-garuda"),
            Column.required("code", "Short code, unique in the unit; the id becomes <unitId>:<code>", "kapus"),
            Column.required("kind", "JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA or FUNGSIONAL", "FUNGSIONAL"),
            Column.required("title", "Name of the position (nama jabatan)", "Dokter Ahli Madya"),
            Column.optional("functionalLevel", "Jenjang, for FUNGSIONAL only: AHLI_UTAMA, AHLI_MADYA, AHLI_MUDA, "
                    + "AHLI_PERTAMA, PENYELIA, MAHIR, TERAMPIL or PEMULA", "AHLI_MADYA"),
            Column.optional("jobClass", "Kelas jabatan 1-17; required for PELAKSANA", ""),
            Column.optional("capacity", "Kebutuhan: how many holders the job map provides for (default 1; "
                    + "structural: 1)", "1"),
            Column.optional("unitHead", "true when the position leads the unit (Pimpinan Unit Organisasi)", "true")),
    EMPLOYEES("employees", "Employees (Pegawai ASN)",
            Column.required("nip", "NIP, 18 digits (enter it as text in Excel)", "198503122010011002"),
            Column.required("fullName", "Full name (nama lengkap)", "Budi Santoso"),
            Column.required("employmentType", "PNS or PPPK", "PNS"),
            Column.optional("rank", "Golongan ruang, required for PNS: I_A ... IV_E", "III_B"),
            Column.required("education", "Highest education (pendidikan terakhir): SD, SMP, SMA, D1, D2, D3, D4, S1, "
                    + "S2 or S3", "S1"),
            Column.optional("competencies", "Competencies (kompetensi), separated by ;", "pelayanan publik; statistik"),
            Column.optional("convertedFromAdministrative", "true for a JF hasil penyetaraan (converted from an "
                    + "administrative post)", "false")),
    APPOINTMENTS("appointments", "Appointments to positions (pengangkatan dalam jabatan)",
            Column.required("nip", "NIP of the employee", "198503122010011002"),
            Column.required("positionId", "Position of a job map: <unitId>:<code>", "kota-bandung.dinkes.pkm-garuda:kapus"),
            Column.required("effectiveFrom", "First day in the position (TMT jabatan), yyyy-mm-dd", "2024-01-02"),
            Column.optional("decreeNumber", "Number of the appointment decree (SK)", "821.2/Kep.123-BKPSDM/2024")),
    PLACEMENTS("placements", "Placements (kedudukan): unit and appraiser (Pejabat Penilai Kinerja)",
            Column.required("nip", "NIP of the employee (a Pejabat Fungsional or Pelaksana)", "199001202015031003"),
            Column.required("unitId", "Unit the employee is placed in", "kota-bandung.dinkes.pkm-garuda"),
            Column.required("appraiserPositionId", "Position of the appraiser (the direct superior)",
                    "kota-bandung.dinkes.pkm-garuda:kapus"),
            Column.required("effectiveFrom", "First day of the placement (TMT kedudukan), yyyy-mm-dd", "2024-01-02"),
            Column.optional("decreeNumber", "Number of the PPK's decree", "800/Kep.45-BKPSDM/2024"));

    /** A column of a sheet: its header, whether a row needs a value, what it means, an example value. */
    public record Column(String name, boolean required, String meaning, String example) {

        static Column required(String name, String meaning, String example) {
            return new Column(name, true, meaning, example);
        }

        static Column optional(String name, String meaning, String example) {
            return new Column(name, false, meaning, example);
        }
    }

    private final String sheetName;
    private final String title;
    private final List<Column> columns;

    Sheet(String sheetName, String title, Column... columns) {
        this.sheetName = sheetName;
        this.title = title;
        this.columns = List.of(columns);
    }

    /** The sheet's name in a workbook, and the CSV file's name without {@code .csv}. */
    public String sheetName() {
        return sheetName;
    }

    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> headers() {
        return columns.stream().map(Column::name).toList();
    }

    /** Index of {@code column} in {@link #columns()}; -1 when the sheet has no such column. */
    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** The sheet a workbook sheet or CSV file name stands for (case and surrounding blanks do not matter). */
    public static Optional<Sheet> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.sheetName.equals(wanted)).findFirst();
    }
}
