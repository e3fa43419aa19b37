package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.Recipient;
import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.replica.AppraiserOnDate;
import id.sistemkerja.regulation.replica.EmployeeFacts;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.UnitFacts;
import id.sistemkerja.platform.security.Actor;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Maps the officials a regulation profile names ({@link Official}, relative to a {@link Party}) to the people who are
 * those officials on the day, from the org replica: by placement (appraiser, incl. delegation, ORG-05), by unit
 * headship, or by role (Pejabat yang Berwenang, Sekda, PPK). A fact not known yet is a retryable 409, never a guess.
 */
@Component
public class Officials {

    private final OrgDirectory org;

    public Officials(OrgDirectory org) {
        this.org = org;
    }

    /** Where the unit sits (agency, department, unit). */
    public UnitLocation locationOfUnit(String unitId) {
        UnitFacts unit = org.unit(unitId).orElseThrow(() -> ProblemException.notYetKnown("Unit", unitId));
        return new UnitLocation(unit.agencyId(), unit.departmentId(), unit.unitId());
    }

    /** Where the employee sits on {@code date}. */
    public UnitLocation locationOf(String nip, LocalDate date) {
        String unitId = org.unitOf(nip, date).orElseThrow(() -> ProblemException.notYetKnown(
                "Unit (placement or position) of employee", nip + " on " + date));
        return locationOfUnit(unitId);
    }

    public EmployeeFacts employee(String nip) {
        return org.employee(nip).orElseThrow(() -> ProblemException.notYetKnown("Employee", nip));
    }

    public PositionKind positionKind(String nip, LocalDate date) {
        return employee(nip).positionKind().orElse(PositionKind.PELAKSANA);
    }

    /**
     * Short name of the agency as one token for order numbers ({@code Pemkot Bandung} → {@code PemkotBandung}: a
     * document number carries no spaces); the id when none is known.
     */
    public String agencyShortName(String agencyId) {
        return org.agency(agencyId).map(a -> a.shortName() == null || a.shortName().isBlank() ? agencyId
                : a.shortName().replaceAll("\\s+", "")).orElse(agencyId);
    }

    /** Who {@code official} is for the case on its date. */
    public Recipient resolve(Official official, Party party) {
        return switch (official) {
            case APPRAISER -> Recipient.people(official, appraiserNip(party).stream().toList());
            case UNIT_HEAD -> Recipient.people(official, head(party.home().unitId(), party.date()));
            case LEVEL_ONE -> Recipient.people(official, head(party.home().departmentId(), party.date()));
            case OWNING_UNIT_HEAD -> Recipient.people(official, head(party.owning().unitId(), party.date()));
            case OWNING_LEVEL_ONE, HEAD_OF_DEPARTMENT ->
                    Recipient.people(official, head(party.owning().departmentId(), party.date()));
            case ASSIGNER -> Recipient.people(official, party.assignerNip() == null ? List.of()
                    : List.of(party.assignerNip()));
            case REGIONAL_SECRETARY -> Recipient.role(official, Roles.REGIONAL_SECRETARY, party.owning().agencyId());
            case STAFFING_AUTHORITY -> Recipient.role(official, Roles.STAFFING_AUTHORITY, party.owning().agencyId());
            case AUTHORIZED_OFFICIAL -> Recipient.role(official, Roles.AUTHORIZED_OFFICIAL, party.owning().agencyId());
            case VERIFICATION_BOARD -> Recipient.role(official, Roles.VERIFICATION_BOARD, party.owning().agencyId());
            default -> Recipient.people(official, List.of());
        };
    }

    public List<Recipient> resolveAll(List<Official> officials, Party party) {
        return officials.stream().map(o -> resolve(o, party)).toList();
    }

    /**
     * The capacity in which {@code actor} may take the act as any one of {@code anyOf}; otherwise a 403 naming the rule
     * and who may.
     */
    public ActingOfficial authorize(Actor actor, List<Official> anyOf, Party party, String ruleId, String article,
                                    String act) {
        return actingAs(actor, anyOf, party).orElseThrow(() -> ProblemException.forbidden(ruleId, article,
                ruleId + ": only " + describe(anyOf, party) + " may " + act + "; " + actor.subject() + " is none of them"));
    }

    /** The capacity in which {@code actor} is one of {@code anyOf}, if any. */
    public Optional<ActingOfficial> actingAs(Actor actor, List<Official> anyOf, Party party) {
        for (Official official : anyOf) {
            Recipient who = resolve(official, party);
            if (who.role() != null) {
                if (actor.hasRole(who.role()) && who.agencyId().equals(actor.agencyId())) {
                    return Optional.of(new ActingOfficial(actor.subject(), official,
                            "role " + who.role() + " of " + who.agencyId()));
                }
            } else if (who.nips().contains(actor.subject())) {
                return Optional.of(new ActingOfficial(actor.subject(), official, basis(official, party)));
            }
        }
        return Optional.empty();
    }

    /** The officials in words with who they are on the day, for 403 messages. */
    public String describe(List<Official> anyOf, Party party) {
        List<String> parts = new ArrayList<>();
        for (Official official : anyOf) {
            Recipient who = resolve(official, party);
            parts.add(official.label() + (who.role() != null ? " (role " + who.role() + " of " + who.agencyId() + ")"
                    : who.nips().isEmpty() ? " (nobody on " + party.date() + ")" : " (" + String.join(", ", who.nips()) + ")"));
        }
        return parts.stream().collect(Collectors.joining(" or "));
    }

    private String basis(Official official, Party party) {
        if (official == Official.APPRAISER && party.nip() != null) {
            Optional<AppraiserOnDate> appraiser = org.appraiserOf(party.nip(), party.date());
            if (appraiser.isPresent() && appraiser.get().basis() == AppraiserOnDate.Basis.DELEGATION) {
                return "delegation " + appraiser.get().delegationId() + " (" + appraiser.get().legalBasis() + ")";
            }
            return appraiser.map(a -> "holder of " + a.appraiserPositionId()).orElse("appraiser");
        }
        if (official == Official.ASSIGNER) {
            return "issuer of the order";
        }
        String unitId = switch (official) {
            case UNIT_HEAD -> party.home().unitId();
            case LEVEL_ONE -> party.home().departmentId();
            case OWNING_UNIT_HEAD -> party.owning().unitId();
            default -> party.owning().departmentId();
        };
        return "head of " + unitId;
    }

    /** The appraiser of the employee, or — while no employee is named — the appraiser of the unit's staff: its head. */
    private Optional<String> appraiserNip(Party party) {
        if (party.nip() != null) {
            return org.appraiserOf(party.nip(), party.date()).map(AppraiserOnDate::appraiserNip);
        }
        return org.headOf(party.home().unitId(), party.date());
    }

    private List<String> head(String unitId, LocalDate date) {
        return org.headOf(unitId, date).stream().toList();
    }
}
