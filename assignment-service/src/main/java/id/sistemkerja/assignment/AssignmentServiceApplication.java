package id.sistemkerja.assignment;

import id.sistemkerja.platform.config.SiKerjaService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** assignment-service: penugasan by appointment and voluntary application, requests, approvals and orders. */
@SpringBootApplication
@SiKerjaService("assignment")
public class AssignmentServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AssignmentServiceApplication.class, args);
    }
}
