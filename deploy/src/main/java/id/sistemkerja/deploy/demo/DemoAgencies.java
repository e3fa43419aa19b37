package id.sistemkerja.deploy.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The demo agencies of the local run, shaped after the seeds: Kota Bandung with the perangkat daerah named in the
 * lampiran of Perwal Bandung 6/2023 (B.1 a-f) and each structure variant (Sekretariat Daerah with Asisten and Bagian,
 * a Puskesmas led by a JF, a Kelurahan led by a Pengawas, DPMPTSP without Administrator, a Dinas with more than two
 * levels, a school led by a JF), and Kota Bekasi, Kota Serang and Kota Cilegon with a few departments each. Employees
 * are synthetic, with valid NIPs, positions and placements.
 */
public final class DemoAgencies {

    static final String TMT = "2023-01-02";

    private DemoAgencies() {
    }

    public static List<OrgPlan> all() {
        return List.of(bandung(), bekasi(), serang(), cilegon());
    }

    /** Departments of Perwal Bandung 6/2023 lampiran B.1 led by a JPT with Administrators (Gambar 4, a.1). */
    private static final String[][] BANDUNG_JPT_WITH_ADMINISTRATOR = {
            {"inspektorat", "INSPEKTORAT", "Inspektorat Daerah"},
            {"setwan", "SEKRETARIAT_DPRD", "Sekretariat DPRD"},
            {"dinkes", "DINAS", "Dinas Kesehatan"},
            {"dinsos", "DINAS", "Dinas Sosial"},
            {"dkpp", "DINAS", "Dinas Ketahanan Pangan dan Pertanian"},
            {"disnaker", "DINAS", "Dinas Ketenagakerjaan"},
            {"dp3a", "DINAS", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"},
            {"disdukcapil", "DINAS", "Dinas Kependudukan dan Pencatatan Sipil"},
            {"diskominfo", "DINAS", "Dinas Komunikasi dan Informatika"},
            {"dppkb", "DINAS", "Dinas Pengendalian Penduduk dan Keluarga Berencana"},
            {"diskopukm", "DINAS", "Dinas Koperasi dan Usaha Kecil Menengah"},
            {"disdagin", "DINAS", "Dinas Perdagangan dan Perindustrian"},
            {"dispora", "DINAS", "Dinas Pemuda dan Olahraga"},
            {"disbudpar", "DINAS", "Dinas Kebudayaan dan Pariwisata"},
            {"dispusip", "DINAS", "Dinas Arsip dan Perpustakaan"},
            {"bappelitbang", "BADAN", "Badan Perencanaan, Penelitian dan Pembangunan"},
            {"bkpsdm", "BADAN", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"},
            {"kesbangpol", "BADAN", "Badan Kesatuan Bangsa dan Politik"}};

    /** Units with more than two structural levels (lampiran B.1.f, Gambar 10). */
    private static final String[][] BANDUNG_MORE_THAN_TWO_LEVELS = {
            {"dsdabm", "DINAS", "Dinas Sumber Daya Air dan Bina Marga"},
            {"distaru", "DINAS", "Dinas Cipta Karya, Bina Konstruksi dan Tata Ruang"},
            {"dlh", "DINAS", "Dinas Lingkungan Hidup"},
            {"dpkp", "DINAS", "Dinas Perumahan dan Kawasan Permukiman"},
            {"diskar-pb", "DINAS", "Dinas Pemadam Kebakaran dan Penanggulangan Bencana"},
            {"dishub", "DINAS", "Dinas Perhubungan"},
            {"disdik", "DINAS", "Dinas Pendidikan"},
            {"bapenda", "BADAN", "Badan Pendapatan Daerah"},
            {"bkad", "BADAN", "Badan Keuangan dan Aset Daerah"},
            {"satpol-pp", "SATUAN_POLISI_PAMONG_PRAJA", "Satuan Polisi Pamong Praja"},
            {"rsud-kota", "RSUD", "RSUD Kota Bandung"},
            {"rsud-kiwari", "RSUD", "RSUD Bandung Kiwari"}};

    /** Employees of one plan: valid NIPs with distinct sequences. */
    private static final class People {
        private final OrgPlan plan;
        private int sequence;

        People(OrgPlan plan) {
            this.plan = plan;
        }

        String pns(String name, String birth, String appointed, int sex, String rank, String education,
                   boolean converted, String... competencies) {
            return add(name, birth, appointed, sex, "PNS", rank, education, converted, competencies);
        }

        String pppk(String name, String birth, String appointed, int sex, String education, String... competencies) {
            return add(name, birth, appointed, sex, "PPPK", null, education, false, competencies);
        }

        /** A PNS with a NIP fixed elsewhere (README examples). */
        String known(String nip, String name, String rank, String education, boolean converted,
                     String... competencies) {
            return plan.employee(nip, name, "PNS", rank, education, List.of(competencies), converted);
        }

        private String add(String name, String birth, String appointed, int sex, String type, String rank,
                           String education, boolean converted, String[] competencies) {
            String nip = Nips.of(LocalDate.parse(birth), YearMonth.parse(appointed), sex, ++sequence);
            return plan.employee(nip, name, type, rank, education, List.of(competencies), converted);
        }
    }

    static OrgPlan bandung() {
        OrgPlan plan = new OrgPlan("kota-bandung", "Pemerintah Kota Bandung", "Pemkot Bandung", "197801012005011001");
        People people = new People(plan);

        // B.1.e, D.8: Sekretariat Daerah > Asisten > Bagian; the Kepala Bagian appraises
        String setda = plan.department("setda", "SEKRETARIAT_DAERAH", "Sekretariat Daerah");
        String sekda = plan.structural(setda, "sekda", "JPT_PRATAMA", "Sekretaris Daerah", true);
        String asistenPem = plan.unit(setda, "asisten-pemkesra", "ASISTEN", "Asisten Pemerintahan dan Kesejahteraan Rakyat");
        String asda1 = plan.structural(asistenPem, "asisten", "JPT_PRATAMA", "Asisten Pemerintahan dan Kesejahteraan Rakyat", true);
        String bagHukum = plan.unit(asistenPem, "bag-hukum", "BAGIAN", "Bagian Hukum");
        String kabagHukum = plan.structural(bagHukum, "kabag", "ADMINISTRATOR", "Kepala Bagian Hukum", true);
        String perancang = plan.functional(bagHukum, "perancang-muda", "Perancang Peraturan Perundang-undangan Ahli Muda", "AHLI_MUDA", 3, false);
        String analisHukum = plan.functional(bagHukum, "analis-hukum", "Analis Hukum Ahli Pertama", "AHLI_PERTAMA", 3, false);
        String bagTapem = plan.unit(asistenPem, "bag-tapem", "BAGIAN", "Bagian Tata Pemerintahan");
        String kabagTapem = plan.structural(bagTapem, "kabag", "ADMINISTRATOR", "Kepala Bagian Tata Pemerintahan", true);
        String analisPem = plan.functional(bagTapem, "analis-kebijakan", "Analis Kebijakan Ahli Muda", "AHLI_MUDA", 2, false);
        String asistenAdm = plan.unit(setda, "asisten-adm", "ASISTEN", "Asisten Administrasi Umum");
        String asda3 = plan.structural(asistenAdm, "asisten", "JPT_PRATAMA", "Asisten Administrasi Umum", true);
        String bagOrg = plan.unit(asistenAdm, "bag-organisasi", "BAGIAN", "Bagian Organisasi");
        String kabagOrg = plan.structural(bagOrg, "kabag", "ADMINISTRATOR", "Kepala Bagian Organisasi", true);
        String analisOrg = plan.functional(bagOrg, "analis-organisasi", "Analis Sumber Daya Manusia Aparatur Ahli Muda", "AHLI_MUDA", 2, false);
        String pengadmOrg = plan.pelaksana(bagOrg, "pengadministrasi", "Pengadministrasi Perkantoran", 5, 2);

        // B.1.a.1, D.1/D.2: JPT-led departments with Administrators as appraisers
        String dinkes = null;
        String diskominfo = null;
        String inspektorat = null;
        for (String[] d : BANDUNG_JPT_WITH_ADMINISTRATOR) {
            String id = plan.department(d[0], d[1], d[2]);
            plan.structural(id, "kepala", "JPT_PRATAMA", "Kepala " + d[2], true);
            switch (d[0]) {
                case "dinkes" -> dinkes = id;
                case "diskominfo" -> diskominfo = id;
                case "inspektorat" -> inspektorat = id;
                default -> {
                }
            }
        }
        // B.1.a.2, D.3: DPMPTSP, JPT as appraiser, no Administrator
        String dpmptsp = plan.department("dpmptsp", "DINAS", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
        String kadisPm = plan.structural(dpmptsp, "kepala", "JPT_PRATAMA", "Kepala Dinas Penanaman Modal dan PTSP", true);
        String penataIzin = plan.functional(dpmptsp, "penata-perizinan", "Penata Perizinan Ahli Muda", "AHLI_MUDA", 4, false);
        String pengelolaIzin = plan.pelaksana(dpmptsp, "pengelola-izin", "Pengelola Layanan Perizinan", 7, 4);
        // B.1.b, D.6: Kecamatan led by an Administrator, Pengawas as appraiser; B.1.c: Kelurahan led by a Pengawas
        String coblong = plan.department("kec-coblong", "KECAMATAN", "Kecamatan Coblong");
        String camat = plan.structural(coblong, "camat", "ADMINISTRATOR", "Camat Coblong", true);
        String seksiPem = plan.unit(coblong, "seksi-pemerintahan", "SEKSI", "Seksi Pemerintahan");
        String kasiPem = plan.structural(seksiPem, "kasi", "PENGAWAS", "Kepala Seksi Pemerintahan", true);
        String pengadmKec = plan.pelaksana(seksiPem, "pengadministrasi", "Pengadministrasi Pemerintahan", 6, 2);
        String dago = plan.unit(coblong, "kel-dago", "KELURAHAN", "Kelurahan Dago");
        String lurahDago = plan.structural(dago, "lurah", "PENGAWAS", "Lurah Dago", true);
        String pengadmDago = plan.pelaksana(dago, "pengadministrasi", "Pengadministrasi Umum", 5, 3);
        String lebakgede = plan.unit(coblong, "kel-lebakgede", "KELURAHAN", "Kelurahan Lebakgede");
        String lurahLebakgede = plan.structural(lebakgede, "lurah", "PENGAWAS", "Lurah Lebakgede", true);
        String rskgm = plan.department("rskgm", "RSUD", "Rumah Sakit Khusus Gigi dan Mulut");
        plan.structural(rskgm, "direktur", "ADMINISTRATOR", "Direktur Rumah Sakit Khusus Gigi dan Mulut", true);
        // B.1.f: more than two structural levels
        String dishub = null;
        String disdik = null;
        for (String[] d : BANDUNG_MORE_THAN_TWO_LEVELS) {
            String id = plan.department(d[0], d[1], d[2]);
            plan.structural(id, "kepala", "JPT_PRATAMA", (d[1].equals("RSUD") ? "Direktur " : "Kepala ") + d[2], true);
            if (d[0].equals("dishub")) {
                dishub = id;
            } else if (d[0].equals("disdik")) {
                disdik = id;
            }
        }

        // Dinas Kesehatan: Sekretariat, Bidang, and a Puskesmas led by a JF (B.1.d, D.7)
        String sekretariatDinkes = plan.unit(dinkes, "sekretariat", "SEKRETARIAT", "Sekretariat Dinas Kesehatan");
        String sekdin = plan.structural(sekretariatDinkes, "sekretaris", "ADMINISTRATOR", "Sekretaris Dinas Kesehatan", true);
        String kasubbagUmum = plan.structural(sekretariatDinkes, "kasubbag-umum", "PENGAWAS", "Kepala Subbagian Umum dan Kepegawaian", false);
        String arsiparis = plan.functional(sekretariatDinkes, "arsiparis", "Arsiparis Terampil", "TERAMPIL", 2, false);
        String yankes = plan.unit(dinkes, "yankes", "BIDANG", "Bidang Pelayanan Kesehatan");
        String kabidYankes = plan.structural(yankes, "kabid", "ADMINISTRATOR", "Kepala Bidang Pelayanan Kesehatan", true);
        String admkesMuda = plan.functional(yankes, "admkes-muda", "Administrator Kesehatan Ahli Muda", "AHLI_MUDA", 3, false);
        String admkesMadya = plan.functional(yankes, "admkes-madya", "Administrator Kesehatan Ahli Madya", "AHLI_MADYA", 1, false);
        String pengadmYankes = plan.pelaksana(yankes, "pengadministrasi", "Pengadministrasi Perkantoran", 5, 2);
        String garuda = plan.unit(dinkes, "pkm-garuda", "PUSKESMAS", "UPTD Puskesmas Garuda");
        String kapusGaruda = plan.functional(garuda, "kapus", "Dokter Ahli Madya (Kepala Puskesmas)", "AHLI_MADYA", 1, true);
        String dokterGaruda = plan.functional(garuda, "dokter", "Dokter Ahli Pertama", "AHLI_PERTAMA", 2, false);
        String perawatGaruda = plan.functional(garuda, "perawat", "Perawat Terampil", "TERAMPIL", 4, false);
        String bidanGaruda = plan.functional(garuda, "bidan", "Bidan Mahir", "MAHIR", 3, false);
        String pengadmGaruda = plan.pelaksana(garuda, "pengadministrasi", "Pengadministrasi Umum", 5, 2);
        String pasirkaliki = plan.unit(dinkes, "pkm-pasirkaliki", "PUSKESMAS", "UPTD Puskesmas Pasirkaliki");
        String kapusPasirkaliki = plan.functional(pasirkaliki, "kapus", "Dokter Gigi Ahli Madya (Kepala Puskesmas)", "AHLI_MADYA", 1, true);
        String perawatPasirkaliki = plan.functional(pasirkaliki, "perawat", "Perawat Mahir", "MAHIR", 3, false);

        // Diskominfo: Bidang with JF hasil penyetaraan
        String aptika = plan.unit(diskominfo, "aptika", "BIDANG", "Bidang Aplikasi Informatika");
        String kabidAptika = plan.structural(aptika, "kabid", "ADMINISTRATOR", "Kepala Bidang Aplikasi Informatika", true);
        String prankomMuda = plan.functional(aptika, "pranata-komputer-muda", "Pranata Komputer Ahli Muda", "AHLI_MUDA", 3, false);
        String pranatamPertama = plan.functional(aptika, "pranata-komputer-pertama", "Pranata Komputer Ahli Pertama", "AHLI_PERTAMA", 4, false);
        // Inspektorat: JF Auditor under the Inspektur Pembantu
        String irban1 = plan.unit(inspektorat, "irban-1", "BIDANG", "Inspektur Pembantu Wilayah I");
        String inspekturPembantu = plan.structural(irban1, "irban", "ADMINISTRATOR", "Inspektur Pembantu Wilayah I", true);
        String auditorMuda = plan.functional(irban1, "auditor-muda", "Auditor Ahli Muda", "AHLI_MUDA", 3, false);
        // Dinas Perhubungan: Kadis > Bidang > Seksi (third level coordinates), and a UPTD led by a Pengawas
        String lalin = plan.unit(dishub, "lalin", "BIDANG", "Bidang Lalu Lintas");
        String kabidLalin = plan.structural(lalin, "kabid", "ADMINISTRATOR", "Kepala Bidang Lalu Lintas", true);
        String manlalin = plan.unit(lalin, "seksi-manlalin", "SEKSI", "Seksi Manajemen dan Rekayasa Lalu Lintas");
        String kasiManlalin = plan.structural(manlalin, "kasi", "PENGAWAS", "Kepala Seksi Manajemen dan Rekayasa Lalu Lintas", true);
        String asisten = plan.functional(manlalin, "alt-muda", "Analis Lalu Lintas Ahli Muda", "AHLI_MUDA", 2, false);
        String uptdPkb = plan.unit(dishub, "uptd-pkb", "UPTD", "UPTD Pengujian Kendaraan Bermotor");
        String kaUptdPkb = plan.structural(uptdPkb, "kepala", "PENGAWAS", "Kepala UPTD Pengujian Kendaraan Bermotor", true);
        String penguji = plan.functional(uptdPkb, "penguji-mahir", "Penguji Kendaraan Bermotor Mahir", "MAHIR", 4, false);
        // Dinas Pendidikan: UPTD Satuan Pendidikan led by a JF (kepala sekolah)
        String sdn = plan.unit(disdik, "sdn-001", "UPTD_SATUAN_PENDIDIKAN", "UPTD SD Negeri 001 Bandung");
        String kepsek = plan.functional(sdn, "kepala-sekolah", "Guru Ahli Madya (Kepala Sekolah)", "AHLI_MADYA", 1, true);
        String guru = plan.functional(sdn, "guru-pertama", "Guru Ahli Pertama", "AHLI_PERTAMA", 12, false);
        String pengadmSd = plan.pelaksana(sdn, "pengadministrasi", "Pengadministrasi Sekolah", 5, 1);

        // leaders
        lead(plan, people.pns("Dr. H. Ema Sumarna, M.Si.", "1968-03-10", "1992-03", 1, "IV_C", "S3", false, "manajemen pemerintahan"), sekda);
        lead(plan, people.pns("Drs. Asep Saeful Gufron, M.Si.", "1970-07-21", "1995-01", 1, "IV_C", "S2", false, "pemerintahan"), asda1);
        lead(plan, people.pns("Hj. Ria Puspitasari, S.H., M.H.", "1972-11-04", "1998-03", 2, "IV_B", "S2", false, "hukum"), asda3);
        lead(plan, people.pns("Bambang Hermawan, S.H., M.H.", "1976-01-30", "2001-02", 1, "IV_A", "S2", false, "hukum", "legal drafting"), kabagHukum);
        lead(plan, people.pns("Yayan Ahmad Brilyana, S.IP.", "1977-06-12", "2002-04", 1, "IV_A", "S1", false, "pemerintahan"), kabagTapem);
        lead(plan, people.pns("Drs. Hikmat Ginanjar", "1974-09-02", "1999-12", 1, "IV_A", "S1", false, "kelembagaan"), kabagOrg);
        lead(plan, people.known("197505152000031001", "Drs. Hendra Gunawan, M.Si.", "IV_C", "S2", false, "kesehatan masyarakat"), dinkes + ":kepala");
        lead(plan, people.pns("dr. Ira Dewi Jani, M.M.", "1978-02-14", "2005-04", 2, "IV_A", "S2", false, "manajemen kesehatan"), sekdin);
        lead(plan, people.pns("Dadang Supriatna, S.Sos.", "1980-08-08", "2006-01", 1, "III_D", "S1", false, "kepegawaian"), kasubbagUmum);
        String kabidYankesNip = lead(plan, people.known("198203102006042002", "Rina Marlina, S.E.", "III_D", "S1", false, "pelayanan kesehatan"), kabidYankes);
        String kapusGarudaNip = lead(plan, people.pns("dr. Siti Rahmawati", "1981-05-19", "2008-03", 2, "IV_A", "S1", false, "kedokteran umum", "manajemen puskesmas"), kapusGaruda);
        lead(plan, people.pns("drg. Yuliani Kusumah", "1983-12-01", "2009-02", 2, "III_D", "S1", false, "kedokteran gigi"), kapusPasirkaliki);
        lead(plan, people.pns("Ir. Bambang Rianto, M.T.", "1971-04-25", "1997-03", 1, "IV_C", "S2", false, "perizinan"), kadisPm);
        lead(plan, people.pns("Drs. Dedi Sudrajat", "1975-10-10", "2000-03", 1, "IV_A", "S1", false, "pemerintahan"), camat);
        String kasiPemNip = lead(plan, people.pns("Ujang Suherman, S.IP.", "1983-03-03", "2009-04", 1, "III_C", "S1", false, "pemerintahan"), kasiPem);
        lead(plan, people.pns("Neneng Hasanah, S.Sos.", "1982-07-17", "2008-05", 2, "III_D", "S1", false, "pelayanan publik"), lurahDago);
        lead(plan, people.pns("Agus Setiawan, S.AP.", "1984-01-22", "2010-03", 1, "III_C", "S1", false, "pelayanan publik"), lurahLebakgede);
        String kabidAptikaNip = lead(plan, people.pns("Yusuf Maulana, S.T., M.T.", "1980-11-11", "2006-03", 1, "IV_A", "S2", false, "rekayasa perangkat lunak"), kabidAptika);
        lead(plan, people.pns("Heri Kurniawan, S.E., Ak.", "1979-04-04", "2005-02", 1, "IV_A", "S1", false, "audit"), inspekturPembantu);
        lead(plan, people.pns("Khairul Anwar, S.T.", "1978-12-24", "2004-01", 1, "IV_A", "S1", false, "transportasi"), kabidLalin);
        lead(plan, people.pns("Tatang Rustandi, S.T.", "1982-02-02", "2008-01", 1, "III_D", "S1", false, "rekayasa lalu lintas"), kasiManlalin);
        lead(plan, people.pns("Iwan Ridwan, A.Md.", "1980-06-06", "2005-07", 1, "III_C", "D3", false, "pengujian kendaraan"), kaUptdPkb);
        lead(plan, people.pns("Dra. Euis Kurniasih", "1970-09-09", "1996-01", 2, "IV_B", "S1", false, "pendidikan dasar"), kepsek);

        // Pejabat Fungsional and Pelaksana: appointed and placed (ORG-04 .. ORG-09)
        staff(plan, people.pns("Dian Kartika, S.H.", "1988-04-12", "2014-03", 2, "III_C", "S1", true, "legal drafting"), perancang, bagHukum, kabagHukum);
        staff(plan, people.pns("Rizky Pratama, S.H.", "1993-02-27", "2019-03", 1, "III_A", "S1", false, "hukum administrasi"), analisHukum, bagHukum, kabagHukum);
        staff(plan, people.pns("Fajar Nugraha, S.IP.", "1990-10-05", "2015-03", 1, "III_B", "S1", true, "analisis kebijakan"), analisPem, bagTapem, kabagTapem);
        staff(plan, people.pns("Lina Marlina, S.Psi.", "1989-06-18", "2014-03", 2, "III_C", "S1", true, "manajemen SDM"), analisOrg, bagOrg, kabagOrg);
        staff(plan, people.pns("Ade Supriyadi", "1986-09-30", "2010-04", 1, "II_D", "SMA", false, "administrasi perkantoran"), pengadmOrg, bagOrg, kabagOrg);
        staff(plan, people.pns("Wulan Sari, A.Md.", "1991-03-14", "2016-05", 2, "II_D", "D3", false, "kearsipan"), arsiparis, sekretariatDinkes, kasubbagUmum);
        String admkesMadyaNip = staff(plan, people.pns("dr. Taufik Hidayat, M.K.M.", "1979-08-21", "2005-03", 1, "IV_A", "S2", true, "kebijakan kesehatan"), admkesMadya, yankes, kadinkes(dinkes));
        staff(plan, people.pns("Yanti Rohayati, S.K.M.", "1987-12-09", "2012-03", 2, "III_C", "S1", true, "administrasi kesehatan"), admkesMuda, yankes, kabidYankes);
        staff(plan, people.pns("Hendi Permana, S.K.M.", "1990-01-25", "2015-03", 1, "III_B", "S1", false, "mutu pelayanan"), admkesMuda, yankes, kabidYankes);
        staff(plan, people.known("199001202015031003", "Asep Sunandar, A.Md.", "III_A", "D3", false, "administrasi perkantoran"), pengadmYankes, yankes, kabidYankes);
        staff(plan, people.pns("dr. Rendy Saputra", "1992-07-07", "2019-03", 1, "III_B", "S1", false, "kedokteran umum"), dokterGaruda, garuda, kapusGaruda);
        staff(plan, people.pns("Sri Wahyuni, A.Md.Kep.", "1990-11-30", "2014-03", 2, "III_A", "D3", false, "keperawatan"), perawatGaruda, garuda, kapusGaruda);
        staff(plan, people.pppk("Nurhayati, A.Md.Kep.", "1994-05-05", "2022-04", 2, "D3", "keperawatan"), perawatGaruda, garuda, kapusGaruda);
        staff(plan, people.pns("Euis Sumiati, A.Md.Keb.", "1988-08-16", "2011-03", 2, "III_B", "D3", false, "kebidanan"), bidanGaruda, garuda, kapusGaruda);
        staff(plan, people.pns("Cecep Rahmat", "1985-02-11", "2009-01", 1, "II_C", "SMA", false, "administrasi"), pengadmGaruda, garuda, kapusGaruda);
        staff(plan, people.pns("Tini Sumartini, A.Md.Kep.", "1989-12-20", "2013-03", 2, "III_A", "D3", false, "keperawatan"), perawatPasirkaliki, pasirkaliki, kapusPasirkaliki);
        staff(plan, people.pns("Rudi Hermawan, S.E.", "1991-06-01", "2017-03", 1, "III_A", "S1", false, "perizinan berusaha"), penataIzin, dpmptsp, kadisPm);
        staff(plan, people.pns("Ratna Dewi, S.AP.", "1992-09-19", "2018-03", 2, "III_A", "S1", false, "pelayanan perizinan"), pengelolaIzin, dpmptsp, kadisPm);
        staff(plan, people.pns("Ujang Komarudin", "1984-04-28", "2008-04", 1, "II_D", "SMA", false, "administrasi pemerintahan"), pengadmKec, seksiPem, kasiPem);
        staff(plan, people.pns("Dewi Anggraeni, A.Md.", "1993-10-10", "2018-06", 2, "II_D", "D3", false, "pelayanan administrasi"), pengadmKec, seksiPem, camat);
        staff(plan, people.pns("Iis Rohaeni", "1987-01-15", "2010-02", 2, "II_C", "SMA", false, "pelayanan publik"), pengadmDago, dago, lurahDago);
        staff(plan, people.pppk("Dede Kurnia", "1995-03-23", "2022-04", 1, "SMA", "pelayanan publik"), pengadmDago, dago, lurahDago);
        staff(plan, people.known("198807082012122001", "Siti Nurhaliza, S.Kom.", "III_C", "S1", true, "pengembangan aplikasi", "basis data"), prankomMuda, aptika, kabidAptika);
        staff(plan, people.pns("Galih Permadi, S.Kom.", "1994-08-08", "2020-03", 1, "III_A", "S1", false, "jaringan komputer"), pranatamPertama, aptika, kabidAptika);
        staff(plan, people.pns("Mega Lestari, S.Kom.", "1995-11-02", "2020-03", 2, "III_A", "S1", false, "analisis data"), pranatamPertama, aptika, kabidAptika);
        staff(plan, people.pns("Hana Pertiwi, S.E., Ak.", "1986-05-27", "2011-03", 2, "III_D", "S1", true, "audit kinerja"), auditorMuda, irban1, inspekturPembantu);
        staff(plan, people.pns("Arief Budiman, S.T.", "1989-07-14", "2014-03", 1, "III_C", "S1", false, "rekayasa lalu lintas"), asisten, manlalin, kabidLalin);
        staff(plan, people.pns("Wawan Setiawan, A.Md.", "1990-03-09", "2014-04", 1, "III_A", "D3", false, "pengujian kendaraan"), penguji, uptdPkb, kaUptdPkb);
        staff(plan, people.pns("Nia Kurniati, S.Pd.", "1992-12-12", "2019-03", 2, "III_A", "S1", false, "pendidikan dasar"), guru, sdn, kepsek);
        staff(plan, people.pppk("Yogi Prasetyo, S.Pd.", "1996-02-20", "2022-04", 1, "S1", "pendidikan jasmani"), guru, sdn, kepsek);
        staff(plan, people.pns("Encep Hidayat", "1985-10-31", "2009-04", 1, "II_C", "SMA", false, "administrasi sekolah"), pengadmSd, sdn, kepsek);

        // ORG-05: the Kepala Bidang Pelayanan Kesehatan delegates appraiser authority during leave
        plan.delegate(kabidYankes, admkesMadyaNip, "2024-07-01", "2024-09-30",
                "Keputusan Kepala Dinas Kesehatan Kota Bandung Nomor 800/1024-Dinkes/2024");
        for (String nip : List.of(kabidYankesNip, kapusGarudaNip, kabidAptikaNip, kasiPemNip)) {
            plan.predikat(nip, 2023, "BAIK");
            plan.predikat(nip, 2024, "SANGAT_BAIK");
        }
        return plan;
    }

    static OrgPlan bekasi() {
        OrgPlan plan = new OrgPlan("kota-bekasi", "Pemerintah Kota Bekasi", "Pemkot Bekasi", "197902022006041002");
        People people = new People(plan);
        String dinkes = plan.department("dinkes", "DINAS", "Dinas Kesehatan");
        String kadis = plan.structural(dinkes, "kepala", "JPT_PRATAMA", "Kepala Dinas Kesehatan", true);
        String p2p = plan.unit(dinkes, "p2p", "BIDANG", "Bidang Pencegahan dan Pengendalian Penyakit");
        String kabid = plan.structural(p2p, "kabid", "ADMINISTRATOR", "Kepala Bidang P2P", true);
        String epidemiolog = plan.functional(p2p, "epidemiolog", "Epidemiolog Kesehatan Ahli Muda", "AHLI_MUDA", 2, false);
        String sanitarian = plan.functional(p2p, "sanitarian", "Sanitarian Terampil", "TERAMPIL", 3, false);
        String dpmptsp = plan.department("dpmptsp", "DINAS", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
        String kadisPm = plan.structural(dpmptsp, "kepala", "JPT_PRATAMA", "Kepala DPMPTSP", true);
        String penata = plan.functional(dpmptsp, "penata-perizinan", "Penata Perizinan Ahli Pertama", "AHLI_PERTAMA", 3, false);
        String inspektorat = plan.department("inspektorat", "INSPEKTORAT", "Inspektorat Daerah");
        plan.structural(inspektorat, "inspektur", "JPT_PRATAMA", "Inspektur Daerah", true);
        String irban = plan.unit(inspektorat, "irban-2", "BIDANG", "Inspektur Pembantu Wilayah II");
        String kaIrban = plan.structural(irban, "irban", "ADMINISTRATOR", "Inspektur Pembantu Wilayah II", true);
        String auditor = plan.functional(irban, "auditor-pertama", "Auditor Ahli Pertama", "AHLI_PERTAMA", 3, false);

        lead(plan, people.known("197608172001121001", "Ir. Bambang Suryadi", "IV_B", "S1", false, "kesehatan lingkungan"), kadis);
        lead(plan, people.pns("dr. Lilis Suryani, M.Kes.", "1977-03-08", "2003-03", 2, "IV_A", "S2", false, "epidemiologi"), kabid);
        lead(plan, people.pns("H. Rahmat Hidayat, S.E., M.M.", "1973-05-17", "1999-02", 1, "IV_B", "S2", false, "penanaman modal"), kadisPm);
        lead(plan, people.pns("Sutrisno, S.E., Ak.", "1978-09-29", "2004-03", 1, "IV_A", "S1", false, "audit"), kaIrban);
        staff(plan, people.known("198511112010012002", "Dewi Lestari, S.H.", "III_C", "S1", true, "surveilans"), epidemiolog, p2p, kabid);
        staff(plan, people.pns("Joko Susilo, A.Md.KL.", "1991-07-04", "2015-03", 1, "III_A", "D3", false, "sanitasi"), sanitarian, p2p, kabid);
        staff(plan, people.pns("Fitri Handayani, S.AP.", "1993-01-19", "2019-03", 2, "III_A", "S1", false, "perizinan"), penata, dpmptsp, kadisPm);
        staff(plan, people.pns("Bayu Aji, S.E.", "1994-04-14", "2020-03", 1, "III_A", "S1", false, "audit keuangan"), auditor, irban, kaIrban);
        return plan;
    }

    static OrgPlan serang() {
        OrgPlan plan = new OrgPlan("kota-serang", "Pemerintah Kota Serang", "Pemkot Serang", "198003032007012003");
        People people = new People(plan);
        String setda = plan.department("setda", "SEKRETARIAT_DAERAH", "Sekretariat Daerah");
        String sekda = plan.structural(setda, "sekda", "JPT_PRATAMA", "Sekretaris Daerah", true);
        String asisten = plan.unit(setda, "asisten-ekbang", "ASISTEN", "Asisten Perekonomian dan Pembangunan");
        String asda = plan.structural(asisten, "asisten", "JPT_PRATAMA", "Asisten Perekonomian dan Pembangunan", true);
        String bagian = plan.unit(asisten, "bag-perekonomian", "BAGIAN", "Bagian Perekonomian");
        String kabag = plan.structural(bagian, "kabag", "ADMINISTRATOR", "Kepala Bagian Perekonomian", true);
        String analis = plan.functional(bagian, "analis-kebijakan", "Analis Kebijakan Ahli Pertama", "AHLI_PERTAMA", 2, false);
        String kecamatan = plan.department("kec-serang", "KECAMATAN", "Kecamatan Serang");
        String camat = plan.structural(kecamatan, "camat", "ADMINISTRATOR", "Camat Serang", true);
        String kelurahan = plan.unit(kecamatan, "kel-cimuncang", "KELURAHAN", "Kelurahan Cimuncang");
        String lurah = plan.structural(kelurahan, "lurah", "ADMINISTRATOR", "Lurah Cimuncang", true);
        String pengadm = plan.pelaksana(kelurahan, "pengadministrasi", "Pengadministrasi Umum", 5, 2);
        String dinkes = plan.department("dinkes", "DINAS", "Dinas Kesehatan");
        plan.structural(dinkes, "kepala", "JPT_PRATAMA", "Kepala Dinas Kesehatan", true);
        String puskesmas = plan.unit(dinkes, "pkm-serang-kota", "PUSKESMAS", "UPTD Puskesmas Serang Kota");
        String kapus = plan.functional(puskesmas, "kapus", "Dokter Ahli Muda (Kepala Puskesmas)", "AHLI_MUDA", 1, true);
        String perawat = plan.functional(puskesmas, "perawat", "Perawat Terampil", "TERAMPIL", 3, false);

        lead(plan, people.known("197712122002121001", "H. Ahmad Fauzi, S.Sos.", "IV_A", "S1", false, "pemerintahan"), sekda);
        lead(plan, people.pns("Drs. Tb. Yadi Mulyadi", "1972-02-15", "1998-03", 1, "IV_B", "S1", false, "perekonomian"), asda);
        lead(plan, people.pns("Ratu Siti Khodijah, S.E.", "1980-10-21", "2006-03", 2, "IV_A", "S1", false, "perekonomian"), kabag);
        lead(plan, people.pns("Mulyadi, S.Sos.", "1979-07-07", "2005-03", 1, "IV_A", "S1", false, "pemerintahan"), camat);
        lead(plan, people.pns("Hj. Eneng Nurhasanah, S.IP.", "1982-12-03", "2008-03", 2, "III_D", "S1", false, "pelayanan publik"), lurah);
        lead(plan, people.pns("dr. Tubagus Fikri", "1986-06-16", "2012-03", 1, "III_D", "S1", false, "kedokteran umum"), kapus);
        staff(plan, people.known("199203032019032001", "Nurul Aini, S.Ak.", "III_A", "S1", false, "analisis ekonomi"), analis, bagian, kabag);
        staff(plan, people.pns("Jajang Nurjaman", "1988-11-11", "2012-04", 1, "II_C", "SMA", false, "administrasi"), pengadm, kelurahan, lurah);
        staff(plan, people.pns("Siti Masitoh, A.Md.Kep.", "1992-05-25", "2017-03", 2, "II_D", "D3", false, "keperawatan"), perawat, puskesmas, kapus);
        return plan;
    }

    static OrgPlan cilegon() {
        OrgPlan plan = new OrgPlan("kota-cilegon", "Pemerintah Kota Cilegon", "Pemkot Cilegon", "198104042008022004");
        People people = new People(plan);
        String disdik = plan.department("disdik", "DINAS", "Dinas Pendidikan dan Kebudayaan");
        plan.structural(disdik, "kepala", "JPT_PRATAMA", "Kepala Dinas Pendidikan dan Kebudayaan", true);
        String smp = plan.unit(disdik, "smpn-1", "UPTD_SATUAN_PENDIDIKAN", "UPTD SMP Negeri 1 Cilegon");
        String kepsek = plan.functional(smp, "kepala-sekolah", "Guru Ahli Madya (Kepala Sekolah)", "AHLI_MADYA", 1, true);
        String guru = plan.functional(smp, "guru-muda", "Guru Ahli Muda", "AHLI_MUDA", 10, false);
        String bkpsdm = plan.department("bkpsdm", "BADAN", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia");
        String kaban = plan.structural(bkpsdm, "kepala", "JPT_PRATAMA", "Kepala BKPSDM", true);
        String mutasi = plan.unit(bkpsdm, "mutasi", "BIDANG", "Bidang Mutasi dan Promosi");
        String kabid = plan.structural(mutasi, "kabid", "ADMINISTRATOR", "Kepala Bidang Mutasi dan Promosi", true);
        String asn = plan.functional(mutasi, "analis-sdma", "Analis SDM Aparatur Ahli Pertama", "AHLI_PERTAMA", 3, false);
        String kecamatan = plan.department("kec-cibeber", "KECAMATAN", "Kecamatan Cibeber");
        String camat = plan.structural(kecamatan, "camat", "ADMINISTRATOR", "Camat Cibeber", true);
        String pengelola = plan.pelaksana(kecamatan, "pengelola-layanan", "Pengelola Layanan Kependudukan", 7, 2);

        lead(plan, people.pns("Dra. Hj. Aminah", "1971-08-17", "1997-03", 2, "IV_B", "S1", false, "pendidikan"), kepsek);
        lead(plan, people.pns("Drs. H. Didi Kurniadi, M.Si.", "1970-01-06", "1996-03", 1, "IV_C", "S2", false, "kepegawaian"), kaban);
        lead(plan, people.known("197901012003121002", "Agus Salim, S.T.", "IV_A", "S1", false, "manajemen ASN"), kabid);
        lead(plan, people.pns("Imam Syafei, S.Sos.", "1978-03-30", "2004-03", 1, "IV_A", "S1", false, "pemerintahan"), camat);
        staff(plan, people.pns("Siti Khoiriyah, S.Pd.", "1990-09-09", "2015-03", 2, "III_C", "S1", false, "matematika"), guru, smp, kepsek);
        staff(plan, people.pns("Muhamad Rizal, S.Psi.", "1993-12-28", "2019-03", 1, "III_A", "S1", false, "manajemen talenta"), asn, mutasi, kabid);
        staff(plan, people.known("199405052020121001", "Rudi Hartono, A.Md.", "II_C", "D3", false, "administrasi kependudukan"), pengelola, kecamatan, camat);
        return plan;
    }

    private static String kadinkes(String dinkes) {
        return dinkes + ":kepala";
    }

    /** Appoints a structural official or unit head. */
    private static String lead(OrgPlan plan, String nip, String positionId) {
        plan.appoint(nip, positionId, TMT, "821.2/Kep." + nip.substring(14) + "/2023");
        return nip;
    }

    /** Appoints a Pejabat Fungsional or Pelaksana and places them under the appraiser position (the PPK's decision). */
    private static String staff(OrgPlan plan, String nip, String positionId, String unitId, String appraiserPosition) {
        plan.appoint(nip, positionId, TMT, "821.2/Kep." + nip.substring(14) + "/2023");
        plan.place(nip, unitId, appraiserPosition, TMT, "800/Kep.Kedudukan/2023");
        return nip;
    }
}
