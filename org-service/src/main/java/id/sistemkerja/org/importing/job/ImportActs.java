package id.sistemkerja.org.importing.job;

import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.org.api.EmployeeCommands.AppointEmployeeCommand;
import id.sistemkerja.org.api.EmployeeCommands.PlaceEmployeeCommand;
import id.sistemkerja.org.api.EmployeeCommands.RegisterEmployeeCommand;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeAppointedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeDetailsChangedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeePlacedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeRegisteredEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeRegistrationVoidedEvent;
import id.sistemkerja.org.api.OrgIds;
import id.sistemkerja.org.api.ProfileBindingCommands;
import id.sistemkerja.org.api.ProfileBindingCommands.BindAgencyProfileCommand;
import id.sistemkerja.org.api.ProfileBindingEvents.AgencyProfileBoundEvent;
import id.sistemkerja.org.api.ProfileBindingEvents.AgencyProfileReboundEvent;
import id.sistemkerja.org.api.StructureCommands.EstablishDepartmentCommand;
import id.sistemkerja.org.api.StructureCommands.EstablishOrgUnitCommand;
import id.sistemkerja.org.api.StructureCommands.EstablishPositionCommand;
import id.sistemkerja.org.api.StructureEvents.DepartmentEstablishedEvent;
import id.sistemkerja.org.api.StructureEvents.OrgUnitEstablishedEvent;
import id.sistemkerja.org.api.StructureEvents.PositionEstablishedEvent;
import id.sistemkerja.org.importing.job.StoredRecords.Different;
import id.sistemkerja.org.importing.job.StoredRecords.Presence;
import id.sistemkerja.org.importing.job.StoredRecords.Same;
import id.sistemkerja.org.importing.sheet.SheetRow;
import id.sistemkerja.org.web.EmployeeController.AppointRequest;
import id.sistemkerja.org.web.EmployeeController.RegisterEmployeeRequest;
import id.sistemkerja.org.web.PlacementController.PlaceRequest;
import id.sistemkerja.org.web.ProfileDtos.BindProfileRequest;
import id.sistemkerja.org.web.StructureController.EstablishDepartmentRequest;
import id.sistemkerja.org.web.StructureController.EstablishPositionRequest;
import id.sistemkerja.org.web.StructureController.EstablishUnitRequest;
import id.sistemkerja.platform.security.Actor;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.eventhandling.DomainEventMessage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Each sheet's row as the act the API records for it: the row is read into the API's own request record and checked
 * with the same bean-validation constraints, then turned into the same command the controller sends (the aggregates
 * decide every rule from there). Each act also knows how to recognise its record in the event store, so a row that
 * was imported before is not imported again.
 */
final class ImportActs {

    private ImportActs() {
    }

    /** Where an import runs: the agency, the job (its id is the correlation id of everything it records), today. */
    record ImportContext(String agencyId, String jobId, LocalDate today) {
    }

    /** The act of one row. */
    interface Act {

        /** The command the API would send for the row. */
        Object command(Actor actor, ImportContext context);

        /** Whether the row's record is stored already, and with the row's values. */
        Presence presence(StoredRecords stored, ImportContext context);

        /** The date the act takes effect (orders an employee's rows); null when it has none. */
        default LocalDate date() {
            return null;
        }
    }

    /** A row read: its act, or the problems that keep it from being one. */
    record Parsed(Act act, List<ImportProblem> problems) {
    }

    static Parsed parse(SheetRow row, String agencyId, Validator validator) {
        Cells cells = new Cells(row);
        cells.requireAll();
        Act act = switch (row.sheet()) {
            case PROFILE_BINDINGS -> binding(cells, validator);
            case DEPARTMENTS -> department(cells, validator);
            case UNITS -> unit(cells, validator);
            case POSITIONS -> position(cells, validator);
            case EMPLOYEES -> employee(cells, validator);
            case APPOINTMENTS -> appointment(cells, validator);
            case PLACEMENTS -> placement(cells, validator);
        };
        return cells.problems().isEmpty() ? new Parsed(act, List.of()) : new Parsed(null, cells.problems());
    }

