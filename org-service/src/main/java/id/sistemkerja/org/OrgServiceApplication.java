package id.sistemkerja.org;

import id.sistemkerja.platform.config.SiKerjaService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** org-service: agencies, structure, positions, employees, placement (kedudukan) and appraiser delegation. */
@SpringBootApplication
@SiKerjaService("org")
public class OrgServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrgServiceApplication.class, args);
    }
}
