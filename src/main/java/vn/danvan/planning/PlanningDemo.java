package vn.danvan.planning;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code danvan.demo} on, fills an empty register of guiding documents with Directive
 * 02/CT-UBND and the documents its clause 1c names. Titles, numbers, dates and issuers are as the
 * directive itself cites them (seed/chi-thi-02-CT-UBND-2018.txt).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PlanningDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanningDemo.class);

    private final boolean demo;
    private final GuidingDocuments guides;
    private final TransactionTemplate transactions;

    PlanningDemo(@Value("${danvan.demo:false}") boolean demo, GuidingDocuments guides,
            TransactionTemplate transactions) {
        this.demo = demo;
        this.guides = guides;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || !guides.empty()) {
            return;
        }
        transactions.executeWithoutResult(s -> {
            guides.loadDemo("02/CT-UBND", LocalDate.of(2018, 4, 5), "UBND huyện Phú Giáo",
                    "Về việc tiếp tục thực hiện và đổi mới công tác dân vận trong các cơ quan hành chính nhà nước, "
                            + "các đơn vị sự nghiệp công lập trên địa bàn huyện Phú Giáo, đến năm 2020", true);
            guides.loadDemo("25-NQ/TW", LocalDate.of(2013, 6, 3), "Ban Chấp hành Trung ương Đảng (khóa XI)",
                    "Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
                    true);
            guides.loadDemo("290-QĐ/TW", LocalDate.of(2010, 2, 25), "Bộ Chính trị (khóa X)",
                    "Về Quy chế công tác dân vận của hệ thống chính trị", true);
            guides.loadDemo("16/CT-TTg", LocalDate.of(2016, 5, 16), "Thủ tướng Chính phủ",
                    "Về tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền địa "
                            + "phương các cấp trong tình hình mới", true);
        });
        log.info("Loaded the demo guiding documents");
    }
}
