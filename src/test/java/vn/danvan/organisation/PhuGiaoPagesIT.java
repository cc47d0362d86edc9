package vn.danvan.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The default demo set, phu-giao-2018, fresh as an installation starts it: every page its eight accounts
 * and a visitor can reach, and every document linked from them, names no body of the 2025 city.
 */
@FreshPhuGiaoDemo
class PhuGiaoPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void noPageOrDocumentOfThe2018SetNamesABodyOf2025() throws Exception {
        LevelCrawl crawl = DemoCrawls.everything(mvc, context);
        assertThat(crawl.pages()).isGreaterThan(100);
        assertThat(crawl.documents()).isGreaterThan(5);
        assertThat(crawl.naming(DemoCrawls.CITY_2025_LEVEL)).isEmpty();
        // the walk reads what it should: the set's own level is named on pages and in documents
        var own = crawl.naming(DemoCrawls.DISTRICT_2018_LEVEL);
        assertThat(own.keySet()).anyMatch(where -> where.endsWith("/conclusion.docx"));
        assertThat(own.keySet()).anyMatch(where -> where.endsWith("/radio.docx"));
        assertThat(own.keySet()).anyMatch(where -> where.endsWith(" /admin/local-government"));
    }
}
