package id.sistemkerja.deploy;

import id.sistemkerja.platform.test.TestInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * The whole system (four services and the gateway, as the local launcher runs them) on free ports against the shared
 * test infrastructure, started once per test JVM. System tests talk to it only through the gateway, as clients do.
 */
public final class SystemUnderTest {

    private static volatile SystemUnderTest instance;

    private final LocalSystem system;
    private final TestInfrastructure infra;
    private final JwtKeys keys;

    private SystemUnderTest(LocalSystem system, TestInfrastructure infra, JwtKeys keys) {
        this.system = system;
        this.infra = infra;
        this.keys = keys;
    }

    public static SystemUnderTest get() {
        if (instance == null) {
            synchronized (SystemUnderTest.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    private static SystemUnderTest start() {
        TestInfrastructure infra = TestInfrastructure.get();
        String base = infra.newDatabase("sys").replaceAll("[^/]+$", "");
        try {
            JwtKeys keys = JwtKeys.ensure(Files.createTempDirectory("sikerja-system-keys"));
            LocalSystem system = LocalSystem.start(new LocalSystem.Infrastructure(base, infra.postgresUser(),
                            infra.postgresPassword(), infra.kafkaBootstrapServers(), mongoBase(infra)),
                    LocalSystem.Ports.random(), keys,
                    Map.of("gateway.sikerja.gateway.requests-per-second", "2000", "gateway.sikerja.gateway.burst", "4000",
                            "services.sikerja.kafka.consumer-backoff", "100ms"));
            Runtime.getRuntime().addShutdownHook(new Thread(system::close, "sikerja-system-stop"));
            system.markReady(); // no demo data here: ready once started, as the launcher reports it
            return new SystemUnderTest(system, infra, keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mongoBase(TestInfrastructure infra) {
        String uri = infra.mongoUri("x");
        return uri.substring(0, uri.lastIndexOf('/'));
    }

    public ApiClient api() {
        return new ApiClient(system.gatewayUrl());
    }

    public LocalSystem system() {
        return system;
    }

    public TestInfrastructure infrastructure() {
        return infra;
    }

    /** The development issuer's key pair (to sign tokens the issuer would refuse to issue, for refusal tests). */
    public JwtKeys keys() {
        return keys;
    }
}
