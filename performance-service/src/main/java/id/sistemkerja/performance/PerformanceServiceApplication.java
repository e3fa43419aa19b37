package id.sistemkerja.performance;

import id.sistemkerja.platform.config.SiKerjaService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** performance-service (see ARCHITECTURE.md). */
@SpringBootApplication
@SiKerjaService("performance")
public class PerformanceServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PerformanceServiceApplication.class, args);
    }
}
