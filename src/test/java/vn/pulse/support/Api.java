package vn.pulse.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for REST tests: real requests to the running server, JSON in and out. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    public Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response with its status, content type and parsed JSON body (null when not JSON). */
    public record Reply(int status, String contentType, String body) {
        public JsonNode json() {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        }

        /** The stable error code of a problem+json reply. */
        public String code() {
            JsonNode json = json();
            return json == null || json.get("code") == null ? null : json.get("code").asString();
        }
    }

    public Reply get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Reply post(String path, String token, String jsonBody) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)).build());
    }

    public Reply send(HttpRequest.Builder builder) {
        return send(builder.build());
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** Signs in through the API and returns the bearer token. */
    public String token(String username, String password) {
        Reply reply = post("/api/v1/auth/token", null, JSON.writeValueAsString(
                java.util.Map.of("username", username, "password", password)));
        if (reply.status() != 200) {
            throw new IllegalStateException("sign-in failed: " + reply.status() + " " + reply.body());
        }
        return reply.json().get("token").asString();
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
