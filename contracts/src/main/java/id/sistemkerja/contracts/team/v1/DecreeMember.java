package id.sistemkerja.contracts.team.v1;

/**
 * A member as the establishing decree (SK pembentukan tim) names them, with the duty divided by competence (TEAM-08).
 */
public record DecreeMember(String nip, String duty) {
}
