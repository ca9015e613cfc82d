package vn.pulse.questionnaire;

import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.pulse.audit.AuditTrail;
import vn.pulse.base.security.CurrentUser;
import vn.pulse.base.security.Role;
import vn.pulse.questionnaire.xlsform.XlsFormReader;
import vn.pulse.questionnaire.xlsform.XlsFormWriter;

/**
 * XLSForm files in and out. An import is all or nothing: with any blocking problem nothing is
 * saved and every problem is listed with its sheet, row and column. Every export is audited.
 */
@Service
public class XlsFormService {

    private final QuestionnaireService questionnaires;
    private final AuditTrail audit;

    XlsFormService(QuestionnaireService questionnaires, AuditTrail audit) {
        this.questionnaires = questionnaires;
        this.audit = audit;
    }

    /** A new questionnaire (version 1, a draft) from an XLSForm file. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public XlsFormImport importNew(byte[] file, String fileName) {
        XlsFormImport read = XlsFormReader.read(new ByteArrayInputStream(file), fileName);
        if (!read.ok()) {
            return read;
        }
        return new XlsFormImport(questionnaires.create(read.definition(), "xlsform:" + fileName), read.problems());
    }

    /** Replaces the current draft of a questionnaire with an XLSForm file (its form_id is ignored). */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public XlsFormImport importIntoDraft(long questionnaireId, byte[] file, String fileName) {
        XlsFormImport read = XlsFormReader.read(new ByteArrayInputStream(file), fileName);
        if (!read.ok()) {
            return read;
        }
        return new XlsFormImport(questionnaires.saveDraft(questionnaireId, read.definition()), read.problems());
    }

    /** The XLSForm workbook of one version. */
    @RolesAllowed(Role.ADMIN_NAME)
    @Transactional
    public byte[] export(long questionnaireId, int version) {
        FormDefinition form = questionnaires.version(questionnaireId, version);
        byte[] file = XlsFormWriter.write(form);
        audit.record("questionnaire.exported", "questionnaire", questionnaireId, CurrentUser.scope().path(),
                form.code() + " v" + version + " xlsform");
        return file;
    }
}
