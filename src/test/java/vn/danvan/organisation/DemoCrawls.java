package vn.danvan.organisation;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The walk of a demo set's pages and documents as its eight accounts and a visitor, and the words of each level. */
final class DemoCrawls {

    /** Words that name the 2018 district level and its bodies (whole words, any case). */
    static final List<String> DISTRICT_2018_LEVEL = List.of("huyện", "Huyện ủy", "Phòng Nội vụ", "thị trấn",
            "Bình Dương", "Phước Vĩnh");

    /** Words that name the 2025 city and its bodies. */
    static final List<String> CITY_2025_LEVEL = List.of("Sở Nội vụ", "Thành ủy", "Thành phố Hồ Chí Minh",
            "Sở Văn hóa và Thể thao", "Sở Nông nghiệp và Môi trường");

    private DemoCrawls() {
    }

    static LevelCrawl everything(MockMvc mvc, ApplicationContext context) throws Exception {
        LevelCrawl crawl = new LevelCrawl(mvc, context);
        for (String username : DemoData.ACCOUNTS) {
            crawl.as(username, "/home", "/");
        }
        return crawl.as(null, "/", "/portal");
    }
}
