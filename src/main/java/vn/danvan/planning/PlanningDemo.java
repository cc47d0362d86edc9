package vn.danvan.planning;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;

/**
 * The planning demo step: fills an empty register of guiding documents. In the 2018 set: Directive
 * 02/CT-UBND and the documents its clause 1c names, titles, numbers, dates and issuers as the directive
 * itself cites them (seed/chi-thi-02-CT-UBND-2018.txt). In the 2025 set, which has no district: the Prime
 * Minister's Directive 16/CT-TTg (the basis the city's local government cites) and Resolution 25-NQ/TW as
 * the seed cites them, with the Politburo's Regulation 23-QĐ/TW of 2021 (which replaced 290-QĐ/TW) and the
 * Law on grassroots democracy 10/2022/QH15, these two marked demo as their wording was not checked here.
 */
@Component
class PlanningDemo implements DemoStep {

    private final GuidingDocuments guides;

    PlanningDemo(GuidingDocuments guides) {
        this.guides = guides;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.PLANNING;
    }

    @Override
    public boolean loaded() {
        return !guides.empty();
    }

    @Override
    public void load(DemoDataset set) {
        switch (set) {
            case PHU_GIAO_2018 -> loadPhuGiao2018();
            case TWO_TIER_2025 -> loadTwoTier2025();
        }
    }

    private void loadPhuGiao2018() {
        guides.loadDemo("02/CT-UBND", LocalDate.of(2018, 4, 5), "UBND huyện Phú Giáo",
                "Về việc tiếp tục thực hiện và đổi mới công tác dân vận trong các cơ quan hành chính nhà nước, "
                        + "các đơn vị sự nghiệp công lập trên địa bàn huyện Phú Giáo, đến năm 2020", true);
        resolution25();
        guides.loadDemo("290-QĐ/TW", LocalDate.of(2010, 2, 25), "Bộ Chính trị (khóa X)",
                "Về Quy chế công tác dân vận của hệ thống chính trị", true);
        directive16();
    }

    private void loadTwoTier2025() {
        resolution25();
        guides.loadDemo("23-QĐ/TW", LocalDate.of(2021, 7, 30), "Bộ Chính trị (khóa XIII)",
                "Ban hành Quy chế công tác dân vận của hệ thống chính trị", false);
        directive16();
        guides.loadDemo("10/2022/QH15", LocalDate.of(2022, 11, 10), "Quốc hội (khóa XV)",
                "Luật Thực hiện dân chủ ở cơ sở", false);
    }

    private void resolution25() {
        guides.loadDemo("25-NQ/TW", LocalDate.of(2013, 6, 3), "Ban Chấp hành Trung ương Đảng (khóa XI)",
                "Về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới", true);
    }

    private void directive16() {
        guides.loadDemo("16/CT-TTg", LocalDate.of(2016, 5, 16), "Thủ tướng Chính phủ",
                "Về tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền địa "
                        + "phương các cấp trong tình hình mới", true);
    }
}
