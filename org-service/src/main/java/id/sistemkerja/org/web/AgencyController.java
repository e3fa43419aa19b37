package id.sistemkerja.org.web;

import id.sistemkerja.org.api.AgencyCommands.RegisterAgencyCommand;
import id.sistemkerja.org.query.AgencyView;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies (Instansi Pemerintah)")
public class AgencyController {

    private final CommandDispatcher commands;
    private final MongoTemplate mongo;

    public AgencyController(CommandDispatcher commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    @Schema(description = "Registration of an agency (instansi pemerintah)")
    public record RegisterAgencyRequest(
            @Schema(description = "Stable agency id, lower-case slug", example = "kota-bandung")
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}") String agencyId,
            @Schema(description = "Official name (nama instansi)", example = "Pemerintah Kota Bandung") @NotBlank String name,
            @Schema(example = "Pemkot Bandung") String shortName) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an agency (instansi pemerintah)")
    public Mono<AgencyView> register(@Valid @RequestBody RegisterAgencyRequest request, CallContext context) {
        return commands.send(new RegisterAgencyCommand(request.agencyId(), request.name(), request.shortName(),
                        context.actor()), context)
                .thenReturn(new AgencyView(request.agencyId(), request.name(), request.shortName()));
    }

    @GetMapping("/{agencyId}")
    @Operation(summary = "An agency (instansi pemerintah)")
    public Mono<AgencyView> get(@PathVariable String agencyId) {
        return Blocking.mono(() -> mongo.findById(agencyId, AgencyView.class))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Agency", agencyId)));
    }
}
