package vn.danvan.petition.answers;

import java.time.LocalDate;

/**
 * A published answer (câu trả lời công khai) as the portal shows it: the petition's title, category,
 * unit, the answer date in Asia/Ho_Chi_Minh and the public, redacted answer. It carries nothing else
 * of the petition: no petitioner, no content, no private answer.
 */
record PublicAnswer(String code, String title, String category, String unit, LocalDate answeredOn,
        String publicAnswer) {
}
