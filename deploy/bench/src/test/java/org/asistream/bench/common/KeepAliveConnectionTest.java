package org.asistream.bench.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeepAliveConnectionTest {

    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final HttpServer server = start();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsSizedAndChunkedAnswersOnOneConnectionAndSendsTheToken() throws IOException {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        try (KeepAliveConnection connection = new KeepAliveConnection("127.0.0.1", base.getPort(), "t0ken")) {
            assertThat(connection.get(base.resolve("/sized?period=2011-03"))).isEqualTo(200);
            assertThat(connection.get(base.resolve("/chunked"))).isEqualTo(200);
            assertThat(connection.get(base.resolve("/missing"))).isEqualTo(404);
            assertThat(connection.get(base.resolve("/sized"))).isEqualTo(200);
        }

        assertThat(seen).containsExactly("/sized?period=2011-03 Bearer t0ken", "/chunked Bearer t0ken",
                "/missing Bearer t0ken", "/sized Bearer t0ken");
    }

    @Test
    void postsBodiesAndKeepsTheBodyOfAnError() throws IOException {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        try (KeepAliveConnection connection = new KeepAliveConnection("127.0.0.1", base.getPort(), "t0ken")) {
            byte[] events = "[{\"eventId\": 1}]".getBytes(StandardCharsets.UTF_8);
            assertThat(connection.post(base.resolve("/echo"), "application/json", events)).isEqualTo(202);
            assertThat(connection.post(base.resolve("/refuse"), "application/json", events)).isEqualTo(422);
            assertThat(connection.errorBody()).isEqualTo("{\"status\": 422}");
            assertThat(connection.get(base.resolve("/sized"))).isEqualTo(200);
        }

        assertThat(seen).containsExactly("/echo Bearer t0ken POST application/json [{\"eventId\": 1}]",
                "/refuse Bearer t0ken POST application/json [{\"eventId\": 1}]", "/sized Bearer t0ken");
    }

    private HttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/", exchange -> {
                URI uri = exchange.getRequestURI();
                String posted = exchange.getRequestMethod().equals("POST")
                        ? " POST " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8) : "";
                seen.add(uri + " " + exchange.getRequestHeaders().getFirst("Authorization") + posted);
                byte[] body = "x".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
                switch (uri.getPath()) {
                    case "/echo" -> {
                        body = new byte[0];
                        exchange.sendResponseHeaders(202, -1);
                    }
                    case "/refuse" -> {
                        body = "{\"status\": 422}".getBytes(StandardCharsets.US_ASCII);
                        exchange.sendResponseHeaders(422, body.length);
                    }
                    case "/sized" -> exchange.sendResponseHeaders(200, body.length);
                    case "/chunked" -> exchange.sendResponseHeaders(200, 0);
                    default -> {
                        body = "{}".getBytes(StandardCharsets.US_ASCII);
                        exchange.sendResponseHeaders(404, body.length);
                    }
                }
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            http.start();
            return http;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
