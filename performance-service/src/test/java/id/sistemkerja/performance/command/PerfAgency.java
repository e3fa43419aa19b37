package id.sistemkerja.performance.command;

import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.testing.InMemoryOrgDirectory;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An agency for performance tests, by role: a Dinas {@code dinas} (led by {@code kadis}, Level I) with two Bidang,
 * {@code bidang} (led by {@code kabid}, Level II; Pejabat Fungsional {@code analyst} and {@code colleague} placed under
 * the Kepala Bidang) and {@code sisterBidang} (led by {@code sisterKabid}; {@code sisterAnalyst}), a Seksi {@code seksi}
 * inside the Bidang (led by {@code kasi}: below the review levels), and a Sekretariat Daerah {@code setda} (led by
 * {@code sekda}) with an Asisten {@code asisten} (led by {@code asistenHead}) and a Bagian {@code bagian} under it (led
 * by {@code kabag}; {@code legalAnalyst} placed under the Kepala Bagian).
 */
final class PerfAgency {

    private static final AtomicInteger NEXT = new AtomicInteger();

    final String id;
    final String dinas;
    final String bidang;
    final String sisterBidang;
    final String seksi;
    final String setda;
    final String asisten;
    final String bagian;
    final String kadis = nip();
    final String kabid = nip();
    final String sisterKabid = nip();
    final String kasi = nip();
    final String analyst = nip();
    final String colleague = nip();
    final String sisterAnalyst = nip();
    final String sekda = nip();
    final String asistenHead = nip();
    final String kabag = nip();
    final String legalAnalyst = nip();

    PerfAgency(InMemoryOrgDirectory world, String profileId) {
        id = profileId.substring(0, 3) + "-" + UUID.randomUUID().toString().substring(0, 8);
        dinas = id + ".dinkes";
        bidang = dinas + ".yankes";
        sisterBidang = dinas + ".p2p";
        seksi = bidang + ".rujukan";
        setda = id + ".setda";
        asisten = setda + ".asisten1";
        bagian = asisten + ".hukum";
        world.registerAgency(id)
                .department(dinas, UnitKind.DINAS).head(dinas, PositionKind.JPT_PRATAMA, kadis)
                .unit(bidang, dinas, UnitKind.BIDANG).head(bidang, PositionKind.ADMINISTRATOR, kabid)
                .staff(analyst, bidang, PositionKind.FUNGSIONAL, bidang + ":head")
                .staff(colleague, bidang, PositionKind.FUNGSIONAL, bidang + ":head")
                .unit(seksi, bidang, UnitKind.SEKSI).head(seksi, PositionKind.PENGAWAS, kasi)
                .unit(sisterBidang, dinas, UnitKind.BIDANG).head(sisterBidang, PositionKind.ADMINISTRATOR, sisterKabid)
                .staff(sisterAnalyst, sisterBidang, PositionKind.FUNGSIONAL, sisterBidang + ":head")
                .department(setda, UnitKind.SEKRETARIAT_DAERAH).head(setda, PositionKind.JPT_PRATAMA, sekda)
                .unit(asisten, setda, UnitKind.ASISTEN).head(asisten, PositionKind.JPT_PRATAMA, asistenHead)
                .unit(bagian, asisten, UnitKind.BAGIAN).head(bagian, PositionKind.ADMINISTRATOR, kabag)
                .staff(legalAnalyst, bagian, PositionKind.FUNGSIONAL, bagian + ":head");
    }

    Actor as(String nip, String... roles) {
        return new Actor(nip, "Pegawai " + nip, id, null, Set.of(roles));
    }

    /** A well-formed NIP nobody else holds (birth date from a running number, appointed 2010-01). */
    static String nip() {
        int n = NEXT.incrementAndGet();
        return String.format("%04d%02d%02d2010012%03d", 1960 + (n / 336) % 40, 1 + (n / 28) % 12, 1 + n % 28,
                n % 1000);
    }
}
