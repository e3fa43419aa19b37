package id.sistemkerja.org.web;

import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.org.api.EmployeeCommands.RegisterEmployeeCommand;
import id.sistemkerja.org.query.EmployeeView;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

@RestController
@RequestMapping("/api/v1/employees")
@Tag(name = "Employees (Pegawai ASN)")
public class EmployeeController {

    private final CommandDispatcher commands;
    private final MongoTemplate mongo;

    public EmployeeController(CommandDispatcher commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    @Schema(description = "Registration of an employee (Pegawai ASN) in the caller's agency")
    public record RegisterEmployeeRequest(
            @Schema(description = "NIP: 18 digits, birth date + appointment month + sex digit + sequence",
                    example = "198503122010011002") @NotBlank String nip,
            @Schema(description = "Full name (nama lengkap)", example = "Budi Santoso") @NotBlank String fullName,
            @Schema(description = "PNS or PPPK") @NotNull EmploymentType employmentType,
            @Schema(description = "Golongan ruang; required for PNS", example = "III_B") Rank rank,
            @Schema(description = "Highest education (pendidikan terakhir)", example = "S1") @NotNull Education education,
            @Schema(description = "Competencies (kompetensi)") List<String> competencies,
            @Schema(description = "JF hasil penyetaraan (converted from an administrative post)")
            boolean convertedFromAdministrative) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an employee (Pegawai ASN) in the caller's agency")
    public Mono<EmployeeView> register(@Valid @RequestBody RegisterEmployeeRequest request, CallContext context) {
        String agencyId = context.actor().agencyId();
        RegisterEmployeeCommand command = new RegisterEmployeeCommand(request.nip(), agencyId, request.fullName(),
                request.employmentType(), request.rank(), request.education(), request.competencies(),
                request.convertedFromAdministrative(), context.actor());
        return commands.send(command, context)
                .thenReturn(new EmployeeView(request.nip(), agencyId, request.fullName().trim(),
                        request.employmentType(), request.rank(), request.education(),
                        request.competencies() == null ? List.of() : request.competencies(),
                        request.convertedFromAdministrative()));
    }

    @GetMapping("/{nip}")
    @Operation(summary = "An employee (Pegawai ASN) by NIP")
    public Mono<EmployeeView> get(@PathVariable String nip, CallContext context) {
        return Blocking.mono(() -> mongo.findById(nip, EmployeeView.class))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Employee", nip)))
                .doOnNext(employee -> Access.requireAgency(context.actor(), employee.agencyId()));
    }
}
