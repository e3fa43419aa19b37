package id.sistemkerja.deploy;

import id.sistemkerja.contracts.security.Roles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/security.md's roles table is the code's: the same roles in the same order as {@link Roles#TOKEN_ROLES}, the
 * agency-less ones marked so, the reserved role absent, and every role the authorization matrix uses documented.
 */
class RolesDocumentationTest {

    private static Map<String, String> documentedRoles() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "security.md"));
        String table = doc.substring(doc.indexOf("<!-- roles:begin -->"), doc.indexOf("<!-- roles:end -->"));
        Map<String, String> roles = new LinkedHashMap<>();
        for (String line : table.split("\n")) {
            if (line.startsWith("| `")) {
                String[] cells = line.split("\\|");
                roles.put(cells[1].trim().replace("`", ""), cells[2].trim());
            }
        }
        return roles;
    }

    @Test
    @DisplayName("C1 docs/security.md lists exactly the token roles of the code, agency-less ones marked, SYSTEM not a token role")
    void rolesTableMatchesCode() throws IOException {
        Map<String, String> documented = documentedRoles();
        assertThat(new ArrayList<>(documented.keySet())).containsExactlyElementsOf(Roles.TOKEN_ROLES);
        documented.forEach((role, agency) -> assertThat(agency).as(role)
                .isEqualTo(Roles.AGENCY_LESS.contains(role) ? "none" : "bound"));
        assertThat(documented).doesNotContainKeys(Roles.RESERVED.toArray(String[]::new));
    }

    @Test
    @DisplayName("issue 13 every role the authorization matrix calls with is a documented token role")
    void matrixRolesDocumented() throws IOException {
        List<String> documented = new ArrayList<>(documentedRoles().keySet());
        assertThat(AuthorizationMatrixSystemTest.rolesInMatrix()).isSubsetOf(documented);
    }
}
