package id.sistemkerja.team;

import id.sistemkerja.platform.config.SiKerjaService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** team-service (see ARCHITECTURE.md). */
@SpringBootApplication
@SiKerjaService("team")
public class TeamServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TeamServiceApplication.class, args);
    }
}
