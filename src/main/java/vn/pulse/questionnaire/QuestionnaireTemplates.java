package vn.pulse.questionnaire;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.pulse.base.DomainException;
import vn.pulse.base.security.Role;

/**
 * The built-in questionnaires for Conclusion 100 work, kept as data: definition JSON files under
 * {@code questionnaire/templates/} (the same format as {@code POST /api/v1/surveys}). An
 * administrator instantiates one as a new draft and adapts it ("Tạo từ mẫu").
 */
@Service
public class QuestionnaireTemplates {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** A template: its file name without extension and the questionnaire it describes. */
    public record Template(String id, FormDefinition definition) {
    }

    private final List<Template> templates;
    private final QuestionnaireService questionnaires;

    QuestionnaireTemplates(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
        this.templates = load();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<Template> list() {
        return templates;
    }

    /** A new questionnaire (draft v1) from a template, under the code the administrator chooses. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public FormDefinition instantiate(String templateId, String code) {
        Template template = templates.stream().filter(t -> t.id().equals(templateId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("template_not_found", "questionnaire.error.templateNotFound",
                        templateId));
        return questionnaires.create(template.definition().withCode(code), "template:" + templateId);
    }

    static List<Template> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(QuestionnaireTemplates.class.getClassLoader())
                    .getResources("classpath*:questionnaire/templates/*.json");
            List<Template> found = new ArrayList<>();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    String id = file.getFilename().replaceFirst("\\.json$", "");
                    found.add(new Template(id, SurveyDocuments.toDefinition(JSON.readValue(in, SurveyDocument.class))));
                }
            }
            found.sort(Comparator.comparing(Template::id));
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the questionnaire templates", e);
        }
    }
}
