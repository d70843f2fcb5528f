package org.onestop.settlement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onestop.settlement.support.IntegrationTest;
import org.onestop.settlement.support.TestClients;
import org.onestop.settlement.support.TestClients.Credentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed logins are throttled per client id and source address, in the database: an attacker's source is slowed
 * down, the client's own source is never refused its correct secret, and a success from one source does not clear
 * another source's count. Two sources are two loopback addresses, 127.0.0.2 and 127.0.0.3.
 */
@IntegrationTest
class LoginThrottleSourceIT {

    private static final String ATTACKER = "127.0.0.2";
    private static final String CLIENT = "127.0.0.3";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void failuresFromOneSourceNeverRefuseTheCorrectSecretFromAnother() throws IOException {
        Credentials victim = newClient();
        Credentials wrong = new Credentials(victim.clientId(), "wrong-" + UUID.randomUUID());

        List<Integer> attacker = new ArrayList<>();
        for (int attempt = 1; attempt <= 7; attempt++) {
            attacker.add(status(ATTACKER, wrong));
        }

        // 5 failures are answered 401; from the 5th on the source is blocked, so attempts 6 and 7 are 429
        assertThat(attacker).containsExactly(401, 401, 401, 401, 401, 429, 429);
        assertThat(status(ATTACKER, victim)).as("the attacker's source, even with the right secret").isEqualTo(429);
        assertThat(status(CLIENT, victim)).as("the client's own source").isEqualTo(200);
        assertThat(failures(victim.clientId(), ATTACKER)).as("kept in the database").isEqualTo(5);
    }

    @Test
    void aSuccessFromOneSourceDoesNotClearAnotherSourcesCount() throws IOException {
        Credentials victim = newClient();
        Credentials wrong = new Credentials(victim.clientId(), "wrong-" + UUID.randomUUID());

        List<Integer> interleaved = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            interleaved.add(status(ATTACKER, wrong));
            interleaved.add(status(CLIENT, victim));
        }

        // attacker 401 ×5 with the client's 200 in between; the client's successes leave the attacker's count at 5
        assertThat(interleaved).containsExactly(401, 200, 401, 200, 401, 200, 401, 200, 401, 200);
        assertThat(failures(victim.clientId(), ATTACKER)).isEqualTo(5);
        assertThat(status(ATTACKER, wrong)).isEqualTo(429);
        assertThat(failures(victim.clientId(), CLIENT)).as("the client's source has no failures").isZero();
    }

    private Credentials newClient() {
        return TestClients.create(port, TestClients.admin(port),
                "throttle-" + UUID.randomUUID().toString().substring(0, 8), "REGISTRY", null);
    }

    private long failures(String clientId, String source) {
        return jdbc.sql("SELECT coalesce(sum(failures), 0) FROM login_failure WHERE client_id = ? AND source = ?")
                .params(clientId, source).query(Long.class).single();
    }

    /** GET /api/v1/policies over a socket bound to {@code source}; the answer's status code. */
    private int status(String source, Credentials credentials) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/policies HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                    + "Authorization: " + credentials.basicHeader() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
