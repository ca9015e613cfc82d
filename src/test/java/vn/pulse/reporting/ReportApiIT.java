package vn.pulse.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.pulse.base.security.Role;
import vn.pulse.support.Api;
import vn.pulse.support.IntegrationTest;
import vn.pulse.support.TestUsers;

/** /api/v1/reports: generate (202 and a run to poll), list, describe and download, each kept to the caller's area. */
class ReportApiIT extends IntegrationTest {

    @Autowired
    ReportingFixtures fixtures;

    private Api api;

    @BeforeEach
    void arrange() {
        fixtures.arrange();
        api = new Api(baseUrl());
    }

    @Test
    void a_leader_generates_follows_and_downloads_a_report_of_their_province_and_nobody_else_sees_it()
            throws IOException, InterruptedException {
        String token = api.token(fixtures.leader(), TestUsers.PASSWORD);
        Api.Reply started = api.post("/api/v1/reports", token, Api.json(Map.of("kind", "opinion_periodic",
                "area", "08", "period", "2025-10", "requestKey", "api-" + System.nanoTime())));
        assertThat(started.status()).isEqualTo(202);
        long runId = started.json().get("id").asLong();
        JsonNode run = poll(token, runId);
        assertThat(run.get("status").asString()).isEqualTo("done");
        assertThat(run.get("progress").asInt()).isEqualTo(100);
        long id = run.get("documentId").asLong();

        JsonNode report = api.get("/api/v1/reports/" + id, token).json();
        assertThat(report.get("title").asString()).isEqualTo("Tình hình dư luận xã hội tháng 10 năm 2025");
        assertThat(report.get("number").asString()).matches("Số \\d+-BC/BTGDV");
        String sha256 = report.get("files").get(0).get("sha256").asString();
        assertThat(report.get("files").get(0).get("format").asString()).isEqualTo("pdf");
        assertThat(api.get("/api/v1/reports", token).json().findValuesAsString("title")).isNotEmpty();

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(api.request("/api/v1/reports/" + id + "/files/pdf",
                token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(ReportRunner.sha256(pdf.body())).isEqualTo(sha256)
                .isEqualTo(pdf.headers().firstValue("X-Content-SHA256").orElseThrow());
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        String other = api.token(fixtures.otherLeader(), TestUsers.PASSWORD);
        assertThat(api.get("/api/v1/reports", other).json().findValues("id")).noneMatch(n -> n.asLong() == id);
        Api.Reply hidden = api.get("/api/v1/reports/" + id, other);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.code()).isEqualTo("report_not_found");
        assertThat(api.get("/api/v1/reports/" + id + "/files/pdf", other).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports/runs/" + runId, other).code()).isEqualTo("run_not_found");
    }

    @Test
    void bad_requests_get_422_with_a_stable_code_and_other_roles_403() {
        String token = api.token(fixtures.leader(), TestUsers.PASSWORD);
        Api.Reply badPeriod = api.post("/api/v1/reports", token, Api.json(Map.of("kind", "opinion_periodic",
                "area", "08", "period", "tháng 10")));
        assertThat(badPeriod.status()).isEqualTo(422);
        assertThat(badPeriod.contentType()).startsWith("application/problem+json");
        assertThat(badPeriod.code()).isEqualTo("period_invalid");
        assertThat(api.post("/api/v1/reports", token, Api.json(Map.of("kind", "bao_cao", "area", "08",
                "period", "2025-10"))).code()).isEqualTo("kind_invalid");
        assertThat(api.post("/api/v1/reports", token, Api.json(Map.of("kind", "opinion_periodic", "area", "12",
                "period", "2025-10"))).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/reports/1/files/pdfx", token).code()).isEqualTo("format_invalid");

        users.ensure("rp-ctv-08", Role.SURVEYOR, ReportingFixtures.PROVINCE);
        String collaborator = api.token("rp-ctv-08", TestUsers.PASSWORD);
        assertThat(api.get("/api/v1/reports", collaborator).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/openapi.json", null).body()).contains("/api/v1/reports/runs/{id}",
                "/api/v1/reports/{id}/files/{format}");
    }

    private JsonNode poll(String token, long runId) {
        return Awaitility.await("run " + runId + " finished").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("/api/v1/reports/runs/" + runId, token).json(),
                        run -> List.of("done", "failed").contains(run.get("status").asString()));
    }
}
