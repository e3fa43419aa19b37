package id.sistemkerja.deploy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H3: the local run listens on loopback only, so nobody on the network reaches the development token issuer or a
 * service. Every context the launcher starts is bound to 127.0.0.1, and connecting to the machine's other addresses
 * on those ports is refused.
 */
class LocalRunBindingSystemTest {

    private static final SystemUnderTest sut = SystemUnderTest.get();

    @Test
    @DisplayName("H3 the gateway and every service of the local run are bound to 127.0.0.1 and refuse connections on the machine's other addresses")
    void loopbackOnly() throws Exception {
        Map<String, String> urls = sut.system().urls();
        assertThat(urls).hasSize(5);
        List<InetAddress> others = nonLoopbackAddresses();
        for (Map.Entry<String, String> url : urls.entrySet()) {
            String name = url.getKey().replace("-service", "");
            assertThat(sut.system().context(name).getEnvironment().getProperty("server.address"))
                    .as(url.getKey() + " server.address").isEqualTo("127.0.0.1");
            int port = URI.create(url.getValue()).getPort();
            try (Socket loopback = new Socket()) {
                loopback.connect(new InetSocketAddress("127.0.0.1", port), 2000);
                assertThat(loopback.isConnected()).isTrue();
            }
            for (InetAddress other : others) {
                assertThat(connects(other, port)).as(url.getKey() + " on " + other.getHostAddress() + ":" + port)
                        .isFalse();
            }
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /** The machine's own IPv4 addresses other than loopback (none on an isolated build host: then only the binding is checked). */
    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!network.isUp() || network.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    addresses.add(address);
                }
            }
        }
        return addresses;
    }
}
