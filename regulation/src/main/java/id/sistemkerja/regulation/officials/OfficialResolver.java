package id.sistemkerja.regulation.officials;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.replica.AppointmentRecord;
import id.sistemkerja.regulation.replica.AppraiserOnDate;
import id.sistemkerja.regulation.replica.EmployeeFacts;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.PositionFacts;
import id.sistemkerja.regulation.replica.UnitFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who the officials a regulation profile names ({@link Official}) are, for a case ({@link OfficialCase}) on its date,
 * from the org facts of {@link OrgDirectory} — the one answer every service gives. Plain Java over the directory
 * (usable in aggregates); every look-up is a read of the service's replica.
 *
 * <h2>Levels (Pejabat Level I / Level II)</h2>
 * The <b>review chain</b> of a unit lists the units whose heads review its work, nearest first. Walk the unit's tree
 * from its top down to the unit: the top is the department (perangkat daerah), or the outermost independent unit on
 * the path (unit kerja mandiri with its own structure: UPTD, UPTD Satuan Pendidikan, Puskesmas, Kelurahan — BDG23
 * lampiran D.4–D.7, B.2 huruf b angka 2)–4)). Of that path the top two levels form the chain; in the Sekretariat
 * Daerah the top three (Kepala Bagian → Asisten → Sekda, BDG23 lampiran D.8, SRG23 Pasal 6 huruf f, ORG-09). A deeper
 * unit (a Seksi below a Bidang, a Subbagian below a Bagian: more than two structural levels, SRG23 Pasal 6 huruf e)
 * is no level of its own: its head coordinates like a team lead, and its staff have the levels of the unit above.
 * <ul>
 *   <li><b>Level I</b> ({@link Official#LEVEL_ONE}, {@link Official#OWNING_LEVEL_ONE}) is the head of the top of the
 *   chain: the JPT Pratama leading the perangkat daerah (BKS23 lampiran C.1 Gambar 3: "Pejabat Pimpinan Tinggi Pratama
 *   sebagai Pejabat Level I"; BDG23 lampiran D.1: "Pejabat Level 1 yaitu Pejabat Pimpinan Tinggi Pratama"), the
 *   Sekda in the Sekretariat Daerah (BDG23 lampiran D.8), and the head of an independent unit for the units in it
 *   (BDG23 lampiran D.4–D.7: "Pejabat Level 1 yaitu Pejabat Administrator / Pejabat Pengawas / Pejabat Fungsional yang
 *   memimpin unit organisasi").</li>
 *   <li><b>Level II</b> is the head of the nearest unit of the chain: the Administrator leading the unit, "Pejabat
 *   Level II sebagai Pimpinan Unit Organisasi pemilik kinerja" (BKS23 lampiran C.1 Gambar 1–2, 4–8, C.2 angka 2 huruf
 *   a)); in the Setda the Kepala Bagian (BKS23 Gambar 4–5; BDG23 lampiran D.8 numbers him Level 3, with the Asisten
 *   between him and the Sekda). For a unit that is itself the top (DPMPTSP with one level, a Puskesmas, a Kelurahan)
 *   Level I and Level II are the same official.</li>
 * </ul>
 *
 * <h2>Each official</h2>
 * <ul>
 *   <li>{@code APPRAISER} (Pejabat Penilai Kinerja, ORG-04/05): of the employee named — the delegate of a delegation in
 *   force covering the employee, otherwise the holder of the appraiser position of the placement in force; for a
 *   structural official (not placed) the head of the own unit, or of the nearest unit above for a unit head. While no
 *   employee is named (a request naming criteria only, a team, a plan): the head of the home unit.</li>
 *   <li>{@code UNIT_HEAD} (Pimpinan Unit Organisasi): holder of the home unit's head position.
 *   {@code OWNING_UNIT_HEAD}: of the owning unit.</li>
 *   <li>{@code LEVEL_ONE}: Level I of the home unit; {@code OWNING_LEVEL_ONE}: Level I of the owning unit.</li>
 *   <li>{@code HEAD_OF_DEPARTMENT} (Kepala Perangkat Daerah): head of the owning unit's department (of the employee's,
 *   on {@link OfficialCase#employeeSide()}).</li>
 *   <li>{@code STRUCTURAL_OFFICIAL_IN_CHARGE} (ORG-07 Serang): the head of the home unit, the structural official whose
 *   function covers it.</li>
 *   <li>{@code REGIONAL_SECRETARY}, {@code STAFFING_AUTHORITY} (PPK), {@code AUTHORIZED_OFFICIAL} (PyB),
 *   {@code VERIFICATION_BOARD}: by role in the owning unit's agency; {@code MAYOR}: the Wali Kota acts as PPK, so by
 *   the {@code STAFFING_AUTHORITY} role.</li>
 *   <li>{@code ASSIGNER}, {@code TEAM_LEAD}: as the case names them.</li>
 * </ul>
 * An office held by a person belongs to the agency of the unit (or, for the appraiser, the employee's agency); one held
 * by role to the owning agency. <b>An actor acts as an official only for that agency</b> ({@link #actingAs}): the
 * token's {@code agency} claim must be the office's agency, not just its subject a NIP (security finding M2).
 * <p>
 * A fact the replica does not know yet (unit, its head position, the employee, their appointment or placement) is
 * never read as "not this official": the official resolves as {@link ResolvedOfficial#notYetKnown()} and
 * {@link #authorize} answers a retryable 409 instead of a refusal. A position nobody holds on the date is vacant.
 */
public final class OfficialResolver {

    /** Independent units (unit kerja mandiri) heading their own one- or two-level structure. */
    private static final Set<UnitKind> INDEPENDENT = EnumSet.of(UnitKind.UPTD, UnitKind.UPTD_SATUAN_PENDIDIKAN,
            UnitKind.PUSKESMAS, UnitKind.KELURAHAN);
    private static final Set<PositionKind> PLACED = EnumSet.of(PositionKind.FUNGSIONAL, PositionKind.PELAKSANA);

    private final OrgDirectory org;

    public OfficialResolver(OrgDirectory org) {
        this.org = org;
    }

    public OrgDirectory directory() {
        return org;
    }

    // ------------------------------------------------------------------ structure

    /** The unit; 409 fact-not-yet-known when the replica does not know it. */
    public UnitFacts unit(String unitId) {
        return org.unit(unitId).orElseThrow(() -> ProblemException.notYetKnown("Unit (unit organisasi)", unitId));
    }

    /** Where the unit sits (agency, department, unit). */
    public UnitLocation locationOfUnit(String unitId) {
        UnitFacts unit = unit(unitId);
        return new UnitLocation(unit.agencyId(), unit.departmentId(), unit.unitId());
    }

    /** Where the employee sits on {@code date} (placement, else the unit of the position held). */
    public UnitLocation locationOf(String nip, LocalDate date) {
        String unitId = org.unitOf(nip, date).orElseThrow(() -> ProblemException.notYetKnown(
                "Unit (placement or position) of employee", nip + " on " + date));
        return locationOfUnit(unitId);
    }

    public EmployeeFacts employee(String nip) {
        return org.employee(nip).orElseThrow(() -> ProblemException.notYetKnown("Employee", nip));
    }

    /** Kind of the position the employee holds on {@code date}; 409 while no appointment is known. */
    public PositionKind positionKind(String nip, LocalDate date) {
        employee(nip);
        return org.appointmentOf(nip, date).map(AppointmentRecord::positionKind).orElseThrow(() ->
                ProblemException.notYetKnown("Appointment (position held) of employee", nip + " on " + date));
    }

    /** The review chain of {@code unitId}, nearest first: Level II first, Level I last (see the class comment). */
    public List<String> reviewUnits(String unitId) {
        UnitFacts unit = unit(unitId);
        List<UnitFacts> path = new ArrayList<>();
        for (String ancestor : unit.ancestorUnitIds()) {
            path.add(unit(ancestor));
        }
        path.add(unit);
        int top = 0;
        for (int i = 0; i < path.size(); i++) {
            if (INDEPENDENT.contains(path.get(i).kind())) {
                top = i;
                break;
            }
        }
        int levels = top == 0 && path.get(0).kind() == UnitKind.SEKRETARIAT_DAERAH ? 3 : 2;
        List<String> chain = new ArrayList<>();
        for (int i = top; i < Math.min(path.size(), top + levels); i++) {
            chain.add(path.get(i).unitId());
        }
        Collections.reverse(chain);
        return List.copyOf(chain);
    }

    /** The unit whose head is Level I for {@code unitId}. */
    public String levelOneUnit(String unitId) {
        List<String> chain = reviewUnits(unitId);
        return chain.get(chain.size() - 1);
    }

    /** The unit whose head is Level II for {@code unitId}. */
    public String levelTwoUnit(String unitId) {
        return reviewUnits(unitId).get(0);
    }

    // ------------------------------------------------------------------ who an official is

    public List<ResolvedOfficial> resolveAll(List<Official> officials, OfficialCase c) {
        return officials.stream().map(o -> resolve(o, c)).toList();
    }

    /** Who {@code official} is for the case on its date. */
    public ResolvedOfficial resolve(Official official, OfficialCase c) {
        return switch (official) {
            case APPRAISER -> appraiser(c);
            case UNIT_HEAD, STRUCTURAL_OFFICIAL_IN_CHARGE -> head(official, c.home().unitId(), c.date());
            case OWNING_UNIT_HEAD -> head(official, c.owning().unitId(), c.date());
            case LEVEL_ONE -> levelOne(official, c.home(), c.date());
            case OWNING_LEVEL_ONE -> levelOne(official, c.owning(), c.date());
            case HEAD_OF_DEPARTMENT -> head(official, c.owning().departmentId(), c.date());
            case REGIONAL_SECRETARY -> ResolvedOfficial.byRole(official, Roles.REGIONAL_SECRETARY, c.owning().agencyId());
            case STAFFING_AUTHORITY, MAYOR ->
                    ResolvedOfficial.byRole(official, Roles.STAFFING_AUTHORITY, c.owning().agencyId());
            case AUTHORIZED_OFFICIAL ->
                    ResolvedOfficial.byRole(official, Roles.AUTHORIZED_OFFICIAL, c.owning().agencyId());
            case VERIFICATION_BOARD ->
                    ResolvedOfficial.byRole(official, Roles.VERIFICATION_BOARD, c.owning().agencyId());
            case ASSIGNER -> named(official, c.assignerNip(), c.owning().agencyId(), "gave the assignment");
            case TEAM_LEAD -> named(official, c.teamLeadNip(), c.owning().agencyId(), "leads the team");
        };
    }

    // ------------------------------------------------------------------ may the actor act as one of them

    /**
     * The capacity in which {@code actor} is one of {@code anyOf} for the case, if any: the first official of the list
     * the actor is. The actor must act for the agency the office belongs to (its token's {@code agency} claim) and hold
     * it: by NIP (subject) for an office held by a person, by role for one held by role.
     */
    public Optional<ActingCapacity> actingAs(Actor actor, List<Official> anyOf, OfficialCase c) {
        for (Official official : anyOf) {
            ResolvedOfficial who = resolve(official, c);
            if (who.agencyId() == null || !who.agencyId().equals(actor.agencyId())) {
                continue;
            }
            if (who.byRole() ? actor.hasRole(who.role()) : who.nips().contains(actor.subject())) {
                return Optional.of(new ActingCapacity(actor.subject(), official, who.basis()));
            }
        }
        return Optional.empty();
    }

    /**
     * {@link #actingAs}, or a refusal: a retryable 409 when a fact needed to know who the officials are is not known
     * yet, otherwise a 403 naming the rule, the article and who may act (by role; by NIP only to the agency's own
     * staff).
     */
    public ActingCapacity authorize(Actor actor, List<Official> anyOf, OfficialCase c, String ruleId, String article,
                                    String act) {
        Optional<ActingCapacity> acting = actingAs(actor, anyOf, c);
        if (acting.isPresent()) {
            return acting.get();
        }
        List<ResolvedOfficial> who = resolveAll(anyOf, c);
        Optional<ResolvedOfficial> unknown = who.stream().filter(w -> !w.known()).findFirst();
        if (unknown.isPresent()) {
            throw ProblemException.notYetKnown(unknown.get().notYetKnown() + ", needed to know who the "
                    + unknown.get().official().label() + " is,", "on " + c.date());
        }
        throw ProblemException.forbidden(ruleId, article, ruleId + ": only " + describe(who, c.date(), actor)
                + " may " + act + "; " + actor.subject() + " (agency " + actor.agencyId() + ") is none of them");
    }

    /** The officials in words with who they are on the day, as {@code viewer} may see them (for 403 messages). */
    public String describe(List<Official> anyOf, OfficialCase c, Actor viewer) {
        return describe(resolveAll(anyOf, c), c.date(), viewer);
    }

    private static String describe(List<ResolvedOfficial> who, LocalDate date, Actor viewer) {
        List<String> parts = new ArrayList<>();
        for (ResolvedOfficial w : who) {
            String detail;
            if (w.byRole()) {
                detail = "role " + w.role() + " of " + w.agencyId();
            } else if (!w.known()) {
                detail = "not known yet";
            } else if (w.nips().isEmpty()) {
                detail = "vacant on " + date;
            } else if (viewer != null && w.agencyId() != null && w.agencyId().equals(viewer.agencyId())) {
                detail = String.join(", ", w.nips()); // NIPs only to the agency's own staff
            } else {
                detail = "an official of " + w.agencyId();
            }
            parts.add(w.official().label() + " (" + detail + ")");
        }
        return parts.stream().distinct().collect(Collectors.joining(" or "));
    }

    // ------------------------------------------------------------------ internals

    private ResolvedOfficial appraiser(OfficialCase c) {
        Official official = Official.APPRAISER;
        String agency = c.home().agencyId();
        String nip = c.employeeNip();
        if (nip == null) {
            ResolvedOfficial head = head(official, c.home().unitId(), c.date());
            return head.known() ? ResolvedOfficial.people(official, head.nips(), agency, head.basis()
                    + " (no employee named yet)") : head;
        }
        AppraiserSeat seat = appraiserSeat(nip, c.date());
        if (!seat.known()) {
            return ResolvedOfficial.unknown(official, agency, seat.notYetKnown());
        }
        return ResolvedOfficial.people(official, seat.nip() == null ? List.of() : List.of(seat.nip()), agency,
                seat.basis());
    }

    /**
     * Where the appraiser (Pejabat Penilai Kinerja) of employee {@code nip} sits on {@code date} and who appraises
     * from there: for a JF or Pelaksana the appraiser position of the placement in force, appraised by the delegate of
     * a delegation in force covering the employee (ORG-05) or else its holder; for a structural official (not placed)
     * the head of the own unit, or of the nearest unit above for a unit head, skipping a head position vacant that
     * day (the direct superior by structure). A fact the replica does not know yet (the employee, the appointment, a
     * JF's or Pelaksana's placement, a unit or its head position) is {@link AppraiserSeat#notYetKnown()}, never a
     * guess. The one resolution of the appraiser: {@link #resolve} and the ORG-11 query both use it.
     */
    public AppraiserSeat appraiserSeat(String nip, LocalDate date) {
        Optional<AppraiserOnDate> placed = org.appraiserOf(nip, date);
        if (placed.isPresent()) {
            AppraiserOnDate a = placed.get();
            boolean delegated = a.basis() == AppraiserOnDate.Basis.DELEGATION;
            String basis = delegated ? "delegation " + a.delegationId() + " (" + a.legalBasis() + ")"
                    : "holder of " + a.appraiserPositionId();
            return new AppraiserSeat(a.appraiserPositionId(), a.appraiserNip(), delegated
                    ? AppraiserSeat.Source.DELEGATION : AppraiserSeat.Source.POSITION_HOLDER, basis, null);
        }
        if (org.employee(nip).isEmpty()) {
            return AppraiserSeat.unknown("Employee " + nip);
        }
        Optional<AppointmentRecord> appointment = org.appointmentOf(nip, date);
        if (appointment.isEmpty() || PLACED.contains(appointment.get().positionKind())) {
            // a JF or Pelaksana is appraised through a placement (ORG-04): until it arrives, nobody is known
            return AppraiserSeat.unknown("Placement (kedudukan) of employee " + nip);
        }
        return structuralAppraiser(nip, appointment.get(), date);
    }

    /** A structural official's appraiser: the head of the own unit, or of the nearest unit above for its head. */
    private AppraiserSeat structuralAppraiser(String nip, AppointmentRecord appointment, LocalDate date) {
        Optional<PositionFacts> position = org.position(appointment.positionId());
        if (position.isEmpty()) {
            return AppraiserSeat.unknown("Position " + appointment.positionId());
        }
        Optional<UnitFacts> unit = org.unit(position.get().unitId());
        if (unit.isEmpty()) {
            return AppraiserSeat.unknown("Unit " + position.get().unitId());
        }
        List<String> above = new ArrayList<>();
        if (!position.get().unitHead()) {
            above.add(unit.get().unitId());
        }
        List<String> ancestors = new ArrayList<>(unit.get().ancestorUnitIds());
        Collections.reverse(ancestors);
        above.addAll(ancestors);
        for (String candidate : above) {
            Optional<UnitFacts> facts = org.unit(candidate);
            if (facts.isEmpty()) {
                return AppraiserSeat.unknown("Unit " + candidate);
            }
            String headPosition = facts.get().headPositionId();
            if (headPosition == null) {
                return AppraiserSeat.unknown("Head position of unit " + candidate);
            }
            Optional<String> holder = org.holderOf(headPosition, date);
            if (holder.isPresent() && !holder.get().equals(nip)) {
                return new AppraiserSeat(headPosition, holder.get(), AppraiserSeat.Source.STRUCTURAL_LINE,
                        "holder of " + headPosition + " (structural line)", null);
            }
        }
        return new AppraiserSeat(null, null, AppraiserSeat.Source.NONE, "no structural superior", null);
    }

    private ResolvedOfficial levelOne(Official official, UnitLocation unit, LocalDate date) {
        Optional<UnitFacts> facts = org.unit(unit.unitId());
        if (facts.isEmpty()) {
            return ResolvedOfficial.unknown(official, unit.agencyId(), "Unit " + unit.unitId());
        }
        for (String ancestor : facts.get().ancestorUnitIds()) {
            if (org.unit(ancestor).isEmpty()) {
                return ResolvedOfficial.unknown(official, unit.agencyId(), "Unit " + ancestor);
            }
        }
        ResolvedOfficial head = head(official, levelOneUnit(unit.unitId()), date);
        return head.known() ? new ResolvedOfficial(official, head.nips(), null, head.agencyId(), head.basis()
                + " (Level I of " + unit.unitId() + ")", null) : head;
    }

    /** The holder of the unit's head position on the date; a unit or head position not known yet is not known. */
    private ResolvedOfficial head(Official official, String unitId, LocalDate date) {
        Optional<UnitFacts> unit = org.unit(unitId);
        if (unit.isEmpty()) {
            return ResolvedOfficial.unknown(official, null, "Unit " + unitId);
        }
        String position = unit.get().headPositionId();
        if (position == null) {
            return ResolvedOfficial.unknown(official, unit.get().agencyId(), "Head position of unit " + unitId);
        }
        return ResolvedOfficial.people(official, org.holderOf(position, date).stream().toList(),
                unit.get().agencyId(), "holder of " + position);
    }

    private static ResolvedOfficial named(Official official, String nip, String agencyId, String what) {
        return ResolvedOfficial.people(official, nip == null ? List.of() : List.of(nip), agencyId, "the official who "
                + what);
    }
}
