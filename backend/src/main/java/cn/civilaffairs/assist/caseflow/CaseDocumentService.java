package cn.civilaffairs.assist.caseflow;

import cn.civilaffairs.assist.caseflow.internal.CaseDocument;
import cn.civilaffairs.assist.caseflow.internal.CaseDocumentRepository;
import cn.civilaffairs.assist.caseflow.internal.ServiceCase;
import cn.civilaffairs.assist.common.FileStorage;
import cn.civilaffairs.assist.common.NotFoundException;
import cn.civilaffairs.assist.common.UploadCheck;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Documents of the case file: PDF, JPEG or PNG, checked by {@link UploadCheck}. */
@Service
public class CaseDocumentService {
    private final CaseDocumentRepository documents;
    private final CaseService caseService;
    private final FileStorage storage;
    private final Clock clock;
    private final UploadCheck uploads;

    CaseDocumentService(CaseDocumentRepository documents, CaseService caseService, FileStorage storage, Clock clock,
            UploadCheck uploads) {
        this.documents = documents;
        this.caseService = caseService;
        this.storage = storage;
        this.clock = clock;
        this.uploads = uploads;
    }

    /** {@link #upload(ServiceCase, DocumentType, String, byte[], String)} by case number, for other modules (demo data). */
    @Transactional
    public void upload(String caseNo, DocumentType type, String fileName, byte[] content, String actor) {
        upload(caseService.get(caseNo), type, fileName, content, actor);
    }

    @Transactional
    CaseDocument upload(ServiceCase c, DocumentType type, String fileName, byte[] content, String actor) {
        String contentType = uploads.document(content, "file");
        String safeName = fileName == null || fileName.isBlank() ? "document"
                : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (safeName.length() > 200) {
            safeName = safeName.substring(safeName.length() - 200);
        }
        // If the transaction rolls back, the stored file goes too: nothing half-saved.
        String key = storage.storeWithTransaction(content);
        CaseDocument doc = documents.save(new CaseDocument(c.getId(), type, safeName, contentType, content.length,
                sha256(content), key, actor, clock.instant()));
        caseService.event(c, actor, CaseEventType.DOCUMENT_UPLOADED, "上传材料：" + DocumentLabels.zh(type) + "（" + safeName + "）");
        return doc;
    }

    @Transactional(readOnly = true)
    List<CaseDocument> list(ServiceCase c) {
        return documents.findByCaseIdOrderById(c.getId());
    }

    @Transactional(readOnly = true)
    CaseDocument get(ServiceCase c, long documentId) {
        return documents.findById(documentId).filter(d -> d.getCaseId().equals(c.getId()))
                .orElseThrow(() -> new NotFoundException("材料不存在。"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
