package id.sistemkerja.assignment.command;

import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.testing.InMemoryOrgDirectory;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An agency for assignment tests, by role: a department {@code dept} (led by {@code deptHead}) with the owning unit
 * {@code unit} (led by {@code unitHead}, with a Pengawas {@code supervisor}; staff {@code staff} and {@code colleague}
 * appraised by the unit head, {@code supervised} appraised by the Pengawas) and a sister unit {@code sisterUnit} (led by
 * {@code sisterHead}, staff {@code sisterStaff}); another department {@code otherDept} (led by {@code otherDeptHead}) with
 * {@code otherDeptUnit} (led by {@code otherDeptUnitHead}, staff {@code otherDeptStaff}). Staff are Pelaksana.
 */
final class Agency {

    private static final AtomicInteger NEXT = new AtomicInteger();

    final String id;
    final String dept;
    final String unit;
    final String sisterUnit;
    final String otherDept;
    final String otherDeptUnit;
    final String deptHead = nip();
    final String unitHead = nip();
    final String supervisor = nip();
    final String staff = nip();
    final String colleague = nip();
    final String supervised = nip();
    final String sisterHead = nip();
    final String sisterStaff = nip();
    final String otherDeptHead = nip();
    final String otherDeptUnitHead = nip();
    final String otherDeptStaff = nip();

    Agency(InMemoryOrgDirectory world, String profileId) {
        id = profileId.substring(0, 3) + "-" + UUID.randomUUID().toString().substring(0, 8);
        dept = id + ".dinkes";
        unit = dept + ".yankes";
        sisterUnit = dept + ".p2p";
        otherDept = id + ".bappeda";
        otherDeptUnit = otherDept + ".perencanaan";
        world.registerAgency(id)
                .department(dept, UnitKind.DINAS).head(dept, PositionKind.JPT_PRATAMA, deptHead)
                .unit(unit, dept, UnitKind.BIDANG).head(unit, PositionKind.ADMINISTRATOR, unitHead)
                .position(unit + ":kasi", unit, PositionKind.PENGAWAS, false).appoint(supervisor, unit + ":kasi")
                .staff(staff, unit, PositionKind.PELAKSANA, unit + ":head")
                .staff(colleague, unit, PositionKind.PELAKSANA, unit + ":head")
                .staff(supervised, unit, PositionKind.PELAKSANA, unit + ":kasi")
                .unit(sisterUnit, dept, UnitKind.BIDANG).head(sisterUnit, PositionKind.ADMINISTRATOR, sisterHead)
                .staff(sisterStaff, sisterUnit, PositionKind.PELAKSANA, sisterUnit + ":head")
                .department(otherDept, UnitKind.BADAN).head(otherDept, PositionKind.JPT_PRATAMA, otherDeptHead)
                .unit(otherDeptUnit, otherDept, UnitKind.BIDANG)
                .head(otherDeptUnit, PositionKind.ADMINISTRATOR, otherDeptUnitHead)
                .staff(otherDeptStaff, otherDeptUnit, PositionKind.PELAKSANA, otherDeptUnit + ":head");
    }

    Actor as(String nip, String... roles) {
        return new Actor(nip, "Pejabat " + nip, id, null, Set.of(roles));
    }

    UnitLocation location(String unitId) {
        return new UnitLocation(id, unitId.startsWith(otherDept) ? otherDept : dept, unitId);
    }

    /** A well-formed NIP nobody else holds (birth date from a running number, appointed 2010-01). */
    static String nip() {
        int n = NEXT.incrementAndGet();
        return String.format("%04d%02d%02d2010011%03d", 1960 + (n / 336) % 40, 1 + (n / 28) % 12, 1 + n % 28,
                n % 1000);
    }
}
