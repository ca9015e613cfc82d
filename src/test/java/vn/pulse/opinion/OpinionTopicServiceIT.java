package vn.pulse.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.pulse.opinion.OpinionFixtures.stream;
import static vn.pulse.opinion.OpinionFixtures.urgent;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.Role;
import vn.pulse.support.IntegrationTest;

/** National administrators manage the topic taxonomy; topics are retired, never deleted. Province 37. */
class OpinionTopicServiceIT extends IntegrationTest {

    @Autowired
    OpinionTopicService topics;

    @Autowired
    OpinionReportService reports;

    @Autowired
    OpinionFixtures fixtures;

    @Test
    void an_administrator_adds_renames_retires_and_reactivates_a_topic() {
        String admin = users.ensure("topic-admin", Role.ADMIN, null);
        OpinionTopic added = users.as(admin, () -> topics.add(new TopicDraft("chuyen_doi_so", "van_hoa_xa_hoi",
                "Chuyển đổi số", "Digital transformation")));
        assertThat(added.groupCode()).isEqualTo("van_hoa_xa_hoi");
        assertThat(users.as(admin, () -> topics.rename("chuyen_doi_so", "Chuyển đổi số, dịch vụ công", "Digital services"))
                .nameVi()).isEqualTo("Chuyển đổi số, dịch vụ công");

        String collaborator = fixtures.collaborator("topic-ctv-37", "37");
        users.as(admin, () -> topics.setActive("chuyen_doi_so", false));
        assertThat(users.as(collaborator, () -> topics.active())).extracting(OpinionTopic::code).doesNotContain("chuyen_doi_so");
        assertThat(users.as(admin, () -> topics.all())).extracting(OpinionTopic::code).contains("chuyen_doi_so");
        SubmissionResult refused = users.as(collaborator, () -> reports.submit(urgent("Dịch vụ công", "37",
                stream("chuyen_doi_so", Direction.APPROVE, Valence.POSITIVE))));
        assertThat(refused.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("streams[0].topic", "topic_unknown"));

        users.as(admin, () -> topics.setActive("chuyen_doi_so", true));
        assertThat(users.as(collaborator, () -> reports.submit(urgent("Dịch vụ công", "37",
                stream("chuyen_doi_so", Direction.APPROVE, Valence.POSITIVE)))).accepted()).isTrue();
    }

    @Test
    void codes_are_unique_and_groups_in_use_stay() {
        String admin = users.ensure("topic-admin", Role.ADMIN, null);
        assertThatThrownBy(() -> users.as(admin, () -> topics.add(new TopicDraft("gia_ca", null, "Trùng", "Dup"))))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("topic_code_taken");
        assertThatThrownBy(() -> users.as(admin, () -> topics.add(new TopicDraft("Có Dấu", null, "X", "X"))))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("topic_code_invalid");
        assertThatThrownBy(() -> users.as(admin, () -> topics.setActive("kinh_te_doi_song", false)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("topic_group_in_use");
    }

    @Test
    void only_national_administrators_change_the_taxonomy() {
        String provincial = users.ensure("topic-admin-37", Role.ADMIN, "37");
        String supervisor = fixtures.supervisor("topic-sup-37", "37");
        TopicDraft draft = new TopicDraft("rieng_tinh", null, "Riêng", "Own");
        assertThatThrownBy(() -> users.as(provincial, () -> topics.add(draft))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(supervisor, () -> topics.add(draft))).isInstanceOf(AccessDeniedException.class);
    }
}