    /** The API's bean-validation constraints of the request record, each failure on its column. */
    private static void validate(Cells cells, Validator validator, Object request) {
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            String column = violation.getPropertyPath().iterator().next().getName();
            cells.problem(column, column + " " + violation.getMessage());
        }
    }

    // ---- regulation profile bindings ----

    record BindingAct(String profileId, int profileVersion, LocalDate effectiveFrom, String legalBasis)
            implements Act {

        @Override
        public Object command(Actor actor, ImportContext context) {
            return new BindAgencyProfileCommand(ProfileBindingCommands.bindingId(context.agencyId()),
                    context.agencyId(), profileId, profileVersion, effectiveFrom, context.today(), legalBasis, actor);
        }

        @Override
        public Presence presence(StoredRecords stored, ImportContext context) {
            for (DomainEventMessage<?> event : stored.events(ProfileBindingCommands.bindingId(context.agencyId()))) {
                Object payload = event.getPayload();
                Fields found = null;
                if (payload instanceof AgencyProfileBoundEvent b && b.effectiveFrom().equals(effectiveFrom)) {
                    found = new Fields().with("profileId", b.profileId(), profileId)
                            .with("profileVersion", b.profileVersion(), profileVersion)
                            .with("legalBasis", b.legalBasis(), legalBasis);
                } else if (payload instanceof AgencyProfileReboundEvent r && r.effectiveFrom().equals(effectiveFrom)) {
                    found = new Fields().with("profileId", r.profileId(), profileId)
                            .with("profileVersion", r.profileVersion(), profileVersion)
                            .with("legalBasis", r.legalBasis(), legalBasis);
                }
                if (found != null) {
                    return found.presence("a binding from " + effectiveFrom, correlation(event));
                }
            }
            return StoredRecords.ABSENT;
        }

        @Override
        public LocalDate date() {
            return effectiveFrom;
        }
    }

    private static Act binding(Cells cells, Validator validator) {
        String profileId = cells.text("profileId");
        Integer version = cells.integer("profileVersion");
        LocalDate from = cells.date("effectiveFrom");
        String legalBasis = cells.text("legalBasis");
        validate(cells, validator, new BindProfileRequest(profileId, version == null ? 1 : version, from, legalBasis));
        return version == null ? null : new BindingAct(profileId, version, from, legalBasis);
    }

    // ---- structure ----

    record DepartmentAct(String code, UnitKind kind, String name) implements Act {

        @Override
        public Object command(Actor actor, ImportContext context) {
            return new EstablishDepartmentCommand(OrgIds.department(context.agencyId(), code), context.agencyId(),
                    kind, name, actor);
        }

        @Override
        public Presence presence(StoredRecords stored, ImportContext context) {
            String id = OrgIds.department(context.agencyId(), code);
            return first(stored, id, DepartmentEstablishedEvent.class, "code", e -> new Fields()
                    .with("kind", e.kind(), kind).with("name", e.name(), name.strip())
                    .presence("department " + id, null));
        }
    }

    private static Act department(Cells cells, Validator validator) {
        String code = cells.text("code");
        UnitKind kind = cells.enumeration("kind", UnitKind.class);
        String name = cells.text("name");
        validate(cells, validator, new EstablishDepartmentRequest(code, kind, name));
        return new DepartmentAct(code, kind, name);
    }

    record UnitAct(String parentUnitId, String code, UnitKind kind, String name) implements Act {

        @Override
        public Object command(Actor actor, ImportContext context) {
            return new EstablishOrgUnitCommand(OrgIds.unit(parentUnitId, code), parentUnitId, kind, name, actor);
        }

        @Override
        public Presence presence(StoredRecords stored, ImportContext context) {
            String id = OrgIds.unit(parentUnitId, code);
            return first(stored, id, OrgUnitEstablishedEvent.class, "code", e -> new Fields()
                    .with("parentUnitId", e.parentUnitId(), parentUnitId).with("kind", e.kind(), kind)
                    .with("name", e.name(), name.strip()).presence("unit " + id, null));
        }
    }

    private static Act unit(Cells cells, Validator validator) {
        String parent = cells.text("parentUnitId");
        String code = cells.text("code");
        UnitKind kind = cells.enumeration("kind", UnitKind.class);
        String name = cells.text("name");
        validate(cells, validator, new EstablishUnitRequest(parent, code, kind, name));
        return new UnitAct(parent, code, kind, name);
    }

    record PositionAct(String unitId, String code, PositionKind kind, String title, FunctionalLevel functionalLevel,
                       Integer jobClass, Integer capacity, boolean unitHead) implements Act {

        @Override
        public Object command(Actor actor, ImportContext context) {
            return new EstablishPositionCommand(unitId, OrgIds.position(unitId, code), kind, title, functionalLevel,
                    jobClass, capacity, unitHead, actor);
        }

        @Override
        public Presence presence(StoredRecords stored, ImportContext context) {
            String id = OrgIds.position(unitId, code);
            return stored.find(unitId, PositionEstablishedEvent.class, e -> e.positionId().equals(id))
                    .map(found -> new Fields().with("kind", found.payload().kind(), kind)
                            .with("title", found.payload().title(), title.strip())
                            .with("functionalLevel", found.payload().functionalLevel(), functionalLevel)
                            .with("jobClass", found.payload().jobClass(), jobClass)
                            .with("capacity", found.payload().capacity(), capacity == null ? 1 : capacity)
                            .with("unitHead", found.payload().unitHead(), unitHead)
                            .presence("position " + id, found.correlationId()))
                    .orElse(StoredRecords.ABSENT);
        }
    }

    private static Act position(Cells cells, Validator validator) {
        String unitId = cells.text("unitId");
        String code = cells.text("code");
        PositionKind kind = cells.enumeration("kind", PositionKind.class);
        String title = cells.text("title");
        FunctionalLevel level = cells.enumeration("functionalLevel", FunctionalLevel.class);
        Integer jobClass = cells.integer("jobClass");
        Integer capacity = cells.integer("capacity");
        boolean head = cells.bool("unitHead");
        validate(cells, validator, new EstablishPositionRequest(code, kind, title, level, jobClass, capacity, head));
        return new PositionAct(unitId, code, kind, title, level, jobClass, capacity, head);
    }

    // ---- employees ----

    record EmployeeAct(String nip, String fullName, EmploymentType employmentType, Rank rank, Education education,
                       List<String> competencies, boolean convertedFromAdministrative) implements Act {

        @Override
        public Object command(Actor actor, ImportContext context) {
            return new RegisterEmployeeCommand(nip, context.agencyId(), fullName, employmentType, rank, education,
                    competencies, convertedFromAdministrative, actor);
        }

        /** Registered with the row's values, either as first registered or as the record reads now (changes later). */
        @Override
        public Presence presence(StoredRecords stored, ImportContext context) {
            List<DomainEventMessage<?>> all = stored.events(nip);
            // M7: a registration voided by the national registrar ends that record; the NIP's current record starts
            // after the last voiding, and a voided NIP is free for the agency it was released to only
            int start = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).getPayload() instanceof EmployeeRegistrationVoidedEvent) {
                    start = i + 1;
                }
            }
            List<DomainEventMessage<?>> events = all.subList(start, all.size());
            if (events.isEmpty()) {
                if (start > 0 && !((EmployeeRegistrationVoidedEvent) all.get(start - 1).getPayload())
                        .rightfulAgencyId().equals(context.agencyId())) {
                    return new Different("nip", "NIP " + nip + " was released by the national registrar to another "
                            + "agency");
                }
                return StoredRecords.ABSENT;
            }
            if (!(events.get(0).getPayload() instanceof EmployeeRegisteredEvent registered)) {
                return new Different("nip", "the id " + nip + " is taken by another kind of record");
            }
            if (!registered.agencyId().equals(context.agencyId())) {
                // L3: a refusal never names another agency
                return new Different("nip", "NIP " + nip + " is registered by another agency; a registration by the "
                        + "wrong agency is voided by the national registrar (M7)");
            }
            Fields asRegistered = details(registered.fullName(), registered.employmentType(), registered.rank(),
                    registered.education(), registered.competencies(), registered.convertedFromAdministrative());
            if (asRegistered.same()) {
                return new Same(correlation(events.get(0)));
            }
            Fields latest = asRegistered;
            for (DomainEventMessage<?> event : events) {
                if (event.getPayload() instanceof EmployeeDetailsChangedEvent changed) {
                    latest = details(changed.fullName(), registered.employmentType(), changed.rank(),
                            changed.education(), changed.competencies(), changed.convertedFromAdministrative());
                }
            }
            return latest.same() ? new Same(correlation(events.get(0)))
                    : asRegistered.presence("employee " + nip, null);
        }

        private Fields details(String storedName, EmploymentType storedType, Rank storedRank, Education storedEducation,
                               List<String> storedCompetencies, boolean storedConverted) {
            return new Fields().with("fullName", storedName, fullName.strip())
                    .with("employmentType", storedType, employmentType).with("rank", storedRank, rank)
                    .with("education", storedEducation, education)
                    .with("competencies", storedCompetencies == null ? List.of() : storedCompetencies, competencies)
                    .with("convertedFromAdministrative", storedConverted, convertedFromAdministrative);
        }
    }

    private static Act employee(Cells cells, Validator validator) {
        String nip = cells.text("nip");
        String fullName = cells.text("fullName");
        EmploymentType type = cells.enumeration("employmentType", EmploymentType.class);
        Rank rank = cells.enumeration("rank", Rank.class);
        Education education = cells.enumeration("education", Education.class);
        List<String> competencies = cells.list("competencies");
        boolean converted = cells.bool("convertedFromAdministrative");
        validate(cells, validator, new RegisterEmployeeRequest(nip, fullName, type, rank, education, competencies,
                converted));
        return new EmployeeAct(nip, fullName, type, rank, education, competencies, converted);
    }

    record AppointmentAct(String nip, String positionId, LocalDate effectiveFrom, String decreeNumber)
            implements Act {

        @Override
        public Object command(Actor actor, ImportContext context) {
            return new AppointEmployeeCommand(nip, derivedId("appointment", nip, effectiveFrom), positionId,
                    effectiveFrom, decreeNumber, actor);
        }

        @Override
        public Presence presence(StoredRecords stored, ImportContext context) {
            return stored.find(nip, EmployeeAppointedEvent.class, e -> e.effectiveFrom().equals(effectiveFrom))
                    .map(found -> new Fields().with("positionId", found.payload().positionId(), positionId)
                            .with("decreeNumber", found.payload().decreeNumber(), decreeNumber)
                            .presence("the appointment of " + nip + " from " + effectiveFrom, found.correlationId()))
                    .orElse(StoredRecords.ABSENT);
        }

        @Override
        public LocalDate date() {
            return effectiveFrom;
        }
    }

    private static Act appointment(Cells cells, Validator validator) {
        String nip = cells.text("nip");
        String positionId = cells.text("positionId");
        LocalDate from = cells.date("effectiveFrom");
        String decree = cells.text("decreeNumber");
        validate(cells, validator, new AppointRequest(positionId, from, decree));
        return new AppointmentAct(nip, positionId, from, decree);
    }

    record PlacementAct(String nip, String unitId, String appraiserPositionId, LocalDate effectiveFrom,
                        String decreeNumber) implements Act {

        @Override
        public Object command(Actor actor, ImportContext context) {
            return new PlaceEmployeeCommand(nip, derivedId("placement", nip, effectiveFrom), unitId,
                    appraiserPositionId, effectiveFrom, decreeNumber, actor);
        }

        @Override
        public Presence presence(StoredRecords stored, ImportContext context) {
            return stored.find(nip, EmployeePlacedEvent.class, e -> e.effectiveFrom().equals(effectiveFrom))
                    .map(found -> new Fields().with("unitId", found.payload().unitId(), unitId)
                            .with("appraiserPositionId", found.payload().appraiserPositionId(), appraiserPositionId)
                            .with("decreeNumber", found.payload().decreeNumber(), decreeNumber)
                            .presence("the placement of " + nip + " from " + effectiveFrom, found.correlationId()))
                    .orElse(StoredRecords.ABSENT);
        }

        @Override
        public LocalDate date() {
            return effectiveFrom;
        }
    }

    private static Act placement(Cells cells, Validator validator) {
        String nip = cells.text("nip");
        String unitId = cells.text("unitId");
        String appraiser = cells.text("appraiserPositionId");
        LocalDate from = cells.date("effectiveFrom");
        String decree = cells.text("decreeNumber");
        validate(cells, validator, new PlaceRequest(nip, unitId, appraiser, from, decree));
        return new PlacementAct(nip, unitId, appraiser, from, decree);
    }

    // ---- helpers ----

    /**
     * The id of a record a row creates, derived from the row's key: a job resumed after a crash, or an import run
     * twice at the same moment, addresses the same record rather than a new one.
     */
    static String derivedId(String kind, String nip, LocalDate date) {
        return UUID.nameUUIDFromBytes(("import|" + kind + "|" + nip + "|" + date).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static String correlation(DomainEventMessage<?> event) {
        Object value = event.getMetaData().get(id.sistemkerja.platform.security.MetadataKeys.CORRELATION_ID);
        return value == null ? null : value.toString();
    }

    /** The record the stream was created with, compared with the row; another kind of record under the id differs. */
    private static <T> Presence first(StoredRecords stored, String id, Class<T> type, String keyColumn,
                                      java.util.function.Function<T, Presence> compare) {
        List<DomainEventMessage<?>> events = stored.events(id);
        if (events.isEmpty()) {
            return StoredRecords.ABSENT;
        }
        Object payload = events.get(0).getPayload();
        if (!type.isInstance(payload)) {
            return new Different(keyColumn, "the id " + id + " is taken by another kind of record");
        }
        Presence presence = compare.apply(type.cast(payload));
        return presence instanceof Same ? new Same(correlation(events.get(0))) : presence;
    }

    /** Stored values against the row's, column by column. */
    private static final class Fields {

        private final Map<String, Object[]> differences = new LinkedHashMap<>();

        Fields with(String column, Object storedValue, Object rowValue) {
            if (!Objects.equals(normal(storedValue), normal(rowValue))) {
                differences.put(column, new Object[]{storedValue, rowValue});
            }
            return this;
        }

        boolean same() {
            return differences.isEmpty();
        }

        Presence presence(String what, String correlationId) {
            if (differences.isEmpty()) {
                return new Same(correlationId);
            }
            Map.Entry<String, Object[]> first = differences.entrySet().iterator().next();
            List<String> all = new ArrayList<>();
            differences.forEach((column, values) -> all.add(column + " is " + shown(values[0]) + ", not "
                    + shown(values[1])));
            return new Different(first.getKey(), what + " is recorded already with other values (" + String.join("; ",
                    all) + "); an import does not change a record: correct it through the API (a new record, "
                    + "AUD-03) or fix the row");
        }

        private static Object normal(Object value) {
            if (value instanceof String s) {
                return s.isBlank() ? null : s.strip();
            }
            if (value instanceof List<?> list && list.isEmpty()) {
                return null;
            }
            return value;
        }

        private static String shown(Object value) {
            return Optional.ofNullable(normal(value)).map(Object::toString).map(s -> "\"" + s + "\"").orElse("empty");
        }
    }
}
