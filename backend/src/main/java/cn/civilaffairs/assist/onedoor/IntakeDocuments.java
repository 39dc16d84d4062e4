package cn.civilaffairs.assist.onedoor;

import cn.civilaffairs.assist.common.FileStorage;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.UploadCheck;
import cn.civilaffairs.assist.onedoor.internal.Intake;
import cn.civilaffairs.assist.onedoor.internal.IntakeDocument;
import cn.civilaffairs.assist.onedoor.internal.IntakeDocumentRepository;
import cn.civilaffairs.assist.security.CurrentUser;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Documents handed in with an intake: checked by their bytes, stored in FileStorage, scoped like the intake. */
@Service
public class IntakeDocuments {
    private final IntakeDocumentRepository documents;
    private final IntakeService intakes;
    private final FileStorage storage;
    private final UploadCheck uploads;
    private final Clock clock;

    IntakeDocuments(IntakeDocumentRepository documents, IntakeService intakes, FileStorage storage, UploadCheck uploads,
            Clock clock) {
        this.documents = documents;
        this.intakes = intakes;
        this.storage = storage;
        this.uploads = uploads;
        this.clock = clock;
    }

    @Transactional
    public IntakeDocument upload(String intakeNo, String fileName, byte[] content, CurrentUser user) {
        Intake intake = intakes.visible(intakeNo, user);
        String contentType = uploads.document(content, "file");
        String safeName = fileName == null || fileName.isBlank() ? "document"
                : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (safeName.length() > 200) {
            safeName = safeName.substring(safeName.length() - 200);
        }
        // If the transaction rolls back, the stored file goes too.
        String key = storage.storeWithTransaction(content);
        return documents.save(new IntakeDocument(intake.getId(), safeName, contentType, content.length, key,
                user.username(), clock.instant()));
    }

    /** The document and the intake's person (for the access log); 404 out of scope or not of this intake. */
    @Transactional(readOnly = true)
    public Found get(String intakeNo, long documentId, CurrentUser user) {
        Intake intake = intakes.visible(intakeNo, user);
        IntakeDocument d = documents.findByIdAndIntakeId(documentId, intake.getId())
                .orElseThrow(() -> new NotFoundException("材料不存在。"));
        return new Found(d, intake.getPersonId());
    }

    public record Found(IntakeDocument document, long personId) {}
}
