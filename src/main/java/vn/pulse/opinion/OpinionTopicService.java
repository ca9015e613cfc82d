package vn.pulse.opinion;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;

/**
 * The topic taxonomy of opinion streams: everyone reads it; national administrators add,
 * rename, retire and reactivate topics (one taxonomy for every level, so trends compare).
 * Nothing is ever deleted.
 */
@Service
public class OpinionTopicService {

    private static final Pattern CODE = Pattern.compile("[a-z0-9_]{2,40}");
    private static final int MAX_NAME = 200;

    private final TopicRepository topics;
    private final AuditTrail audit;
    private final Clock clock;

    OpinionTopicService(TopicRepository topics, AuditTrail audit, Clock clock) {
        this.topics = topics;
        this.audit = audit;
        this.clock = clock;
    }

    /** Active groups and topics, each group followed by its topics. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<OpinionTopic> active() {
        return topics.findAll(false);
    }

    /** Every group and topic, retired ones included. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional(readOnly = true)
    public List<OpinionTopic> all() {
        return topics.findAll(true);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public OpinionTopic add(TopicDraft draft) {
        requireNational();
        String code = draft.code() == null ? "" : draft.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw DomainException.invalid("topic_code_invalid", "opinion.topic.error.code");
        }
        if (topics.findByCode(code).isPresent()) {
            throw DomainException.conflict("topic_code_taken", "opinion.topic.error.codeTaken", code);
        }
        Long groupId = null;
        if (draft.groupCode() != null) {
            OpinionTopic group = topics.findByCode(draft.groupCode()).filter(OpinionTopic::isGroup)
                    .orElseThrow(() -> DomainException.invalid("topic_group_unknown", "opinion.topic.error.group",
                            draft.groupCode()));
            groupId = group.id();
        }
        TopicDraft clean = new TopicDraft(code, draft.groupCode(), name(draft.nameVi()), name(draft.nameEn()));
        topics.insert(clean, groupId, topics.nextSortOrder(groupId), Instant.now(clock));
        audit.record("opinion_topic.added", "opinion_topic", code, null, clean.nameVi());
        return topics.findByCode(code).orElseThrow();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public OpinionTopic rename(String code, String nameVi, String nameEn) {
        requireNational();
        OpinionTopic topic = require(code);
        topics.rename(topic.id(), name(nameVi), name(nameEn));
        audit.record("opinion_topic.renamed", "opinion_topic", code, null, topic.nameVi() + " → " + nameVi.strip());
        return require(code);
    }

    /** Retires a topic (kept for old streams, no longer offered) or brings it back. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public OpinionTopic setActive(String code, boolean active) {
        requireNational();
        OpinionTopic topic = require(code);
        if (!active && topic.isGroup() && topics.hasActiveTopics(topic.id())) {
            throw DomainException.conflict("topic_group_in_use", "opinion.topic.error.groupInUse", topic.nameVi());
        }
        topics.setActive(topic.id(), active, Instant.now(clock));
        audit.record(active ? "opinion_topic.reactivated" : "opinion_topic.retired", "opinion_topic", code, null,
                topic.nameVi());
        return require(code);
    }

    private OpinionTopic require(String code) {
        return topics.findByCode(code)
                .orElseThrow(() -> DomainException.notFound("topic_not_found", "opinion.topic.error.notFound", code));
    }

    private static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw DomainException.invalid("topic_name_invalid", "opinion.topic.error.name", MAX_NAME);
        }
        return name.strip();
    }

    /** One taxonomy serves every level, so only national administrators change it. */
    private static void requireNational() {
        if (!CurrentUser.scope().isNational()) {
            throw new AccessDeniedException("only national administrators change the topic taxonomy");
        }
    }
}
