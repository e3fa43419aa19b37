package id.sistemkerja.deploy.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Synthetic but realistic employees (valid NIPs: birth date, appointment month, sex digit, sequence). */
final class DemoEmployees {

    private DemoEmployees() {
    }

    static List<Map<String, Object>> of(String agencyId) {
        List<Map<String, Object>> employees = new ArrayList<>();
        switch (agencyId) {
            case "kota-bandung" -> {
                employees.add(pns("197505152000031001", "Drs. Hendra Gunawan, M.Si.", "IV_C", "S2", false));
                employees.add(pns("198203102006042002", "Rina Marlina, S.E.", "III_D", "S1", false));
                employees.add(pns("199001202015031003", "Asep Sunandar, A.Md.", "III_A", "D3", false));
                employees.add(pns("198807082012122001", "Siti Nurhaliza, S.Kom.", "III_C", "S1", true));
            }
            case "kota-bekasi" -> {
                employees.add(pns("197608172001121001", "Ir. Bambang Suryadi", "IV_B", "S1", false));
                employees.add(pns("198511112010012002", "Dewi Lestari, S.H.", "III_C", "S1", true));
            }
            case "kota-serang" -> {
                employees.add(pns("197712122002121001", "H. Ahmad Fauzi, S.Sos.", "IV_A", "S1", false));
                employees.add(pns("199203032019032001", "Nurul Aini, S.Ak.", "III_A", "S1", false));
            }
            case "kota-cilegon" -> {
                employees.add(pns("197901012003121002", "Agus Salim, S.T.", "IV_A", "S1", false));
                employees.add(pns("199405052020121001", "Rudi Hartono, A.Md.", "II_C", "D3", false));
            }
            default -> {
            }
        }
        return employees;
    }

    private static Map<String, Object> pns(String nip, String name, String rank, String education, boolean converted) {
        return Map.of("nip", nip, "fullName", name, "employmentType", "PNS", "rank", rank, "education", education,
                "competencies", List.of(), "convertedFromAdministrative", converted);
    }
}
