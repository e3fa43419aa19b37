package id.sistemkerja.deploy.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Builds a synthetic agency of {@code employees} employees from a seed (same seed, same agency): departments of about
 * 400 employees, each led by a JPT Pratama with three to five Bidang (Administrator head, a Pengawas), one independent
 * unit led by a JF, a job map of JF and Pelaksana positions per unit, and every Pejabat Fungsional and Pelaksana
 * appointed and placed under a structural position of the unit's line (or the JF head). Valid NIPs throughout. Used by
 * the benchmarks; loaded with {@link OrgPlanLoader}.
 */
public final class SyntheticAgencyGenerator {

    public static final String TMT = "2024-01-02";
    private static final String[] FIRST = {"Asep", "Dedi", "Rina", "Siti", "Budi", "Dewi", "Agus", "Yanti", "Hendra",
            "Euis", "Ujang", "Neneng", "Rudi", "Lilis", "Iwan", "Nurul", "Fajar", "Wulan", "Dadang", "Tini", "Cecep",
            "Ratna", "Galih", "Mega", "Yusuf", "Hana", "Arief", "Dian", "Rizky", "Ade"};
    private static final String[] LAST = {"Sunandar", "Marlina", "Gunawan", "Nurhaliza", "Setiawan", "Lestari",
            "Hidayat", "Rohayati", "Permana", "Kurniawan", "Saputra", "Wahyuni", "Supriatna", "Hermawan", "Komarudin",
            "Anggraeni", "Nugraha", "Pratama", "Kusumah", "Rahmawati"};
    private static final String[][] JF = {
            {"analis-kebijakan", "Analis Kebijakan", "AHLI_MUDA"}, {"pranata-komputer", "Pranata Komputer", "AHLI_PERTAMA"},
            {"arsiparis", "Arsiparis", "TERAMPIL"}, {"perencana", "Perencana", "AHLI_MUDA"},
            {"analis-sdma", "Analis SDM Aparatur", "AHLI_PERTAMA"}, {"auditor", "Auditor", "AHLI_MADYA"},
            {"penyuluh", "Penyuluh", "MAHIR"}, {"pranata-humas", "Pranata Hubungan Masyarakat", "PENYELIA"}};
    private static final String[][] PELAKSANA = {
            {"pengadministrasi", "Pengadministrasi Perkantoran", "5"}, {"pengelola-data", "Pengelola Data", "7"},
            {"pengelola-layanan", "Pengelola Layanan Operasional", "6"}, {"pengemudi", "Pengemudi", "3"}};
    private static final int EMPLOYEES_PER_DEPARTMENT = 400;
    private static final int STAFF_PER_POSITION = 8;

    private SyntheticAgencyGenerator() {
    }

    public static OrgPlan generate(String agencyId, int employees, long seed) {
        Random random = new Random(seed);
        OrgPlan plan = new OrgPlan(agencyId, "Pemerintah " + agencyId + " (synthetic, seed " + seed + ")",
                agencyId, "197801012005011001");
        Set<String> nips = new HashSet<>();
        int departments = Math.max(1, (employees + EMPLOYEES_PER_DEPARTMENT - 1) / EMPLOYEES_PER_DEPARTMENT);
        int remaining = employees;
        for (int d = 1; d <= departments && remaining > 0; d++) {
            int budget = d == departments ? remaining : Math.min(remaining, EMPLOYEES_PER_DEPARTMENT);
            remaining -= department(plan, random, nips, d, budget);
        }
        return plan;
    }

