package vn.pulse.opinion.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.pulse.opinion.OpinionTopic;
import vn.pulse.opinion.OpinionTopicService;

/** The topic taxonomy, for clients that build opinion reports. */
@RestController
@RequestMapping("/api/v1/opinion-topics")
@Tag(name = "Opinion reports")
class OpinionTopicController {

    private final OpinionTopicService topics;

    OpinionTopicController(OpinionTopicService topics) {
        this.topics = topics;
    }

    /** A group ({@code group} null) or a topic of a group; streams name topics by {@code code}. */
    record TopicDto(String code, String group, String nameVi, String nameEn) {
        static TopicDto of(OpinionTopic t) {
            return new TopicDto(t.code(), t.groupCode(), t.nameVi(), t.nameEn());
        }
    }

    @GetMapping
    @Operation(summary = "Active topic groups and topics, each group followed by its topics")
    List<TopicDto> list() {
        return topics.active().stream().map(TopicDto::of).toList();
    }
}