    /** One department with about {@code budget} employees; returns how many it took. */
    private static int department(OrgPlan plan, Random random, Set<String> nips, int d, int budget) {
        String dept = plan.department("dinas-" + d, d % 5 == 0 ? "BADAN" : "DINAS", "Dinas Sintetis " + d);
        String kadis = plan.structural(dept, "kepala", "JPT_PRATAMA", "Kepala Dinas Sintetis " + d, true);
        List<Unit> units = new ArrayList<>();
        int bidang = 3 + random.nextInt(3);
        for (int b = 1; b <= bidang; b++) {
            String unit = plan.unit(dept, "bidang-" + b, "BIDANG", "Bidang " + b + " Dinas Sintetis " + d);
            String kabid = plan.structural(unit, "kabid", "ADMINISTRATOR", "Kepala Bidang " + b, true);
            String kasi = plan.structural(unit, "kasi", "PENGAWAS", "Kepala Seksi " + b, false);
            units.add(new Unit(unit, List.of(kabid, kasi, kadis), new ArrayList<>()));
        }
        String upt = plan.unit(dept, "uptd", "PUSKESMAS", "UPTD Puskesmas Sintetis " + d);
        String kapus = plan.functional(upt, "kapus", "Dokter Ahli Madya (Kepala Puskesmas)", "AHLI_MADYA", 1, true);
        units.add(new Unit(upt, List.of(kapus), new ArrayList<>()));

        int taken = 0;
        for (String head : List.of(kadis)) {
            if (taken < budget) {
                plan.appoint(person(plan, random, nips), head, TMT, "821/" + d);
                taken++;
            }
        }
        for (Unit unit : units) {
            for (String leader : unit.appraisers()) {
                if (leader.startsWith(unit.id() + ":") && taken < budget) {
                    plan.appoint(person(plan, random, nips), leader, TMT, "821/" + d);
                    taken++;
                }
            }
        }
        int staff = budget - taken;
        int positionsNeeded = Math.max(units.size(), (staff + STAFF_PER_POSITION - 1) / STAFF_PER_POSITION);
        for (int p = 0; p < positionsNeeded; p++) {
            Unit unit = units.get(p % units.size());
            int n = p / units.size() + 1;
            if (random.nextInt(3) == 0) {
                String[] kind = PELAKSANA[random.nextInt(PELAKSANA.length)];
                unit.positions().add(plan.pelaksana(unit.id(), kind[0] + "-" + n, kind[1], Integer.parseInt(kind[2]),
                        STAFF_PER_POSITION));
            } else {
                String[] kind = JF[random.nextInt(JF.length)];
                unit.positions().add(plan.functional(unit.id(), kind[0] + "-" + n, kind[1] + " " + kind[2],
                        kind[2], STAFF_PER_POSITION, false));
            }
        }
        for (int s = 0; s < staff; s++) {
            Unit unit = units.get(s % units.size());
            String position = unit.positions().get((s / units.size()) % unit.positions().size());
            String nip = person(plan, random, nips);
            plan.appoint(nip, position, TMT, "821/" + d);
            String appraiser = unit.appraisers().get(random.nextInt(unit.appraisers().size()));
            plan.place(nip, unit.id(), appraiser, TMT, "800/" + d);
        }
        return budget;
    }

    private record Unit(String id, List<String> appraisers, List<String> positions) {
    }

    private static String person(OrgPlan plan, Random random, Set<String> nips) {
        String nip;
        LocalDate birth;
        do {
            birth = LocalDate.of(1965 + random.nextInt(36), 1, 1).plusDays(random.nextInt(365));
            YearMonth appointed = YearMonth.from(birth.plusYears(22 + random.nextInt(12))).withMonth(1 + random.nextInt(12));
            nip = Nips.of(birth, appointed, 1 + random.nextInt(2), 1 + random.nextInt(999));
        } while (!nips.add(nip));
        String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        boolean pppk = random.nextInt(10) == 0;
        String[] education = {"SMA", "D3", "S1", "S1", "S1", "S2"};
        String rank = pppk ? null : new String[]{"II_C", "II_D", "III_A", "III_B", "III_C", "III_D", "IV_A"}[random.nextInt(7)];
        return plan.employee(nip, name, pppk ? "PPPK" : "PNS", rank, education[random.nextInt(education.length)],
                List.of("kompetensi-" + random.nextInt(20)), random.nextInt(5) == 0);
    }
}
